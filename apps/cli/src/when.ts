const SPAN = /^(\d+)([dwm])$/;

/** What a `--since`/`--until` value or a config's `since`/`until` must look like, said once for both. */
export const WHEN_EXPECTED = 'expected a date such as 2024-01-01 or a span such as 7d, 2w, 3m';

/** The shape of a {@link isWhen} value (the config's JSON Schema shows it as its `pattern`). */
export const WHEN_PATTERN = /^(?:\d+[dwm]|\d{4}-\d{2}-\d{2})$/;

/**
 * Whether a text is a bound of a date window: a date (`YYYY-MM-DD`, a real one) or a span back from
 * now (`7d`, `2w`, `3m`: days, weeks, months). The config schema and the command line both read
 * values with it. (No zod here: the entry reads the command line before loading it.)
 * @param value the text
 */
export function isWhen(value: string): boolean {
  return WHEN_PATTERN.test(value) && (SPAN.test(value) || !Number.isNaN(Date.parse(value)));
}

/**
 * Turns a {@link isWhen} value into the date it stands for.
 * @param value a date or a span, already valid
 * @param now the reference time for spans
 * @returns a `YYYY-MM-DD` date
 */
export function resolveWhen(value: string, now: Date): string {
  const span = SPAN.exec(value);
  if (span === null) return value;
  const n = Number(span[1]);
  const d = new Date(now);
  if (span[2] === 'm') d.setUTCMonth(d.getUTCMonth() - n);
  else d.setUTCDate(d.getUTCDate() - n * (span[2] === 'w' ? 7 : 1));
  return d.toISOString().slice(0, 10);
}
