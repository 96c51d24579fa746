import type { BodyBlock } from '../extraction.js';
import { isListMarker, type LineKind } from './classify-lines.js';
import { isCommentForm } from './comment-lines.js';
import { isClosingFurniture, isSiteCallLine } from './furniture-lines.js';

/**
 * A body whose lines score less than this in all (one short paragraph) is weak: a post made of a line
 * of text and its list of details, whose lines score nothing or little. Measured on trafilatura-eval
 * text (tp/fp): half A 1354/98 → 1356/98, half B 1297/96 → 1298/96 (one page each, of two sites),
 * zyte-dev text 0.978 and `eval:unseen` text 0.894 unchanged; 60 and 90 give the same, 25 gains nothing,
 * 150 half B 1300/98.
 */
const WEAK_SCORE = 40;
/**
 * The post's closing line (a share bar, a comment form, a "Related" label) is looked for this many lines
 * down: a photo's details or a fact sheet fit (half A's page needs 18). Not tuned.
 */
const POST_REACH = 20;
/**
 * A post's list has at least this many lines of a list (items, rows, clauses, short sentences). Measured
 * as WEAK_SCORE: 3 gives the same, 6 loses half B's page.
 */
const MIN_LIST = 4;

/** The kinds of a list's lines: items and rows score nothing or half, clauses nothing. */
const listed = (k: LineKind | undefined) => k === 'item' || k === 'row' || k === 'clause' || k === 'sentence';

/**
 * The last line of a short post under a weak body: a post of one line of text and a list (a photo's
 * details, a roll of facts) keeps its list, whose lines score nothing or little, down to the line that
 * closes the post (a share bar, a comment form, a "Related" label). The body is not moved past a line of
 * prose (another block's text), nor when no closing line follows within POST_REACH lines, nor for fewer
 * than MIN_LIST lines of a list.
 * @param lines the non-empty lines
 * @param kinds their kinds
 * @param scores their scores
 * @param first the body's first line
 * @param last the body's last line
 * @returns the post's last list line, or `last` when the body is not a weak post's
 */
export function weakPostEnd(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  scores: ArrayLike<number>,
  first: number,
  last: number,
): number {
  let weight = 0;
  for (let i = first; i <= last; i++) weight += Math.max(0, scores[i] as number);
  if (weight >= WEAK_SCORE) return last;
  let items = 0;
  let end = last;
  for (let j = last + 1; j <= last + POST_REACH && j < lines.length; j++) {
    if (kinds[j] === 'prose') return last;
    const text = (lines[j] as BodyBlock).text;
    if (isClosingFurniture(text) || isSiteCallLine(text) || isCommentForm(text))
      return items >= MIN_LIST ? end : last;
    // (a step's or a rating's number on a line of its own is no line of a list)
    if (listed(kinds[j]) && !isListMarker(text)) {
      items++;
      end = j;
    }
  }
  return last;
}
