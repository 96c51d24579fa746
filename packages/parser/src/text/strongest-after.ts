import type { BodyBlock } from '../extraction.js';
import { shapeOf } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isCommentForm, isFurnitureLine, isNoticeLine, isSignOffLine } from './furniture-lines.js';

/**
 * The page's strongest run starts at most this many lines after the body taken from an earlier run.
 * Read on trafilatura-eval text half A, every page whose body the join changes: at 11 and 14 lines the
 * article's second half (a campaign's terms past its list of scents, a licence guide's next section
 * past its list of licences), at 15 and 17 a sidebar past a comment form and teasers past a "Related
 * Articles" label (both refused by the site's phrases in between), at 47 to 79 a match report's next
 * game, a forum thread's next posts and an encyclopedia's later sections; 14 takes the nearest. Half A
 * 1337/99 → 1338/99 tp/fp at any reach from 12 to 50 (zyte-dev text unchanged to 50).
 */
const STRONGEST_REACH = 14;

/**
 * Finds the article's second half when the body was taken from the page's first strong run (comments
 * and teasers follow an article, so an earlier run a third as strong as the best wins): the strongest
 * run of the page, starting at most STRONGEST_REACH lines after the body, is the rest of the same
 * article cut off by a box the bridge does not cross (a list of 13 or 14 short lines, or a weak line
 * inside the box), unless a line between them says what a site says (a pointer, a call, a sign-off, a
 * notice, a comment form's heading: see `furniture-lines.ts`), which marks the article's end.
 * @param lines the non-empty lines
 * @param last the body's last line
 * @param top the page's strongest run
 * @param lengths the lines' lengths in words, when known
 * @returns the body's new last line (`last` when the strongest run does not join it)
 */
export function strongestAfter(
  lines: readonly BodyBlock[],
  last: number,
  top: { first: number; last: number },
  lengths?: readonly number[],
): number {
  if (top.first <= last || top.first - last - 1 > STRONGEST_REACH) return last;
  for (let i = last + 1; i < top.first; i++) {
    const text = (lines[i] as BodyBlock).text;
    const words = lengths?.[i] ?? wordsIn(text);
    if (
      isFurnitureLine(text, words) ||
      isSignOffLine(text, words) ||
      isNoticeLine(shapeOf(text), words) ||
      isCommentForm(text, words)
    )
      return last;
  }
  return top.last;
}
