import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, repoRoot, tempWorkspace } from './helpers.js';

describe('brief build on a corpus large enough for worker threads', () => {
  it('writes the same JSON with workers as in one thread, and reports progress', () => {
    const dir = tempWorkspace(false);
    try {
      // 40 files (the corpus eight times over, names varied): above the size where workers start. All 40
      // are parsed and analysed in the workers; the near-duplicate step then keeps one copy of each
      // (the first by id), so the brief has the 5 seeds
      const corpus = path.join(dir, 'corpus');
      fs.mkdirSync(corpus);
      const seeds = fs.readdirSync(path.join(repoRoot, 'corpus')).filter((f) => f.endsWith('.txt'));
      for (let i = 1; i <= 8; i++)
        for (const f of seeds)
          fs.copyFileSync(path.join(repoRoot, 'corpus', f), path.join(corpus, `${i}-${f}`));
      const env = { SOURCE_DATE_EPOCH: '1700000000', CI: 'true' };
      const args = (out: string) => ['build', '--format', 'json', '--out', out, '--force'];
      const threaded = brief(args('a'), dir, { ...env, BRIEF_THREADS: '2' });
      const single = brief(args('b'), dir, { ...env, BRIEF_THREADS: '0' });
      expect(threaded.code).toBe(0);
      expect(single.code).toBe(0);
      const json = (out: string) => fs.readFileSync(path.join(dir, out, 'corpus.json'), 'utf8');
      expect(JSON.parse(json('a')).sources).toHaveLength(seeds.length);
      expect(json('a')).toBe(json('b'));
      expect(threaded.stderr).toContain(
        `brief corpus: parse (${8 * seeds.length}/${8 * seeds.length} files)`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
