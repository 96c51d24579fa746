import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modelDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * Scores the sentences of two small articles in a fresh Node that prints each object V8 moves to a new
 * shape (`--trace-migration`), and returns what it printed while scoring.
 */
function migrationsWhileScoring(): string[] {
  const script = `
    const { textArticle } = await import('./src/text-article.ts');
    const { splitSentences } = await import('./src/sentences.ts');
    const { scoreSentences } = await import('./src/score-sentences.ts');
    const texts = [
      'The council approved the budget on Monday. The vote was close. Critics said the plan cuts too much.',
      'The budget passed after a long debate. The mayor welcomed the vote. Unions plan a protest next week.',
    ];
    const articles = texts.map((t, i) => textArticle('a' + i, t));
    const sentencesOf = new Map(articles.map((a) => [a.id, splitSentences(a.text)]));
    console.log('<<');
    const scored = scoreSentences(articles, sentencesOf);
    let sum = 0;
    for (const s of scored) sum += s.score + s.wordsTo;
    console.log('>>', scored.length, sum > 0);
  `;
  const run = spawnSync(
    process.execPath,
    ['--trace-migration', '--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: modelDir, encoding: 'utf8', env: { ...process.env, TSX_DISABLE_CACHE: '1' } },
  );
  expect(run.stderr).toBe('');
  const out = run.stdout;
  expect(out).toMatch(/>> 6 true/);
  return out
    .slice(out.indexOf('<<'), out.indexOf('>>'))
    .split('\n')
    .filter((l) => l.startsWith('[migrating]'));
}

describe('scoreSentences', () => {
  it('gives each sentence its score without V8 moving every sentence to a new shape', () => {
    // a score field first holding 0 made V8 migrate each sentence once the first fractional score was
    // written (500,000 objects at 10,000 pages, each migrated when next read)
    expect(migrationsWhileScoring()).toEqual([]);
  });
});
