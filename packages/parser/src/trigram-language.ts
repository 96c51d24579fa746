// franc's language guess, computed from franc-min's own data and script expressions, with the same
// result: a trigram's rank in every language of a script is looked up once in one table, instead of
// once per language in 40-odd dictionaries, and a mostly Latin text skips the other scripts
// (franc took 1.6 of 10 ms per page of the scale bench).
// `test/trigram-language.test.ts` checks it against franc itself.

import { isSpaceUnit } from '@briefing/model';
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';

/** franc's cap on the text it reads. */
const MAX_LENGTH = 2048;
/** franc's distance for a trigram a language's profile lacks. */
const MAX_DIFFERENCE = 300;

/**
 * The languages of one script and, per trigram (see {@link keyOf}), the languages that list it with its
 * rank in each, as pairs (language index, rank): a Latin trigram is listed by 3 of 44 languages on
 * average, so the distances add up over the few that list it rather than over all 44. All of it lies in
 * a few flat typed arrays: the table is looked up a thousand times a page between other work, and a
 * map and an array object per trigram missed the cache (3× the time of the same work in a tight loop).
 */
interface ScriptTable {
  languages: string[];
  /** Open addressing over the small keys (below 2^30): a key per slot, -1 for none. */
  slots: Int32Array;
  /** Per slot, the number of its trigram (each trigram some language lists is numbered from 0). */
  numbers: Uint16Array;
  /** Per numbered trigram of a key of 2^30 or more (not in the slots). */
  wide: Map<number, number>;
  /** The pairs of trigram `t` are `pairs[starts[t]]` to `pairs[starts[t + 1]]` (exclusive). */
  starts: Uint16Array;
  /** Each pair as one number: the rank times {@link LANGUAGES_MAX} plus the language's index. */
  pairs: Uint16Array;
  /** Per numbered trigram, how often the text at hand holds it (kept at 0 between texts). */
  counts: Uint16Array;
  /**
   * The number plus one of each trigram of spaces and the letters `a`–`z` (see {@link DIRECT}), 0 for
   * one no language lists: one read, where the slots took a probe and a second array.
   */
  direct: Uint16Array;
  /** The distances' savings per language, kept at 0 between texts (not allocated per text). */
  savings: Int32Array;
}

/**
 * Per ASCII code unit, its place among the space and `a`–`z` (0–26), else {@link OTHER}: the cleaned
 * text of a Latin page is nearly all of these, and their 27³ trigrams index one table of 39 KB.
 */
const DIRECT = 27;
/** The place of any other unit: three places or'ed stay below it only when none is it. */
const OTHER = 32;
const DIRECT_OF = Uint8Array.from({ length: 0x80 }, (_, c) =>
  c === 0x20 ? 0 : c >= 0x61 && c <= 0x7a ? c - 0x60 : OTHER,
);

/** The place of a code unit among the space and `a`–`z`, {@link OTHER} for any other. */
function directOf(c: number): number {
  return c < 0x80 ? (DIRECT_OF[c] as number) : OTHER;
}

/**
 * A pair's language index is below this (a script of franc-min has at most 44 languages), its rank
 * below 65,536 / 64 = 1,024 (at most 300 a language): a pair fits 16 bits. In 16-bit arrays, with fewer
 * slots (see tableOf), the tables take a third of the memory (the Latin table 270 → 92 KB): they are
 * read a thousand times a page between other work, and missed the cache (issue 17).
 */
const LANGUAGE_BITS = 6;
const LANGUAGES_MAX = 1 << LANGUAGE_BITS;

/**
 * A trigram of three UTF-16 code units as one number: counting numbers instead of cut-out strings took
 * 185 ms instead of 216 for the openings of 990 trafilatura-eval pages. Three units below 1,024 (Latin,
 * Greek, Cyrillic) make a small integer under 2^30, which a map hashes without boxing it; any other
 * trigram is a 48-bit number above 2^30, so the two kinds never meet.
 */
function keyOf(a: number, b: number, c: number): number {
  if ((a | b | c) < 1024) return (a << 20) | (b << 10) | c;
  return (a * 65536 + b) * 65536 + c + 2 ** 30;
}

/** Keys below this are made of three units below 1,024 (see {@link keyOf}). */
const SMALL = 2 ** 30;

/** The first slot of a small key in a table of `mask + 1` slots (Fibonacci hashing). */
function slotOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 8) & mask;
}

/** The number of a trigram in a script's table, -1 when no language of the script lists it. */
function numberOf(table: ScriptTable, key: number): number {
  if (key >= SMALL) return table.wide.get(key) ?? -1;
  const { slots } = table;
  const mask = slots.length - 1;
  for (let slot = slotOf(key, mask); ; slot = (slot + 1) & mask) {
    const k = slots[slot] as number;
    if (k === key) return table.numbers[slot] as number;
    if (k === -1) return -1;
  }
}

const tables = new Map<string, ScriptTable>();
const LATIN = (expressions as Record<string, RegExp>).Latin as RegExp;

function tableOf(script: string): ScriptTable {
  let table = tables.get(script);
  if (table) return table;
  const profiles = (data as Record<string, Record<string, string>>)[script] ?? {};
  const languages = Object.keys(profiles);
  const rows = new Map<number, Int16Array>();
  languages.forEach((language, l) => {
    const model = (profiles[language] as string).split('|');
    // as franc: a trigram listed twice keeps its first (lowest) rank
    for (let weight = model.length - 1; weight >= 0; weight--) {
      const trigram = model[weight] as string;
      // every trigram of franc's data is three code units; one that is not could never match
      if (trigram.length !== 3) continue;
      const key = keyOf(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));
      let row = rows.get(key);
      if (!row) {
        row = new Int16Array(languages.length).fill(-1);
        rows.set(key, row);
      }
      row[l] = weight;
    }
  });
  // slots for at least 1.5 keys each (the Latin table 8,192 for 4,613 trigrams): twice that, as before,
  // only spread the looked-up keys over more of the cache
  const size = 2 ** Math.ceil(Math.log2(rows.size * 1.5 + 2));
  const slots = new Int32Array(size).fill(-1);
  const numbers = new Uint16Array(size);
  const wide = new Map<number, number>();
  const starts = new Uint16Array(rows.size + 1);
  const pairs: number[] = [];
  if (languages.length > LANGUAGES_MAX || rows.size > 0xffff)
    throw new Error(`trigram table of ${script}: too many languages or trigrams for 16-bit tables`);
  const direct = new Uint16Array(DIRECT * DIRECT * DIRECT);
  let t = 0;
  for (const [key, row] of rows) {
    const a = directOf(key >>> 20);
    const b = directOf((key >>> 10) & 1023);
    const c = directOf(key & 1023);
    if (key < SMALL && (a | b | c) < OTHER) direct[(a * DIRECT + b) * DIRECT + c] = t + 1;
    if (key < SMALL) {
      let slot = slotOf(key, size - 1);
      while (slots[slot] !== -1) slot = (slot + 1) & (size - 1);
      slots[slot] = key;
      numbers[slot] = t;
    } else wide.set(key, t);
    row.forEach((rank, l) => {
      if (rank >= 0) pairs.push(rank * LANGUAGES_MAX + l);
    });
    if (pairs.length > 0xffff || (pairs.at(-1) as number) > 0xffff)
      throw new Error(`trigram table of ${script}: too many pairs or too high a rank for 16-bit tables`);
    starts[++t] = pairs.length;
  }
  table = {
    languages,
    slots,
    numbers,
    wide,
    starts,
    pairs: Uint16Array.from(pairs),
    counts: new Uint16Array(rows.size),
    direct,
    savings: new Int32Array(languages.length),
  };
  tables.set(script, table);
  return table;
}

/** Per code unit, whether {@link LATIN} matches it alone (filled on first use). */
let latinUnits: Uint8Array | undefined;
/** {@link LATIN} matching one whole code unit. */
const LATIN_UNIT = new RegExp(`^(?:${LATIN.source})$`);
/** {@link LATIN} tried at one place: its two-unit alternatives start with a high surrogate. */
const LATIN_AT = new RegExp(LATIN.source, 'y');

/**
 * How many matches `value.match(LATIN)` holds, counted without the array of one-letter strings it
 * builds (a fifth of the language guess): a code unit looked up in a table, the pattern tried only at
 * a high surrogate (where its two-unit alternatives start; none of its one-unit ranges holds one).
 * @param value any text
 */
export function latinCount(value: string): number {
  if (latinUnits === undefined) {
    latinUnits = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) if (LATIN_UNIT.test(String.fromCharCode(c))) latinUnits[c] = 1;
  }
  let count = 0;
  const n = value.length;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (latinUnits[c] === 1) count++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      LATIN_AT.lastIndex = i;
      if (LATIN_AT.test(value)) {
        count++;
        i = LATIN_AT.lastIndex - 1;
      }
    }
  }
  return count;
}

/** ASCII punctuation, digits and symbols (`!` to `@`) and white space, in runs. */
const NOISE = /[\u0021-\u0040\s]+/g;

/**
 * trigram-utils' `clean`: runs of ASCII punctuation and digits become a space, runs of white space
 * one space, the ends trimmed, then lower case. Both replacements at once, with a string rather than
 * collapse-white-space's function called per run (a sixth of the language guess).
 * @param value any text
 */
export function cleanText(value: string): string {
  return value.replace(NOISE, ' ').trim().toLowerCase();
}

/** The units of ` ${cleanText(value)} ` for the text being guessed, reused from text to text. */
let units = new Uint16Array(MAX_LENGTH + 2);

/** The distinct trigrams of the text being guessed, by their number in the table (see trigramLanguage). */
let seen = new Int32Array(MAX_LENGTH + 2);

/**
 * Per code unit from 0x80: 0 not yet asked, 1 when its lower case is not one unit or not its own alone
 * (a surrogate, "İ" → "i̇", "Σ", whose lower case depends on the letters around it), else its lower
 * case + 2 (filled on first use: one string made per code unit met, once).
 */
let lowerUnits: Uint16Array | undefined;

/**
 * The lower case of a code unit from 0x80 in any text (none of its neighbours changes it), -1 when it
 * may depend on them or is more than one unit: `toLowerCase` of the whole text maps each code point
 * alone, but for the final sigma (the root locale's one mapping that reads the neighbours).
 */
function lowerUnitOf(c: number): number {
  lowerUnits ??= new Uint16Array(0x10000);
  let entry = lowerUnits[c] as number;
  if (entry === 0) {
    const lower = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 ? '' : String.fromCharCode(c).toLowerCase();
    entry = lower.length === 1 ? lower.charCodeAt(0) + 2 : 1;
    lowerUnits[c] = entry;
  }
  return entry - 2;
}

/**
 * Writes ` ${cleanText(value)} ` (trigram-utils' padding of its `clean`) into {@link units} in one pass
 * over the text: the `replace` of every run of punctuation and space, the `trim`, the lower case and
 * the padded string's flat copy made 30 MB a pass over 2,000 bench pages (issue 17). A text holding a
 * unit whose lower case may depend on its neighbours or is longer (a surrogate, "İ", "Σ") is cleaned by
 * {@link cleanText} and copied instead.
 * @param value the text (at most MAX_LENGTH units)
 * @returns the padded text's length in units
 */
export function paddedUnits(value: string): number {
  if (units.length < value.length + 2) units = new Uint16Array(value.length + 2);
  let n = 1;
  units[0] = 32;
  let run = false; // whether a run of punctuation, digits or space has passed since the last letter
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if ((c >= 0x21 && c <= 0x40) || isSpaceUnit(c)) {
      run = true;
      continue;
    }
    if (run && n > 1) units[n++] = 32;
    run = false;
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (c >= 0x80) {
      c = lowerUnitOf(c);
      if (c < 0) return paddedCopy(cleanText(value));
    }
    units[n++] = c;
  }
  units[n++] = 32;
  return n;
}

/** Writes ` ${clean} ` into {@link units} and returns its length. */
function paddedCopy(clean: string): number {
  if (units.length < clean.length + 2) units = new Uint16Array(clean.length + 2);
  units[0] = 32;
  for (let i = 0; i < clean.length; i++) units[i + 1] = clean.charCodeAt(i);
  units[clean.length + 1] = 32;
  return clean.length + 2;
}

/**
 * {@link paddedUnits}' text as a string (for tests).
 * @param value the text
 */
export function paddedText(value: string): string {
  const n = paddedUnits(value);
  let text = '';
  for (let i = 0; i < n; i++) text += String.fromCharCode(units[i] as number);
  return text;
}

/**
 * The script whose characters are most frequent in the text, as franc picks it (first on a tie). When
 * more than half of the text is Latin letters no other script can have more, as no other script's
 * expression matches a Latin letter (the test checks every code point): the other 19 are not counted.
 */
function topScript(value: string): [string | undefined, number] {
  const latin = latinCount(value);
  if (latin * 2 > value.length) return ['Latin', latin / value.length];
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions as Record<string, RegExp>)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The most probable language of a text, exactly as `franc(text, { minLength })` of franc-min gives it:
 * ISO 639-3 code, or `und`.
 * @param text the text (franc reads at most 2,048 characters)
 * @param minLength below this many characters the answer is `und`
 */
export function trigramLanguage(text: string, minLength = 10): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) return !script || share === 0 ? 'und' : script;
  const table = tableOf(script);
  const { languages, starts, pairs, counts, direct, savings } = table;
  if (languages.length === 0) return 'und';
  // a trigram no language of the script has adds the same to every distance: it is skipped; one that
  // some have adds MAX_DIFFERENCE to the others, so each distance is MAX_DIFFERENCE per such trigram
  // less what the languages that list it save (whole numbers: the sums are exact in any order)
  // franc's distance sums over the text's distinct trigrams and their counts: the order in which
  // trigram-utils' asTuples sorts them changes nothing, and the sort was a fifth of the time
  // the trigrams of trigram-utils (` ${clean(value)} `, see cleanText, cut at every code unit), counted by their number
  // in the table (one look-up a trigram, no map of counts built per text)
  // the padded text's units written into a buffer reused from text to text (see paddedUnits)
  const padded = paddedUnits(value);
  // the distinct trigrams met, in a buffer reused from text to text (an array grown by push was 20 MB
  // a pass over 2,000 bench pages, issue 17): at most one a unit of the padded text
  if (seen.length < padded) seen = new Int32Array(padded);
  let known = 0;
  // a trigram of spaces and a–z is read from the direct table, any other from the slots
  let a = directOf(units[0] as number);
  let b = directOf(units[1] as number);
  for (let i = 0; i + 3 <= padded; i++) {
    const unit = units[i + 2] as number;
    const c = directOf(unit);
    let t: number;
    if ((a | b | c) < OTHER) t = (direct[(a * DIRECT + b) * DIRECT + c] as number) - 1;
    else t = numberOf(table, keyOf(units[i] as number, units[i + 1] as number, unit));
    a = b;
    b = c;
    if (t === -1) continue;
    if (counts[t] === 0) seen[known++] = t;
    counts[t] = (counts[t] as number) + 1;
  }
  for (let k = 0; k < known; k++) {
    const t = seen[k] as number;
    const count = counts[t] as number;
    counts[t] = 0;
    const end = starts[t + 1] as number;
    for (let i = starts[t] as number; i < end; i++) {
      const pair = pairs[i] as number;
      const l = pair & (LANGUAGES_MAX - 1);
      savings[l] = (savings[l] as number) + MAX_DIFFERENCE - Math.abs(count - (pair >> LANGUAGE_BITS) - 1);
    }
  }
  const distanceOf = (l: number) => known * MAX_DIFFERENCE - (savings[l] as number);
  // franc sorts by distance, stably: the first language of the data wins a tie
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (distanceOf(l) < distanceOf(best)) best = l;
  savings.fill(0);
  return languages[best] as string;
}
