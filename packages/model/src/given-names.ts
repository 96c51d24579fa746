import { readDataFile } from './data-file.js';

let names: Set<string> | undefined;

/**
 * The given names of `data/given-names.txt` (English, Italian, Spanish, French, German and Turkish
 * lists of maintained packages; `build:given-names` writes it), read once when first asked: only a
 * "person" with no other sign of one asks.
 */
function givenNames(): Set<string> {
  names ??= new Set(readDataFile('given-names.txt').toString('utf8').split('\n'));
  return names;
}

/**
 * Whether a word is a listed given name ("Maria", "Osama"; "Jean" of "Jean-Pierre"), in any case.
 * @param word a capitalised word
 * @returns true when the word, or its part before a hyphen, is a listed given name
 */
export function isGivenName(word: string): boolean {
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
      if (space > 0) genders.set(line.slice(0, space), line.endsWith(' f') ? 'female' : 'male');
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
