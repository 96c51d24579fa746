import type { BodyBlock } from '../extraction.js';
import { isBylineLine } from './byline-lines.js';
import { wordsIn } from './count-words.js';
import { parseByline } from './find-byline.js';

type Run = { first: number; last: number; score: number };

/**
 * A stamp stands at most this many lines above the article's lead (a credit or a share bar between).
 * Measured on trafilatura-eval text: 3 gives half A tp +4, fp +1 (a table of contents' intro taken in
 * with the lead), half B tp +1, zyte-dev text and HTML unchanged; 2 and 5 the same, 1 half A tp +1.
 */
const STAMP_GAP = 3;
/** A stamp line is at most this many words. */
const STAMP_WORDS = 15;
/**
 * A day and a year ("17. Februar 2020", "Nov 20, 2019", "25.01.2022"), or a time of day ("08:30"); a
 * year alone ("Pläne für 2020") is a title's, no stamp.
 */
const STAMP_DATE =
  /\b\d{1,2}\b.{1,12}\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.{1,12}\b\d{1,2}\b|\b\d{1,2}:\d\d\b/u;

/**
 * Tells a stamp line: a short line holding a date with its day, a time of day or a byline ("17.
 * Februar 2020 Jane Doe", "08:30 Uhr", "By Jane Doe", "Von Jane Doe").
 * @param text a line
 */
export function isStamp(text: string): boolean {
  return (
    wordsIn(text) <= STAMP_WORDS &&
    (STAMP_DATE.test(text) || isBylineLine(text) || parseByline(text) !== null)
  );
}

/**
 * Finds the lead of an article cut off from it by a box that holds weak runs of text (a table of
 * contents, a list of points, a question or two): the nearest run at least `minScore` strong whose last
 * line is at most `maxGap` lines above the article and over whose text a stamp (see {@link isStamp})
 * stands, at most STAMP_GAP lines up, with no stamp from its text down to the article. The page's date or byline
 * separates a dek, above it, from the lead, under it: a dek is not taken in (zyte-dev's answers and
 * Readability leave deks out).
 * @param lines the non-empty lines
 * @param runs the runs of positive running score above the box's weak run, in order
 * @param first the article's first line
 * @param scores the lines' scores
 * @param maxGap the most lines between the lead and the article
 * @param minScore the least a lead weighs
 * @param gap the most lines the stamp stands above the lead's text (STAMP_GAP unless said)
 * @returns the lead's first line of text and its run's last line, or null when there is none
 */
export function leadUnderStamp(
  lines: readonly BodyBlock[],
  runs: readonly Run[],
  first: number,
  scores: ArrayLike<number>,
  maxGap: number,
  minScore: number,
  gap = STAMP_GAP,
): [number, number] | null {
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as Run;
    if (run.score <= 0) continue;
    if (first - run.last - 1 > maxGap) return null;
    if (run.score < minScore) continue;
    let start = run.first;
    while (start < run.last && (scores[start] as number) <= 0) start++;
    // a stamp between the run and the article: the run is a dek, or another block
    for (let j = start; j < first; j++) if (isStamp((lines[j] as BodyBlock).text)) return null;
    for (let j = start - 1; j >= Math.max(0, start - gap); j--)
      if (isStamp((lines[j] as BodyBlock).text)) return [start, run.last];
  }
  return null;
}
