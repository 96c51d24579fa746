import type { KeyPoint, TimelineEvent } from './briefing.js';
import { planTense } from './date-direction.js';
import { needsSentenceBefore, speaksPersonally } from './news-statement.js';
import { isQuestion } from './sentence-news.js';

/**
 * The key points the timeline does not hold, as events of the date each states to the day or month: a
 * report's main development that the timeline's 40 entries left out ("The first Kestrel tram in service
 * reached Oskby at 21:15 …", ranked after other dates for its hour on the clock), which the bottom line
 * may then give as its latest or lead development (fixtures `latest-a-key-point-the-timeline-left-out`,
 * `lead-a-key-point-the-timeline-left-out`). None that tells a plan ({@link planTense}: "was set to be
 * handed to Norvale Transit on Monday", "will cut 900 jobs", which the key points show under their
 * report's day), a point dated to its year (background or a figure's period), nor one that does not
 * read alone, speaks personally or asks.
 * @param keyPoints the briefing's key points, best first
 * @param timeline the briefing's timeline
 * @returns the events, in the key points' order
 */
export function keyPointEvents(
  keyPoints: readonly KeyPoint[],
  timeline: readonly TimelineEvent[],
): TimelineEvent[] {
  const key = (c: { sourceId: string; start: number }) => `${c.sourceId}:${c.start}`;
  const onTimeline = new Set(timeline.flatMap((e) => e.citations.map(key)));
  const out: TimelineEvent[] = [];
  for (const k of keyPoints) {
    const own = k.citations[0];
    const date = k.date;
    if (!own || date === undefined || onTimeline.has(key(own))) continue;
    const precision = /^\d{4}-\d\d-\d\d$/.test(date) ? 'day' : /^\d{4}-\d\d$/.test(date) ? 'month' : null;
    if (precision === null || planTense(k.text) !== undefined) continue;
    if (needsSentenceBefore(k.text) || speaksPersonally(k.text) || isQuestion(k.text)) continue;
    out.push({
      date,
      precision,
      text: k.text,
      sourceIds: k.sourceIds ?? [own.sourceId],
      citations: k.citations,
    });
  }
  return out;
}
