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
