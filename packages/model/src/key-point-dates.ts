import { appendToList } from './append-to-list.js';
import type { KeyPoint, TimelineEvent } from './briefing.js';
import { planTense } from './date-direction.js';
import { monthOnlyMeasured } from './measured-period.js';
import { lastDay } from './partial-dates.js';
import { tellsInPresentPerfect } from './present-perfect.js';
import { blankQuotations } from './quoted-passages.js';
import { datedBySideClause } from './side-clause-date.js';

/**
 * Gives a key point that states no date of its own the date the timeline gives the same sentence (the
 * same source, a citation ending where the point's does and starting at or before it): a report's undated
 * lead, which the timeline dates by the report's day ("Trading on the exchange has been suspended …"), is
 * then dated in the key points too, where a reader saw it undated beside dated points (fixture
 * `key-points-timeline-date`). A timeline line shown with the sentence before it ("… has won orders for
 * 40 trams. The first of the new trams will …") starts where that sentence does but is dated by its own:
 * matched by its start alone, it had given the sentence before, a point, the next one's date (bl106).
 * Only the shown date changes: which points are chosen, their order and their sources were read before,
 * by the sentence's own date.
 * @param timeline the briefing's timeline, read once for every list of key points given after
 * @returns a function of key points (the brief's, a story's) giving them, the undated ones that stand
 *   in the timeline with its date
 */
export function datedByTimeline(
  timeline: readonly TimelineEvent[],
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  const key = (sourceId: string, end: number) => `${sourceId}:${end}`;
  // by where a line's citation ends, the line's own dated sentence: its start and date, the latest start
  // (the sentence itself over one read with the sentence before) kept
  const dateOf = new Map<string, { start: number; date: string }[]>();
  for (const e of timeline)
    for (const c of e.citations)
      appendToList(dateOf, key(c.sourceId, c.end), { start: c.start, date: e.date });
  return (keyPoints) =>
    keyPoints.map((k) => {
      const own = k.citations[0];
      if (k.date !== undefined || !own) return k;
      const date = (dateOf.get(key(own.sourceId, own.end)) ?? [])
        .filter((d) => d.start <= own.start)
        .sort((a, b) => b.start - a.start)[0]?.date;
      return date === undefined ? k : { ...k, date };
    });
}

/**
 * Shows a key point that states a plan ({@link planTense} `future`: "will", "is scheduled to", "are to
 * be") under its report's day unless the date it states is a day up to that day (when the plan was told,
 * "announced today"): the planned date stays in the point's text ("… is scheduled to enter service in
 * 2008"), while the date before a point, which a reader reads as when it happened, becomes when it was
 * said; a year or month before the report's day is a clause's ("… after a loss last year"), not the
 * plan's either. Shown under "2008:", a plan of 2005 read as what
 * happened in 2008, and a brief of a later year kept showing a plan already past and overtaken as news
 * (fixture `key-points-plan-under-report-day`). Only the shown date changes: which points are chosen,
 * their order and their sources were read before, by the sentence's own date. A point whose report has
 * no day keeps its date.
 * @param published each source's publication date by id (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), as the
 *   sources list shows it
 * @returns a function of key points (the brief's, a story's) giving them, the plans under their report's day
 */
export function plansUnderReportDay(
  published: ReadonlyMap<string, string | null>,
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  return (keyPoints) =>
    keyPoints.map((k) => {
      const day = reportDateOf(k, published)?.slice(0, 10);
      if (k.date === undefined || !day || !/^\d{4}/.test(day)) return k;
      // a day up to the report's is when the plan was told ("announced today it would cut", "an official
      // said Friday"); a later date is the plan's, and a year or month before the report's day is a clause's
      // ("will close two mills … after a £40 million loss last year": not when it was planned)
      if ((k.date.length === 10 && k.date <= lastDay(day)) || k.date === day) return k;
      if (planTense(k.text) !== 'future') return k;
      return { ...k, date: day };
    });
}

/**
 * Shows a key point whose only dates stand in a side clause ({@link datedBySideClause}: "The Norvale plan
 * is being debated again while on 5 March the council voted to …", "Norvale Air, which will be the first to
 * fly it in July, has opened bookings") under its report's day: that date is the side clause's event, and
 * the date before a point, which a reader reads as when what the main verb tells happened, had been a
 * vote's of eleven months before the plan the point tells (bl107; fixture
 * `key-points-dated-by-a-side-clause`). Only the shown date changes, as with {@link plansUnderReportDay}.
 * A point whose report has no day keeps its date.
 * @param published each source's publication date by id (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)
 * @returns a function of key points giving them, those dated by a side clause under their report's day
 */
export function sideClausesUnderReportDay(
  published: ReadonlyMap<string, string | null>,
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  return (keyPoints) =>
    keyPoints.map((k) => {
      const day = reportDateOf(k, published);
      if (k.date === undefined || !day || !/^\d{4}-\d\d-\d\d$/.test(day) || k.date === day) return k;
      return datedBySideClause(k.original ?? k.text) === null ? k : { ...k, date: day };
    });
}

/**
 * Shows a key point dated by a month it names only as the period a figure measures, in a sentence that
 * tells the figure was reported ({@link monthOnlyMeasured}: "… the bank has reported a first-half loss and
 * an 8% fall in deposits for the month of March"), under its report's day when that falls after the
 * month: the point tells of the report, and "March" before it had read as when it was reported (bl108;
 * fixture `key-points-month-measured`). Only the shown date changes, as with {@link plansUnderReportDay}.
 * A point whose report has no day keeps its date.
 * @param published each source's publication date by id (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)
 * @returns a function of key points giving them, those dated by a measured month under their report's day
 */
export function measuredMonthsUnderReportDay(
  published: ReadonlyMap<string, string | null>,
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  return (keyPoints) =>
    keyPoints.map((k) => {
      const day = reportDateOf(k, published);
      if (k.date?.length !== 7 || !day || !/^\d{4}-\d\d-\d\d$/.test(day) || day.slice(0, 7) <= k.date)
        return k;
      return monthOnlyMeasured(k.original ?? k.text) ? { ...k, date: day } : k;
    });
}

/** "this month" in a sentence: the month of its report's own date. */
const THIS_MONTH = /\bthis\s+month\b/iu;

/**
 * Gives a key point that states no date of its own, but says "this month" in the writer's words, its
 * report's month ("Talks between Norvale and Kestrel ministers this month settled …" of a report of April: April):
 * a report whose month the brief read from its text (an undated page that speaks of "this month",
 * `inferPublishedMonth`) had its sentences dated before that month was known, and its point stood
 * undated among dated ones (bl108; fixture `key-points-this-month`). A report with no month leaves the
 * point as it is, and a quotation's "this month" is the speaker's.
 * @param published each source's publication date by id, months inferred from the text included
 * @returns a function of key points giving them, the undated ones of "this month" dated
 */
export function thisMonthOfReport(
  published: ReadonlyMap<string, string | null>,
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  return (keyPoints) =>
    keyPoints.map((k) => {
      const date = reportDateOf(k, published);
      if (k.date !== undefined || !date || !/^\d{4}-\d\d/.test(date)) return k;
      const text = k.original ?? k.text;
      return THIS_MONTH.test(text) && THIS_MONTH.test(blankQuotations(text))
        ? { ...k, date: date.slice(0, 7) }
        : k;
    });
}

/**
 * The publication date of the report a key point cites first, as the sources list shows it.
 * @param k a key point
 * @param published each source's publication date by id
 * @returns that date; null for a report with none, undefined for a point citing nothing
 */
function reportDateOf(k: KeyPoint, published: ReadonlyMap<string, string | null>): string | null | undefined {
  const own = k.citations[0];
  return own ? published.get(own.sourceId) : undefined;
}

/**
 * Gives a key point that states no date of its own, and tells in the present perfect what was done
 * ({@link tellsInPresentPerfect}: "After two raids on its depots, the Norvale council has ordered an
 * inquiry"), its report's day: the news as of that day, as the timeline dates a report's undated lead
 * (`reportLeads`). A point further into its report than its lead had stood undated among dated points,
 * though its report has a day (bl109; `key-point-dates.test.ts`). Only a report dated
 * to the day, and only a point still undated after the timeline's date and "this month" were read.
 * @param published each source's publication date by id (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`)
 * @returns a function of key points giving them, the undated ones told in the present perfect dated
 */
export function perfectUnderReportDay(
  published: ReadonlyMap<string, string | null>,
): (keyPoints: readonly KeyPoint[]) => KeyPoint[] {
  return (keyPoints) =>
    keyPoints.map((k) => {
      const day = reportDateOf(k, published);
      if (k.date !== undefined || !day || !/^\d{4}-\d\d-\d\d/.test(day)) return k;
      return tellsInPresentPerfect(k.original ?? k.text) ? { ...k, date: day.slice(0, 10) } : k;
    });
}
