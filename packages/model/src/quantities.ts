import { NOT_PAST_ED, NOT_UNITS, QUANTITY_MODIFIERS } from './english-cues.js';

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

/** Whether a word stands between a number and what it counts ("confirmed", "new"). */
function modifies(word: string): boolean {
  return MODIFIER.has(word) || (word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word));
}

/**
 * The numbers of a sentence by what they count: the sign or word right after each ("%" and "percent"
 * as one, a plural as its singular), or the word after that when the first is a modifier ("120 confirmed
 * cases", "30 new jobs"), each with its values ("1,200" as "1200"). A number followed by a preposition,
 * conjunction or article is bare ("rose to 135 on Wednesday").
 * @param text a sentence
 * @returns values by unit; a number with nothing after it counts under ""
 */
export function quantitiesOf(text: string): Map<string, Set<string>> {
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
 * {@link quantitiesDiffer} asks for values with none in common.
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
    if (values.size !== other.size || [...values].some((v) => !other.has(v))) return true;
  }
  return false;
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
