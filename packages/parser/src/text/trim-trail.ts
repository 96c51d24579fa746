import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { isTrailLabel } from './opening-labels.js';
import { keepsText } from './trim-sign-off.js';

/**
 * The most lines of a trail under its label ("Home", "Topics", "Energy"): a site's trail is seldom
 * deeper. On trafilatura-eval text the body opened on a label on 2 pages of half A, with 2 and 3 lines
 * of trail, so any limit of 3 or more takes both (only 6 was run: half A titles 0.776 → 0.780, half B
 * unchanged); a lower limit would leave a deeper trail's last crumbs over the headline.
 */
const MAX_CRUMBS = 6;
/**
 * The most words of one line of a trail ("Presse & Medien"): a longer line is the headline or text. The
 * crumbs of the 2 pages of half A that open on a label are of one word each; headlines are longer.
 */
const CRUMB_WORDS = 3;
/** A line that closes like a sentence or a label: no part of a trail. */
const CLOSES = /[.!?:;,]\s*$/;

/**
 * Tells where the article starts when the body opens on the site's breadcrumb trail: a label saying
 * where one is ("Sie befinden sich hier:", "You are here:", see {@link isTrailLabel}), with the trail
 * on its line or on the short lines under it ("Home", "News", "Energy"). The line after the trail is
 * the body's first, so the headline standing there is read as the body's first line by the title
 * step (left with the trail in the body, it stood under the body's start, out of the step's reach).
 * @param lines the non-empty lines
 * @param kinds their kinds, from classifyLines
 * @param first the region's first line
 * @param last the region's last line
 * @param lengths the lines' lengths in words ({@link wordsIn}), when the caller has them
 * @returns the region's first line once the trail is left out (`first` when the body opens on no
 *   trail label, or when too little text would stay: {@link keepsText})
 */
export function trimTrail(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  first: number,
  last: number,
  lengths?: readonly number[],
): number {
  const words = (j: number) => lengths?.[j] ?? wordsIn((lines[j] as BodyBlock).text);
  if (first >= last || !isTrailLabel((lines[first] as BodyBlock).text, words(first))) return first;
  let start = first + 1;
  while (
    start < last &&
    start - first <= MAX_CRUMBS &&
    words(start) <= CRUMB_WORDS &&
    !CLOSES.test((lines[start] as BodyBlock).text)
  )
    start++;
  return keepsText(lines, kinds, start, last, lengths) ? start : first;
}
