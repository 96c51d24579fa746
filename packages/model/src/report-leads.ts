import type { TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { newsScoreOf } from './sentence-news.js';

/**
 * How far into a report its lead may stand (sentence index): the first body sentence, or the second
 * when the first is no statement (a line of credits, a question).
 */
const LEAD_WITHIN = 2;
/** The news score a lead needs ({@link newsScoreOf}: 1 or more is news, below is context or opinion). */
const LEAD_NEWS = 1;

/**
 * The lead of each report dated to its day that states no date of its own and reads as news, dated by
 * the report's day: "Markets worldwide have surged in value following efforts by governments …", the
 * main development of the day it came out, which the timeline may leave out for want of a date word.
 * The bottom line weighs them for its latest development.
 * @param sentences scored sentences of all sources
 * @param dateOf the date a sentence states, as the timeline reads it
 * @returns one event a report at most, in the order of the sentences
 */
export function reportLeads(
  sentences: readonly ScoredSentence[],
  dateOf: (sentence: ScoredSentence) => string | undefined,
): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    const a = s.article;
    if (seen.has(a.id) || s.index >= LEAD_WITHIN || !isStatement(s)) continue;
    seen.add(a.id);
    if (a.publishedPrecision !== 'day' || !a.published) continue;
    const news = newsScoreOf(s);
    if (news === null || news < LEAD_NEWS || dateOf(s) !== undefined) continue;
    out.push({
      date: a.published.slice(0, 10),
      precision: 'day',
      text: s.text,
      sourceIds: [a.id],
      citations: [cite(a, s.start, s.end)],
    });
  }
  return out;
}
