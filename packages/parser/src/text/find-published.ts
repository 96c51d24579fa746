import { mayHoldDate, strictEnglish, withPatternsKept } from '@briefing/model';
import * as de from 'chrono-node/de';
import * as es from 'chrono-node/es';
import * as fr from 'chrono-node/fr';
import * as it from 'chrono-node/it';
import * as nl from 'chrono-node/nl';
import * as pt from 'chrono-node/pt';
import { monthNameDate, yearMonthDayDate } from './written-dates.js';

/** A publication date found in text, and the span of the line it came from. */
export interface FoundDate {
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD`. */
  date: string;
  /** Start and end offsets of the date phrase within the line. */
  index: number;
  end: number;
  /** Why the year was inferred, when the line does not state it. */
  inferred?: string | undefined;
  /** The inferred year is only the latest the text mentions: no weekday confirms it. */
  guessed?: true | undefined;
}

/**
 * A found date with every field set, `undefined` where there is none, in one order: made as literals
 * with the optional fields spread in, found dates had four shapes (maps), and the steps that read them
 * deoptimised on each one they had not seen yet (issue 17).
 * @param date the date
 * @param index where its phrase starts in the line
 * @param end where its phrase ends
 * @param inferred why the year was inferred, if it was
 * @param guessed whether the inferred year is only a guess
 */
export function foundDate(
  date: string,
  index: number,
  end: number,
  inferred?: string,
  guessed?: true,
): FoundDate {
  return { date, index, end, inferred, guessed };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A label before a date line's date ("Published:", "Posted", "Date"). */
const DATE_LABEL = /^(?:date|published|posted|updated)\s*:?\s*/i;

/**
 * A date line without the label before its date ("Published: 3 March 2024" → "3 March 2024").
 * @param text one line
 */
export function withoutDateLabel(text: string): string {
  return text.replace(DATE_LABEL, '');
}
/** How far into a line a date may stand and still open it ("Wien, 14. Dezember 2021 – …"). */
const LEAD_DATE_AT = 12;
/**
 * A word right before a date, as a sentence has it ("Am 14. Juni 2005 hielt …", "On March 5, 2024,
 * the …", "Mit der am 15. Januar in Kraft getretenen …"): the date of an event the text tells, not the
 * page's. A dateline's date stands first, or after a place, a bracket, a label ("date 2026-05-14 …") or a
 * colon or dash.
 */
const WORD_BEFORE = /\p{L}\s+$/u;
/** The preposition chrono reads as part of a date ("Am 22. Oktober 2019", "Il 22 ottobre", "On Tuesday, March 5"). */
const PREPOSITION_IN_DATE = /^(?:am|on|il)\s/i;

/**
 * Whether a date opens a line as a dateline does: within its first characters, no word of a sentence
 * right before it or leading it.
 * @param text the line
 * @param found the date found in it
 */
export function opensLead(text: string, found: FoundDate): boolean {
  return (
    found.index <= LEAD_DATE_AT &&
    !WORD_BEFORE.test(withoutDateLabel(text.slice(0, found.index))) &&
    !PREPOSITION_IN_DATE.test(text.slice(found.index, found.end))
  );
}

/**
 * What a dateline needs: a year (also of the other languages' whole dates), a date in numbers, or an
 * English month's name (every month of chrono's dictionary begins so), in chrono's case folding.
 */
export const DATELINE_PARTS = /\d{4}|\d[/.-]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
const WEEKDAY = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const LETTER = /\p{L}/u;
/** What chrono's English needs for a date with a month: a month's name, or digits joined by "/", "." or "-". */
const MONTH_PARTS = /\d[/.-]\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;

/**
 * Finds a dateline in one line of text: an absolute date ("Tuesday 12 May 2026",
 * "date 2026-05-14", "March 5, 2024") or a day and month whose year is inferred from a weekday
 * named with it or from the years the article mentions.
 * @param line the text of one line
 * @param yearsInText four-digit years the whole article mentions, most frequent first
 * @param slashDayFirst whether the page writes dates with slashes day first (see {@link writesDayFirst})
 * @returns the date, or null when the line states none
 */
export function findDateline(
  line: string,
  yearsInText: readonly number[] = [],
  slashDayFirst = false,
): FoundDate | null {
  const head = withLatinDigits(line.slice(0, 400));
  const shown = shownAfterStamp(head, yearsInText, slashDayFirst);
  if (shown !== null) return shown;
  // "Posted on 25. Januar 202225. Januar 2022": a year run into the number after it is read apart, at
  // the offsets of the line as it is
  const fused = YEAR_RUN_ON.test(head) && FUSED_YEAR.test(head);
  if (fused || DAY_RUN_ON.test(head)) {
    const at: number[] = [];
    const spaced = head.replace(fused ? FUSED_YEAR : DAY_RUN_ON, (_, offset: number) => {
      at.push(offset);
      return ' ';
    });
    const found = datelineIn(spaced, yearsInText, slashDayFirst);
    if (found === null) return null;
    const back = (i: number) => i - at.filter((p, k) => p + k < i).length;
    return foundDate(found.date, back(found.index), back(found.end), found.inferred, found.guessed);
  }
  return datelineIn(head, yearsInText, slashDayFirst);
}

/** A decimal digit of another script ("২০২৬", "٢٠٢٦", "२०२६", "２０２６"), one UTF-16 unit. */
const OTHER_DIGIT = /(?![0-9\u{10000}-\u{10FFFF}])\p{Nd}/gu;

/**
 * A line with the digits of other scripts written as 0–9 ("শুক্রবার, মে ১৫, ২০২৬" → "শুক্রবার, মে
 * 15, 2026"), each one unit long as before, so a date's offsets stay those of the line: Bengali,
 * Devanagari, Arabic and Persian pages write their date lines in their own digits, which no reader of
 * a date knows. Every script's digits run from its zero in a block of ten.
 * @param text one line
 */
export function withLatinDigits(text: string): string {
  if (!OTHER_DIGIT_ANY.test(text)) return text;
  return text.replace(OTHER_DIGIT, (d) => String(digitValue(d.charCodeAt(0))));
}
const OTHER_DIGIT_ANY = /(?![0-9])\p{Nd}/u;
/** The value of a decimal digit: how far it stands from the first digit of its runs of ten. */
function digitValue(code: number): number {
  let zero = code;
  while (DIGIT_CHAR.test(String.fromCharCode(zero - 1))) zero--;
  return (code - zero) % 10;
}
const DIGIT_CHAR = /\p{Nd}/u;

/**
 * A machine's timestamp, its time and zone stated ("2022-12-07T10:10:52+01:00"): a theme's hidden stamp
 * of the last change, which a text scrape copies in with the byline ("Jane Roe2026-03-14T09:12:40+01:00
 * 2. März 2026|"); or written with a space and its seconds, as a theme prints its last change and first
 * publication before the day it shows ("2026-04-02 09:14:27 2026-03-12 08:05:0012.03.2026 08:05"; half
 * A one page wrong → right, half B and every other dev page unchanged; session 91).
 */
const MACHINE_STAMP =
  /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})|\s\d{2}:\d{2}:\d{2})/;

/**
 * The date a line shows right after a machine's timestamp, which may run into it ("…+01:0025. Dezember
 * 2022"): the day the page shows, not the stamp's (a change), as a saved page's shown day wins over its
 * markup's (dates84). Its phrase opens at the stamp, so a line of stamps and the shown day still opens
 * with its date (`opensLead`) and stays a date line however many words its numbers make. Null when the line holds no stamp, or none with a date after it (the stamp alone
 * is read as any date is). On trafilatura-eval text, half A: 2 pages hold a stamp, both a theme's
 * byline line; 1 goes from no date to right, the other (the same day) stays right.
 * @param head the line's first characters
 * @param yearsInText four-digit years the whole article mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 */
function shownAfterStamp(
  head: string,
  yearsInText: readonly number[],
  slashDayFirst: boolean,
): FoundDate | null {
  const stamp = MACHINE_STAMP.exec(head);
  if (stamp === null) return null;
  const from = stamp.index + stamp[0].length;
  const found = findDateline(head.slice(from), yearsInText, slashDayFirst);
  return found && foundDate(found.date, stamp.index, found.end + from, found.inferred, found.guessed);
}

/** A year with a digit or a capital right after it, which a year run into the next text makes. */
const YEAR_RUN_ON = /(?:19|20)\d{2}[\d\p{Lu}]/u;
/**
 * Where a date's year runs into a day, an hour or a word, as the texts of a page's adjacent elements
 * run together ("25. Januar 202225. Januar 2022", "January 25, 2022January 25, 2022", "4 de mayo de
 * 202207:59 hs", "14 mars 202614 mars 2026": a day and a month's name in lower case, as French and
 * Spanish write it; a capital after the day is left, "20354 Hamburg" being a postcode): between the two.
 * The lower-case day, on trafilatura-eval's text scrapes: half A +1 right, half B unchanged.
 */
const FUSED_YEAR =
  /(?<=(?:\p{L}\.?|\d),?\s+(?:de\s+)?(?:19|20)\d{2})(?=\d{1,2}[.:]|\d{1,2}\s\p{Ll}|\p{Lu}\p{Ll})/gu;

/**
 * Where a day's number and its stop run into the month's name, as a hasty hand writes it ("8.Dezember
 * 2010 um 09:43"), with a year after the month: between the two, as chrono reads the day only apart.
 */
const DAY_RUN_ON = /(?<=(?<![\p{L}\p{N}.])\d{1,2}\.)(?=\p{L}{3,}\.?\s+(?:19|20)\d{2}(?!\d))/u;

/** {@link findDateline} of a line's first 400 characters, any year run into a number set apart. */
function datelineIn(head: string, yearsInText: readonly number[], slashDayFirst: boolean): FoundDate | null {
  // most lines: no digit, month or unit of time, nothing to parse; and a line without four digits,
  // digits joined by "/", "." or "-", or a month's name gives chrono's English only times, weekdays and
  // spans from today, none of which is a dateline (the property test of DATELINE_PARTS)
  if (!DATELINE_PARTS.test(head) || !mayHoldDate(head)) return null;
  // "05.01.2020" is 5 January wherever dates are written with dots (German, French, Polish, Russian…);
  // chrono's English reads it month first, as the American "05/01/2020", which a page that writes
  // "14/04/2020" elsewhere means day first too
  const dotted = numericDate(head, slashDayFirst);
  // chrono's English gives a date with its month only from a month's name or digits joined by "/", "."
  // or "-": a line whose only date part is a year ("© 2024", "in 2019") is left to the other languages
  const results = MONTH_PARTS.test(head) ? strictEnglish.parse(head) : [];
  for (const r of results) {
    if (dotted && dotted.index < r.index + r.text.length) return dotted;
    // a date said without a number ("a few weeks later", "today") counts from the day it is read,
    // not from the page: the published date would change with the day of the run
    if (r.tags().has('result/relativeDate')) continue;
    const s = r.start;
    if (!s.isCertain('month') || !s.isCertain('day')) {
      if (s.isCertain('year') && s.isCertain('month')) {
        return foundDate(`${s.get('year')}-${pad(s.get('month') ?? 1)}`, r.index, r.index + r.text.length);
      }
      continue;
    }
    const month = s.get('month') as number;
    const day = s.get('day') as number;
    let year: number | null = s.isCertain('year') ? (s.get('year') as number) : null;
    // "1/4", "3/4": two numbers and a slash without a year are a fraction (a recipe's "1/4 cup", a
    // score), not a day; a dateline without its year names its month ("14 MAY")
    if (year === null && !LETTER.test(r.text)) continue;
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
    const guessed = inferred !== undefined && WEEKDAY.exec(r.text) === null;
    return foundDate(
      date,
      r.index,
      r.index + r.text.length,
      inferred || undefined,
      guessed ? true : undefined,
    );
  }
  if (dotted !== null) return dotted;
  const other = otherLanguageDate(head);
  if (other !== null) return other;
  // the whole dates chrono's locales leave ("14 Januar 2022", "Juli 9, 2016", "15. ledna 2021",
  // "2025年4月1日")
  const named = monthNameDate(head) ?? yearMonthDayDate(head);
  return named && foundDate(named.date, named.index, named.end);
}

/** chrono's parsers of the languages other than English whose dates it reads. */
const OTHER_LANGUAGES = [de, fr, es, pt, it, nl].map((language) => withPatternsKept(language.strict));
/**
 * A day, a word and a year of this or the last century, in either order ("18. Oktober 2019", "04 mayo
 * 2022", "Oktober 18, 2019"): the other languages are tried only on a line shaped so (trying them on
 * every line with a year cost a tenth of a text scrape's parse).
 */
const DATE_SHAPE =
  /\b\d{1,2}\.?\s+(?:de\s+)?\p{L}{3,}\.?,?\s+(?:de\s+)?(?:19|20)\d{2}\b|\p{L}{3,}\.?\s+\d{1,2}\.?,?\s+(?:19|20)\d{2}\b/u;

/**
 * A whole date written in another language ("18. Oktober 2019", "SAMSTAG, 5. OKTOBER 2013", "04 mayo
 * 2022", "23 mai 2019"): day, month and year all stated, as a page's own date line gives them.
 */
function otherLanguageDate(head: string): FoundDate | null {
  if (!DATE_SHAPE.test(head)) return null;
  for (const language of OTHER_LANGUAGES) {
    for (const r of language.parse(head)) {
      const s = r.start;
      if (
        r.tags().has('result/relativeDate') ||
        !s.isCertain('year') ||
        !s.isCertain('month') ||
        !s.isCertain('day')
      )
        continue;
      return foundDate(
        `${s.get('year')}-${pad(s.get('month') as number)}-${pad(s.get('day') as number)}`,
        r.index,
        r.index + r.text.length,
      );
    }
  }
  return null;
}

/** A date in numbers, day first: "05.01.2020", "5.1.2020 um 9:16", "04.05.20 14:50", "12/04/2020". */
const NUMERIC = /(?<![\d./])(\d{1,2})([./])(\d{1,2})\2((?:19|20)?\d{2})(?![\d./]\d)/g;
/** A date with slashes, for {@link writesDayFirst}. */
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(?:19|20)?\d{2}(?![\d/])/g;

/**
 * Whether a page writes dates with slashes day first: one of them has a first number above 12
 * ("14/04/2020") and none a second one above 12 ("04/14/2020").
 * @param text the page's text
 */
export function writesDayFirst(text: string): boolean {
  let dayFirst = false;
  for (const m of text.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (b > 12 && a <= 12) return false;
    if (a > 12 && b <= 12) dayFirst = true;
  }
  return dayFirst;
}

/**
 * The first date in numbers of a line read day first: one with dots always, one with slashes when the
 * page writes them so; null when there is none or its day or month cannot be one.
 */
function numericDate(head: string, slashDayFirst: boolean): FoundDate | null {
  let found: FoundDate | null = null;
  for (const m of head.matchAll(NUMERIC)) {
    if (m[2] === '/' && !slashDayFirst) continue;
    found = dayFirst(m);
    break;
  }
  // "4. 2. 2022", "18. 05. 2014 22:38": dots and a space, as German typesetting writes a date
  if (!DOT_SPACE_DIGIT.test(head)) return found;
  for (const m of head.matchAll(SPACED_DOTS)) {
    if (found !== null && found.index < (m.index as number)) break;
    return dayFirst(m) ?? found;
  }
  return found;
}
const DOT_SPACE_DIGIT = /\.\s\d/;
/** A date in numbers with a space after each dot, its year of four digits ("4. 2. 2022"). */
const SPACED_DOTS = /(?<![\d./])(\d{1,2})(\.)\s(\d{1,2})\.\s((?:19|20)\d{2})(?![\d./]\d)/g;

/** The date of a {@link NUMERIC} match, or null when its day or month cannot be one. */
function dayFirst(m: RegExpMatchArray): FoundDate | null {
  const day = Number(m[1]);
  const month = Number(m[3]);
  const written = Number(m[4]);
  // a two-digit year is of this century (a page's own date is not older than the web)
  const year = written < 100 ? 2000 + written : written;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || date.getUTCDate() !== day) return null;
  return foundDate(`${year}-${pad(month)}-${pad(day)}`, m.index as number, (m.index as number) + m[0].length);
}

/**
 * Lists the years (1900–2099) a text mentions, most frequent first, ties to the latest.
 * @param text the article text
 */
export function yearsMentioned(text: string): number[] {
  const counts = new Map<number, number>();
  countYears(text, counts);
  return byCount(counts);
}

/**
 * The years of {@link yearsMentioned} of texts joined by a space (or by any other character that is
 * no word's: a year cannot span it), read text by text: the joined copy of a page's body is not made.
 * @param blocks the texts
 */
export function yearsMentionedIn(blocks: readonly { text: string }[]): number[] {
  const counts = new Map<number, number>();
  for (const b of blocks) countYears(b.text, counts);
  return byCount(counts);
}

/** A year of 1900–2099 standing as a word. Global: `countYears` runs it from 0 to its last match. */
const YEAR = /\b(19|20)\d{2}\b/g;

function countYears(text: string, counts: Map<number, number>): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const y = Number(m[0]);
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
}

function byCount(counts: Map<number, number>): number[] {
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
