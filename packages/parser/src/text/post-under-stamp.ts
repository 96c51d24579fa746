import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isCommentForm } from './comment-lines.js';
import { isClosingFurniture, isSiteCallLine } from './furniture-lines.js';
import { isStamp } from './lead-under-stamp.js';

/**
 * A body whose lines score less than this in all (one short paragraph) is weak: a lone sentence of the
 * sidebar or a notice, where the post is made of short lines that score nothing. Measured on
 * trafilatura-eval text (tp/fp): half A 1359/90 → 1365/89 (two pages of two sites: a list of links, a
 * photo story's captions), half B 1300/93, zyte-dev text 0.980 and `eval:unseen` text 0.895 unchanged;
 * 100 takes three half-B pages whose body was a real paragraph or two, half B tp 1300 → 1294.
 */
const WEAK_SCORE = 40;
/**
 * The post's closing line is looked for this many lines under the stamp: half A's two posts close 35
 * and 37 lines down. Not tuned: 100 takes no other page of the dev sets.
 */
const POST_REACH = 60;
/** A post holds at least this many lines of LINE_WORDS words or more. Measured as WEAK_SCORE: 2 gives the same. */
const MIN_LINES = 4;
/** A line of this many words or more is one of a post's lines (a like count, a "Save" button is not). */
const LINE_WORDS = 3;

/**
 * A line of a date alone with a year of two digits ("23.09.22", "5/11/21"), which {@link isStamp} leaves
 * out (it asks for a year of four digits): of half A's two posts, one is dated so (without it, half A tp
 * +3 rather than +6).
 */
const SHORT_DATE = /^\d{1,2}[./]\d{1,2}[./]\d\d$/u;

/** A stamp (see {@link isStamp}) or a date alone with a year of two digits. */
const isDateLine = (text: string) => SHORT_DATE.test(text) || isStamp(text);

/**
 * The post under the page's first stamp (its date or byline, see {@link isStamp}) when the body chosen
 * is weak and stands past that post's closing line (a share bar, a comment form, a "Related" label): a
 * post of short lines (a list of links with their sources, a photo story's captions) scores nothing, and
 * a lone sentence of the sidebar or a notice under the comments outweighs it. No line of prose may stand
 * between the stamp and the closing line (the scores would have weighed it), and the post holds
 * MIN_LINES lines of LINE_WORDS words or more.
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param scores their scores
 * @param lengths their lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the post's first and last lines (under the stamp, over the closing line), or null
 */
export function postUnderStamp(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  scores: ArrayLike<number>,
  lengths: readonly number[],
  first: number,
  last: number,
): [number, number] | null {
  let weight = 0;
  for (let i = first; i <= last; i++) weight += Math.max(0, scores[i] as number);
  if (weight >= WEAK_SCORE) return null;
  let stamp = -1;
  for (let i = 0; i < first && stamp === -1; i++) if (isDateLine((lines[i] as BodyBlock).text)) stamp = i;
  if (stamp === -1) return null;
  let count = 0;
  for (let j = stamp + 1; j < first && j <= stamp + POST_REACH; j++) {
    if (kinds[j] === 'prose') return null;
    const text = (lines[j] as BodyBlock).text;
    const words = lengths[j] as number;
    if (isClosingFurniture(text, words) || isSiteCallLine(text, words) || isCommentForm(text, words))
      return count >= MIN_LINES ? [stamp + 1, j - 1] : null;
    if (words >= LINE_WORDS) count++;
  }
  return null;
}
