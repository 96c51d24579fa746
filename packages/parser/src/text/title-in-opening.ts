import type { BodyBlock } from '../extraction.js';
import { acronymsIn, tidyHeadline } from './find-title.js';
import { readsAsHeadline, stripTrailingDate } from './title-candidates.js';

/**
 * How many of the body's first lines are read for a headline standing inside the body, as many as the
 * opening the candidates are compared with (`LEAD_LINES`). On trafilatura-eval's 990 text scrapes, 7
 * have no candidate; the 3 headlines in their body stand 2, 6 and 7 lines in (fewer lines lose 2, more
 * find no other: the other 4 answers are no line of the body).
 */
const OPENING_LINES = 8;

/**
 * The headline of a page whose body was taken from above it, so that no line above the body is a
 * candidate: the first of the body's opening lines that reads as a headline (`readsAsHeadline`) right
 * over or under a date line ("Pair With Me: …" over "09 Oct 2018", "Tach auch!" under "DIENSTAG, 28.
 * APRIL 2020"). It stays in the body: where the body should begin is the body step's to say.
 * @param lines the page's lines
 * @param first index of the body's first line
 * @param last index of the body's last line
 * @param isDateLine whether a line is a date line
 * @returns the headline, or null when no line of the opening reads as one beside a date
 */
export function findTitleInOpening(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
  isDateLine: (index: number) => boolean,
): string | null {
  const end = Math.min(last, first + OPENING_LINES - 1);
  for (let i = first; i <= end; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (isDateLine(i) || !readsAsHeadline(text)) continue;
    if ((i > first && isDateLine(i - 1)) || (i < end && isDateLine(i + 1)))
      return tidyHeadline(stripTrailingDate(text), acronymsIn(lines));
  }
  return null;
}
