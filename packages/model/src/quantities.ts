import {
  CURRENCY_OF_MONEY_WORD,
  FIGURE_HEDGES,
  MONEY_WORDS,
  NOT_PAST_ED,
  NOT_UNITS,
  NUMBER_WORDS,
  QUANTITY_MODIFIERS,
  SCALE_WORDS,
  TIME_UNITS,
  WHEN_WORDS,
} from './english-cues.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES } from './month-names.js';
import { isStopWord } from './text-stats.js';

/**
 * A number and the word or sign after it, and the word after that: "4.75%", "50 basis points", "19
 * December", "1,200 troops", "120 confirmed cases".
 */
const QUANTITY = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)\s*(%|per\s*cent\b|\p{L}+)?(?:[ \t]+(\p{L}+))?/gu;
const NOT_UNIT = new Set(NOT_UNITS);

/**
 * Whether a word after a number says nothing of what it counts: a preposition, conjunction or article
 * (`NOT_UNITS`: "rose to 135 on Wednesday").
 * @param word the word, in lower case
 */
export function countsNothing(word: string): boolean {
  return NOT_UNIT.has(word);
}
const MODIFIER = new Set(QUANTITY_MODIFIERS);
const NOT_PAST = new Set(NOT_PAST_ED);

/** The endings of English adjectives and participles that stand before a noun ("local", "public", "polling"). */
const ADJECTIVE_END = /(?:al|ic|ous|ive|ing)$/;

/** Whether a word stands between a number and what it counts ("confirmed", "new", "local"). */
function modifies(word: string): boolean {
  return (
    MODIFIER.has(word) ||
    (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) ||
    // an adjective's ending ("212 local areas", "40 public hospitals", "three polling stations"): the
    // count had been of "local"; a noun with such an ending before a word that counts nothing stays the
    // unit ("one meeting on", "a proposal to")
    (word.length > 4 && ADJECTIVE_END.test(word))
  );
}

/**
 * The numbers of a sentence by what they count: the sign or word right after each ("%" and "percent"
 * as one, a plural as its singular), or the word after that when the first is a modifier ("120 confirmed
 * cases", "30 new jobs"), each with its values ("1,200" as "1200"). A number followed by a preposition,
 * conjunction or article is bare ("rose to 135 on Wednesday").
 * @param text a sentence
 * @param currencies whether a sum's unit names its currency when its words say one ("usd million",
 *   {@link currencyAround}), so that sums in two currencies are not read as two values of one unit
 * @returns values by unit; a number with nothing after it counts under ""
 */
export function quantitiesOf(text: string, currencies = false): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(QUANTITY)) {
    const value = (m[1] as string).replace(/,(?=\d{3}\b)/g, '');
    let unit = (m[2] ?? '').toLowerCase().replace(/\s+/g, '');
    const next = (m[3] ?? '').toLowerCase();
    // "rose to 135 on Wednesday" says not what 135 counts; "120 confirmed cases" counts cases
    if (NOT_UNIT.has(unit)) unit = '';
    else if (modifies(unit) && next !== '' && !NOT_UNIT.has(next)) unit = next;
    // "0.5 percentage points" is a change, not a level: it keeps its own unit
    unit = unitOf(unit);
    // a sum in one currency is no value of a sum in another ("$45 million" and "36 million pounds")
    const currency =
      !currencies || unit === '' ? undefined : currencyAround(text, m.index, m.index + m[0].length);
    if (currency !== undefined) unit = `${currency} ${unit}`;
    const values = out.get(unit) ?? new Set<string>();
    values.add(value);
    out.set(unit, values);
  }
  return out;
}

/**
 * Whether two sentences give other values for the same kind of quantity ("18 December" against
 * "19 December", "4.75%" against "5%"), not merely other numbers ("4.75%" against "50 basis points"
 * is the same cut said two ways).
 * @param a one sentence's quantities ({@link quantitiesOf})
 * @param b the other's
 */
export function quantitiesDiffer(
  a: ReadonlyMap<string, Set<string>>,
  b: ReadonlyMap<string, Set<string>>,
): boolean {
  for (const [unit, values] of a) {
    if (unit === '') continue;
    const other = b.get(unit);
    if (other && ![...values].some((v) => other.has(v))) return true;
  }
  return false;
}

/**
 * Whether two sentences give a quantity of one kind with values not all the same ("10769.00 points"
 * against "9936.94 points"; "3.2%, 9.7%" against "11.7%, 9.7%"): other facts, where
 * {@link quantitiesDiffer} asks for values with none in common. One value rounded in one and cut in the
 * other ("678 points" and "679 points") is the same.
 * @param a one sentence's quantities ({@link quantitiesOf})
 * @param b the other's
 */
export function otherFigures(
  a: ReadonlyMap<string, Set<string>>,
  b: ReadonlyMap<string, Set<string>>,
): boolean {
  for (const [unit, values] of a) {
    const other = b.get(unit);
    if (unit === '' || !other) continue;
    const given = (v: string, all: ReadonlySet<string>) =>
      all.has(v) || [...all].some((w) => roundedTwoWays(Number(v), Number(w)));
    if ([...values].some((v) => !given(v, other)) || [...other].some((w) => !given(w, values))) return true;
  }
  return false;
}

/**
 * Whether two sentences give a number in common, whatever each says it counts ("52-35" and "a vote of
 * 52-35", "US$700 billion" and "$700 billion", "in 2009" and "the 2009 pact"): a detail that ties two
 * loosely related statements to one event.
 * @param a one sentence's quantities ({@link quantitiesOf})
 * @param b the other's
 */
export function sharesFigure(
  a: ReadonlyMap<string, Set<string>>,
  b: ReadonlyMap<string, Set<string>>,
): boolean {
  const values = new Set<string>();
  for (const set of b.values()) for (const v of set) values.add(v);
  for (const set of a.values()) for (const v of set) if (values.has(v)) return true;
  return false;
}

/** A currency sign right before a number, with the letters that say which dollar ("$", "US$", "C$", "€"). */
const SIGN_BEFORE = /(?:(\p{Lu}{0,3})([$€£¥])|\b(\p{L}{3})\s+)$/u;
/**
 * The currency of a number in a sentence, when a money word or sign stands right before it ("$45",
 * "US$45", "EUR 312") or in the words matched after it ("45 million dollars", "45 euros"): a key of
 * `CURRENCY_OF_MONEY_WORD`'s currencies ("usd", "eur"), a dollar with letters before its sign as those
 * letters and the sign ("C$"), "US$" as "usd".
 * @param text the sentence
 * @param start where the number starts
 * @param end where the number, its unit word and the word after end (as `QUANTITY` matches them)
 * @returns the currency, or undefined when none is said
 */
export function currencyAround(text: string, start: number, end: number): string | undefined {
  const before = SIGN_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  if (before?.[2] !== undefined) {
    const letters = before[1] ?? '';
    return letters === '' || letters === 'US' ? CURRENCY_OF_MONEY_WORD[before[2]] : `${letters}${before[2]}`;
  }
  const code = before?.[3]?.toLowerCase();
  if (code !== undefined && CURRENCY_OF_MONEY_WORD[code] !== undefined && /^[a-z]{3}$/.test(code))
    return CURRENCY_OF_MONEY_WORD[code];
  for (const w of text
    .slice(start, end)
    .toLowerCase()
    .match(/\p{L}+/gu) ?? []) {
    const currency = CURRENCY_OF_MONEY_WORD[w];
    if (currency !== undefined) return currency;
  }
  return undefined;
}

/** A year, which a bare number in a sentence often is ("In 2024, …"): never a count. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** A word in lower case, a plural as its singular ("cases" → "case"; "press" stays). */
function singular(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') ? lower.slice(0, -1) : lower;
}

/** A word as a unit, as {@link quantitiesOf} reads it: "percent" as "%", a plural as its singular. */
function unitOf(word: string): string {
  const lower = word.toLowerCase();
  return lower === 'percent' ? '%' : singular(lower);
}

/**
 * Whether a sentence gives other values than a point for what the point counts, and none of the
 * point's: a number with that unit in one of the two words after it ("230 flu cases" against "210
 * confirmed cases"), or a bare number, not a year, in a sentence that names the unit elsewhere ("The
 * number of flu cases rose to 246 on Tuesday").
 * @param point the point's quantities ({@link quantitiesOf})
 * @param text the sentence
 */
export function statesOtherValues(point: ReadonlyMap<string, Set<string>>, text: string): boolean {
  if (point.size === 0) return false;
  const counted = new Map<string, string[]>();
  const bare: string[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const value = (m[1] as string).replace(/,(?=\d{3}\b)/g, '');
    const first = m[2] === undefined ? '' : unitOf(m[2].replace(/\s+/g, ''));
    if (first === '' || NOT_UNIT.has(first)) {
      if (!YEAR.test(value)) bare.push(value);
      continue;
    }
    for (const unit of m[3] === undefined ? [first] : [first, unitOf(m[3])])
      counted.set(unit, [...(counted.get(unit) ?? []), value]);
  }
  const words = new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map(singular));
  for (const [unit, values] of point) {
    if (unit === '') continue;
    const theirs = counted.get(unit) ?? (words.has(unit) ? bare : []);
    if (theirs.length > 0 && !theirs.some((v) => values.has(v))) return true;
  }
  return false;
}

/** A figure as {@link figuresOf} reads it: its value, what it counts, and the words around it. */
export interface Figure {
  /** The value, scale words applied ("1.2 million" → 1,200,000; "Sixty" → 60). */
  value: number;
  /** Whether a word bounds or hedges it ("about", "more than"). */
  hedged: boolean;
  /**
   * The least and the most the words allow it to be: a bound ("more than 1,000": 1,000 to Infinity; "up
   * to 300": 0 to 300), a range ("between 200 and 300 jobs": 200 to 300) or a guess ("about 2,000": a
   * tenth either side); else the value itself.
   */
  low: number;
  high: number;
  /** What it counts: "%", "money", or the counted noun in the singular ("route", "passenger"). */
  unit: string;
  /** A sum's currency when its words say it ({@link currencyAround}: "usd", "eur", "C$"). */
  currency?: string;
  /** The stems of the content words near it ({@link FIGURE_REACH} on each side), the unit's excluded. */
  near: ReadonlySet<string>;
  /** The stem of the content word right before it, past hedges and money ("revenue of EUR 2.41 billion" → "revenu"). */
  head: string | undefined;
  /** The figure as its sentence words it, from its hedge to what it counts ("at least 14 people", "$45 million"). */
  words: string;
}

/** A token of a sentence for {@link figuresOf}: a number, a word, a sign of money or per cent, a colon. */
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:[-'’]\p{L}+)*|[%€£$¥:]/gu;
const HEDGE = new Set(FIGURE_HEDGES);
/** Words that make "at" a hedge of its own ("at least", "at most"). */
const BOUND_AFTER_AT = new Set(['least', 'most']);
const LETTER = /^\p{L}/u;
const MONEY = new Set(MONEY_WORDS);
const TIME_UNIT = new Set(TIME_UNITS);
/** Words of time near a figure, which say nothing of what it counts ({@link WHEN_WORDS}, units of time, months). */
const WHEN = new Set([...WHEN_WORDS, ...TIME_UNITS]);
/** Words on each side of a figure that say what it is of ("the strike cost the airline 25 million euros"). */
const FIGURE_REACH = 6;

/**
 * A word's stem for comparing the words around two figures: lower case, without the endings of
 * inflection ("carrying", "carried" → "carry"; "postponed", "postpone" → "postpon").
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 5 && w.endsWith('ing')) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith('es')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/**
 * The value of a number, in digits or a word ("1,200" → 1200; "sixty-two" → 62).
 * @param token the number as written
 * @returns its value, or undefined when it is none
 */
export function numberValue(token: string): number | undefined {
  const lower = token.toLowerCase();
  if (/^\d/.test(lower)) {
    // "1,200" and "1.200,5" alike would need a locale; a comma before three digits groups thousands
    const v = Number(lower.replace(/,(?=\d{3}\b)/g, '').replace(',', '.'));
    return Number.isFinite(v) ? v : undefined;
  }
  const direct = NUMBER_WORDS[lower];
  if (direct !== undefined) return direct;
  const [tens, units] = lower.split(/[-‐]/);
  const t = tens === undefined ? undefined : NUMBER_WORDS[tens];
  const u = units === undefined ? undefined : NUMBER_WORDS[units];
  return t !== undefined && t >= 20 && u !== undefined && u < 10 ? t + u : undefined;
}

/**
 * The figures of a sentence that count something: a number in digits or words, its scale ("million"),
 * and what it counts — per cent, money (a currency before or after it), or the noun after it (past a
 * modifier: "120 confirmed cases", "four new routes"). A number that is a date's day or a year, a time
 * of day, a span of time ("for three hours") or counts nothing said ("rose to 135 on") is left out.
 * @param text a sentence
 * @returns its figures, in order
 */
export function figuresOf(text: string): Figure[] {
  if (!FIGURE_CUE.test(text)) return [];
  const matches = Array.from(text.matchAll(TOKEN));
  const tokens = matches.map((m) => m[0]);
  const lower = tokens.map((t) => t.toLowerCase());
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let value = numberValue(tokens[i] as string);
    if (value === undefined) continue;
    const before = lower[i - 1] ?? '';
    if (
      before === ':' ||
      lower[i + 1] === ':' ||
      MONTH_WORD.test(before) ||
      MONTH_WORD.test(lower[i + 1] ?? '')
    )
      continue;
    let k = i + 1;
    const scale = SCALE_WORDS[lower[k] ?? ''];
    if (scale !== undefined) {
      value *= scale;
      k++;
    }
    let unit = '';
    let currency: string | undefined;
    let at = k;
    const next = lower[k] ?? '';
    if (MONEY.has(before)) {
      unit = 'money';
      // a sign says which dollar by the letters before it ("C$"); a code or a name says its currency
      const at = (matches[i] as RegExpExecArray).index;
      currency = /^\p{L}/u.test(before) ? CURRENCY_OF_MONEY_WORD[before] : currencyAround(text, at, at);
    } else if (next === '%' || next === 'percent') unit = '%';
    else if (next === 'per' && lower[k + 1] === 'cent') {
      unit = '%';
      at = k + 1;
    } else if (MONEY.has(next)) {
      unit = 'money';
      currency = CURRENCY_OF_MONEY_WORD[next];
    } else if (LETTER.test(next)) {
      // past one modifier ("confirmed", "new", "small") to the counted noun, when one follows
      const after = lower[k + 1] ?? '';
      const noun = modifies(next) && LETTER.test(after) && !NOT_UNIT.has(after) ? after : next;
      if (noun === after) at = k + 1;
      unit = NOT_UNIT.has(noun) || HEDGE.has(noun) || TIME_UNIT.has(noun) ? '' : unitOf(noun);
    }
    if (
      unit === '' ||
      (scale === undefined && unit !== '%' && unit !== 'money' && YEAR.test(tokens[i] as string)) ||
      namesAModel(text, matches, i, at)
    )
      continue;
    let hedged = false;
    const hedges: string[] = [];
    let h = i - 1;
    for (; h >= 0 && h >= i - 3; h--) {
      if (MONEY.has(lower[h] as string)) continue;
      if (!HEDGE.has(lower[h] as string)) break;
      hedged = true;
      hedges.push(lower[h] as string);
    }
    const [low, high] = boundsOf(value, scale ?? 1, hedges, lower[h] ?? '', text, matches, i);
    let head: string | undefined;
    for (let h = i - 1; h >= 0 && h >= i - 4 && head === undefined; h--) {
      const w = lower[h] as string;
      if (w.length >= 3 && !isStopWord(w) && !HEDGE.has(w) && !MONEY.has(w) && numberValue(w) === undefined)
        head = stem(w);
    }
    const near = new Set<string>();
    for (let j = Math.max(0, i - FIGURE_REACH); j <= Math.min(tokens.length - 1, at + FIGURE_REACH); j++) {
      const w = lower[j] as string;
      if (j >= i && j <= at) continue;
      if (w.length < 3 || isStopWord(w) || HEDGE.has(w) || MONEY.has(w) || w in SCALE_WORDS) continue;
      if (WHEN.has(w) || MONTH_WORD.test(w)) continue;
      if (numberValue(w) !== undefined) continue;
      near.add(stem(w));
    }
    near.delete(stem(unit));
    // from the first hedge or sign of money before the number to what it counts (a sum whose sign came
    // first ends at its number or scale); a "to" or "at" that is no hedge of its own left out ("has risen
    // to 14 dead", "stood at 12"; not "at least 12")
    let from = h + 1;
    while (
      from < i &&
      (lower[from] === 'to' || (lower[from] === 'at' && !BOUND_AFTER_AT.has(lower[from + 1] ?? '')))
    )
      from++;
    const first = matches[from] as RegExpExecArray;
    const last = matches[MONEY.has(before) ? k - 1 : at] as RegExpExecArray;
    const words = text.slice(first.index, last.index + last[0].length);
    out.push({
      value,
      hedged,
      unit,
      ...(currency === undefined ? {} : { currency }),
      near,
      head,
      low,
      high,
      words,
    });
  }
  return out;
}

/** Hedge words that make a figure the least it may be ("more than", "over", "at least", "above"). */
const AT_LEAST = new Set(['more', 'over', 'least', 'above']);
/** Hedge words that make a figure the most it may be ("fewer than", "under", "up to", "at most"). */
const AT_MOST = new Set(['fewer', 'less', 'under', 'most', 'up', 'below']);
/** Hedge words that make a figure a guess near it ("about 2,000", "some 20,000", "nearly 300"). */
const ABOUT = new Set([
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'estimated',
]);
/**
 * How far a guessed figure may stand from its value: the tenth `sameValue` allows a hedged one, kept
 * equal so the two agree (no dev set has guessed figures enough to tune it; the fixtures' "about 2,000"
 * and "1,950" sit well within it).
 */
const ABOUT_SPAN = 0.1;
/** A hyphen or a dash joining the two ends of a range ("200-300", "200 – 300"). */
const RANGE_HYPHEN = /^\s*[-–]\s*$/;

/**
 * The least and the most a figure's words allow ({@link Figure}'s `low` and `high`): a bound by its
 * hedge words, read from the one nearest the number ("at least 12", "no more than 12"), or a range
 * whose first number stands right before it ("between 200 and 300", "200 to 300", "200-300"; not "from
 * 200 to 300", a change).
 * @param value the figure's value, scale applied
 * @param scale the scale its words apply (a range's first number takes it too: "2 to 3 million")
 * @param hedges the hedge words before it, nearest first
 * @param before the word before the hedges ("no" of "no more than")
 * @param text the sentence
 * @param matches its tokens as matched
 * @param i the number's token
 */
function boundsOf(
  value: number,
  scale: number,
  hedges: readonly string[],
  before: string,
  text: string,
  matches: readonly RegExpExecArray[],
  i: number,
): [number, number] {
  const kind = hedges.find((w) => AT_LEAST.has(w) || AT_MOST.has(w));
  // "up to 300" is a bound; "200 to 300" a range, read below
  if (kind !== undefined) {
    const least = AT_LEAST.has(kind) !== (before === 'no');
    return least ? [value, Number.POSITIVE_INFINITY] : [0, value];
  }
  if (hedges.some((w) => ABOUT.has(w))) return [value * (1 - ABOUT_SPAN), value * (1 + ABOUT_SPAN)];
  // the range's first number: right before this one past a hyphen, "to" or "between … and"
  const join = matches[i - 1];
  const number = matches[i] as RegExpExecArray;
  if (join === undefined) return [value, value];
  const word = join[0].toLowerCase();
  const hyphen = numberValue(join[0]) !== undefined;
  const first = hyphen ? join : matches[i - 2];
  const start = first === undefined ? undefined : numberValue(first[0]);
  const opener = matches[hyphen ? i - 2 : i - 3]?.[0].toLowerCase();
  const joined = hyphen
    ? RANGE_HYPHEN.test(text.slice(join.index + join[0].length, number.index))
    : (word === 'and' && opener === 'between') || (word === 'to' && opener !== 'from');
  if (start !== undefined && joined && start * scale < value) return [start * scale, value];
  return [value, value];
}

/**
 * Whether the figure at token `i`, its unit at token `at`, is a measure joined to its unit by a hyphen
 * right before a name ("the 16-inch Tern Book Pro", "a 500-seat Aerovale"): it says which model the
 * sentence is about, no value it reports, and two sentences on a 15-inch and a 16-inch model are no
 * versions of one figure (a brief of the 61 zyte-dev pages had three such disputes between laptop
 * reviews). A measure before a common noun stays a figure ("a 10-year sentence" against "a 12-year
 * sentence").
 * @param text the sentence
 * @param matches its tokens as matched, with their places
 * @param i the number's token
 * @param at the unit's token
 */
function namesAModel(text: string, matches: readonly RegExpExecArray[], i: number, at: number): boolean {
  const number = matches[i] as RegExpExecArray;
  const unit = matches[at];
  const name = matches[at + 1];
  if (unit === undefined || name === undefined || at !== i + 1) return false;
  const end = number.index + number[0].length;
  return text.charCodeAt(end) === 45 && unit.index === end + 1 && CAPITAL.test(name[0]);
}
const CAPITAL = /^\p{Lu}/u;

/** A digit or a number word, to pass over sentences with no figure before reading their words. */
const FIGURE_CUE = new RegExp(`\\d|\\b(?:${Object.keys(NUMBER_WORDS).join('|')})`, 'i');
/** A month's name or short form ("Jan", "Sept"), beside which a number is a date's day. */
const MONTH_WORD = new RegExp(
  `^(?:${[...MONTH_NAMES, ...MONTH_SHORT_NAMES].map((m) => m.toLowerCase()).join('|')})$`,
);

/**
 * Whether two figures count one unit: the same unit, and for sums the same currency when both say one
 * ("$45 million" and "36 million pounds" are one sum in two currencies, no two values of it).
 */
export function sameUnit(x: Figure, y: Figure): boolean {
  return (
    x.unit === y.unit && (x.currency === undefined || y.currency === undefined || x.currency === y.currency)
  );
}

/** Words two figures of one kind must share around them to be of one fact. */
const NEAR_NEEDED = 2;

/**
 * Whether two values are one figure said two ways: equal to 2 %, or to 10 % when one is hedged ("about
 * 300", "310"), or one within the other's bound or range ("more than 1,000", "1,200").
 */
export function sameValue(x: Figure, y: Figure): boolean {
  const tolerance = x.hedged || y.hedged ? 0.1 : 0.02;
  if (Math.abs(x.value - y.value) <= tolerance * Math.max(x.value, y.value)) return true;
  // a bound or a range the other falls in: "more than 1,000 jobs" and "1,200 jobs", "between 200 and
  // 300 jobs" and "250 jobs", "at least 12 people" and "15 people" say nothing against each other
  // (fixture claims-figure-within-a-bound)
  const bounded = x.low !== x.high || y.low !== y.high;
  return bounded && x.low <= y.high && y.low <= x.high;
}

/**
 * Whether two figures of one unit are of one fact: they share {@link NEAR_NEEDED} words around them
 * ("four new routes from Linate next spring" and "Six new routes are planned from Linate next spring"),
 * and a share or a sum (per cent, money), which says nothing of what it is of, also the word before one
 * of them ("revenue of EUR 2.41 billion" is not "an operating profit of EUR 312 million" in one quarter;
 * "affect around 12% of the vehicles" is "affect about 8% of vehicles").
 */
function oneFact(x: Figure, y: Figure): boolean {
  let shared = 0;
  for (const w of x.near) if (y.near.has(w)) shared++;
  if (shared < NEAR_NEEDED) return false;
  if (x.unit !== '%' && x.unit !== 'money') return true;
  return (x.head !== undefined && y.near.has(x.head)) || (y.head !== undefined && x.near.has(y.head));
}

/**
 * How far apart two values of one count may be to be one count reported two ways: a tenth ("212" and
 * "214 areas", "£4.2bn" and "£4.1bn"); a count of something else in the same story is seldom so close,
 * and small counts must then be equal, as "3" and "4 areas" may well be two things.
 */
const CLOSE = 0.1;

/**
 * Whether two sentences give one count with values a little apart: a figure in each of the same unit,
 * neither one count said two ways (`sameCount`) nor more than {@link CLOSE} apart, and no value of the
 * unit both give; for shares and sums also of one fact by the words near them (`oneFact`). Counts of
 * people are the count events' to judge (`countsDiffer`), and whether the sentences speak of one story
 * and one time is the caller's.
 * @param a a sentence's figures ({@link figuresOf})
 * @param b the other's
 */
export function closeFigures(a: readonly Figure[], b: readonly Figure[]): boolean {
  for (const x of a)
    for (const y of b) {
      if (!sameUnit(x, y) || sameCount(x, y)) continue;
      // shares and sums are said of many things in one story: only of one fact by the words near them
      if ((x.unit === '%' || x.unit === 'money') && !oneFact(x, y)) continue;
      if (Math.abs(x.value - y.value) > CLOSE * Math.max(x.value, y.value)) continue;
      // a value of this unit that both give: the other figure is of something else, or cited
      const unit = x.unit;
      if (a.some((p) => p.unit === unit && b.some((q) => q.unit === unit && sameCount(p, q)))) continue;
      return true;
    }
  return false;
}

/**
 * Whether two values are one count: equal once the more precise is rounded to the other's significant
 * digits ("1.2 million" and "1,185,000"; not "212" and "214", which `sameValue`'s 2 % takes for one), or
 * within `sameValue`'s tenth when one is hedged ("about 210").
 */
function sameCount(x: Figure, y: Figure): boolean {
  if (x.hedged || y.hedged) return sameValue(x, y);
  const digits = Math.min(significantDigits(x.value), significantDigits(y.value));
  return (
    Number(x.value.toPrecision(digits)) === Number(y.value.toPrecision(digits)) ||
    roundedTwoWays(x.value, y.value)
  );
}

/**
 * Significant digits from which two values one unit apart in their last digit are one value rounded
 * and cut ("fell 678 points" and "falling 679 points" of an index's 678.91): at three digits such a
 * difference is under 1 %, which no report disputes; "£4.2bn" against "£4.1bn" (2 %) stays apart.
 */
const ROUNDED_DIGITS = 3;

/**
 * Whether two values are one value rounded in one report and cut in the other: both given to at least
 * {@link ROUNDED_DIGITS} significant digits, one unit of the coarser's last digit apart.
 */
function roundedTwoWays(x: number, y: number): boolean {
  if (!(x > 0 && y > 0)) return false;
  const a = significantDigits(x);
  const b = significantDigits(y);
  if (Math.min(a, b) < ROUNDED_DIGITS) return false;
  const step = Math.max(lastDigitUnit(x, a), lastDigitUnit(y, b));
  return Math.abs(Math.abs(x - y) - step) < step * 1e-6;
}

/** The value of one unit in the last significant digit of a value ("678" → 1, "8,579.19" → 0.01). */
function lastDigitUnit(value: number, digits: number): number {
  return 10 ** (Math.floor(Math.log10(Math.abs(value))) - digits + 1);
}

/** The significant digits of a value as news writes it ("4.2bn" → 2, "212" → 3, "1,185,000" → 4). */
function significantDigits(value: number): number {
  const digits = String(Number(value.toPrecision(12)))
    .replace(/^0\.0*|\./g, '')
    .replace(/0+$/, '');
  return Math.max(1, Math.min(12, digits.length));
}

/**
 * Whether two sentences give one figure of one fact with other values: a figure in each with the same
 * unit, of one fact ({@link oneFact}), and no value of that unit in one that the other also gives
 * ("carried 14.2 million passengers" against "carried 13.8 million passengers"; "open four new routes"
 * against "Six new routes are planned"), not two figures of other things ("Revenue rose 9%" against
 * "Fuel costs rose 6%"). Whether the two sentences speak of one event is the caller's to ask.
 * @param a a sentence's figures ({@link figuresOf})
 * @param b the other's
 * @param sums whether shares and sums (per cent, money) count, or only counted nouns
 */
export function oneFactOtherFigures(a: readonly Figure[], b: readonly Figure[], sums = true): boolean {
  for (const x of a)
    for (const y of b) {
      if (!sameUnit(x, y) || (!sums && (x.unit === '%' || x.unit === 'money')) || sameValue(x, y)) continue;
      if (!oneFact(x, y)) continue;
      // a value of this unit that both give: the other figure is of something else, or cited
      const unit = x.unit;
      if (a.some((p) => p.unit === unit && b.some((q) => q.unit === unit && sameValue(p, q)))) continue;
      return true;
    }
  return false;
}

/**
 * Whether two sentences' figures agree wherever they count one unit: each figure of a unit both count
 * is one figure said two ways ({@link sameValue}) with one of the other's, and they count one unit at
 * least ("will cut about 2,000 jobs" and "will cut 1,950 jobs"; "more than 1,000 jobs" and "1,200 jobs").
 * @param a a sentence's figures ({@link figuresOf})
 * @param b the other's
 */
export function figuresAgree(a: readonly Figure[], b: readonly Figure[]): boolean {
  let shared = false;
  const agrees = (p: readonly Figure[], q: readonly Figure[]) =>
    p.every((x) => {
      const same = q.filter((y) => sameUnit(x, y));
      if (same.length === 0) return true;
      shared = true;
      // equal to 2 % (`sameValue`'s unhedged leeway), or within a bound, a range or a guess ("to 4.75%" and "to 5%" stay apart, though
      // `sameValue` takes any hedge word, "to" too, for a tenth's leeway)
      return same.some(
        (y) =>
          Math.abs(x.value - y.value) <= 0.02 * Math.max(x.value, y.value) ||
          ((x.low !== x.high || y.low !== y.high) && x.low <= y.high && y.low <= x.high),
      );
    });
  return agrees(a, b) && agrees(b, a) && shared;
}
