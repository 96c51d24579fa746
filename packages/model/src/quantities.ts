/** A number and the word or sign after it: "4.75%", "50 basis points", "19 December", "1,200 troops". */
const QUANTITY = /(?<![\p{L}\p{N}.,])(\d+(?:[.,]\d+)*)\s*(%|per\s*cent\b|\p{L}+)?/gu;

/**
 * The numbers of a sentence by what they count: the sign or word right after each ("%" and "percent"
 * as one, a plural as its singular), each with its values ("1,200" as "1200").
 * @param text a sentence
 * @returns values by unit; a number with nothing after it counts under ""
 */
export function quantitiesOf(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(QUANTITY)) {
    const value = (m[1] as string).replace(/,(?=\d{3}\b)/g, '');
    let unit = (m[2] ?? '').toLowerCase().replace(/\s+/g, '');
    // "0.5 percentage points" is a change, not a level: it keeps its own unit
    if (unit === 'percent') unit = '%';
    else if (unit.length > 3 && unit.endsWith('s') && !unit.endsWith('ss')) unit = unit.slice(0, -1);
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
