import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * Two lines repeat each other when they share a run of at least this many words: a stretch no two of an
 * article's own sentences share by chance. Not tuned: half A's one teaser shares 14 words with its copy;
 * measured with `--blind` on trafilatura-eval HTML half A (half B held out) and zyte-dev (see
 * {@link dropRepeatedTeasers}).
 */
const MIN_SHARED_WORDS = 8;

const wordsOf = (t: string): string[] =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);

/** The runs of MIN_SHARED_WORDS words of a line, each joined by spaces. */
function runsOf(words: readonly string[]): string[] {
  const runs: string[] = [];
  for (let k = 0; k + MIN_SHARED_WORDS <= words.length; k++)
    runs.push(words.slice(k, k + MIN_SHARED_WORDS).join(' '));
  return runs;
}

/**
 * Drops a teaser the body ends on whose excerpt the page shows again below it: the body's last block,
 * right under a picture, that shares a run of MIN_SHARED_WORDS words with a block under it the body
 * left out (a magazine's promotion of its print issue after the article, over a linked card of the
 * same piece, whose excerpt it repeats with a comma for a full stop). Told by the copy, not by its
 * words: an article's last paragraph is not printed again in a box the body leaves out. Only the last
 * block is read, against the blocks after it (one pass). Measured with `--blind` (every class and id
 * stripped) on trafilatura-eval HTML half A (half B held out) and zyte-dev: see the round of extract132
 * in `docs/extraction-rounds.md`.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without such a teaser
 */
export function dropRepeatedTeasers(page: HtmlBlocks, keep: readonly number[]): number[] {
  const last = keep.at(-1);
  if (last === undefined || keep.length < 2) return [...keep];
  const b = page.blocks[last] as HtmlBlock;
  if (b.afterPicture === null || b.heading) return [...keep];
  const runs = new Set(runsOf(wordsOf(b.text)));
  if (runs.size === 0) return [...keep];
  for (let j = last + 1; j < page.blocks.length; j++) {
    const copy = page.blocks[j] as HtmlBlock;
    if (runsOf(wordsOf(copy.text)).some((run) => runs.has(run))) return keep.slice(0, -1);
  }
  return [...keep];
}
