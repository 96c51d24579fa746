import { MONTH_NAMES, strictEnglish } from '@briefing/model';
import type { VFile } from 'vfile';
import type { BodyBlock, FoundMeta } from './extraction.js';
import { report } from './messages.js';
import { yearsMentionedIn } from './text/find-published.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = /\b(?:sun|mon|tues|wednes|thurs|fri|satur)day\b/i;
/** A weekday repeats on a date every 5, 6 or 11 years: a year mentioned further away than this says nothing. */
const MAX_YEAR_DISTANCE = 5;

/** A weekday named with a day and month but no year, and where it is in the article. */
interface WeekdayDate {
  phrase: string;
  weekday: number;
  month: number;
  day: number;
  block: BodyBlock;
}

/**
 * Infers a publication date from the article text when none is stated, as an analyst reads it, and
 * marks it so (`meta.publishedInferred` says why):
 * - a weekday with a day and month but no year ("Saturday, January 27") beside a year the text mentions
 *   gives the year, nearest to that mention, in which that day falls on that weekday; the article is
 *   from that year (only the year: the event is not the day it was published);
 * - "this month" beside dates of one month ("April 15", "April 8") gives the month, when the year is known.
 * When the text implies a month but states no year, nothing is set and an `info` finding says so.
 * @param blocks the body blocks
 * @param meta the metadata found so far; `published` and `publishedInferred` are set on it
 * @param file the file being parsed, which gets the finding
 */
export function inferPublished(blocks: readonly BodyBlock[], meta: FoundMeta, file: VFile): void {
  const years = yearsMentionedIn(blocks);
  const weekdayDates = findWeekdayDates(blocks);
  let year: number | null = null;
  let because = '';
  for (const d of weekdayDates) {
    const y = yearOfWeekday(d, years);
    if (y !== null && (year === null || y > year)) {
      year = y;
      because = `"${d.phrase}" falls on a ${WEEKDAYS[d.weekday]} in ${y}, the year nearest to ${nearest(y, years)} mentioned in the text`;
    }
  }
  const month = monthOfThisMonth(blocks);
  if (year !== null && month !== null) {
    meta.published = `${year}-${String(month.month).padStart(2, '0')}`;
    // set, not deleted: a deleted field leaves the object in dictionary mode, of a map of its own
    meta.publishedYearGuessed = undefined;
    meta.publishedInferred = `${because}; "this month" beside ${month.phrases.join(', ')}`;
  } else if (year !== null) {
    meta.published = String(year);
    meta.publishedYearGuessed = undefined;
    meta.publishedInferred = because;
  } else if (month !== null) {
    const at = month.block;
    const reason = `the text puts its publication in ${MONTH_NAMES[month.month - 1]} ("this month" beside ${month.phrases.join(', ')}) but states no year`;
    report(file, 'info', 'date-year-unknown', reason, { line: at.line, column: at.column });
  }
}

function findWeekdayDates(blocks: readonly BodyBlock[]): WeekdayDate[] {
  const found: WeekdayDate[] = [];
  for (const block of blocks) {
    if (!WEEKDAY.test(block.text)) continue;
    for (const r of strictEnglish.parse(block.text)) {
      const s = r.start;
      const named = WEEKDAY.exec(r.text)?.[0];
      if (!named || s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      found.push({
        phrase: r.text.replace(/^on\s+/i, ''),
        weekday: WEEKDAYS.findIndex((w) => w.toLowerCase() === named.toLowerCase()),
        month: s.get('month') as number,
        day: s.get('day') as number,
        block,
      });
    }
  }
  return found;
}

/** The year nearest to a mentioned year in which the day falls on the weekday, or null. */
function yearOfWeekday(d: WeekdayDate, years: readonly number[]): number | null {
  let best: { year: number; distance: number } | null = null;
  for (const mentioned of years) {
    for (let delta = -MAX_YEAR_DISTANCE; delta <= MAX_YEAR_DISTANCE; delta++) {
      const y = mentioned + delta;
      if (new Date(Date.UTC(y, d.month - 1, d.day)).getUTCDay() !== d.weekday) continue;
      const distance = Math.abs(delta);
      if (best === null || distance < best.distance || (distance === best.distance && y > best.year))
        best = { year: y, distance };
    }
  }
  return best?.year ?? null;
}

function nearest(year: number, years: readonly number[]): number {
  return [...years].sort((a, b) => Math.abs(a - year) - Math.abs(b - year))[0] as number;
}

/** "this month" in the text, and the month all the yearless month-day dates of the text name. */
function monthOfThisMonth(
  blocks: readonly BodyBlock[],
): { month: number; phrases: string[]; block: BodyBlock } | null {
  const at = blocks.find((b) => /\bthis month\b/i.test(b.text));
  if (!at) return null;
  const phrases: string[] = [];
  const months = new Set<number>();
  for (const block of blocks) {
    if (!/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(block.text)) continue;
    for (const r of strictEnglish.parse(block.text)) {
      const s = r.start;
      if (s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      months.add(s.get('month') as number);
      phrases.push(`"${r.text}"`);
    }
  }
  if (months.size !== 1) return null;
  return { month: [...months][0] as number, phrases, block: at };
}
