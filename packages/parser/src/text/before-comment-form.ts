import type { BodyBlock } from '../extraction.js';
import { isCommentForm, isCommentHeader } from './comment-lines.js';
import { threadStart } from './comment-thread.js';
import { wordsIn } from './count-words.js';
import { isPostFooter } from './notice-lines.js';

type Run = { first: number; last: number; score: number };

/**
 * A run of text at least this strong that ends before a comment form is the article, when the best run
 * comes after the form (a comment thread or a sidebar outweighing a short post). Measured on zyte-dev and
 * trafilatura-eval text: 8 gives zyte 0.946 (unchanged) and trafilatura-eval 0.858 → 0.860 (tp +7, fp −2);
 * 3, 15 and 25 gain less (tp +5, +6, +3). HTML unchanged.
 */
const FORM_MIN = 8;
/** A comment form's heading is short: longer lines are not looked at (a thread's quotes a title). */
const MAX_FORM_CHARS = 200;

/**
 * The article of a page whose best run follows a comment form: the strongest run of at least FORM_MIN
 * that ends before the form's heading (see {@link isCommentForm}), or before the first header of a
 * comment thread when `threads` (see {@link threadStart}; measured on trafilatura-eval text, tp/fp: half
 * A 1295/125 → 1297/125, half B 1241/110 → 1242/110, zyte-dev text unchanged); else the best run itself.
 */
export function beforeCommentForm(
  lines: readonly BodyBlock[],
  runs: readonly Run[],
  best: Run,
  threads: boolean,
  lengths: readonly number[] | undefined,
): Run {
  // most pages have no strong run before the best one: nothing to look for then
  if (!runs.some((r) => r.last < best.first && r.score >= FORM_MIN)) return best;
  let form = -1;
  for (let i = 0; i < best.first && form === -1; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (
      text.length <= MAX_FORM_CHARS &&
      (isCommentForm(text, lengths?.[i] ?? wordsIn(text)) || isCommentHeader(text, textAfter(lines, i)))
    )
      form = i;
  }
  if (form === -1 && threads) {
    // a thread of comments headed by names, dates and times (no form's heading above it)
    const thread = threadStart(lines, 0, best.last, 0);
    if (thread !== -1 && thread < best.first) form = thread;
  }
  if (form === -1) return best;
  let found: Run | null = null;
  for (const run of runs) {
    if (run.last >= form) break;
    if (run.score >= FORM_MIN && (found === null || run.score > found.score)) found = run;
  }
  return found ?? best;
}

/**
 * The article ends before a comment form's heading inside the region (its consent notes and the
 * thread are not the article), or before the header of a reader's comment ("Jane Roe says:" over a
 * date, see {@link isCommentHeader}; measured on trafilatura-eval text: comment snippets of its metadata
 * kept in the body, half A 15 → 11, half B 35 → 32; snippets half A fp −1, half B and zyte-dev
 * unchanged), or before the line a blog prints under a post ("This entry was posted in …", see
 * {@link isPostFooter}: what follows it is the blog's, a bio, teasers, the sidebar; measured on
 * trafilatura-eval text, half A 1324/114 → 1324/108 tp/fp, half B 1253/104, zyte-dev text 0.963 and
 * both HTML sets unchanged), when at least FORM_MIN of text stands before it.
 * @returns the region's new last line
 */
export function endBeforeCommentForm(
  lines: readonly BodyBlock[],
  best: Run,
  lengths: readonly number[] | undefined,
): number {
  let words = 0;
  for (let i = best.first; i <= best.last; i++) {
    const text = (lines[i] as BodyBlock).text;
    // the lines' word counts, when the caller has them (text scrapes), are not counted again
    const n = lengths?.[i];
    if (words < FORM_MIN) words += n ?? wordsIn(text);
    else if (
      (text.length <= MAX_FORM_CHARS &&
        (isCommentForm(text, n ?? wordsIn(text)) || isCommentHeader(text, textAfter(lines, i)))) ||
      isPostFooter(text, n ?? wordsIn(text))
    )
      return i - 1;
  }
  return best.last;
}

/**
 * The text of the line after line `i`, if any: asked of the length, not read past the array's end (such
 * a read throws the optimised code away, speed104).
 */
function textAfter(lines: readonly BodyBlock[], i: number): string | undefined {
  return i + 1 < lines.length ? (lines[i + 1] as BodyBlock).text : undefined;
}
