import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isDisclosureLine } from './sign-off-lines.js';
import { keepsText } from './trim-sign-off.js';

/**
 * A disclosure stands among the body's first this many lines (a fact-checker's bio or a "how we
 * review" link above it at most). Measured on trafilatura-eval text: see trimDisclosure.
 */
const OPENING_LINES = 4;

/**
 * Tells where the article starts when the site's disclosure of its earnings from what it recommends
 * ("This post contains references to products from our advertisers. We may receive compensation …",
 * see {@link isDisclosureLine}) opens the body: the line after the last disclosure among the body's
 * first OPENING_LINES lines, with what stands above it (the reviewer's bio, a link to the site's
 * policies). The site talks there, as in a sign-off under the article (see trimSignOff).
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param first the region's first line
 * @param last the region's last line
 * @param lengths the lines' lengths in words ({@link wordsIn}), when the caller has them
 * @returns the region's first line once the disclosure is left out (`first` when there is none, or
 *   when too little text would stay: {@link keepsText})
 */
export function trimDisclosure(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  lengths?: readonly number[],
): number {
  let start = first;
  for (let j = first; j < last && j - first < OPENING_LINES; j++) {
    const text = (lines[j] as BodyBlock).text;
    if (isDisclosureLine(text, lengths?.[j] ?? wordsIn(text))) start = j + 1;
  }
  if (start === first) return first;
  return keepsText(lines, kinds, start, last, lengths) ? start : first;
}
