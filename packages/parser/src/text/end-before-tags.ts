import type { BodyBlock } from '../extraction.js';
import { wordsIn } from './count-words.js';
import { isTagLabel } from './opening-labels.js';

/**
 * At least this many words of the body stand before a tag list it ends at (trimBio's MIN_LEFT: about one
 * paragraph), so that a post whose tags stand under its title keeps its text.
 */
const MIN_BEFORE = 50;

/**
 * Ends the article before a post's tag list under it: a line that opens with a tag label ("Tags: …",
 * "Filed under", "Themen: …", "Schlagwörter …", see {@link isTagLabel}), with the list on it or under
 * it, in the body's second half by words (at least as many words before it as from it on) and after
 * MIN_BEFORE words. What follows such a list is the blog's: the writer's bio, a call to buy the
 * magazine, teasers; and a list kept at the body's end hid the bio above it from trimBio.
 * @param lines the non-empty lines
 * @param first the region's first line
 * @param last the region's last line
 * @param lengths the lines' lengths in words, when known
 * @returns the region's new last line (`last` when no tag list stands in it)
 */
export function endBeforeTags(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
  lengths?: readonly number[],
): number {
  const words = (i: number) => lengths?.[i] ?? wordsIn((lines[i] as BodyBlock).text);
  let total = 0;
  for (let i = first; i <= last; i++) total += words(i);
  let before = 0;
  for (let i = first; i <= last; i++) {
    const n = words(i);
    if (before >= MIN_BEFORE && before >= total - before && isTagLabel((lines[i] as BodyBlock).text, n))
      return i - 1;
    before += n;
  }
  return last;
}
