import { readDataJson } from './data-file.js';

/**
 * A valence lexicon as `data/valence.json` stores it (see `data/README.md`). Its records are looked up
 * by any word of a text: build them without a prototype (`wordRecord`), or "constructor" is a word.
 */
export interface ValenceLexicon {
  /** Word → mean valence, -4 (most negative) to 4. */
  words: Record<string, number>;
  /** Words that flip the valence of the words up to three after them. */
  negations: string[];
  /** Degree words → how much they add to the magnitude of the word after them (±0.293 in VADER). */
  boosters: Record<string, number>;
}

/** VADER's constants (Hutto & Gilbert 2014): negation scales by -0.74, the compound uses alpha 15. */
const NEGATION_SCALE = -0.74;
const ALPHA = 15;
const CAPS_BOOST = 0.733;

let shared: ValenceLexicon | undefined;
const negationSets = new WeakMap<ValenceLexicon, ReadonlySet<string>>();

/**
 * A lexicon's negations as a set, made once per lexicon.
 * @param lexicon a valence lexicon
 * @returns the set of its negation words
 */
export function negationSet(lexicon: ValenceLexicon): ReadonlySet<string> {
  let set = negationSets.get(lexicon);
  if (!set) {
    set = new Set(lexicon.negations);
    negationSets.set(lexicon, set);
  }
  return set;
}

/**
 * The shipped lexicon (VADER's words plus words placed near them by the word vectors), read once.
 * @returns the lexicon
 */
export function valenceLexicon(): ValenceLexicon {
  shared ??= readDataJson<ValenceLexicon>('valence.json');
  return shared;
}

/** A word as the stance model reads one: letters and figures, inner apostrophes and hyphens kept. */
export const WORD_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Scores how positive or negative a text is, VADER's way: each lexicon word's valence, raised or lowered
 * by degree words before it, flipped by a negation among the three words before it, words before "but"
 * halved and after it raised by half, the sum squashed into [-1, 1].
 * @param text a sentence or clause
 * @param lexicon the lexicon (the shipped one by default)
 * @returns the compound score in [-1, 1], 0 when no word carries valence
 */
export function scoreValence(text: string, lexicon: ValenceLexicon = valenceLexicon()): number {
  const raw = text.match(WORD_TOKEN) ?? [];
  const negations = negationSet(lexicon);
  // One pass for the lower-case words, the capitals and the first "but"
  const words = new Array<string>(raw.length);
  let someCaps = false;
  let allCaps = true;
  let but = -1;
  for (let i = 0; i < raw.length; i++) {
    const original = raw[i] as string;
    if (original !== original.toUpperCase()) allCaps = false;
    else if (original.length > 1 && /\p{Lu}/u.test(original)) someCaps = true;
    const word = (original.includes('’') ? original.replace(/’/g, "'") : original).toLowerCase();
    words[i] = word;
    if (but < 0 && word === 'but') but = i;
  }
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    let valence = lexicon.words[w];
    if (valence === undefined || lexicon.boosters[w] !== undefined) continue;
    const original = raw[i] as string;
    if (someCaps && !allCaps && original.length > 1 && original === original.toUpperCase())
      valence += valence > 0 ? CAPS_BOOST : -CAPS_BOOST;
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      const before = words[i - back] as string;
      const boost = lexicon.boosters[before];
      if (boost !== undefined) valence += (valence > 0 ? boost : -boost) * (1 - 0.05 * (back - 1));
      const atLeast = before === 'least' && words[i - back - 1] === 'at';
      if (negations.has(before) || before.endsWith("n't") || (before === 'least' && !atLeast)) {
        valence *= NEGATION_SCALE;
        break;
      }
    }
    if (but >= 0) valence *= i < but ? 0.5 : i > but ? 1.5 : 1;
    sum += valence;
  }
  if (sum === 0) return 0;
  return Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
}
