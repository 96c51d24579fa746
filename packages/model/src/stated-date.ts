import { isActionNoun } from './action-nouns.js';
import { isBackgroundYear, toldInPassing, withoutAnniversaries } from './background-dates.js';
import { rankedSpan, withoutComparedDates } from './compared-dates.js';
import {
  afterActionNoun,
  type DateDirection,
  dateDirection,
  modifiesNoun,
  pastOnlyAfter,
  premodifiesNoun,
  yearDirection,
} from './date-direction.js';
import { isDateStamp } from './date-stamp.js';
import type { FoundDate } from './dated-sentence.js';
import { IRREGULAR_PAST, NOT_PAST_ED, WEEKDAY_NAME } from './english-cues.js';
import { findPeriod, findSeasonAhead, findSpanAhead } from './find-period.js';
import { strictEnglish } from './gated-chrono.js';
import { inQuotation, inQuotedPast } from './in-quotation.js';
import { MONTH_NAMES } from './month-names.js';
import { withoutNamedDays } from './named-days.js';
import { hasAction } from './news-statement.js';
import { dayOf, firstDay, lastDay, pad } from './partial-dates.js';
import { blankQuotations } from './quoted-passages.js';
import { isReferenceEntry } from './reference-entry.js';
import { relativeDay } from './relative-day.js';
import { meansNowadays, POINT_EVENT_TODAY } from './today-clause.js';
import { namedYear, yearFor } from './year-of-date.js';

const WEEKDAY_OR_WEEK = new RegExp(
  String.raw`\b(?:${WEEKDAY_NAME}|(?:next|coming)\s+week|yesterday|tomorrow)\b`,
  'i',
);

/**
 * "later this year", "later this month", "later in the year": what is still to come in the period the
 * report is written in (the period alone, "this year", says no direction).
 */
const LATER_THIS = /\blater\s+(?:this|in\s+the)\s+(?:year|month|spring|summer|autumn|fall|winter)\b/i;

const NEXT_PERIOD = /\b(?:next|coming)\s+(?:year|month|spring|summer|autumn|fall|winter)(?![a-z])/i;

/** A date written in numbers alone ("3/15", "1/2", "15.3."). */
const NUMERIC_DATE = /^[\d\s/.-]+$/;

/** Two kinds of separator in one date in numbers: "8.5/10" is a score, no 5 August 2010. */
const MIXED_SEPARATORS = /[./-]\d+(?:(?<=\.\d+)[/-]|(?<=\/\d+)[.-]|(?<=-\d+)[./])/;

/**
 * A year stated alone after a preposition ("in 2014", "in late 2006", "the end of 2009"); not one that ends a name after
 * "of" ("the Gold Reserve Act of 1934", "the Class of 2008"), which dates the name, not the sentence.
 */
const BARE_YEAR =
  /\b(?:[Ii]n|[Ss]ince|[Ff]rom|[Bb]y|[Uu]ntil|(?<!\p{Lu}\p{L}*\s)of|[Dd]uring)\s+(?:(?:early|mid|late)[\s-]+)?((?:19|20)\d{2})\b(?![-–/]\d)/gu;

/**
 * Whether a sentence can state a date at all: four digits in a row (a year), two digits joined by "/",
 * "." or "-" ("3/15", "15.03."), a month's or weekday's name or abbreviation, a unit of time, a season,
 * "yesterday"/"tomorrow", each a whole word (or before a digit: "Jun12"). The date parser finds nothing in a sentence without one, and costs far more
 * than this test.
 * @param text one sentence
 */
export function mayHoldDate(text: string): boolean {
  return MAY_HOLD_DATE.test(text);
}

// Whole words, each spelling chrono's English reads (its month, weekday and time-unit dictionaries:
// "Sept.", "thurs", "weeks"; a digit may follow, as in a blog's "Jun12"), so that "market", "money" or
// "friend" send no sentence to the parser.
// Numbers alone ("5 people", "$20 million") give no date either: every date in numbers has a year of
// four digits or a separator, and a span in numbers a unit word. Of 156,395 sentences of bench and dev
// pages, 46,654 went to the date parser with any digit and any word starting so; 31,062 without numbers
// alone, 20,769 with whole words: none of those dropped was dated at any of four reference dates, and
// each step took a quarter of the parser's time off
/** The test {@link mayHoldDate} runs, for callers that test many sentences. */
export const MAY_HOLD_DATE =
  /\d{4}|\d[/.-]\d|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|sun(?:day)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|yesterday|tomorrow|today|tonight|(?:second|minute|hour|day|week|month|quarter|year|decade)s?|spring|summer|autumn|fall|winter)(?![a-z])/i;

/**
 * The date a sentence states ("April 15", "last summer", "in 2014"), resolved against a reference
 * date in the direction its clause points (see {@link dateDirection}).
 * @param text one sentence
 * @param ref the reference date, whether it is the article's own and states the day (see {@link referenceDate})
 * @returns the date, its precision and whether it lies ahead, or null
 */
export function dateIn(text: string, ref: { date: Date; own: boolean; day: boolean }): FoundDate | null {
  const sentence = withoutNamedDays(withoutWebAddresses(text));
  // a page's own date line ("Published Monday, Nov. 18, 2019") dates the page, not an event; a reference
  // list's entry ("^ Collett, John (4 September 2013).") dates the work it cites
  if (!MAY_HOLD_DATE.test(sentence)) {
    // "landed at 6:40 p.m.": a time on the clock alone is no date the parser reads, but its report's day
    if (!ref.day || !CLOCK_TIME_ALONE.test(sentence) || isDateStamp(sentence)) return null;
    return clockTimeDay(withoutComparedDates(sentence), ref.date);
  }
  if (isDateStamp(sentence) || isReferenceEntry(sentence)) return null;
  const found = statedDate(withoutComparedDates(withoutAnniversaries(sentence)), ref);
  return found === null && ref.day ? rankedToday(sentence, ref.date) : found;
}

/**
 * The report's day for a sentence whose only date was the span a superlative or an ordinal ranks over,
 * when that span holds the report's day ("of 2026" in a report of 13 March 2026, "of the year") and the
 * clause tells an action in the past outside a quotation ("The Varno 60 index fell 3% from Thursday's
 * close, marking its second-biggest loss of 2026"; a clause that looks ahead is not): what is ranked
 * over the span so far is the report's news. A span that ended before the report ("the biggest loss of
 * 2025", in 2026) leaves the sentence undated.
 * @param text one sentence
 * @param ref the report's own day
 */
function rankedToday(text: string, ref: Date): FoundDate | null {
  const span = rankedSpan(text);
  if (span === null || (span.year !== null && span.year !== ref.getUTCFullYear())) return null;
  if (inQuotation(text, span.start, span.end) || !hasAction(blankQuotations(text))) return null;
  // no tense read in the clause ("each fell …, marking the biggest loss of 2026": "each fell" read as
  // a noun after a determiner) is the past of the action the sentence states
  if (dateDirection(text, span.start, span.end) === 'forward') return null;
  return { date: dayOf(ref), precision: 'day', ahead: false };
}

/**
 * A sentence with its web addresses blanked: the date in an address's path ("http://site.lu/wp/2012/05/13/
 * a-guide/") is the linked page's, no event of the sentence (a page's list of links had made one a
 * brief's event of 13 May 2012). The addresses are looked for only where "://" or "www." is.
 * @param text one sentence
 */
function withoutWebAddresses(text: string): string {
  if (!text.includes('://') && !text.includes('www.')) return text;
  return text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
}

/** A web address: a scheme's or "www." and what follows up to a space. */
const WEB_ADDRESS = /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+/giu;

/**
 * The years a sentence's date may fall in ({@link statedDateOnce}): a number read as a date beyond them
 * is no date but an address, a version or a reference number ("hosts allow = 6712.5.5.6" read as 5 May
 * 6712, a tax number "8/91115/…" as August 9111: both had become a brief's events ahead, one its bottom
 * line's "Ahead"). History a text dates ("signed on 5 May 1650") and targets decades ahead stay within.
 * @param year the date's year
 */
function isEventYear(year: number): boolean {
  return year >= 1000 && year <= 2199;
}

/**
 * A time on the clock with no day: "at 16:08 UTC", "by 17:30 GMT", "landed at 6:40 p.m.", "Around 3
 * p.m. EST", "At 0800 UTC" (four digits only with a zone).
 */
const CLOCK_TIME_ALONE =
  /\b(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\b\.?|\d{1,2}:\d{2}(?=\s?(?:UTC|GMT|[ECMP][SD]T)\b)|\d{4}(?=\s?(?:UTC|GMT)\b))/i;

/**
 * A time on the clock that recurs or spans hours, no one day's: "between 7am and 7pm on weekdays",
 * "from 9 a.m. to 5 p.m.", "open 8-6", "every day at 6 a.m.".
 */
const CLOCK_HOURS =
  /\b(?:every|each|daily|nightly|weekdays|weekends|usually|normally|typically|between)\b|\d\s?(?:[ap]\.?m\.?)?\s?(?:[-–]|to|until|till)\s?\d/i;

/**
 * The report's day for a sentence whose only time is one on the clock, in a clause with a tense ("The
 * Harlan Webb was down 2.62% at 16:08 UTC", "landed at Changi at 6:40 p.m.", "is due to arrive at 12:30
 * EST"): a report that states its day tells that day's hours (`eval:dates`: 22 gold mentions so
 * written, each of its report's day, had gone undated). Not one inside a quotation, nor hours that
 * recur or span ("between 7am and 7pm on weekdays"), nor a clause with no tense ("Doors open at 7 p.m.").
 * @param text one sentence, its compared dates blanked
 * @param ref the report's own day
 */
function clockTimeDay(text: string, ref: Date): FoundDate | null {
  const own = blankQuotations(text);
  const clock = CLOCK_TIME_ALONE.exec(own);
  if (clock === null || CLOCK_HOURS.test(own)) return null;
  const direction = dateDirection(text, clock.index, clock.index + clock[0].length);
  if (direction === 'neutral') return null;
  return { date: dayOf(ref), precision: 'day', ahead: direction === 'forward', clock: true };
}

/**
 * Whether a date of the past stands in a phrase of a participle told in passing beside the sentence's
 * main one ({@link toldInPassing}: "The Vireo, announced last November, will be the basis of a freight
 * tram"; "Despite being given a facelift in 2025, the hall is the oldest on the coast"), in a report that
 * states its own date: background of the report's news, however recent, as an old year is
 * ({@link isBackgroundYear}). The sentence is dated by another date it states, or by its report's day.
 * A relative clause of a recent year stays its noun's news ("which opened in 2025"). On the 10-report
 * cluster briefs (`bench:timeline-events --oldest 10`) two such lines had stood on their background's
 * date, neither an annotated event; `eval:dates` unchanged.
 * @param text one sentence
 * @param start where the date's words start
 * @param end where they end
 * @param ahead whether the date lies ahead of the report
 * @param ref the reference date, and whether it is the article's own
 */
function inPassing(text: string, start: number, end: number, ahead: boolean, ref: { own: boolean }): boolean {
  return ref.own && !ahead && toldInPassing(text, start, end, false);
}

/**
 * {@link dateIn} of a sentence that may hold a date and is no date stamp or reference entry, its
 * compared dates already blanked (see {@link withoutComparedDates}). The day a statement was made is
 * not the day of what it tells: "The company said on Wednesday that the pipe burst on Monday" is an
 * event of Monday, "said on 12 March the pipe burst late on Monday night" too. The saying's day gives
 * way to another day the sentence states before it, in the past and not a span's bound ("since Friday").
 */
export function statedDate(text: string, ref: { date: Date; own: boolean; day: boolean }): FoundDate | null {
  const found = statedDateOnce(text, ref);
  if (found === null || found.precision !== 'day' || !ref.day) return found;
  const said = SAID_ON.exec(text);
  if (said === null) return found;
  const day = said[1] as string;
  const from = said.index + said[0].length - day.length;
  const other = text.slice(0, from) + ' '.repeat(day.length) + text.slice(from + day.length);
  if (SPAN_BOUND.test(other)) return found;
  const event = statedDateOnce(other, ref);
  if (event === null || event.precision !== 'day' || event.ahead || event.clock || event.date >= found.date)
    return found;
  return event;
}

/** {@link statedDate} before the saying's day gives way to the event's. */
function statedDateOnce(text: string, ref: { date: Date; own: boolean; day: boolean }): FoundDate | null {
  // "The union today released the letter it sent on 2 September": the writer's "today" before the
  // verb dates the clause that tells the news, whatever the dates of what it tells of
  if (ref.day && TODAY_VERB.test(text) && TODAY_VERB.test(blankQuotations(text)))
    return { date: dayOf(ref.date), precision: 'day', ahead: false };
  for (const r of strictEnglish.parse(text, { instant: ref.date, timezone: 0 })) {
    const c = r.start;
    if (!c.isCertain('month')) continue;
    const main = ref.day ? mainClauseWeekday(text, r.index, ref.date) : null;
    if (main !== null) return main;
    if (!isEventYear(c.get('year') ?? 0)) continue;
    // "1/2 cup", "2/3 of the way", "scored 7/10": numbers alone without a year are fractions and scores
    // far more often than dates ("3/15/2024" and "15.3.2024" still are)
    if (!c.isCertain('year') && NUMERIC_DATE.test(r.text)) continue;
    // "Review 8.5/10", "a 4.5/5 rating": a score; a date in numbers keeps one separator ("15.3.2024")
    if (NUMERIC_DATE.test(r.text) && MIXED_SEPARATORS.test(r.text)) continue;
    // "chill for an hour", "stayed for three days": a length of time, never a date
    if (DURATION.test(r.text)) continue;
    // "in the second quarter", "In the second example": an ordinal, not a second from the report
    if (THE_UNIT.test(r.text)) continue;
    // "in two weeks", "an hour" count from the article's day: from any other date they date nothing
    if (!ref.day && r.tags().has('result/relativeDate')) continue;
    let year = c.get('year') as number;
    const month = c.get('month') as number;
    const day = c.isCertain('day') ? (c.get('day') as number) : null;
    // the clause is read only when it matters: a year to choose, or a date that may lie ahead
    let direction: DateDirection | null = null;
    const read = () => (direction ??= dateDirection(text, r.index, r.index + r.text.length));
    // "in three months" is a date only in a clause that looks ahead ("will decide in three months"):
    // elsewhere it is a span of time ("its weakest level in three months", "rose 4% in two years")
    if (RELATIVE_SPAN.test(r.text) && read() !== 'forward') continue;
    // "a week earlier", "two days later", "three weeks after the election" count from another event
    // the text tells of, not from the day it was written
    if (ANCHORED_SPAN.test(r.text)) continue;
    // "must report a breach within 72 hours of becoming aware of it": a span counted from another event
    // too, unless told in the past ("rescue work began within an hour of the collapse": its report's day)
    if (
      r.tags().has('result/relativeDate') &&
      SPAN_OF.test(text.slice(r.index + r.text.length)) &&
      read() !== 'backward'
    )
      continue;
    // "formula produced between 15 December and 30 January": when the formula was made, not the event
    if (modifiesNoun(text, r.index)) continue;
    // '"We warned on 3 November that …," she said': the speaker's past, not what the sentence reports
    if (inQuotedPast(text, r.index, r.index + r.text.length)) continue;
    if (!c.isCertain('year') && ref.own)
      year =
        namedYear(text, r.index, r.index + r.text.length, ref.date) ??
        yearFor(
          month,
          day,
          ref.date,
          read() === 'forward' ? yearDirection(text, r.index, r.index + r.text.length) : read(),
          () => pastOnlyAfter(text, r.index, r.index + r.text.length),
        );
    if (year < 1000 || year > 9999) continue; // "1BC January": not a date a timeline can write
    const end = Date.UTC(year, day === null ? month : month - 1, day ?? 0, 23, 59);
    const ahead = end > ref.date.getTime() && read() !== 'backward';
    const date = day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
    // "remained above its November 4, 2025 low": the noun's past, not the clause's event
    if (nounsPast(text, r.index, r.index + r.text.length, date, ref.date)) continue;
    if (inPassing(text, r.index, r.index + r.text.length, ahead, ref)) continue;
    const deadline = setsDeadline(text, r.index, r.index + r.text.length);
    return { date, precision: day === null ? 'month' : 'day', ahead, ...deadline };
  }
  // a weekday alone, or "next week", needs the article's own day: a guessed one would date it wrongly
  if (ref.day && WEEKDAY_OR_WEEK.test(text)) {
    const relative = relativeDay(text, ref.date);
    if (relative) return relative;
  }
  // a month chrono's strict parser leaves alone: "October 2007", "in February"
  const month = monthIn(text, ref);
  if (month) return month;
  // "last summer" needs the article's own date: a guessed one would date the event a year out
  const period = ref.own ? findPeriod(text, ref.date) : null;
  if (
    period &&
    !modifiesNoun(text, period.index) &&
    !inQuotedPast(text, period.index, period.index + 1) &&
    !nounsPast(text, period.index, periodEnd(text, period.index), period.date, ref.date)
  ) {
    const ahead =
      NEXT_PERIOD.test(text) ||
      LATER_THIS.test(text) ||
      plannedWithin(text, period.index, periodEnd(text, period.index), period.date, ref);
    if (!inPassing(text, period.index, periodEnd(text, period.index), ahead, ref))
      return { date: period.date, precision: period.precision, ahead };
  }
  BARE_YEAR.lastIndex = 0;
  for (let y = BARE_YEAR.exec(text); y !== null; y = BARE_YEAR.exec(text))
    if (
      y[1] &&
      !modifiesNoun(text, y.index) &&
      !isBackgroundYear(text, y.index, y.index + y[0].length, Number(y[1]), ref) &&
      !inQuotedPast(text, y.index, y.index + y[0].length) &&
      !nounsPast(text, y.index, y.index + y[0].length, y[1], ref.date)
    ) {
      // "will be followed until 2029" in a source without its own date: ahead of the brief's latest
      const later = Date.UTC(Number(y[1]), 0, 1) > ref.date.getTime();
      const ahead =
        (later && dateDirection(text, y.index, y.index + y[0].length) === 'forward') ||
        plannedWithin(text, y.index, y.index + y[0].length, y[1], ref);
      const end = y.index + y[0].length;
      if (inPassing(text, y.index, end, ahead, ref)) continue;
      return { date: y[1], precision: 'year', ahead, ...setsDeadline(text, end - 4, end) };
    }
  // "will vote on the deal in the fall": a season with "the" alone, in a clause that looks ahead, is the
  // one under way or next to come; the sentence had gone undated and off the watch list
  const season = ref.own ? findSeasonAhead(text, ref.date) : null;
  if (
    season &&
    !inQuotedPast(text, season.index, season.index + 1) &&
    dateDirection(text, season.index, periodEnd(text, season.index)) === 'forward'
  )
    return { date: season.date, precision: season.precision, ahead: true };
  // "will vote on the offer in the coming weeks", "plans to add routes next quarter": so too a span ahead
  // of the report's own day
  const span = ref.day ? findSpanAhead(text, ref.date) : null;
  if (
    span &&
    !inQuotedPast(text, span.index, span.index + 1) &&
    dateDirection(text, span.index, span.index + 1) === 'forward'
  )
    return { date: span.date, precision: span.precision, ahead: true };
  // "announced today", "will vote tonight", "were lower today": the article's own day, when it states
  // one, for a sentence that tells of something done or the case ("A thought for today:", a heading, and
  // "That all sounds a little ridiculous today", these days, tell of neither), in a clause whose tense
  // tells of a day ("Neon signs exist today", "tensions that remain unresolved today": these days;
  // `meansNowadays`)
  if (
    ref.day &&
    TODAY.test(blankQuotations(text)) &&
    (hasAction(text) || TOLD.test(text) || POINT_EVENT_TODAY.test(text)) &&
    !meansNowadays(text)
  )
    return { date: dayOf(ref.date), precision: 'day', ahead: false };
  return ref.day && CLOCK_TIME_ALONE.test(text) ? clockTimeDay(text, ref.date) : null;
}

/**
 * Whether a year or month under way at its report's day is the time of a plan, set ahead by its clause:
 * "By the end of this year, the Norvale depots will be closed", "will open the line in 2025" in a
 * report of February 2025. The period had begun, so its date did not lie ahead of the report, and the
 * plan had stood on the timeline as done at the head of its year (fixture
 * `timeline-plan-of-its-reports-year`). Only a report's own date: a source without one reads its year
 * from the brief's latest report.
 * @param text the sentence
 * @param start where the period's words start
 * @param end where they end
 * @param date the period (`YYYY` or `YYYY-MM`)
 * @param ref the reference date
 */
function plannedWithin(
  text: string,
  start: number,
  end: number,
  date: string,
  ref: { date: Date; own: boolean },
): boolean {
  return (
    ref.own &&
    firstDay(date) <= ref.date.getTime() &&
    lastDay(date) > dayOf(ref.date) &&
    dateDirection(text, start, end) === 'forward'
  );
}

/** A word that opens a clause or a phrase of another time than the one of the clause before it. */
const OTHER_TIME = /\b(?:after|before|when|because|since|while|following|amid)\b/i;
/** A weekday's name, each one in a text. */
const WEEKDAYS_IN = new RegExp(String.raw`\b${WEEKDAY_NAME}\b`, 'gi');

/**
 * The weekday a main clause states before a clause or a phrase of another time that states a date of
 * its own: "The Varno 60 index fell another 2.1% Thursday, after the flood hit the port city a week
 * ago" is an event of Thursday, not of a week ago. The parser reads the weekday alone only when no
 * other date is read, so the date of what came before had dated the sentence. The weekday opens no
 * span ("since Friday") and no such word comes before it (then it is the other time's: "After the
 * vote on Monday, the bill went to the Senate in March"). Fixture `date-weekday-before-another-time`;
 * `eval:dates` 420 → 421 right of 491, `bench:timeline-events` 72 → 73 of 80 dates agree; none of the
 * 233,542 sentences of zyte-dev's and trafilatura-eval's texts changes.
 * @param text one sentence
 * @param index where the other date starts
 * @param ref the report's own day
 */
function mainClauseWeekday(text: string, index: number, ref: Date): FoundDate | null {
  const head = text.slice(0, index);
  WEEKDAYS_IN.lastIndex = 0;
  const weekday = WEEKDAYS_IN.exec(head);
  if (weekday === null) return null;
  const before = head.slice(0, weekday.index);
  if (OTHER_TIME.test(before) || /\b(?:until|till|by|from|through)\s+(?:last\s+)?$/i.test(before))
    return null;
  const end = weekday.index + weekday[0].length;
  const other = OTHER_TIME.exec(head.slice(end));
  if (other === null) return null;
  const found = relativeDay(head.slice(0, end + other.index), ref);
  return found?.precision === 'day' ? found : null;
}

/**
 * Whether a date is a noun's before the report's own day ({@link premodifiesNoun}): "recovered from
 * last year's fall" in this year's report. A date of the report's day or after it is the sentence's
 * still ("gave up part of Thursday's gains" in Thursday's report, "a March 20 hearing" ahead of it).
 * @param date the date read, `YYYY[-MM[-DD]]`
 * @param ref the reference date
 */
function nounsPast(text: string, start: number, end: number, date: string, ref: Date): boolean {
  const day = dayOf(ref);
  if (!(date < day && !day.startsWith(date))) return false;
  return premodifiesNoun(text, start, end) || afterActionNoun(text, start, isActionNoun);
}

/** The words that name a period from its offset: "last year" (of "last year's"), "summer of 2014". */
function periodEnd(text: string, index: number): number {
  const words = /^[A-Za-z]+\s+(?:of\s+)?[A-Za-z0-9]+/.exec(text.slice(index));
  return index + (words?.[0].length ?? 0);
}

/**
 * The day a report is written, in its own words; not "today's GM", "today's economy" (the present), nor
 * inside a quotation, where "today" is as often "these days" ("“We're having to put up with a lot of
 * stuff today.”").
 */
export const TODAY = /\b(?:today|tonight)\b(?!['’]s\b)/i;

/** "the events of today", "the cars of tonight": the present a noun is of, no day of an event. */
export const OF_TODAY = /\bof\s+(?:today|tonight)\b/i;

/**
 * "today" beside a time on the clock: "at 16:00 UTC today", "today at 3 p.m.", "at noon today": a day's
 * hour, not the present.
 */
export const TODAY_CLOCK =
  /\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|UTC|GMT|[ECMP][SD]T)|\d{1,2}[:.]\d{2}|noon|midnight)\s+(?:UTC\s+|GMT\s+)?today\b|\btoday\s+at\s+(?:\d|noon|midnight)/i;

/** "today" right before a verb in the past: "Kestrel Metals today announced", "the union today released". */
export const TODAY_VERB =
  /\btoday\s+(?:(?:also|formally|officially|publicly|jointly)\s+)?(?:[a-z]{3,}ed|said|told|made|gave|held|took|began|sent|won|lost|cut|set|sold|named|unveiled)\b/;

/**
 * "today" right after a verb in the past, in its clause (two words at most between): "announced today",
 * "fell sharply today", "reported earlier today": the day of a doing, never "these days".
 */
export const VERB_TODAY = new RegExp(
  String.raw`\b(?!(?:${NOT_PAST_ED.join('|')})\b)(?:[a-z]{3,}ed|${IRREGULAR_PAST.join('|')})(?:\s+[a-z]+){0,2}?\s+(?:today|tonight)\b`,
);

/** A finite form of "be", "have" or "will": "has today gone up", "were also lower today". */
const TOLD = /\b(?:is|are|was|were|has|have|had|will)\b/i;

/**
 * A date chrono reads as a span from the reference: "in three months", "within two weeks", "within about
 * two months" (a decision "within about two months" of a committee's Thursday had dated its sentence).
 */
const RELATIVE_SPAN =
  /^(?:in|within)\s+(?:the\s+next\s+)?(?:\S+\s+){0,2}(?:days?|weeks?|months?|quarters?|years?|decades?)$/i;

/** What a span is counted from, right after it: "within 72 hours of becoming aware", "within 30 days of". */
const SPAN_OF = /^\s+of\b/;

/** A length of time chrono reads as a span from the reference: "for an hour", "for three days". */
const DURATION = /^for\s/i;

/**
 * "in the" and a unit with no count, which chrono reads as a span from the reference ("in the second",
 * "in the day"): "the second" is an ordinal ("scored twice in the second half", "In the second stage
 * of the plan, the club sold its ground": on mixed pages such sentences of an essay, a game report and
 * an analysis had been dated their page's day, and a tutorial's "In the second example, the loop will
 * stop" a day ahead), "in the day", "in the year" a span of no day (fixture `date-in-the-second-ordinal`).
 */
const THE_UNIT = /^in\s+the\s+(?:second|minute|hour|day|week|month|quarter|year|decade)s?$/i;

/** A span counted from another event: "a week earlier", "two days later", "six hours before it capsized". */
const ANCHORED_SPAN =
  /\b(?:minutes?|hours?|days?|weeks?|months?|quarters?|years?|decades?)\s+(?:earlier|later|before|after)\b/i;

const MONTH = MONTH_NAMES.join('|');

/**
 * A verb of saying and the day it was said: "said on Wednesday", "told reporters late on Tuesday",
 * "announced in a statement on 12 March", "said yesterday" (group 1: the day's words); not a passive
 * ("it was told on 30 January": being told is the event).
 */
const SAID_ON = new RegExp(
  String.raw`(?<!\b(?:is|are|was|were|be|been|being)\s+)\b(?:said|says|told\s+(?!on\b)[A-Za-z]+(?:\s+(?!on\b)[A-Za-z]+)?|announced|confirmed|reported|stated|added|disclosed|revealed|acknowledged|admitted)(?:\s+in\s+an?\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?:(?:late|early)\s+)?(?:on\s+)?(${WEEKDAY_NAME}|yesterday|\d{1,2}\s+(?:${MONTH})|(?:${MONTH})\.?\s+\d{1,2})\b`,
  'i',
);

/** A weekday that bounds a span ("since Friday", "until Monday"): no event of that day. */
const SPAN_BOUND = new RegExp(
  String.raw`\b(?:since|until|till|by|from|before|after|through)\s+(?:last\s+)?${WEEKDAY_NAME}`,
  'i',
);

const MONTH_YEAR = new RegExp(String.raw`\b(${MONTH})\s+(?:of\s+)?((?:19|20)\d{2})\b`, 'g');

/**
 * A month with its year in words right after it, whatever comes before: "after October of next year",
 * "before March next year", "October this year" (group 2: the year's word).
 */
const MONTH_YEAR_WORD = new RegExp(
  String.raw`\b(${MONTH})\s+(?:of\s+)?(next|this|last)\s+year\b(?!['’]s)`,
  'gi',
);

const MONTH_ALONE = new RegExp(
  String.raw`\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Tt]hrough|[Ee]arly|[Ll]ate|mid-|[Ll]ast|[Nn]ext|[Tt]his|of)\s+(${MONTH})\b(?!\s+\d)`,
);

/**
 * A month with its year ("October 2007", "March of 2008"), or a month alone after a preposition ("in
 * February", "until May") whose year the clause's direction decides from the article's own date.
 */
export function monthIn(text: string, ref: { date: Date; own: boolean }): FoundDate | null {
  MONTH_YEAR.lastIndex = 0;
  for (let stated = MONTH_YEAR.exec(text); stated !== null; stated = MONTH_YEAR.exec(text)) {
    if (!stated[1] || !stated[2] || modifiesNoun(text, stated.index)) continue;
    if (inQuotedPast(text, stated.index, stated.index + stated[0].length)) continue;
    const end = stated.index + stated[0].length;
    const ahead = dateDirection(text, stated.index, end) === 'forward';
    const date = `${stated[2]}-${pad(MONTH_NAMES.indexOf(stated[1]) + 1)}`;
    if (nounsPast(text, stated.index, end, date, ref.date)) continue;
    if (inPassing(text, stated.index, end, ahead, ref)) continue;
    return { date, precision: 'month', ahead, ...setsDeadline(text, stated.index, end) };
  }
  const named = ref.own ? monthOfYearWord(text, ref.date) : null;
  if (named) return named;
  const alone = ref.own ? MONTH_ALONE.exec(text) : null;
  if (!alone?.[1]) return null;
  const at = alone.index + alone[0].length - alone[1].length;
  if (modifiesNoun(text, alone.index)) return null;
  // a plan told in the past ("was due to be released in September") is of the nearest such month
  const direction = yearDirection(text, at, at + alone[1].length);
  if (direction === 'backward' && inQuotation(text, at, at + alone[1].length)) return null;
  const month = MONTH_NAMES.indexOf(alone[1]) + 1;
  // "last March" written in March is a year back: this one would be "this month"
  const lastOfItsOwn = /^last\s/i.test(alone[0]) && month === ref.date.getUTCMonth() + 1;
  const year =
    namedYear(text, at, at + alone[1].length, ref.date) ??
    yearFor(month, null, ref.date, direction) - (lastOfItsOwn ? 1 : 0);
  const ahead = direction === 'forward' || Date.UTC(year, month - 1, 1) > ref.date.getTime();
  const date = `${year}-${pad(month)}`;
  // "steadied after the collapse of Kestrel Bank in September": the action's month, not the clause's
  if (nounsPast(text, alone.index, at + alone[1].length, date, ref.date)) return null;
  if (inPassing(text, alone.index, at + alone[1].length, ahead, ref)) return null;
  const deadline = setsDeadline(text, at, at + alone[1].length);
  return { date, precision: 'month', ahead, ...deadline };
}

/**
 * A month whose year the words right after it name ("after October of next year", "before March next
 * year"), dated to the month: {@link MONTH_ALONE} reads a month only after a preposition of its list, so
 * "after October of next year" in a report of December 2026 had been read by the period alone, as 2027
 * (a watch item dated to the year). Its direction is the clause's, as a month with its year in numbers.
 * Fixture `date-month-of-next-year-after-any-word`.
 * @param text one sentence
 * @param ref the article's own date
 */
function monthOfYearWord(text: string, ref: Date): FoundDate | null {
  MONTH_YEAR_WORD.lastIndex = 0;
  for (let m = MONTH_YEAR_WORD.exec(text); m !== null; m = MONTH_YEAR_WORD.exec(text)) {
    const name = m[1] as string;
    // a month's name in lower case is no month ("may", "march")
    if (!/^\p{Lu}/u.test(name) || modifiesNoun(text, m.index)) continue;
    const end = m.index + m[0].length;
    if (inQuotedPast(text, m.index, end)) continue;
    const word = (m[2] as string).toLowerCase();
    const year = ref.getUTCFullYear() + (word === 'next' ? 1 : word === 'last' ? -1 : 0);
    const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === name.toLowerCase()) + 1;
    const date = `${year}-${pad(month)}`;
    if (nounsPast(text, m.index, end, date, ref)) continue;
    // a month after the report's day is ahead whatever the tense (see `findSentenceDates`)
    const ahead = dateDirection(text, m.index, end) === 'forward';
    return { date, precision: 'month', ahead, ...setsDeadline(text, m.index, m.index + name.length) };
  }
  return null;
}

/**
 * The words before a date that make it a deadline or a target ("cut 31,500 jobs by 2012", "finalized by
 * June 10", "by the end of next year", "a deadline set at June 1"), and after it ("a June 1 deadline").
 * Not "until" ("delayed until October 2007"): what is put off to a date happens then.
 */
const DEADLINE_BEFORE =
  /\b(?:by|deadline(?:\s+(?:of|is|set\s+(?:at|for)))?)\s+(?:(?:the\s+)?(?:end|middle|start|beginning)\s+of\s+|(?:early|mid|late)[\s-]+)?(?:(?:this|next)\s+)?$/i;

const DEADLINE_AFTER = /^\s*deadlines?\b/i;

/**
 * Whether the date between two offsets is a deadline or target the sentence sets.
 * @returns `{ deadline: true }` to spread into a {@link FoundDate}, or an empty object
 */
function setsDeadline(text: string, start: number, end: number): { deadline?: true } {
  const deadline =
    DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || DEADLINE_AFTER.test(text.slice(end));
  return deadline ? { deadline: true } : {};
}
