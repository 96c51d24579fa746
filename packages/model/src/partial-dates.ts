/** A day in milliseconds. */
export const DAY = 86_400_000;

/** A month or day as two digits (`3` → `03`), as a `YYYY-MM-DD` date writes it. */
export const pad = (n: number) => String(n).padStart(2, '0');

/** A `YYYY-MM-DD` day at noon (UTC), as a reference date. */
export function noonOf(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** A date's day (UTC), `YYYY-MM-DD`. */
export function dayOf(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first moment a partial date covers, as a time value. */
export function firstDay(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y as number, (m ?? 1) - 1, d ?? 1);
}

/** The last day a partial date covers, as `YYYY-MM-DD`, so that "2026-12" is after "2026-11-12". */
/**
 * The last day a date allows: itself for a day, the month's last day for a month, 31 December for a year.
 * @param date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
 * @returns `YYYY-MM-DD`
 */
export function lastDay(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${pad(new Date(Date.UTC(y as number, m as number, 0)).getUTCDate())}`;
  }
  return `${date}-12-31`;
}
