import { readDataFile } from './data-file.js';
import { lowerLatin1 } from './lower-latin1.js';
import { opensPlaceName } from './place-words.js';
import { LANE_A, unitA } from './term-keys.js';

let names: Set<string> | undefined;

/**
 * The lines of `data/given-names.txt` less the words that open a place's name (`first` of
 * `data/place-words.yaml`: "Port", "Fort", which the French and English lists hold): "Port Varnel
 * defended the fees in a statement" had given the statement to a person, as a given name opening a
 * subject says one. Such a word is read as the place's: of the 34 words "Port" or "Fort" of GMB dev, GMB
 * train and WikiGold none opens a person's name (2 open a town's GMB train marks a person's, "Port …").
 */
function readGivenNames(): string[] {
  return readDataFile('given-names.txt')
    .toString('utf8')
    .split('\n')
    .filter((name) => !opensPlaceName(name));
}

/**
 * The given names of `data/given-names.txt` (English, Italian, Spanish, French, German and Turkish
 * lists of maintained packages; `build:given-names` writes it), read once when first asked: only a
 * "person" with no other sign of one asks, and of those only a word with a unit beyond Latin-1 asks
 * this Set (the others {@link nameTable}).
 */
function givenNames(): Set<string> {
  names ??= new Set(readGivenNames());
  return names;
}

/**
 * The lines of `data/given-names.txt` by the hash of their units (FNV-1a), for asking of a word without lower-casing it:
 * open addressing, slot i holding a name's hash at `2i` and its index in `list` plus 1 at `2i + 1` (0:
 * empty), so that a word no name has is told by the slots alone, and a name's string is read only when
 * its hash is the word's.
 */
interface NameTable {
  list: string[];
  slots: Int32Array;
  mask: number;
}

let table: NameTable | undefined;

// FNV-1a, as term-keys' first lane: its start as an Int32Array holds it (the hash of an empty word)
const HASH_START = LANE_A | 0;

function nameTable(): NameTable {
  if (table !== undefined) return table;
  // the file's lines as they are (no Set first: a thread makes this once, in code not yet compiled)
  const list = readGivenNames();
  let size = 1;
  // at most three in four slots full (65,536 slots, 512 KB, for the 43,274 names): a look-up's next
  // slots are mostly in its cache line
  while (size * 3 < list.length * 4) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  for (let i = 0; i < list.length; i++) {
    const name = list[i] as string;
    let h = HASH_START;
    for (let j = 0; j < name.length; j++) h = unitA(h, name.charCodeAt(j));
    let at = h & mask;
    while (slots[2 * at + 1] !== 0) at = (at + 1) & mask;
    slots[2 * at] = h;
    slots[2 * at + 1] = i + 1;
  }
  table = { list, slots, mask };
  return table;
}

/**
 * Whether a word's first `length` units, lower-cased, are a listed given name, given their hash (the
 * units lower-cased by `lowerLatin1`, all up to 0xff).
 */
function hasLowered(t: NameTable, word: string, length: number, hash: number): boolean {
  const { slots, mask, list } = t;
  let at = hash & mask;
  for (;;) {
    const index = slots[2 * at + 1] as number;
    if (index === 0) return false;
    if (slots[2 * at] === hash) {
      const name = list[index - 1] as string;
      if (name.length === length) {
        let j = 0;
        while (j < length && name.charCodeAt(j) === lowerLatin1(word.charCodeAt(j))) j++;
        if (j === length) return true;
      }
    }
    at = (at + 1) & mask;
  }
}

/**
 * Whether a word is a listed given name ("Maria", "Osama"; "Jean" of "Jean-Pierre"), in any case.
 * A word of Latin-1 units is asked of {@link nameTable} by the hash of its units lower-cased as
 * `toLowerCase` would (`lowerLatin1`), with no lower-cased copy made (the copy, of a two-byte string, was
 * 1.3 % of the per-article analysis; issue 17); any other word by its `toLowerCase`.
 * @param word a capitalised word
 * @returns true when the word, or its part before a hyphen, is a listed given name
 */
export function isGivenName(word: string): boolean {
  const t = nameTable();
  let h = HASH_START;
  let hyphen = -1;
  let before = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0xff) return isGivenNameLowered(word);
    if (c === 45 && hyphen < 0) {
      hyphen = i;
      before = h;
    }
    h = unitA(h, lowerLatin1(c));
  }
  if (hasLowered(t, word, word.length, h)) return true;
  return hyphen > 0 && hasLowered(t, word, hyphen, before);
}

/** {@link isGivenName} of a word with a unit beyond Latin-1: by its `toLowerCase`. */
function isGivenNameLowered(word: string): boolean {
  const lower = word.toLowerCase();
  const set = givenNames();
  if (set.has(lower)) return true;
  const hyphen = lower.indexOf('-');
  return hyphen > 0 && set.has(lower.slice(0, hyphen));
}

/** A person's gender as a given name or a pronoun says it. */
export type Gender = 'female' | 'male';

let genders: Map<string, Gender> | undefined;

/**
 * The given names of `data/given-name-genders.txt` with their gender (the English lists' names of one
 * list only; `build:given-names` writes it), read once when first asked: only a "she said" whose
 * speaker is looked for asks.
 */
function givenNameGenders(): Map<string, Gender> {
  if (genders === undefined) {
    genders = new Map();
    for (const line of readDataFile('given-name-genders.txt').toString('utf8').split('\n')) {
      const space = line.indexOf(' ');
      if (space > 0 && !opensPlaceName(line.slice(0, space)))
        genders.set(line.slice(0, space), line.endsWith(' f') ? 'female' : 'male');
    }
  }
  return genders;
}

/**
 * The gender a given name says ("Bernice" female, "Eric" male), in any case; a hyphened one by its
 * first part ("Mary-Kate").
 * @param word a capitalised word, the first of a name
 * @returns the gender, or null for a name of both lists ("Jo", "Sasha") or of neither
 */
export function givenNameGender(word: string): Gender | null {
  const lower = word.toLowerCase();
  const map = givenNameGenders();
  const hyphen = lower.indexOf('-');
  return map.get(lower) ?? (hyphen > 0 ? map.get(lower.slice(0, hyphen)) : undefined) ?? null;
}
