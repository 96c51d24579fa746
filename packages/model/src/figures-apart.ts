// Whether two statements give one count or one figure with other values.
import { figuresIn, type Statement } from './claim-statement.js';
import { countsDiffer, countsPeople, risenCount, tellsRise } from './count-events.js';
import { sameNewsDays } from './news-days.js';
import { laterOnItsDay } from './published-times.js';
import { closeFigures, countsNothing, currencyAround, type Figure } from './quantities.js';
import { namesOtherYear, otherTimes, reportedDate } from './statement-times.js';

/**
 * Whether two statements count one thing that happened to people with other values ("killing 12
 * people" against "15 people have died": `countsDiffer`) in reports of the same days, neither of
 * another time. Such statements differ on a story's toll however little else they share, so they make
 * a claim whatever their relatedness.
 */
export function countedApart(a: Statement, b: Statement): boolean {
  return (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(a.date, b.date) &&
    countsDiffer(figuresIn(a), figuresIn(b)) &&
    !namesOtherYear(a) &&
    !namesOtherYear(b)
  );
}

/**
 * Whether the later of two reports gives a higher toll than the earlier ({@link countUpdate}): an
 * update of the count, not a dispute of it.
 */
export function countUpdated(a: Statement, b: Statement): boolean {
  return countUpdate(a, b) !== undefined;
}

/** The later of two statements whose count updates the other's, and the figure it gives. */
export interface CountUpdate {
  later: Statement;
  figure: Figure;
}

/**
 * Which of two reports updates the other's toll: the later one when its count only rose
 * (`risenCount`: "killed eight people" in Tuesday's report, "killed 14 people on Tuesday" in
 * Wednesday's). Of reports of one day, the later is the one of the later time of day when both state
 * one (`laterOnItsDay`), else the one that tells its count has grown to its figure (`tellsRise`: "has
 * risen to 14"); else neither, and they stay disputes, which came first unknown.
 * @param a a statement
 * @param b another
 * @returns the later statement and its risen figure, or undefined when neither updates the other
 */
export function countUpdate(a: Statement, b: Statement): CountUpdate | undefined {
  const [x, y] = [a.s.article, b.s.article];
  if (x.publishedPrecision !== 'day' || y.publishedPrecision !== 'day' || !x.published || !y.published)
    return undefined;
  let bLater = x.published < y.published;
  if (x.published.slice(0, 10) === y.published.slice(0, 10)) {
    // of one day, the later by the times of day both reports state ("12 dead" at 09:10, "14 dead" at
    // 18:30; fixture claims-toll-risen-later-hour), else the one that tells its count has grown to its
    // figure ("12 dead" that morning, "the toll has risen to 14" that evening; fixture
    // claims-toll-risen-same-day)
    const byTime = laterOnItsDay(x, y);
    const [riseA, riseB] = [tellsRise(a.s.text), tellsRise(b.s.text)];
    if (byTime === undefined && riseA === riseB) return undefined;
    bLater = byTime ?? riseB;
  }
  const [earlier, later] = bLater ? [a, b] : [b, a];
  const figure = risenCount(figuresIn(earlier), figuresIn(later));
  return figure === undefined ? undefined : { later, figure };
}

/**
 * Whether two statements give one count a little apart ("will cover all 212 local areas" against "ballots
 * cast in 214 areas"; `closeFigures`) in reports of the same days, neither of another time or year.
 * Such statements differ on a figure of their story while saying it in other words, so they make a
 * claim from {@link FIGURES_SUBJECT_MIN}; not counts of people (`countedApart` judges those).
 */
export function figuredApart(a: Statement, b: Statement): boolean {
  return (
    sameNewsDays(a.s.article, b.s.article) &&
    !otherTimes(reportedDate(a), reportedDate(b)) &&
    !namesOtherYear(a) &&
    !namesOtherYear(b) &&
    closeFigures(
      figuresIn(a).filter((f) => !countsPeople(f)),
      figuresIn(b).filter((f) => !countsPeople(f)),
    )
  );
}

/** A number with the word before it and the word after it: "by 32 percent" (a word read from its start: no backtracking within one). */
const SLOT = /(?<!\p{L})(\p{L}+)\s+(\d+(?:[.,]\d+)*)\s*(%|per\s?cent\b|\p{L}+)?/gu;

/** Month names and their short forms: a number beside one is a date's day, which `dates` reads. */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

/** The word after a slot's unit, which may name its currency ("36 million pounds"). */
const WORD_AFTER = /^[ \t]*\p{L}+/u;

/**
 * Each number of a sentence with a unit under the word before it and the unit ("by|%" → 32), a sum's
 * under its currency too when its words say one ("spend|million|gbp": two currencies are no two values);
 * not a date's day or a number with no unit ("on October 25", "rose to 135 on").
 */
function slotsOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(SLOT)) {
    const unit = (m[3] ?? '').toLowerCase().replace(/\s/g, '');
    const before = (m[1] as string).toLowerCase();
    if (unit === '' || countsNothing(unit) || MONTH.test(unit) || MONTH.test(before)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[2] as string, (m[1] as string).length);
    const end = (m.index ?? 0) + m[0].length;
    const currency = currencyAround(text, start, end + (WORD_AFTER.exec(text.slice(end))?.[0].length ?? 0));
    const key = `${before}|${unit === 'percent' ? '%' : unit}${currency === undefined ? '' : `|${currency}`}`;
    const values = out.get(key) ?? new Set<string>();
    values.add((m[2] as string).replace(/,(?=\d{3}\b)/g, ''));
    out.set(key, values);
  }
  return out;
}

/**
 * Whether two sentences give one figure in the same words with other values: the same word before the
 * number and the same unit after it, no value in common.
 */
export function sameSlotOtherValue(a: string, b: string): boolean {
  if (!/\d/.test(a) || !/\d/.test(b)) return false;
  const theirs = slotsOf(b);
  for (const [key, values] of slotsOf(a)) {
    const other = theirs.get(key);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}
