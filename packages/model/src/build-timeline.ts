import type { Article } from './article.js';
import type { TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { withoutComparedDates } from './compared-dates.js';
import { isDateStamp } from './date-stamp.js';
import type { DatedSentence, SentenceDate } from './dated-sentence.js';
import { MONTH_NAMES } from './month-names.js';
import { dayOf, firstDay, lastDay, pad } from './partial-dates.js';
import { isReferenceEntry } from './reference-entry.js';
import { leadReport, reportDaySentences } from './report-day.js';
import type { Sentence } from './sentences.js';
import { dateIn, MAY_HOLD_DATE, statedDate } from './stated-date.js';
import { jaccard, Vocabulary, type WordRange } from './text-stats.js';

const MAX_EVENTS = 40;
const MAX_CITATIONS = 8;
const MAX_WATCH = 12;

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
    // the lead of a report that states its day reports that day's news, dated or not ("Boeing has
    // rolled out the first 787 to be delivered", in a report of 8 August 2011)
    const lead = ref.own && ref.day ? leadReport(sentences) : null;
    if (lead !== null && !out.some((d) => d.sentence === lead)) {
      out.push({ sentence: lead, date: dayOf(ref.date), precision: 'day', ahead: false, lead: true });
      out.sort((a, b) => a.sentence - b.sentence);
    }
    if (ref.own && ref.day) {
      const news = reportDaySentences(sentences, out, dayOf(ref.date));
      if (news !== null) {
        for (const sentence of news.sentences)
          out.push({ sentence, date: news.day, precision: 'day', ahead: false, reported: true });
        out.sort((a, b) => a.sentence - b.sentence);
      }
    }
  }
  return out;
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
    const text = withoutComparedDates(s.text);
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

/**
 * Turns an article's sentence dates into dated sentences for {@link buildTimeline}: each cites its
 * sentence and keeps its words.
 * @param article the source
 * @param sentences its sentences
 * @param dates what {@link findSentenceDates} found
 * @param vocabulary interns the sentences' words; use one for all articles of a timeline
 */
export function toDatedSentences(
  article: Article,
  sentences: readonly Sentence[],
  dates: readonly SentenceDate[],
  vocabulary: Vocabulary,
): DatedSentence[] {
  const day =
    article.publishedPrecision === 'day' && article.published ? article.published.slice(0, 10) : null;
  return dates.map((d) => {
    const s = sentences[d.sentence] as Sentence;
    const { wordIds, wordsFrom, wordsTo } = vocabulary.idsOfSentenceAt(sentences, d.sentence);
    // a deadline ahead of its report ("is seeking to cut 31,500 jobs by 2012", "has a June 1 deadline")
    // is when something is due, not when the sentence's news happened, which is its report's: on
    // eval:dates such sentences' gold is the report's day (agreement 75.0 -> 76.1 %, none lost)
    const due = day !== null && d.deadline === true && lastDay(d.date) > day;
    return {
      date: due ? day : d.date,
      precision: due ? 'day' : d.precision,
      ahead: due ? false : d.ahead,
      ...(due ? { due: { date: d.date, precision: d.precision } } : {}),
      ...(d.clock ? { clock: true as const } : {}),
      ...(d.reported ? { reported: true as const } : {}),
      text: s.text,
      citation: cite(article, s.start, s.end),
      wordIds,
      wordsFrom,
      wordsTo,
    };
  });
}

/**
 * Finds the dated events of one article: every sentence that states a date, resolved against the
 * article's publication date; a day and month that would fall after publication in a sentence about
 * the past is moved back a year.
 * @param article the source
 * @param sentences its sentences
 * @param fallback reference date for an article without a dated publication
 * @param vocabulary interns the sentences' words; use one for all articles of a timeline
 * @returns dated sentences
 */
export function findDatedSentences(
  article: Article,
  sentences: readonly Sentence[],
  fallback: Date,
  vocabulary: Vocabulary = new Vocabulary(),
): DatedSentence[] {
  const dates = findSentenceDates(sentences, referenceDate(article, fallback));
  return toDatedSentences(article, sentences, dates, vocabulary);
}

/** What {@link buildTimeline} gives: the dated past and the scheduled future. */
export interface TimelineParts {
  /** Events sorted by date. */
  timeline: TimelineEvent[];
  /** Events a source dates ahead of the latest publication date in a forward clause, sorted by date. */
  watch: TimelineEvent[];
}

/**
 * Merges dated sentences into a timeline: the same date reported in similar words by several sources
 * becomes one event citing all of them and listing their ids. Keeps the events most sources report
 * when there are many, the more precise and then the later first. Events a clause sets ahead ("will
 * meet", "is due") that fall after `aheadOf` go to `watch` instead. Uses a per-date index, so the cost grows with the sentences on each date, not
 * with all pairs, and takes them as they come, so that only the events are kept, not every dated sentence.
 * @param dated dated sentences of all sources, found with one vocabulary
 * @param aheadOf the latest publication date of the sources (`YYYY[-MM[-DD]]`), or null for no watch list
 * @returns the timeline and the watch list
 */
export function buildTimeline(dated: Iterable<DatedSentence>, aheadOf: string | null = null): TimelineParts {
  const byDate = new Map<string, Merged[]>();
  // a sentence dated by its report's day alone joins after those that state a date: an event both tell
  // of is worded, and cited first, as the one that states it
  const unstated: DatedSentence[] = [];
  const add = (read: DatedSentence) => {
    // a deadline still ahead of the latest report is something to watch, on its own date
    const d =
      read.due && aheadOf !== null && lastDay(read.due.date) > lastDay(aheadOf)
        ? { ...read, date: read.due.date, precision: read.due.precision, ahead: true }
        : read;
    const same = byDate.get(d.date) ?? [];
    byDate.set(d.date, same);
    const match = same.find((e) => jaccard(e, d) >= 0.2);
    if (match) {
      // one citation per source, and a handful at most: the rest only adds to the count of sources
      if (!match.sources.has(d.citation.sourceId)) {
        match.sources.add(d.citation.sourceId);
        if (match.event.citations.length < MAX_CITATIONS) match.event.citations.push(d.citation);
      }
      match.ahead ||= d.ahead;
      match.allAhead &&= d.ahead;
      match.clock &&= d.clock === true || d.reported === true;
      return;
    }
    if (same.length >= 20) return;
    same.push({
      event: { date: d.date, precision: d.precision, text: d.text, sourceIds: [], citations: [d.citation] },
      wordIds: d.wordIds,
      wordsFrom: d.wordsFrom,
      wordsTo: d.wordsTo,
      sources: new Set([d.citation.sourceId]),
      ahead: d.ahead,
      allAhead: d.ahead,
      clock: d.clock === true || d.reported === true,
    });
  };
  for (const read of dated) {
    if (read.reported) unstated.push(read);
    else add(read);
  }
  for (const read of unstated) add(read);
  const all = [...byDate.values()].flat();
  for (const e of all) e.event.sourceIds = [...e.sources].sort();
  // also an event every source sets ahead on the latest report's own day ("will run a reduced timetable
  // on Wednesday" in Tuesday's statement, the latest report Wednesday's): none reports it done, and as
  // the timeline's last event it became the brief's latest development
  const isWatch = (e: Merged) =>
    aheadOf !== null &&
    e.ahead &&
    (lastDay(e.event.date) > lastDay(aheadOf) ||
      (e.allAhead && e.event.date.length === 10 && e.event.date === lastDay(aheadOf)));
  const byDateThenText = (a: TimelineEvent, b: TimelineEvent) =>
    a.date.localeCompare(b.date) || a.text.localeCompare(b.text);
  // what every source only announced ahead ("will hold an emergency meeting on November 18", "may be
  // signed on September 12", "will be rescheduled for November 17") and no later report tells done goes
  // after what sources report done: a brief of 30 reports over years had such plans in a fifth of its 40
  // events (bench:timeline-events: on the Wikinews clusters 12 such plans give way to reported events,
  // among them "The first A380 prototype was unveiled … on January 18, 2005"; entries holding an
  // annotated event 80 -> 81 of 120, dates agreeing 63 of 74 -> 63 of 72). A brief under 40 events
  // keeps them all. Of events as many sources report, to the same precision, the latest are kept: the earliest had
  // been, so that a brief of 30 reports over nine years ended its timeline, and took its latest
  // development, four years before its latest report. A time on the clock alone ("was down 2.62% at
  // 16:08 UTC") goes after the dates sources state: a market's hourly readings had pushed a bank's
  // bankruptcy out of a crisis brief's 40 events
  const kept = all
    .filter((e) => !isWatch(e))
    .sort(
      (a, b) =>
        Number(a.allAhead) - Number(b.allAhead) ||
        b.sources.size - a.sources.size ||
        Number(a.clock) - Number(b.clock) ||
        precisionRank(b.event) - precisionRank(a.event) ||
        b.event.date.localeCompare(a.event.date),
    )
    .slice(0, MAX_EVENTS)
    .map((e) => e.event);
  const watch = all
    .filter(isWatch)
    .map((e) => e.event)
    .sort(byDateThenText)
    .slice(0, MAX_WATCH);
  return { timeline: kept.sort(byDateThenText), watch };
}

interface Merged extends WordRange {
  event: TimelineEvent;
  sources: Set<string>;
  /** Some source's clause sets it ahead. */
  ahead: boolean;
  /** Every source's clause sets it ahead: none reports it done. */
  allAhead: boolean;
  /** Every sentence of it is dated by its report's day alone (a time on the clock, or no date), not a date it states. */
  clock: boolean;
}

function precisionRank(e: TimelineEvent): number {
  return e.precision === 'day' ? 2 : e.precision === 'month' ? 1 : 0;
}
