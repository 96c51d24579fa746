import type { Article } from './article.js';
import { withoutAnniversaries } from './background-dates.js';
import { withoutComparedDates } from './compared-dates.js';
import { isDateStamp } from './date-stamp.js';
import type { SentenceDate } from './dated-sentence.js';
import { MONTH_NAMES } from './month-names.js';
import { dayOf, firstDay, pad } from './partial-dates.js';
import { tellsPendingDecision } from './pending-decisions.js';
import { isReferenceEntry } from './reference-entry.js';
import { leadReport, reportDaySentences, todayOfTheNewsDay } from './report-day.js';
import type { Sentence } from './sentences.js';
import { dateIn, MAY_HOLD_DATE, statedDate } from './stated-date.js';

/**
 * Resolves an article's reference date for relative dates: its publication date when it has a year,
 * else the fallback (the latest publication date of the brief's sources).
 * @returns the date, whether it is the article's own, and whether that states the day
 */
export function referenceDate(article: Article, fallback: Date): { date: Date; own: boolean; day: boolean } {
  const p = article.published;
  if (p && /^\d{4}/.test(p)) {
    const [y, m, d] = p.split('-').map(Number);
    return {
      date: new Date(Date.UTC(y as number, (m ?? 7) - 1, d ?? 1, 12)),
      own: true,
      day: d !== undefined,
    };
  }
  return { date: fallback, own: false, day: false };
}

/**
 * Finds the dates an article's sentences state ("April 15", "on Saturday, January 27", "last summer",
 * "in 2014"), resolved against a reference date; the date parser runs only on sentences that
 * {@link mayHoldDate}.
 * @param sentences the article's sentences
 * @param ref the reference date (see {@link referenceDate})
 * @param only the indices of the sentences to read (default: all)
 * @returns one entry per dated sentence, in order
 */
export function findSentenceDates(
  sentences: readonly Sentence[],
  ref: { date: Date; own: boolean; day: boolean },
  only?: readonly number[],
): SentenceDate[] {
  const out: SentenceDate[] = [];
  const read = (sentence: number) => {
    const found = dateIn((sentences[sentence] as Sentence).text, ref);
    if (found === null) return;
    // a date that starts after the article's own publication is ahead of its writer, whatever the tense
    if (ref.own && !found.ahead) found.ahead = firstDay(found.date) > ref.date.getTime();
    out.push({ sentence, ...found });
  };
  if (only) for (const i of only) read(i);
  else {
    for (let i = 0; i < sentences.length; i++) read(i);
    inStoryYear(sentences, out);
    if (ref.own) inNamedDayYear(sentences, out);
    // the lead of a report that states its day reports that day's news, dated or not ("Kestrel has
    // rolled out the first 480 to be delivered", in a report of 8 August 2011)
    const lead = ref.own && ref.day ? leadReport(sentences) : null;
    if (lead !== null && !out.some((d) => d.sentence === lead)) {
      out.push({ sentence: lead, date: dayOf(ref.date), precision: 'day', ahead: false, lead: true });
      out.sort((a, b) => a.sentence - b.sentence);
    } else if (lead !== null) aboutItsYear(out, lead, dayOf(ref.date));
    if (ref.own && ref.day) {
      const news = reportDaySentences(sentences, out, dayOf(ref.date));
      if (news !== null) {
        // a "today" that did not state the report's own day is the writer's, the news day's
        const today = new Set(todayOfTheNewsDay(sentences, out, dayOf(ref.date), news.day));
        for (const d of out) if (today.has(d.sentence)) d.date = news.day;
        for (const sentence of news.sentences)
          out.push({ sentence, date: news.day, precision: 'day', ahead: false, reported: true });
        out.sort((a, b) => a.sentence - b.sentence);
      }
      pendingAsOfItsDay(sentences, out, dayOf(ref.date));
    }
  }
  return out;
}

/**
 * Sets ahead, as of its report's day, a decision a sentence tells still to be taken with no date of its
 * own ("the ministry is considering a levy on freight", "shareholders will vote on the merger"; see
 * {@link tellsPendingDecision}): dated by that day alone it had been the day's news, on the timeline,
 * and the watch list of the morning of its report had been empty. Only a sentence that states no date,
 * or the report's own day; one that states another keeps it. `buildTimeline` watches such a sentence on
 * the latest report's day, and after it ranks it among the plans. Fixture `watch-undated-pending-decision`.
 * @param sentences the report's sentences
 * @param dates the dates found, in sentence order (changed in place)
 * @param day the report's own day, `YYYY-MM-DD`
 */
function pendingAsOfItsDay(sentences: readonly Sentence[], dates: SentenceDate[], day: string): void {
  const at = new Map(dates.map((d) => [d.sentence, d]));
  let added = false;
  sentences.forEach((s, sentence) => {
    const d = at.get(sentence);
    if (d !== undefined && (d.date !== day || d.ahead)) return;
    if (!tellsPendingDecision(s.text)) return;
    if (d !== undefined) d.ahead = true;
    else {
      dates.push({ sentence, date: day, precision: 'day', ahead: true, reported: true });
      added = true;
    }
  });
  if (added) dates.sort((a, b) => a.sentence - b.sentence);
}

/**
 * Dates by its report's day a news lead whose only date is the year it is about, the report's own or
 * the one before, with no year written ("has announced that it earned 14 million euros in the third
 * quarter of this year", "has posted an annual loss for the last year"): the year is the period its
 * figures cover, and the news, told in the present perfect, is the report's, as an undated lead's is. A
 * brief's timeline had put a bank's third-quarter loss, reported in October, at the head of its year,
 * before that year's February (fixture `date-lead-about-its-own-year`). A plan's year ahead stays.
 * @param dates the dates found, in sentence order (changed in place)
 * @param lead the lead's index (see {@link leadReport}: no year written, present perfect or present)
 * @param day the report's day, `YYYY-MM-DD`
 */
function aboutItsYear(dates: SentenceDate[], lead: number, day: string): void {
  const d = dates.find((x) => x.sentence === lead);
  if (d === undefined || d.precision !== 'year' || d.ahead) return;
  const year = Number(day.slice(0, 4));
  // the year before too: a January report's "annual profit for the last year" (eval:dates, one mention
  // right more; an older year is history, not the period the news reports)
  if (Number(d.date) !== year && Number(d.date) !== year - 1) return;
  d.date = day;
  d.precision = 'day';
  d.lead = true;
}

/**
 * Dates a month named without its year ("But by December, they worsened") in the year of the story the
 * sentences before it tell, when one of the two before states a month of another year than the
 * month was read in, and earlier ("in November 2016"; not one ahead): the month is the first of its
 * name on or after that one ("December 2016", not the December before the report, 2018). A case report
 * told of 2016 had its next month read as of 2018.
 * @param sentences the article's sentences
 * @param dates the dates found, in sentence order (changed in place)
 */
function inStoryYear(sentences: readonly Sentence[], dates: SentenceDate[]): void {
  for (let k = 1; k < dates.length; k++) {
    const d = dates[k] as SentenceDate;
    if (d.precision !== 'month' || d.ahead || STATED_YEAR.test((sentences[d.sentence] as Sentence).text))
      continue;
    const before = dates[k - 1] as SentenceDate;
    if (d.sentence - before.sentence > STORY_REACH || before.precision === 'year' || before.ahead) continue;
    const [year, month] = before.date.split('-').map(Number) as [number, number];
    const own = Number(d.date.slice(5, 7));
    const story = `${own >= month ? year : year + 1}-${d.date.slice(5, 7)}`;
    // only back into an earlier year: a story told of years ago, not a plan's month ahead
    if (story < d.date) d.date = story;
  }
}

/**
 * Dates a day that names a thing ("the January 6 committee", "the October 7 attacks") in the year the
 * article states for that day elsewhere ("On January 6, 2021, rioters …"), not in the year nearest the
 * report: such a day is the name of a past event, which a writer states in full once. Only a day set
 * between "the" and a word in lower case, with no year of its own; a day the article states with two
 * years is left as it was.
 * @param sentences the article's sentences
 * @param dates the dates found, in sentence order (changed in place)
 */
function inNamedDayYear(sentences: readonly Sentence[], dates: SentenceDate[]): void {
  let stated: Map<string, number | null> | null = null;
  for (const d of dates) {
    if (d.precision !== 'day') continue;
    const text = (sentences[d.sentence] as Sentence).text;
    const named = NAMED_DAY.exec(text);
    if (named === null) continue;
    const day = `${pad(MONTH_NAMES.indexOf(named[1] as string) + 1)}-${pad(Number(named[2]))}`;
    if (!d.date.endsWith(day)) continue;
    stated ??= statedDays(sentences);
    const year = stated.get(day);
    if (year === undefined || year === null) continue;
    d.date = `${year}-${day}`;
    d.ahead = false;
  }
}

/** A day without its year between "the" and a word in lower case: "the January 6 committee". */
const NAMED_DAY = new RegExp(
  String.raw`\b[Tt]he\s(${MONTH_NAMES.join('|')})\s(\d{1,2})(?:st|nd|rd|th)?\s(?!(?:of|in|to|and|or|at|on|for|by)\b)\p{Ll}`,
  'u',
);

/** A day with its year: "January 6, 2021", "6 January 2021". */
const DAY_AND_YEAR = new RegExp(
  String.raw`\b(?:(${MONTH_NAMES.join('|')})\s(\d{1,2})(?:st|nd|rd|th)?,?\s((?:1[89]|20)\d\d)|(\d{1,2})(?:st|nd|rd|th)?\s(${MONTH_NAMES.join('|')}),?\s((?:1[89]|20)\d\d))\b`,
  'gu',
);

/** The year the article states for each day it writes with one ("MM-DD" → year, null for two years). */
function statedDays(sentences: readonly Sentence[]): Map<string, number | null> {
  const days = new Map<string, number | null>();
  for (const s of sentences)
    for (const m of s.text.matchAll(DAY_AND_YEAR)) {
      const month = MONTH_NAMES.indexOf((m[1] ?? m[5]) as string) + 1;
      const day = `${pad(month)}-${pad(Number(m[2] ?? m[4]))}`;
      const year = Number(m[3] ?? m[6]);
      const had = days.get(day);
      days.set(day, had === undefined || had === year ? year : null);
    }
  return days;
}

/** A year written out, which a month with it names itself. */
const STATED_YEAR = /\b(?:1[89]|20)\d\d\b/;

/** Sentences back a story's month and year hold for a month named alone (the one before, or two). */
const STORY_REACH = 2;

/**
 * The date a sentence states, from its article's {@link findSentenceDates}.
 * @param dates the article's sentence dates, in sentence order
 * @param sentence the sentence's index in its article
 * @returns `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or undefined when it states none (a lead, or another
 *   sentence, dated by its report's day states none)
 */
export function statedDateOf(
  dates: readonly SentenceDate[] | undefined,
  sentence: number,
): string | undefined {
  if (dates === undefined) return undefined;
  let lo = 0;
  let hi = dates.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = dates[mid] as SentenceDate;
    if (d.sentence === sentence) return d.lead || d.reported ? undefined : d.date;
    if (d.sentence < sentence) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

// Two reference dates far apart: a date read the same against both does not depend on the reference.
// The later goes first: a sentence with no date against it has none against the earlier either (a
// span back from it, "1,000 years ago", falls in a year a timeline can write whenever one from the
// earlier does), so the second reading is skipped for the many sentences with none.
const PROBES = [new Date(Date.UTC(2090, 5, 15, 12)), new Date(Date.UTC(1950, 0, 1, 12))] as const;

/**
 * Splits the sentences of an article without a dated publication into those whose date (or lack of
 * one) is the same whatever the reference date ("March 5, 2024", "in 2014"), found here, and those
 * whose date depends on it ("March 5", "three days ago"), found once the brief's latest publication
 * date is known. Lets most of the date parsing run per article, in parallel.
 * @param sentences the article's sentences
 * @returns the dates found, the indices of the sentences left for {@link findSentenceDates}, and of
 *   those the ones whose day is the same at any reference, only the reading's direction not ("30 June,
 *   1997", which looks ahead of an early reference)
 */
export function findFixedDates(sentences: readonly Sentence[]): {
  dates: SentenceDate[];
  pending: number[];
  pendingDay: number[];
} {
  const dates: SentenceDate[] = [];
  const pending: number[] = [];
  const pendingDay: number[] = [];
  sentences.forEach((s, sentence) => {
    // tested once here, not again by each of the two readings
    if (!MAY_HOLD_DATE.test(s.text) || isDateStamp(s.text) || isReferenceEntry(s.text)) return;
    const text = withoutComparedDates(withoutAnniversaries(s.text));
    const a = statedDate(text, { date: PROBES[0], own: false, day: false });
    if (a === null) return;
    const b = statedDate(text, { date: PROBES[1], own: false, day: false });
    const day = a.date === b?.date && a.precision === b?.precision;
    if (!day || a.ahead !== b?.ahead) pending.push(sentence);
    else dates.push({ sentence, ...a });
    if (day && a.ahead !== b?.ahead) pendingDay.push(sentence);
  });
  return { dates, pending, pendingDay };
}
