// Which of two reports of one day came out later, by the times of day they state.
import type { Article } from './article.js';

/** A stated zone at the end of a time ("Z", "+02:00", "-0500"). */
const ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/;

/**
 * Whether the second of two reports of one day came out later than the first by the times of day both
 * state (`publishedTime`): "09:10Z" before "18:30Z"; "18:30+02:00" before "17:00Z". Times compare only
 * when both state a zone, or neither does (then read as one clock: a report that says none and one
 * that says its zone are of clocks that cannot be set side by side).
 * @param a one report
 * @param b another of the same day
 * @returns true when b came out later, false when earlier, undefined when their times do not say
 */
export function laterOnItsDay(
  a: Pick<Article, 'published' | 'publishedPrecision' | 'publishedTime'>,
  b: Pick<Article, 'published' | 'publishedPrecision' | 'publishedTime'>,
): boolean | undefined {
  if (a.publishedPrecision !== 'day' || b.publishedPrecision !== 'day' || !a.published || !b.published)
    return undefined;
  if (a.publishedTime === undefined || b.publishedTime === undefined) return undefined;
  if (ZONE.test(a.publishedTime) !== ZONE.test(b.publishedTime)) return undefined;
  const at = (day: string, time: string) =>
    Date.parse(`${day}T${ZONE.test(time) ? time : `${time}Z`}`.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  const [x, y] = [at(a.published, a.publishedTime), at(b.published, b.publishedTime)];
  if (Number.isNaN(x) || Number.isNaN(y) || x === y) return undefined;
  return y > x;
}
