/** The three shapes of a date a brief shows, in British English order ("5 January 2020"), in UTC. */
const formats = (month: 'long' | 'short') => ({
  day: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }),
  month: new Intl.DateTimeFormat('en-GB', { month, year: 'numeric', timeZone: 'UTC' }),
  yearless: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month, timeZone: 'UTC' }),
});
const FORMATS = { long: formats('long'), short: formats('short') };

/**
 * Formats a partial date for people: `2020-01-05` → "5 January 2020", `2024-03` → "March 2024",
 * `--03-27` → "27 March", an ISO timestamp → its day.
 * @param value the date
 * @param length `short` for "5 Jan 2020", "Mar 2024" (the timeline figure's labels)
 * @returns the text, or the value unchanged when it is not a date
 */
export function formatDate(value: unknown, length: 'long' | 'short' = 'long'): string {
  const format = length === 'short' ? FORMATS.short : FORMATS.long;
  if (typeof value !== 'string') return '';
  const m = /^(\d{4}|-)-?(\d{2})?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const y = year === '-' ? undefined : Number(year);
  const mm = Number(month ?? Number.NaN);
  if (!(mm >= 1 && mm <= 12)) return year === '-' ? value : (year as string);
  const date = new Date(0);
  // a year-less date is put in a leap year, so that 29 February is a day
  date.setUTCFullYear(y ?? 2000, mm - 1, day ? Number(day) : 1);
  if (day && y === undefined) return format.yearless.format(date);
  if (day) return format.day.format(date);
  return y === undefined
    ? (format.yearless.formatToParts(date).find((p) => p.type === 'month')?.value ?? value)
    : format.month.format(date);
}
