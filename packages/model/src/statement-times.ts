// When a statement's event happened against another's: other times, its report's own day, another year, a weekday both name.
import type { Statement } from './claim-statement.js';
import { WEEKDAY_NAME } from './english-cues.js';

/** A year of this or the last century. */
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Whether a sentence names a year other than its article's: it tells of another time ("in 2001, when a quake killed 100"). */
export function namesOtherYear(x: Statement): boolean {
  const own = x.s.article.published?.slice(0, 4);
  for (const m of x.s.text.matchAll(YEAR)) if (m[0] !== own) return true;
  return false;
}

/**
 * A statement's date when it is not ahead of its report's day: a date ahead is a deadline or a plan ("the
 * recount will cover all 212 areas and should finish by December 4"), not the time a count it gives
 * holds.
 */
export function reportedDate(x: Statement): string | undefined {
  const { published } = x.s.article;
  if (x.date === undefined || published === null) return x.date;
  const day = published.slice(0, x.date.length);
  return x.date > day ? undefined : x.date;
}

/** Whether a statement's date is its report's own day ("today", "on Monday" in Monday's paper). */
export function ofItsOwnDay(x: Statement): boolean {
  const { published, publishedPrecision } = x.s.article;
  return publishedPrecision === 'day' && published !== null && x.date === published.slice(0, 10);
}

/**
 * Whether one of two statements tells of its report's own day ("have fallen dramatically today" on 6
 * October) and the other states no date: in reports of other days, the undated one is news of its own
 * day ("have fallen sharply", four days later), and a report that restates an earlier day's event says
 * which day it was.
 */
export function ownDayAlone(a: Statement, b: Statement): boolean {
  return (ofItsOwnDay(a) && b.date === undefined) || (ofItsOwnDay(b) && a.date === undefined);
}

/**
 * Whether two statements come from reports of other days (both dated to the day): a statement of its own
 * day in one is not the other's undated one.
 */
export function otherReportDays(a: Statement, b: Statement): boolean {
  const x = a.s.article;
  const y = b.s.article;
  return (
    x.publishedPrecision === 'day' &&
    y.publishedPrecision === 'day' &&
    x.published !== null &&
    y.published !== null &&
    x.published.slice(0, 10) !== y.published.slice(0, 10)
  );
}

/**
 * Whether two statements give one date that is ahead of one's report and not of the other's: the earlier
 * report tells a plan ("is due to receive its first ferry in March 2025"), the later what came of it
 * ("was due to receive it in March 2025, but will now …"), two events (a plan, its outcome), not one.
 */
export function foretoldAndLookedBack(a: Statement, b: Statement): boolean {
  if (a.date === undefined || b.date === undefined || otherTimes(a.date, b.date)) return false;
  return (reportedDate(a) === undefined) !== (reportedDate(b) === undefined);
}

/**
 * Whether two statements foretell one date, ahead of both their reports and named to the month or the
 * day: "has a deadline of June 1 to submit its plan" in a report of early May and "faces a June 1
 * deadline to finish the plan" three weeks later tell one plan, not two days' news.
 */
export function foretellOneDate(a: Statement, b: Statement): boolean {
  return (
    a.date !== undefined &&
    a.date.length >= 7 &&
    a.date === b.date &&
    reportedDate(a) === undefined &&
    reportedDate(b) === undefined
  );
}

/**
 * Whether two statements state one past day, to the day and not ahead of either report, however each
 * tells it: "called a strike at the docks on Monday" in Monday's report and "which had called a strike at
 * the docks earlier that day", of talks "on June 1", in Thursday's tell one event, however many days
 * apart their reports came out (a day named relative to one report and absolutely in the other).
 */
export function recallOneDay(a: Statement, b: Statement): boolean {
  return (
    a.date !== undefined &&
    a.date.length === 10 &&
    a.date === b.date &&
    reportedDate(a) !== undefined &&
    reportedDate(b) !== undefined
  );
}

const DAY_MS = 86_400_000;
/**
 * A week a statement names relative to its report: "this week" ("fell sharply this week", "earlier this
 * week") or "last week". English calendar words, as `data/calendar-words.yaml` lists them.
 */
const TOLD_WEEK = /\b(this|last)\s+week\b/i;

/** A statement's report day (UTC midnight, in ms), when its report is dated to the day. */
function reportDay(x: Statement): number | undefined {
  const { published, publishedPrecision } = x.s.article;
  return publishedPrecision === 'day' && published !== null ? Date.parse(published.slice(0, 10)) : undefined;
}

/**
 * The days a statement tells of (first and last, UTC midnight in ms): its date when named to the day or
 * the month and not ahead of its report, or, when it has none, the week it names relative to its report
 * ("fell sharply this week" in a Thursday's report: that Monday to the Thursday; "last week": the
 * Monday to the Sunday before).
 */
function toldDays(x: Statement): [number, number] | undefined {
  const date = reportedDate(x);
  if (date !== undefined && date.length === 10) return [Date.parse(date), Date.parse(date)];
  if (date !== undefined && date.length === 7) {
    const [year, month] = date.split('-').map(Number) as [number, number];
    return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 1) - DAY_MS];
  }
  const day = reportDay(x);
  const week = x.date === undefined ? TOLD_WEEK.exec(x.s.text) : null;
  if (day === undefined || week === null) return undefined;
  // days since Monday (getUTCDay: Sunday 0)
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return (week[1] as string).toLowerCase() === 'this'
    ? [monday, day]
    : [monday - 7 * DAY_MS, monday - DAY_MS];
}

/**
 * Whether one of two statements tells of a week or a month ("fell sharply this week", "Last month, the
 * Kestrel Union won the vote") that holds the day the other tells of: its own day ("have fallen sharply
 * today" on that Monday) or, undated, its report's day or the day before (an undated report of the
 * month's first day, "has won the vote"). Reports of other days so tell one event, however they date it.
 */
export function dayInToldSpan(a: Statement, b: Statement): boolean {
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const span = toldDays(x);
    if (span === undefined || span[1] === span[0]) continue;
    const day = reportDay(y);
    const days = toldDays(y) ?? (y.date === undefined && day !== undefined ? [day - DAY_MS, day] : undefined);
    // a day, or an undated report's day and the day before, not a week or a month of its own
    if (days === undefined || days[1] - days[0] > DAY_MS) continue;
    if (days[1] >= span[0] && days[0] <= span[1]) return true;
  }
  return false;
}

/**
 * Whether two statements' events happened at other times: both dated, neither date within the other
 * ("in 2005" holds "in January 2005"; "in February 2000" is another time).
 */
export function otherTimes(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && !a.startsWith(b) && !b.startsWith(a);
}

/**
 * Whether two statements' figures are of other spans: both dated, the dates not the same, even when one
 * holds the other ("fell 3 percent on 3 March" is not "has fallen 12 percent in March"). A figure of a
 * day and one of its month or year measure other things, where an event of the day is one of its month.
 */
export function otherSpans(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a !== b;
}

/**
 * Whether two statements from reports of other days each date their event as far from its own report
 * ("closed at 8,412 points on Tuesday" in Wednesday's report, "closed at 8,905 points on Thursday" in
 * Friday's): each tells the news of its own days, two events, not one event given two dates.
 */
export function keptPaceWithReports(a: Statement, b: Statement): boolean {
  const [x, y] = [a.s.article, b.s.article];
  if (x.publishedPrecision !== 'day' || y.publishedPrecision !== 'day' || !x.published || !y.published)
    return false;
  if (a.date?.length !== 10 || b.date?.length !== 10) return false;
  const [px, py] = [Date.parse(x.published.slice(0, 10)), Date.parse(y.published.slice(0, 10))];
  if (px === py) return false;
  return Date.parse(a.date) - px === Date.parse(b.date) - py;
}

const WEEKDAY = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'gi');

/** Whether two sentences name a weekday in common. */
export function sameWeekday(a: string, b: string): boolean {
  const days = new Set(Array.from(a.matchAll(WEEKDAY), (m) => m[0].toLowerCase()));
  return days.size > 0 && Array.from(b.matchAll(WEEKDAY)).some((m) => days.has(m[0].toLowerCase()));
}
