import type { KeyPoint, TimelineEvent } from './briefing.js';

/**
 * Gives a key point that states no date of its own the date the timeline gives the same sentence (the
 * same source, the same start): a report's undated lead, which the timeline dates by the report's day
 * ("Trading on the exchange has been suspended …"), is then dated in the key points too, where a reader
 * saw it undated beside dated points (fixture `key-points-timeline-date`). Only the shown date changes:
 * which points are chosen, their order and their sources were read before, by the sentence's own date.
 * @param timeline the briefing's timeline, read once for every list of key points given after
 * @returns a function of key points (the brief's, a story's) giving them, the undated ones that stand
 *   in the timeline with its date
 */
export function datedByTimeline(
  timeline: readonly TimelineEvent[],
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  const key = (sourceId: string, start: number) => `${sourceId}:${start}`;
  const dateOf = new Map<string, string>();
  for (const e of timeline) for (const c of e.citations) dateOf.set(key(c.sourceId, c.start), e.date);
  return (keyPoints) =>
    keyPoints.map((k) => {
      const own = k.citations[0];
      if (k.date !== undefined || !own) return k;
      const date = dateOf.get(key(own.sourceId, own.start));
      return date === undefined ? k : { ...k, date };
    });
}
