// The time of day a stated stamp of publication gives, when the article's day is the stamp's.

/**
 * A stamp's day, time of day and zone: "2026-03-04T18:30:00Z", "2026-03-04 18:30:45",
 * "2026-03-04T18:30:00.000+02:00", "2026-03-04T18:30+0200".
 */
const STAMP =
  /^\s*(\d{4}-\d{2}-\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/i;

/**
 * The time of day of a stated stamp of publication, as `Article.publishedTime` writes it (`18:30Z`,
 * `18:30:45`, `18:30+02:00`), when the stamp is of the article's day: a page re-dated by the day it
 * shows ("2023-06-09T03:40:00Z" over "June 8, 2023 | 11:40pm") keeps no time of another day.
 * @param stamp the stamp as the markup or front matter states it, if any
 * @param day the article's day (`published`), if any
 * @returns the time, or undefined when the stamp states none or is of another day
 */
export function timeOfStamp(stamp: string | undefined, day: string | undefined): string | undefined {
  const m = stamp === undefined ? null : STAMP.exec(stamp);
  if (m === null || m[1] !== day) return undefined;
  const hour = (m[2] as string).padStart(2, '0');
  if (Number(hour) > 23) return undefined;
  const zone =
    m[5] === undefined
      ? ''
      : m[5].toUpperCase() === 'Z'
        ? 'Z'
        : m[5].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  return `${hour}:${m[3]}${m[4] === undefined ? '' : `:${m[4]}`}${zone}`;
}
