import * as chrono from 'chrono-node';
import type { Article, DatePrecision } from './article.js';
import type { Citation, TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { findPeriod } from './find-period.js';
import type { Sentence } from './sentences.js';
import { jaccard, Vocabulary, type WordIds } from './text-stats.js';

/** A dated sentence before events reported by several sources are merged. */
interface DatedSentence {
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

/**
 * Finds the dated events of one article: every sentence that states a date ("April 15", "on Saturday,
 * January 27", "on January 5", "last summer", "in 2014"), resolved against the article's publication date; a day and
 * month that would fall after publication in a sentence about the past is moved back a year.
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
  const ref = referenceDate(article, fallback);
  const out: DatedSentence[] = [];
  for (const s of sentences) {
    const found = dateIn(s.text, ref);
    if (found === null) continue;
    out.push({
      ...found,
      text: s.text,
      citation: cite(article, s.start, s.end),
      words: vocabulary.idsOf(s.text),
    });
  }
  return out;
}

function dateIn(
  text: string,
  ref: { date: Date; own: boolean },
): Omit<DatedSentence, 'text' | 'citation' | 'words'> | null {
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
