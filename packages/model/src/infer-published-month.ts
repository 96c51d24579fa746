import type { Article } from './article.js';
import type { TimelineEvent } from './briefing.js';

/** "this month" in the writer's own words (a quotation's "this month" is the speaker's). */
const THIS_MONTH = /\bthis month\b/i;
const QUOTED = /["“][^"“”]*["”]/g;
/** What a text must hold for {@link THIS_MONTH} to match it once its quotations are blanked out. */
const MONTH = /month/i;

/**
 * The month an undated article was written in, when its text says so: it speaks of "this month" and
 * dates events to the day, read against the other sources (the brief's timeline), so it was written in
 * the month of the latest of them ("Talks … continued this month", "During a May 14 meeting …", "held
 * May 6": May of the year the other sources place those days in).
 * @param article an article without a publication date
 * @param timeline the brief's timeline, its days resolved against the other sources' dates
 * @returns the month (`YYYY-MM`) and why, or null when the text does not say
 */
export function inferPublishedMonth(
  article: Article,
  timeline: readonly TimelineEvent[],
): { month: string; reason: string } | null {
  // the quotations are blanked out (a copy of the text) only in a text that says "month" at all: most
  // do not (3,088 undated pages of 10,000 bench pages, most not in English)
  if (article.published !== null || !MONTH.test(article.text)) return null;
  if (!THIS_MONTH.test(article.text.replace(QUOTED, ' '))) return null;
  let latest: { date: string; quote: string } | null = null;
  for (const e of timeline) {
    if (e.precision !== 'day') continue;
    const cited = e.citations.find((c) => c.sourceId === article.id);
    if (cited && (latest === null || e.date > latest.date)) latest = { date: e.date, quote: cited.quote };
  }
  if (!latest) return null;
  const quote = latest.quote.length > 60 ? `${latest.quote.slice(0, 57)}…` : latest.quote;
  return {
    month: latest.date.slice(0, 7),
    reason: `it speaks of "this month" and its latest dated event is ${latest.date}, read against the other sources' dates ("${quote}")`,
  };
}
