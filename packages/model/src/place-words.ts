import { z } from 'zod';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { possessiveAfter, tokenAt } from './tokenize-words.js';
import { mayOpenAs, tabulateStarts } from './word-starts.js';

const PlaceWords = z.object({
  last: LowerWords,
  first: LowerWords,
  directions: LowerWords,
  compassElsewhere: LowerWords,
  regionFirst: LowerWords,
  beforeOf: LowerWords,
  facilities: LowerWords,
  spatial: LowerWords,
  streetFirst: LowerWords,
  streetLast: LowerWords,
  streetAtAddress: LowerWords,
  facilityLast: LowerWords,
  plants: LowerWords,
  listedSites: LowerWords,
});

/**
 * Whether a name of two words or more says it is a place by its first or last word ("Swat Valley",
 * "Lake Chad", "Fairfax County"), a street's ("Jalan Besar", "Bibiani Road") or a facility's by
 * its last word ("Varnholm International Airport": `facilityLast`), from
 * `data/place-words.yaml`.
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function namesAPlace(name: string): boolean {
  const words = placeWords();
  const parts = name.trim().toLowerCase().split(/\s+/);
  if (parts.length < 2) return false;
  const first = (parts[0] as string).replace(/\.$/, '');
  const last = parts.at(-1) as string;
  return (
    words.last.has(last) ||
    words.first.has(first) ||
    opensStreet(first) ||
    words.streetLast.has(last) ||
    words.facilityLast.has(last)
  );
}

/**
 * Whether one word opens a street's name ("Jalan", "Calle", "Rua"; `streetFirst` in `data/place-words.yaml`).
 * @param word a word, in any case
 */
export function opensStreet(word: string): boolean {
  const sets = placeWords();
  // no street's word is longer: most capitalised words are names, and need no lower-casing
  return (
    word.length <= sets.longestStreetFirst &&
    mayOpenAs(sets.streetFirstStarts, word) &&
    sets.streetFirst.has(word.toLowerCase())
  );
}

/**
 * Whether a name's last word ends a street's name only beside an address ("Street" of "220 Mill
 * Street", `streetAtAddress` in `data/place-words.yaml`).
 * @param word a word, capitalised as in a name
 */
export function endsStreetAtAddress(word: string): boolean {
  return word.length <= 6 && placeWords().streetAtAddress.has(word.toLowerCase());
}

/**
 * The place a name of two words names a region of, by a word of direction or position before it
 * ("Mediterranean" of "Central Mediterranean"), from `directions` in `data/place-words.yaml`.
 * @param name a name
 * @returns the place's name, or null when the name is no two words opening with such a word
 * @throws ZodError when the data file does not have its schema
 */
export function regionOf(name: string): string | null {
  const space = name.indexOf(' ');
  if (space < 0 || name.indexOf(' ', space + 1) >= 0) return null;
  return placeWords().directions.has(name.slice(0, space).toLowerCase()) ? name.slice(space + 1) : null;
}

/**
 * Whether a word makes a region of a country's other name or demonym after it ("South" of "South
 * American", "Latin" of "Latin American"): `directions` and `regionFirst` in `data/place-words.yaml`.
 * @param word a word, capitalised as in a name
 * @throws ZodError when the data file does not have its schema
 */
export function makesRegion(word: string): boolean {
  const sets = placeWords();
  const lower = word.toLowerCase();
  return sets.directions.has(lower) || sets.regionFirst.has(lower);
}

/**
 * Whether a word is a point of the compass, in English or in a language whose countries name their
 * subdivisions by one ("Nord", "Sud-Est"): `directions` and `compassElsewhere` in
 * `data/place-words.yaml`.
 * @param word a word, in any case
 * @throws ZodError when the data file does not have its schema
 */
export function isCompassWord(word: string): boolean {
  const sets = placeWords();
  const lower = word.toLowerCase();
  return sets.directions.has(lower) || sets.compassElsewhere.has(lower);
}

/**
 * Whether one word is a place's head word as the last of a name ("Islands", "Valley").
 * @param word a word, in any case
 */
export function isPlaceWord(word: string): boolean {
  return placeWords().last.has(word.toLowerCase());
}

/**
 * Whether one word opens a place's name before the rest of it ("Port" of "Port Varnel", "Lake", "Fort";
 * `first` in `data/place-words.yaml`).
 * @param word a word, in any case
 * @throws ZodError when the data file does not have its schema
 */
export function opensPlaceName(word: string): boolean {
  return placeWords().first.has(word.toLowerCase());
}

/**
 * Whether one word opens a place's name before "of" ("Strait" of Hormuz, "Port" of Antwerp).
 * @param word a word, in any case
 */
export function opensPlaceBeforeOf(word: string): boolean {
  return placeWords().beforeOf.has(word.toLowerCase());
}

/**
 * Whether a name's last word is a facility's noun of `facilities` in `data/place-words.yaml` ("Tarn
 * Airport", "Ostrel Central Station").
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsFacility(name: string): boolean {
  return placeWords().facilities.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Whether the words after token `at` name a facility that token names as a modifier: a noun of
 * `facilities` in `data/place-words.yaml` right after it or after one more lower-case word ("Stockholm
 * central station", "Lisbon airport", "the Paris stock exchange").
 * @param tokens the sentence's tokens
 * @param at the modifier's last token
 * @throws ZodError when the data file does not have its schema
 */
export function namesAFacility(tokens: readonly { text: string }[], at: number): boolean {
  const { facilities } = placeWords();
  for (let i = at + 1; i <= at + 2 && i < tokens.length; i++) {
    const word = (tokens[i] as { text: string }).text;
    const c = word.charCodeAt(0);
    if (c < 97 || c > 122) return false;
    if (facilities.has(word)) return true;
  }
  return false;
}

/**
 * Whether the one-word name at `at` follows a preposition of where (`spatial` in `data/place-words.yaml`:
 * "across Turin", "near Turin"), is no acronym ("near CBP facilities") and takes no "'s" ("near Apple's
 * store").
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsSpatialWord(tokens: readonly { text: string }[], at: number): boolean {
  const before = tokenAt(tokens, at - 1)?.text;
  if (before === undefined || !placeWords().spatial.has(before)) return false;
  // "near CBP facilities", "near NATO headquarters": an acronym there is a body's, of what stands there
  const word = (tokens[at] as { text: string }).text;
  if (word.length > 1 && word === word.toUpperCase()) return false;
  return !possessiveAfter(tokens, at);
}

/**
 * Whether a word is a noun of a firm's works ("plant", "Factory"; `plants` in `data/place-words.yaml`).
 * @param word a word, in any case
 * @throws ZodError when the data file does not have its schema
 */
export function isPlantNoun(word: string): boolean {
  return placeWords().plants.has(word.toLowerCase());
}

/**
 * Whether a word, in lower case, is a noun of sites a list names one by one ("plant", "bases";
 * `listedSites` in `data/place-words.yaml`).
 * @param word a word as written
 * @throws ZodError when the data file does not have its schema
 */
export function isListedSiteNoun(word: string): boolean {
  return placeWords().listedSites.has(word);
}

/**
 * The lists of `data/place-words.yaml`, read once, each as a Set, and of `streetFirst` the length of its
 * longest word (`longestStreetFirst`) and its words' first two letters (`streetFirstStarts`, see
 * {@link tabulateStarts}).
 * @throws ZodError when the data file does not have its schema
 */
const placeWords = lazyData('place-words.yaml', PlaceWords, (file) => ({
  ...wordSets(file),
  longestStreetFirst: Math.max(...file.streetFirst.map((w) => w.length)),
  streetFirstStarts: tabulateStarts(file.streetFirst),
}));
