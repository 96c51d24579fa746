import * as chrono from 'chrono-node';
import type { Article, DatePrecision } from './article.js';
import type { Citation, TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { findPeriod } from './find-period.js';
import type { Sentence } from './sentences.js';
import { jaccard, Vocabulary, type WordIds } from './text-stats.js';

/** A dated sentence before events reported by several sources are merged. */
export interface DatedSentence {
  date: string;
  precision: Exclude<DatePrecision, 'month-day'>;
  text: string;
  citation: Citation;
  words: WordIds;
}

const FUTURE = /\b(will|would|next|upcoming|scheduled|plans? to|is to|are to|expected)\b/i;
const BARE_YEAR = /\b(?:in|since|from|by|until|of|during)\s+((?:19|20)\d{2})\b(?![-–/]\d)/g;
const pad = (n: number) => String(n).padStart(2, '0');
const MAX_EVENTS = 40;
const MAX_CITATIONS = 8;

/**
 * Resolves an article's reference date for relative dates: its publication date when it has a year,
 * else the fallback (the latest publication date of the brief's sources).
 * @returns the date and whether it is the article's own
 */
export function referenceDate(article: Article, fallback: Date): { date: Date; own: boolean } {
  const p = article.published;
  if (p && /^\d{4}/.test(p)) {
    const [y, m, d] = p.split('-').map(Number);
    return { date: new Date(Date.UTC(y as number, (m ?? 7) - 1, d ?? 1, 12)), own: true };
  }
  return { date: fallback, own: false };
}

/** The date one sentence of an article states (see {@link findSentenceDates}). */
export interface SentenceDate extends FoundDate {
  /** Index of the sentence in its article. */
  sentence: number;
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
  ref: { date: Date; own: boolean },
  only?: readonly number[],
): SentenceDate[] {
  const out: SentenceDate[] = [];
  const read = (sentence: number) => {
    const found = dateIn((sentences[sentence] as Sentence).text, ref);
    if (found) out.push({ sentence, ...found });
  };
  if (only) for (const i of only) read(i);
  else for (let i = 0; i < sentences.length; i++) read(i);
  return out;
}

// Two reference dates far apart: a date read the same against both does not depend on the reference.
const PROBES = [new Date(Date.UTC(1950, 0, 1, 12)), new Date(Date.UTC(2090, 5, 15, 12))] as const;

/**
 * Splits the sentences of an article without a dated publication into those whose date (or lack of
 * one) is the same whatever the reference date ("March 5, 2024", "in 2014"), found here, and those
 * whose date depends on it ("March 5", "three days ago"), found once the brief's latest publication
 * date is known. Lets most of the date parsing run per article, in parallel.
 * @param sentences the article's sentences
 * @returns the dates found, and the indices of the sentences left for {@link findSentenceDates}
 */
export function findFixedDates(sentences: readonly Sentence[]): { dates: SentenceDate[]; pending: number[] } {
  const dates: SentenceDate[] = [];
  const pending: number[] = [];
  sentences.forEach((s, sentence) => {
    if (!MAY_HOLD_DATE.test(s.text)) return;
    const [a, b] = PROBES.map((date) => dateIn(s.text, { date, own: false }));
    if (a?.date !== b?.date || a?.precision !== b?.precision) pending.push(sentence);
    else if (a) dates.push({ sentence, ...a });
  });
  return { dates, pending };
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
  return dates.map((d) => {
    const s = sentences[d.sentence] as Sentence;
    return {
      date: d.date,
      precision: d.precision,
      text: s.text,
      citation: cite(article, s.start, s.end),
      words: vocabulary.idsOf(s.text, s.content),
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

/**
 * Whether a sentence can state a date at all: a digit, a month's name, a unit of time or a season.
 * The date parser finds nothing in a sentence without one, and costs far more than this test.
 * @param text one sentence
 */
export function mayHoldDate(text: string): boolean {
  return MAY_HOLD_DATE.test(text);
}
// prefixes at a word's start, so that every spelling chrono reads (Sept., Dec, weeks, yearly) passes
const MAY_HOLD_DATE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|second|minute|hour|day|week|month|quarter|year|decade|spring|summer|autumn|fall|winter)/i;

/** A date a sentence states, resolved against a reference date. */
export type FoundDate = Pick<DatedSentence, 'date' | 'precision'>;

/**
 * The date a sentence states ("April 15", "last summer", "in 2014"), resolved against a reference
 * date; a day and month after the article's own date in a sentence about the past is moved back a year.
 * @param text one sentence
 * @param ref the reference date and whether it is the article's own (see {@link referenceDate})
 * @returns the date and its precision, or null
 */
export function dateIn(text: string, ref: { date: Date; own: boolean }): FoundDate | null {
  if (!MAY_HOLD_DATE.test(text)) return null;
  for (const r of chrono.en.strict.parse(text, { instant: ref.date, timezone: 0 })) {
    const c = r.start;
    if (!c.isCertain('month')) continue;
    let year = c.get('year') as number;
    const month = c.get('month') as number;
    const day = c.isCertain('day') ? (c.get('day') as number) : null;
    if (!c.isCertain('year') && ref.own) {
      const when = Date.UTC(year, month - 1, day ?? 1);
      if (when > ref.date.getTime() && !FUTURE.test(text.slice(r.index, r.index + r.text.length + 60)))
        year -= 1;
    }
    if (year < 1000 || year > 9999) continue; // "1BC January": not a date a timeline can write
    if (day !== null) return { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' };
    return { date: `${year}-${pad(month)}`, precision: 'month' };
  }
  // "last summer" needs the article's own date: a guessed one would date the event a year out
  const period = ref.own ? findPeriod(text, ref.date) : null;
  if (period) return period;
  BARE_YEAR.lastIndex = 0;
  const y = BARE_YEAR.exec(text);
  if (y?.[1]) return { date: y[1], precision: 'year' };
  return null;
}

/**
 * Merges dated sentences into a timeline: the same date reported in similar words by several sources
 * becomes one event citing all of them. Keeps the events most sources report when there are many.
 * Uses a per-date index, so the cost grows with the sentences on each date, not with all pairs, and
 * takes them as they come, so that only the events are kept, not every dated sentence.
 * @param dated dated sentences of all sources, found with one vocabulary
 * @returns events sorted by date
 */
export function buildTimeline(dated: Iterable<DatedSentence>): TimelineEvent[] {
  const byDate = new Map<string, { event: TimelineEvent; words: WordIds; sources: Set<string> }[]>();
  for (const d of dated) {
    const same = byDate.get(d.date) ?? [];
    byDate.set(d.date, same);
    const match = same.find((e) => jaccard(e.words, d.words) >= 0.2);
    if (match) {
      // one citation per source, and a handful at most: the rest only adds to the count of sources
      if (!match.sources.has(d.citation.sourceId)) {
        match.sources.add(d.citation.sourceId);
        if (match.event.citations.length < MAX_CITATIONS) match.event.citations.push(d.citation);
      }
      continue;
    }
    if (same.length >= 20) continue;
    same.push({
      event: { date: d.date, precision: d.precision, text: d.text, citations: [d.citation] },
      words: d.words,
      sources: new Set([d.citation.sourceId]),
    });
  }
  const all = [...byDate.values()].flat();
  const kept = all
    .sort(
      (a, b) =>
        b.sources.size - a.sources.size ||
        precisionRank(b.event) - precisionRank(a.event) ||
        a.event.date.localeCompare(b.event.date),
    )
    .slice(0, MAX_EVENTS)
    .map((e) => e.event);
  return kept.sort((a, b) => a.date.localeCompare(b.date) || a.text.localeCompare(b.text));
}

function precisionRank(e: TimelineEvent): number {
  return e.precision === 'day' ? 2 : e.precision === 'month' ? 1 : 0;
}
