/** A period named relative to a reference date, resolved to a year or a month. */
export interface Period {
  date: string;
  precision: 'year' | 'month';
  /** Offset of the words that name it in the sentence. */
  index: number;
}

const SEASONS = 'spring|summer|autumn|fall|winter';
const RELATIVE = new RegExp(
  String.raw`\b(last|past|previous|this|next|coming)\s+(year|month|${SEASONS})\b`,
  'i',
);
/** "the" right before a word: "the next year" is a span, "next year" a year ("the coming winter" a season). */
const THE_BEFORE = /\bthe\s+$/i;
const SEASON_OF_YEAR = new RegExp(String.raw`\b(${SEASONS})\s+(?:of\s+)?((?:19|20)\d{2})\b`, 'i');
/** The month each season starts in (northern hemisphere; winter starts in December). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

/**
 * Finds a period a sentence names relative to its article's date — "last year", "this month", "last
 * summer", "next spring" — or a season of a stated year ("the summer of 2014"). A season resolves to
 * the year that holds most of it (January's, for a winter): its months are not stated, so no month is
 * claimed. "Last summer" is the latest summer that is over by the reference date, "next summer" the
 * first that has not begun.
 * @param text one sentence
 * @param ref the reference date (the article's publication date)
 * @returns the period, or null when the sentence names none
 */
export function findPeriod(text: string, ref: Date): Period | null {
  const stated = SEASON_OF_YEAR.exec(text);
  if (stated?.[2]) return { date: stated[2], precision: 'year', index: stated.index };
  const m = RELATIVE.exec(text);
  if (!m) return null;
  const when = (m[1] as string).toLowerCase();
  // "For the next year, the fund will cover the losses", "in the coming month": twelve months or a
  // month from the report's day (or, in a story, from another event: "the next year he resigned"), not
  // the calendar year after it; it had stood in a brief's watch list as "2009"
  const span = /^(?:year|month)$/i.test(m[2] as string);
  if (span && (when === 'next' || when === 'coming') && THE_BEFORE.test(text.slice(0, m.index))) return null;
  const unit = (m[2] as string).toLowerCase();
  const step = when === 'this' ? 0 : when === 'next' || when === 'coming' ? 1 : -1;
  const year = ref.getUTCFullYear();
  const now = year * 12 + ref.getUTCMonth(); // months since year 0
  if (unit === 'year') return { date: String(year + step), precision: 'year', index: m.index };
  if (unit === 'month') {
    const index = now + step;
    const date = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    return { date, precision: 'month', index: m.index };
  }
  const start = (SEASON_START[unit] as number) - 1;
  const begun = year * 12 + start <= now ? year : year - 1; // the latest season of this kind that has begun
  const inside = now - (begun * 12 + start) < 3;
  const season =
    when === 'this' ? (inside ? begun : year) : step > 0 ? begun + 1 : inside ? begun - 1 : begun;
  return { date: String(unit === 'winter' ? season + 1 : season), precision: 'year', index: m.index };
}

/** A season named with "the" alone after a preposition: "in the fall", "by the spring" (not "the fall of"). */
const BARE_SEASON = new RegExp(
  String.raw`\b(?:in|during|by|until|through|over)\s+the\s+(${SEASONS})\b(?!\s+(?:of|in)\b)(?!['’]s)`,
  'i',
);

/**
 * Finds a season a sentence names with "the" alone ("will vote on the deal in the fall", "by the
 * spring"), for a clause that looks ahead: the season under way at the reference date, or the next of
 * its kind to begin ("in the fall" of a December report is next year's), resolved to the year that holds
 * most of it, as {@link findPeriod} resolves seasons. Read only for a forward clause: in a past one ("was hurt in the fall") the words are as often
 * no season at all.
 * @param text one sentence
 * @param ref the reference date (the article's publication date)
 * @returns the period, or null when the sentence names none
 */
export function findSeasonAhead(text: string, ref: Date): Period | null {
  const m = BARE_SEASON.exec(text);
  if (!m) return null;
  const unit = (m[1] as string).toLowerCase();
  const start = (SEASON_START[unit] as number) - 1;
  const year = ref.getUTCFullYear();
  const now = year * 12 + ref.getUTCMonth();
  const begun = year * 12 + start <= now ? year : year - 1;
  const season = now - (begun * 12 + start) < 3 ? begun : begun + 1;
  const date = String(unit === 'winter' ? season + 1 : season);
  return { date, precision: 'year', index: m.index + m[0].length - unit.length };
}

/** "in the coming weeks", "over the next few days", "within the next several weeks"; "next quarter". */
const SPAN_AHEAD =
  /\b(?:(?:in|over|within|during)\s+the\s+(?:coming|next)\s+(?:few\s+|several\s+|couple\s+of\s+)?(days|weeks)|(?<!\bthe\s)(?:next|coming)\s+(quarter))\b/i;

/** How far into a span of days or weeks ahead its likeliest month is read (half of "a few weeks", three days of "days"). */
const SPAN_MIDDLE_DAYS: Record<string, number> = { days: 3, weeks: 14 };

/**
 * Finds a span ahead of the report's day that a sentence names without a date: "in the coming weeks"
 * (the month that holds the day two weeks on), "over the next few days" (three days on), "next quarter"
 * (the year that holds the next quarter). Read only for a clause that looks ahead, in a report that
 * states its day: counted from another date, the span dates nothing.
 * @param text one sentence
 * @param ref the report's own day
 * @returns the period, or null when the sentence names none
 */
export function findSpanAhead(text: string, ref: Date): Period | null {
  const m = SPAN_AHEAD.exec(text);
  if (!m) return null;
  if (m[2] !== undefined) {
    const quarter = Math.floor(ref.getUTCMonth() / 3) + 1;
    const year = ref.getUTCFullYear() + (quarter === 4 ? 1 : 0);
    return { date: String(year), precision: 'year', index: m.index };
  }
  const on = new Date(
    ref.getTime() + (SPAN_MIDDLE_DAYS[(m[1] as string).toLowerCase()] as number) * 86_400_000,
  );
  const date = `${on.getUTCFullYear()}-${String(on.getUTCMonth() + 1).padStart(2, '0')}`;
  return { date, precision: 'month', index: m.index };
}
