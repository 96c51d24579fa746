import type { BodyBlock } from '../extraction.js';
import { isStamp } from './lead-under-stamp.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A stop or a colon closing a line. */
const STOP_END = /[.:]$/u;

type Run = { first: number; last: number; score: number };

/**
 * A box of teasers holds at least this many distinct headlines, each beside a separator. Half A's
 * lists hold three to five; 2 changes no snippet on either half but takes a petition site's slogan
 * over its menu (two menu lines beside a recurring label) into one page of half A.
 */
const MIN_TEASERS = 3;
/** A teaser's headline is this many words or more, and at most HEADLINE_MAX (a sentence, not a label). */
const HEADLINE_MIN = 5;
const HEADLINE_MAX = 25;
/**
 * A separator between teasers (a count, a time, a rank, a recurring "Read more") is this many words at
 * most: "07:15 p. m." is four; 3 missed half A's list of such times, a label of 5 is a sentence.
 */
const SEPARATOR_MAX = 4;
/** A word of a label: three letters or more ("p. m." and "Uhr"-less times, counts and ranks have none). */
const LABEL_WORD = /\p{L}{3,}/u;

/**
 * Reads a box of teasers: at least MIN_TEASERS distinct headlines (HEADLINE_MIN to HEADLINE_MAX words,
 * not closed by a full stop or a colon), each next to a separator line: a line of at most SEPARATOR_MAX
 * words that is a count, a time or a rank (no word of three letters) or that recurs inside the box (a
 * section's name, "Link to the article"). A "Most read" or "Related" list reads so; a share bar, a
 * table of contents or an article's list of points does not (no separators between its items).
 * @param lines the non-empty lines
 * @param lengths their lengths in words
 * @param from the box's first line
 * @param to the box's last line
 * @returns the separators' lines, or null when the box is no box of teasers
 */
export function teaserSeparators(
  lines: readonly BodyBlock[],
  lengths: readonly number[],
  from: number,
  to: number,
): Set<number> | null {
  const seen = new Map<string, number>();
  for (let j = from; j <= to; j++) {
    if ((lengths[j] as number) > SEPARATOR_MAX) continue;
    const t = (lines[j] as BodyBlock).text;
    seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  const headlines = new Set<string>();
  const separators = new Set<number>();
  for (let j = from; j <= to; j++) {
    const n = lengths[j] as number;
    const t = (lines[j] as BodyBlock).text;
    if (n < HEADLINE_MIN || n > HEADLINE_MAX || STOP_END.test(t)) continue;
    for (const k of [j - 1, j + 1])
      if (separator(lines, lengths, seen, from, to, k)) {
        headlines.add(t);
        separators.add(k);
      }
  }
  return headlines.size >= MIN_TEASERS ? separators : null;
}

/** Whether line `j`, inside the box `from`..`to`, is a separator between teasers (see teaserSeparators). */
function separator(
  lines: readonly BodyBlock[],
  lengths: readonly number[],
  seen: ReadonlyMap<string, number>,
  from: number,
  to: number,
  j: number,
): boolean {
  if (j < from || j > to) return false;
  const n = lengths[j] as number;
  // a spacer line (no word) stands between any lines, teasers or not
  if (n === 0 || n > SEPARATOR_MAX) return false;
  const t = (lines[j] as BodyBlock).text;
  return !LABEL_WORD.test(t) || (seen.get(t) ?? 0) > 1;
}

/**
 * Finds an article's lead cut off from its body by a box of teasers (a "Most read" or "Related" list a
 * site sets after the first paragraph or the dek, see {@link teaserSeparators}): the nearest run of text
 * above the body at least `minScore` strong and ending at most `maxGap` lines above it, when the lines
 * between hold such a box and no date or byline but a teaser's (see {@link isStamp}: one there makes the
 * run a dek, as in `leadUnderStamp`). Sites set these lists between the article's opening and its
 * body, not above another page's text, so the lead needs no words shared with the body. Without the
 * stamp's test half A gains one snippet (a lead over the writer's date and name, as a dek stands)
 * and half B none, while two of its pages change (a recipe's among them): kept, as zyte-dev's answers
 * leave deks out.
 * @param lines the non-empty lines
 * @param lengths their lengths in words
 * @param runs the runs of positive running score, in order
 * @param first the body's first line
 * @param scores the lines' scores
 * @param maxGap the most lines between the lead and the body
 * @param minScore the least a lead weighs
 * @returns the lead's first line of text and its run's last line, or null when there is none
 */
export function leadOverTeasers(
  lines: readonly BodyBlock[],
  lengths: readonly number[],
  runs: readonly Run[],
  first: number,
  scores: ArrayLike<number>,
  maxGap: number,
  minScore: number,
): [number, number] | null {
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as Run;
    if (run.last >= first || run.score <= 0) continue;
    if (first - run.last - 1 > maxGap) return null;
    if (run.score < minScore) continue;
    const separators = teaserSeparators(lines, lengths, run.last + 1, first - 1);
    if (separators === null) return null;
    let start = run.first;
    while (start < run.last && (scores[start] as number) <= 0) start++;
    // the page's date or byline between the run and the body (not a teaser's time): the run is a dek
    for (let j = start; j < first; j++)
      if (!separators.has(j) && isStamp((lines[j] as BodyBlock).text)) return null;
    return [start, run.last];
  }
  return null;
}
