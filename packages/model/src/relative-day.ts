import * as en from 'chrono-node/en';
import { dateDirection, modifiesNoun, premodifiesNoun } from './date-direction.js';
import type { FoundDate } from './dated-sentence.js';
import { WEEKDAY_NAME } from './english-cues.js';
import { inQuotation } from './in-quotation.js';
import { MONTH_NAMES } from './month-names.js';
import { DAY, dayOf, pad } from './partial-dates.js';

const WEEKDAY_ONLY = new RegExp(
  String.raw`^(?:on\s+|last\s+|this\s+|next\s+|coming\s+)?${WEEKDAY_NAME}$`,
  'i',
);

const NEXT_DAY = /^(?:yesterday|tomorrow)$/i;

/**
 * A capitalised word right after a weekday, not a month, a part of the day or a time zone: the weekday
 * opens a name ("Saturday Millionaires", "Sunday Times"). On the news of `timelines/` and
 * `newsmtsc-dev` a weekday is followed so only by a month, or in a headline's title case.
 */
const NAME_AFTER = new RegExp(
  String.raw`^ (?!(?:${MONTH_NAMES.join('|')}|Morning|Afternoon|Evening|Night|Noon)\b)\p{Lu}\p{Ll}+`,
  'u',
);

/**
 * A weekday that opens or closes a range of weekdays: "Monday through Friday", "Monday to Friday",
 * "Mon–Fri". In a clause with no tense of its own it is a weekly schedule ("may contact the company
 * Monday through Friday, 8 a.m. to 5 p.m."), no day at all.
 */
const RANGE_AFTER = new RegExp(
  String.raw`^[\s,]*(?:through|thru|to|till|until|and|[-–])\s*${WEEKDAY_NAME}`,
  'i',
);

const RANGE_BEFORE = new RegExp(
  String.raw`${WEEKDAY_NAME}s?[\s,]*(?:through|thru|to|till|until|[-–])\s*$`,
  'i',
);

/**
 * "every", "each" or "every other" (second, first, last …) right before a weekday: one that recurs
 * ("plays every other Sunday", "Every Friday, the team meets"), no one day.
 */
const RECURRING_BEFORE = /\b(?:every|each)(?:\s+(?:other|second|alternate|first|last|third|fourth))?\s+$/i;

/** A clock time before a weekday: "at 12:00 UTC Monday", "at 9 a.m. on Tuesday". */
const CLOCK_TIME =
  /^(?:at\s+)?\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:UTC|GMT|[ECMP][SD]?T))?\s+(?=\S)/i;

/** A part of the day after a weekday: "Thursday night", "Monday morning". */
const PART_OF_DAY = /\s+(?:morning|afternoon|evening|night)$/i;

const NEXT_WEEK = /\b(?:next|coming)\s+week\b/i;

/**
 * A weekday alone ("cut rates on Friday", "will meet on Friday"), "yesterday", "tomorrow" or "next
 * week", from the article's day.
 */
export function relativeDay(text: string, ref: Date): FoundDate | null {
  for (const r of en.casual.parse(text, { instant: ref, timezone: 0 })) {
    const direction = dateDirection(text, r.index, r.index + r.text.length);
    // chrono keeps the comma after a weekday ("on Friday, its largest move"): the words alone say the day
    // and a time or a part of the day around it ("at 12:00 UTC Monday", "Thursday night") says no other day
    const words = r.text
      .trim()
      .replace(/[,;:.]+$/, '')
      .replace(CLOCK_TIME, '')
      .replace(PART_OF_DAY, '');
    if (NEXT_WEEK.test(r.text)) {
      // a week has no single day: its month, when the whole week falls in one
      const monday = new Date(ref.getTime() + ((8 - ref.getUTCDay()) % 7 || 7) * DAY);
      const sunday = new Date(monday.getTime() + 6 * DAY);
      if (monday.getUTCMonth() !== sunday.getUTCMonth()) continue;
      return {
        date: `${monday.getUTCFullYear()}-${pad(monday.getUTCMonth() + 1)}`,
        precision: 'month',
        ahead: true,
      };
    }
    // "the cars of tomorrow", "the heroes of yesterday": no day at all
    if (NEXT_DAY.test(words) && /\bof\s+$/i.test(text.slice(0, r.index))) continue;
    if (NEXT_DAY.test(words)) {
      const forward = /^tomorrow$/i.test(words);
      // "partly recovered from yesterday's fall": the noun's day, not the clause's
      if (!forward && premodifiesNoun(text, r.index, r.index + r.text.length)) continue;
      return {
        date: dayOf(new Date(ref.getTime() + (forward ? DAY : -DAY))),
        precision: 'day',
        ahead: forward,
      };
    }
    if (!WEEKDAY_ONLY.test(words) || modifiesNoun(text, r.index)) continue;
    // "her newest book Saturday Millionaires", "the Sunday Times": a weekday alone inside the sentence
    // that opens a run of capitalised words is a name's first word, no day ("on Tuesday May 12",
    // "Thursday night" are days)
    if (
      /^\p{L}+$/u.test(r.text) &&
      /\p{L}/u.test(text.slice(0, r.index)) &&
      NAME_AFTER.test(text.slice(r.index + r.text.length))
    )
      continue;
    // "plays every other Sunday", "Each Tuesday, the council meets": a weekday that recurs, no one day
    if (RECURRING_BEFORE.test(text.slice(Math.max(0, r.index - 24), r.index))) continue;
    const range =
      RANGE_AFTER.test(text.slice(r.index + r.text.trimEnd().length)) ||
      RANGE_BEFORE.test(text.slice(Math.max(0, r.index - 24), r.index));
    if (range && direction === 'neutral') continue;
    if (direction === 'backward' && inQuotation(text, r.index, r.index + r.text.length)) continue;
    const weekday = r.start.get('weekday') as number;
    const today = ref.getUTCDay();
    const next = /^(?:next|coming)\b/i.test(words);
    const last = /^last\b/i.test(words);
    const forward = (direction === 'forward' || next) && !last;
    // "slipped from Monday's close" in Tuesday's report: the noun's day, not the
    // clause's (of the report's own day, "Thursday's gains" in Thursday's report, it is the clause's too)
    const before = !forward && (weekday !== today || last);
    if (before && premodifiesNoun(text, r.index, r.index + r.text.length)) continue;
    // "Monday the 18th", "on Friday, the 13th": the day of the month says which Monday, the nearest one
    // that falls on it ("Monday the 18th" had been dated the Monday of the report's week)
    const nth = NTH_AFTER_WEEKDAY.exec(text.slice(r.index + r.text.length));
    if (nth) {
      const date = weekdayOnDayOfMonth(ref, weekday, Number(nth[1]), forward);
      if (date === null) continue;
      return { date, precision: 'day', ahead: forward && date > dayOf(ref) };
    }
    // the publication's own weekday is that day either way (wire copy names the day rather than
    // "today"), unless it is "next Monday" or "last Monday"; eval:dates agreement 50.3 -> 52.0 %
    const shift = forward
      ? (weekday - today + 7) % 7 || (next ? 7 : 0)
      : -((today - weekday + 7) % 7 || (last ? 7 : 0));
    return { date: dayOf(new Date(ref.getTime() + shift * DAY)), precision: 'day', ahead: forward };
  }
  return null;
}

/** "the 18th" right after a weekday (chrono keeps a comma after it in the weekday's text, or leaves it). */
const NTH_AFTER_WEEKDAY = /^,?\s*the\s+(\d{1,2})(?:st|nd|rd|th)\b/i;

/**
 * The nearest day `day` of a month, from the reference's month on, back in time or ahead, that falls on
 * `weekday` (0 Sunday), within three months; null when none does. News writes "Monday the 18th" of this
 * month or the last; one only further off is of no report's time (a film's plot in a list of films had
 * been dated seven months before its page), and a wrong weekday has none at all.
 * @param ref the report's day
 * @param weekday the weekday named
 * @param day the day of the month named
 * @param forward whether to look ahead of the reference rather than back
 * @returns the date (`YYYY-MM-DD`), or null
 */
function weekdayOnDayOfMonth(ref: Date, weekday: number, day: number, forward: boolean): string | null {
  if (day < 1 || day > 31) return null;
  const year = ref.getUTCFullYear();
  const month = ref.getUTCMonth();
  const today = dayOf(ref);
  for (let k = 0; k <= 3; k++) {
    const m = month + (forward ? k : -k);
    const date = new Date(Date.UTC(year, m, day, 12));
    if (date.getUTCDate() !== day || date.getUTCDay() !== weekday) continue;
    const found = dayOf(date);
    if (forward ? found >= today : found <= today) return found;
  }
  return null;
}
