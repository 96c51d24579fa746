/**
 * The year of an article dated by day and month only (`--MM-DD`: wire copy's "STOCKHOLM, March 9"),
 * read from the other sources: the year that puts its day nearest the latest of their publication
 * dates, as a brief gathers reports of one time.
 * @param published the article's publication date
 * @param latest the latest publication date of the brief's sources with a year (`YYYY[-MM[-DD]]`)
 * @returns the full date (`YYYY-MM-DD`) and why, or null when the date has a year or nothing tells it
 */
export function inferPublishedYear(
  published: string | null,
  latest: string | undefined,
): { date: string; reason: string } | null {
  const m = /^--(\d\d)-(\d\d)$/.exec(published ?? '');
  if (!m || latest === undefined) return null;
  const [y, mm, dd] = latest.split('-').map(Number) as [number, number?, number?];
  const target = Date.UTC(y, (mm ?? 7) - 1, dd ?? 1);
  let best: { year: number; gap: number } | null = null;
  for (const year of [y - 1, y, y + 1]) {
    const day = Date.UTC(year, Number(m[1]) - 1, Number(m[2]));
    // 29 February of a common year rolls over to March: not that day
    if (new Date(day).getUTCDate() !== Number(m[2])) continue;
    const gap = Math.abs(day - target);
    if (best === null || gap < best.gap) best = { year, gap };
  }
  if (best === null) return null;
  return {
    date: `${best.year}-${m[1]}-${m[2]}`,
    reason: `it gives the day and month only (${published}), and ${best.year} puts that day nearest the other sources' latest date (${latest})`,
  };
}

/** How far from the latest date a source counts as of the brief's time: a year, in milliseconds. */
const ONE_TIME = 366 * 24 * 3600 * 1000;

/**
 * Whether the dated sources are reports of one time, so that the latest of their dates may tell the year
 * of a day and month ({@link inferPublishedYear}): at least half of them within a year of the latest. A
 * folder of pages from 1998 to 2024 is not: two reports dated "March 18" with no year, whose texts
 * speak of 2013, had been put in 2025 by the one page of December 2024.
 * @param dates the dated sources' publication dates (`YYYY[-MM[-DD]]`), sorted
 * @returns whether the latest date speaks for the brief's time
 */
export function ofOneTime(dates: readonly string[]): boolean {
  const latest = dates.at(-1);
  if (latest === undefined) return false;
  const end = Date.parse(latest.padEnd(10, '-01').slice(0, 10));
  let near = 0;
  for (const d of dates) if (end - Date.parse(d.padEnd(10, '-01').slice(0, 10)) <= ONE_TIME) near++;
  return 2 * near >= dates.length;
}
