import type { DateDirection } from './date-direction.js';
import { DAY } from './partial-dates.js';

/** "this year", "last year", "next year" (not "last year's": a year that only qualifies a noun). */
const YEAR_WORD = /\b(this|last|next)\s+year\b(?!['’]s)/gi;

/** How far from a date, in characters, a year in words may stand and still be its year ("this year, after two in March"). */
const YEAR_WORD_REACH = 30;

/**
 * The year a sentence names in words beside a day or month it states without one: "the third recall
 * this year, after two in March" is March of the article's year, "in June last year" the year before;
 * a year further off is another clause's ("from Nov. 1, …, could cut shipments by 8 percent next year").
 * @param text the sentence
 * @param start where the date's words begin
 * @param end where they end
 * @param ref the article's date
 * @returns the year, or null when none stands beside the date
 */
export function namedYear(text: string, start: number, end: number, ref: Date): number | null {
  YEAR_WORD.lastIndex = 0;
  for (let m = YEAR_WORD.exec(text); m !== null; m = YEAR_WORD.exec(text)) {
    const gap = m.index >= end ? m.index - end : start - (m.index + m[0].length);
    if (gap > YEAR_WORD_REACH) continue;
    const word = (m[1] as string).toLowerCase();
    return ref.getUTCFullYear() + (word === 'last' ? -1 : word === 'next' ? 1 : 0);
  }
  return null;
}

/** How far ahead a day without a year is this year's whatever its clause's tense (see {@link yearFor}). */
const SOON_AHEAD = 45 * DAY;
/** How far back a day without a year is this year's whatever its clause's tense (see {@link yearFor}). */
const SOON_BACK = 14 * DAY;

/**
 * The year of a day and month stated without one: the first on or after the reference date for a
 * forward clause, the last on or before it for a past one, and the nearer of the two when the clause
 * says neither ("a quarter point in December is now our base case" in a November article is the coming
 * December: a writer who means a date eleven months back states its year). A day at most 45 days ahead
 * is this year's in a past clause whose only past comes after the date, for the same reason: the tense
 * is another verb's ("the contenders at the Oscars on Feb. 9 were not nominated"); not "The previous round
 * was held on 8 December" in a November article.
 * @param tenseAfter whether only a cue after the date says the clause's past (see `pastOnlyAfter`)
 */
export function yearFor(
  month: number,
  day: number | null,
  ref: Date,
  direction: DateDirection,
  tenseAfter?: () => boolean,
): number {
  const year = ref.getUTCFullYear();
  const refDay = Date.UTC(year, ref.getUTCMonth(), ref.getUTCDate());
  const when = Date.UTC(year, month - 1, day ?? 1);
  const monthEnd = Date.UTC(year, month, 0);
  const ahead = (day === null ? monthEnd : when) < refDay ? year + 1 : year;
  const back = when > refDay ? year - 1 : year;
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day ?? 15) - refDay);
  // "could be to blame for the loss, one being the government approving a measure on October 18" in an
  // article of 20 October: two days back, not a year ahead (a writer who means a day eleven months on
  // states its year); it had stood in a brief's watch list a year after its article
  if (direction === 'forward' && day !== null && ahead !== back && distance(back) <= SOON_BACK) return back;
  if (direction === 'forward') return ahead;
  // "the contenders at the Oscars on Feb. 9 were not nominated" in a January article: a day weeks ahead
  // this year, not eleven months back, where only a verb after the date says the past
  if (
    direction === 'backward' &&
    day !== null &&
    ahead !== back &&
    distance(ahead) <= SOON_AHEAD &&
    tenseAfter?.() === true
  )
    return ahead;
  if (direction === 'backward' || ahead === back) return back;
  return distance(ahead) < distance(back) ? ahead : back;
}
