import { mayHoldDate } from '@briefing/model';
import * as en from 'chrono-node/en';

/** A publication date found in text, and the span of the line it came from. */
export interface FoundDate {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`. */
  date: string;
  /** Start and end offsets of the date phrase within the line. */
  index: number;
  end: number;
  /** Why the year was inferred, when the line does not state it. */
  inferred?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * Finds a dateline in one line of text: an absolute date ("Saturday 26 December 2020",
 * "date 2024-03-30", "March 5, 2024") or a day and month whose year is inferred from a weekday
 * named with it or from the years the article mentions.
 * @param line the text of one line
 * @param yearsInText four-digit years the whole article mentions, most frequent first
 * @returns the date, or null when the line states none
 */
export function findDateline(line: string, yearsInText: readonly number[] = []): FoundDate | null {
  const head = line.slice(0, 400);
  if (!mayHoldDate(head)) return null; // most lines: no digit, month or unit of time, nothing to parse
  const results = en.strict.parse(head);
  for (const r of results) {
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) {
      if (s.isCertain('year') && s.isCertain('month')) {
        return {
          date: `${s.get('year')}-${pad(s.get('month') ?? 1)}`,
          index: r.index,
          end: r.index + r.text.length,
        };
      }
      continue;
    }
    const month = s.get('month') as number;
    const day = s.get('day') as number;
    let year: number | null = s.isCertain('year') ? (s.get('year') as number) : null;
    let inferred: string | undefined;
    if (year === null) {
      const weekday = WEEKDAY.exec(r.text)?.[0] ?? null;
      year = inferYear(month, day, weekday, yearsInText);
      if (year !== null)
        inferred = weekday
          ? `"${r.text}" falls on a ${weekday} in ${year}, near the years the text mentions`
          : `"${r.text}" states no year; ${year} is the latest of the years the text mentions most`;
    }
    const date = year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`;
    return { date, index: r.index, end: r.index + r.text.length, ...(inferred ? { inferred } : {}) };
  }
  return null;
}

/**
 * Lists the years (1900–2099) a text mentions, most frequent first, ties to the latest.
 * @param text the article text
 */
export function yearsMentioned(text: string): number[] {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/\b(19|20)\d{2}\b/g)) {
    const y = Number(m[0]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0]).map(([y]) => y);
}

function inferYear(
  month: number,
  day: number,
  weekday: string | null,
  years: readonly number[],
): number | null {
  if (weekday !== null) {
    const wanted = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].indexOf(
      weekday.slice(0, 3).toLowerCase(),
    );
    const around = years.length > 0 ? Math.max(...years) : null;
    if (around !== null) {
      for (const delta of [0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6]) {
        const y = around + delta;
        if (new Date(Date.UTC(y, month - 1, day)).getUTCDay() === wanted) return y;
      }
    }
  }
  return years.length > 0 ? Math.max(...years.slice(0, 3)) : null;
}
