import type { TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { nameOrdinal } from './ordinal-noun.js';
import { pad } from './partial-dates.js';
import { isAnnouncing } from './pending-decisions.js';
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
 * The lead of each report dated to its day that states no date of its own, or only the period its figure
 * covers ({@link periodOfItsDay}), or a plan ahead the report announces ({@link announcedAhead}), and
 * reads as news, dated by the report's day: "Markets worldwide have
 * surged in value following efforts by governments …", the main development of the day it came out,
 * which the timeline may leave out for want of a date word, or hold under the period's year ("Harbel
 * Lines has reported a loss of 14 million crowns in the first quarter of 2025", told in May: fixture
 * `latest-lead-dated-by-its-period`). The bottom line weighs them for its latest development.
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
    const stated = dateOf(s);
    if (
      news === null ||
      news < LEAD_NEWS ||
      (stated !== undefined &&
        !periodOfItsDay(stated, a.published) &&
        !announcedAhead(s.text, stated, a.published))
    )
      continue;
    const counted = nameOrdinal(s.text, a.title);
    out.push({
      date: a.published.slice(0, 10),
      precision: 'day',
      // an ordinal with no noun, named by the headline ({@link nameOrdinal})
      ...(counted ? { text: counted, original: s.text } : { text: s.text }),
      sourceIds: [a.id],
      citations: [cite(a, s.start, s.end)],
    });
  }
  return out;
}

/**
 * Whether a lead tells a plan its report announces: the date it states comes after the report's day and a
 * verb that makes a plan public tells it ({@link isAnnouncing}: "Norvale Transit announced today that it will open a new line in
 * September 2027"). The announcement is the day's news; the plan's date, the timeline's thing ahead, had
 * left the lead out, and the latest development was a week-older report's (fixture
 * `latest-plan-announced-today`).
 * @param text the lead
 * @param stated the date it states, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @param published the report's day, `YYYY-MM-DD…`
 */
function announcedAhead(text: string, stated: string, published: string): boolean {
  if (firstDayOf(stated) <= published.slice(0, 10)) return false;
  return Array.from(text.matchAll(/\p{Ll}+/gu), (m) => m[0]).some(isAnnouncing);
}

/** The first day of a date, `YYYY-MM-DD` (a year's or month's first day). */
function firstDayOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
}

/**
 * Whether a date a report's lead states is the period its figure covers, which a report of that day tells
 * as news ("a loss … in the first quarter of 2025", "orders fell by a fifth last month", "a profit of 3
 * million crowns for last year"): a year or a month that holds the report's day or comes just before it.
 * An older one is background ("The Arlo Vale was unveiled in January", told in April); a day is the
 * lead's own. Of the Wikinews clusters cut after each report (84 briefs), 4 newest leads were so dated,
 * each its report's news; one, a year's profit told in January, needs the year before.
 * @param stated `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @param published the report's day, `YYYY-MM-DD…`
 */
function periodOfItsDay(stated: string, published: string): boolean {
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  if (stated.length === 4) return stated === String(year) || stated === String(year - 1);
  if (stated.length !== 7) return false;
  const before = month === 1 ? `${year - 1}-12` : `${year}-${pad(month - 1)}`;
  return stated === published.slice(0, 7) || stated === before;
}
