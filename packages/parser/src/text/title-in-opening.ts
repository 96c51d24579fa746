import type { BodyBlock } from '../extraction.js';
import { acronymsIn, tidyHeadline } from './find-title.js';
import { readsAsHeadline } from './headline-shape.js';
import { stripTrailingDate } from './line-copies.js';
import { longTerms, words } from './title-words.js';

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

/**
 * The share of a headline's long words that the lines under it in the body's opening must use for
 * {@link headlineInOpening} to take it: an article's lines repeat its headline's words, a subheading's
 * or a caption's less often. On trafilatura-eval text half A, of the pages whose picked line echoes
 * nothing of the opening (and stands apart from the body), 0.5 wins 2 titles and loses none; 0.67 and 1
 * win 1 (a headline of a name and one more word under a menu label).
 */
const ECHO_BELOW = 0.5;
/** The fewest words of a headline inside the body, as of a candidate above it (`MIN_WORDS`). */
const HEADLINE_WORDS = 3;

/**
 * The headline of a page whose body was taken from a few lines above it (a teaser's sentence, a
 * caption, a breadcrumb opening the body): the first line after the body's first of its opening that
 * reads as a headline of three words or more, does not end on a full stop, and whose long words the
 * lines under it mostly use ("Harbour ferry returns to the old quay" over a lead about the ferry and
 * the quay). It stays in the body: where the body should begin is the body step's to say.
 * @param lines the page's lines
 * @param first index of the body's first line
 * @param last index of the body's last line
 * @param isDateLine whether a line is a date line
 * @returns the headline's index, or -1 when the first such line of the opening is echoed too little
 */
export function headlineInOpening(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
  isDateLine: (index: number) => boolean,
): number {
  const end = Math.min(last, first + OPENING_LINES - 1);
  for (let i = first + 1; i <= end; i++) {
    const text = (lines[i] as BodyBlock).text;
    if (isDateLine(i) || text.endsWith('.') || words(text) < HEADLINE_WORDS || !readsAsHeadline(text))
      continue;
    const own = longTerms(text);
    if (own.length === 0) continue;
    const below = new Set<string>();
    for (let j = i + 1; j <= Math.min(last, i + OPENING_LINES); j++)
      for (const w of longTerms((lines[j] as BodyBlock).text)) below.add(w);
    let echoed = 0;
    for (const w of own) if (below.has(w)) echoed++;
    return echoed / own.length >= ECHO_BELOW ? i : -1;
  }
  return -1;
}
