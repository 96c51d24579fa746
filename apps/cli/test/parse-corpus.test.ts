import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, repoRoot, tempWorkspace } from './helpers.js';

describe('brief build with worker threads', () => {
  it('writes the same JSON with workers as in one thread, and reports progress', () => {
    const dir = tempWorkspace(false);
    try {
      // 40 files parsed by two workers (asked for with BRIEF_THREADS: by default a corpus this small is
      // parsed in one thread) and by none: the corpus eight times over, each copy with its own
      // word after every fourth word, so no two share a 5-word shingle and the near-duplicate step keeps
      // all 40 — a worker returning one file's analysis for another's would show in the brief
      const corpus = path.join(dir, 'corpus');
      fs.mkdirSync(corpus);
      const seeds = fs.readdirSync(path.join(repoRoot, 'corpus')).filter((f) => f.endsWith('.txt'));
      const marks = ['alpha', 'bravo', 'delta', 'echo', 'golf', 'hotel', 'kilo', 'lima'];
      marks.forEach((mark, i) => {
        for (const f of seeds) {
          const text = fs.readFileSync(path.join(repoRoot, 'corpus', f), 'utf8');
          let n = 0;
          const marked = text.replace(/[\p{L}\p{N}]+/gu, (w) => (++n % 4 === 0 ? `${w} ${mark}` : w));
          fs.writeFileSync(path.join(corpus, `${i + 1}-${f}`), marked);
        }
      });
      const env = { SOURCE_DATE_EPOCH: '1700000000', CI: 'true' };
      const args = (out: string) => ['build', '--format', 'json', '--out', out, '--force'];
      const threaded = brief(args('a'), dir, { ...env, BRIEF_THREADS: '2' });
      const single = brief(args('b'), dir, { ...env, BRIEF_THREADS: '0' });
      expect(threaded.code).toBe(0);
      expect(single.code).toBe(0);
      const json = (out: string) => fs.readFileSync(path.join(dir, out, 'corpus.json'), 'utf8');
      expect(JSON.parse(json('a')).sources).toHaveLength(8 * seeds.length);
      expect(json('a')).toBe(json('b'));
      expect(threaded.stderr).toContain(
        `brief corpus: parse (${8 * seeds.length}/${8 * seeds.length} files)`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
