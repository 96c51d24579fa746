import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { isStopWord } from './text-stats.js';

/**
 * Where each word that occurs once in a sentence stands: the word before it and the word after it (''
 * at either end), its index among the sentence's words, and how many words of what two parties do with
 * each other ({@link reciprocalWords}) come before it. Made once a sentence for {@link swapsWords}.
 */
export type WordPlaces = ReadonlyMap<string, readonly [string, string, number, number]>;

const ReciprocalWordsFile = z.object({ words: LowerWords });

/**
 * The words of what two parties do with each other ("met", "talks", "married"), from
 * `data/reciprocal-words.yaml`, read once: either party may be named first.
 * @throws ZodError when the data file does not have its schema
 */
export const reciprocalWords: () => ReadonlySet<string> = lazyData(
  'reciprocal-words.yaml',
  ReciprocalWordsFile,
  (file) => new Set(file.words),
);

/**
 * The most words between two names that change places across a word of {@link reciprocalWords} for
 * the two statements to state one thing: "met", "met with President", "held talks with".
 */
const RECIPROCAL_GAP = 4;

/**
 * The places of a sentence's words that occur once in it (see {@link WordPlaces}).
 * @param words the sentence's words in order, lower case (e.g. `lowerClaimWords`)
 * @returns each word used once, with its neighbours
 */
export function placeWords(words: readonly string[]): WordPlaces {
  const seen = new Map<string, number>();
  for (const w of words) seen.set(w, (seen.get(w) ?? 0) + 1);
  const places = new Map<string, readonly [string, string, number, number]>();
  const mutual = reciprocalWords();
  let mutualBefore = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (seen.get(w) === 1)
      places.set(w, [i > 0 ? (words[i - 1] as string) : '', words[i + 1] ?? '', i, mutualBefore]);
    if (mutual.has(w)) mutualBefore++;
  }
  return places;
}

/**
 * Whether two words of a sentence stand a few words apart on either side of a word of what two parties
 * do with each other ("Aldo met Berit", "Aldo held talks with Berit").
 */
function acrossReciprocal(
  x: readonly [string, string, number, number],
  y: readonly [string, string, number, number],
): boolean {
  return x[3] !== y[3] && Math.abs(x[2] - y[2]) - 1 <= RECIPROCAL_GAP;
}

/**
 * Whether two sentences swap two of their words: each stands where the other stood in the first sentence,
 * by the word before it or the word after it ("flights from Boston to Denver" against "flights from
 * Denver to Boston", "Obama widens lead over Romney" against "Romney takes lead over Obama"). Who did
 * what to whom is then another claim, however many words the two share. A moved phrase ("a temple in
 * Wisconsin", "a Wisconsin temple") takes new neighbours but no other word's. On PAWS-Wiki dev, made of
 * such swaps, it is true of 2,627 of 8,000 pairs, 278 of them the same claim (lists in another order,
 * mostly); of the 2,499 STS-B headline pairs, of that one about Obama and Romney, not the same claim.
 * Two words that change places across a word of what two parties do with each other, a few words
 * apart in both sentences, swap no roles: "Aldo met Berit at the palace" and "Berit met Aldo at the
 * palace" are one meeting ({@link reciprocalWords}).
 * @param a the places of one sentence's words ({@link placeWords})
 * @param b those of the other
 * @returns true when two words used once in both, neither a function word, have exchanged a neighbour
 */
export function swapsWords(a: WordPlaces, b: WordPlaces): boolean {
  // function words are not who or what: "in Chivay … of the homes" against "of Chivay … in the town"
  // exchanges "the" and "Chivay" by chance
  const shared: string[] = [];
  for (const w of a.keys()) if (b.has(w) && !isStopWord(w)) shared.push(w);
  const mutual = reciprocalWords();
  for (let i = 0; i < shared.length; i++) {
    const x = shared[i] as string;
    const ax = a.get(x) as readonly [string, string, number, number];
    const bx = b.get(x) as readonly [string, string, number, number];
    for (let j = i + 1; j < shared.length; j++) {
      const y = shared[j] as string;
      const ay = a.get(y) as readonly [string, string, number, number];
      const by = b.get(y) as readonly [string, string, number, number];
      // who met whom is one meeting whoever is named first
      if (
        ax[2] < ay[2] !== bx[2] < by[2] &&
        acrossReciprocal(ax, ay) &&
        acrossReciprocal(bx, by) &&
        !mutual.has(x) &&
        !mutual.has(y)
      )
        continue;
      for (let side = 0; side < 2; side++) {
        const nx = ax[side] as string;
        const ny = ay[side] as string;
        // two words side by side that change order ("Sikh temple", "temple Sikh") swap nothing
        if (nx === ny || nx === y || ny === x) continue;
        if (bx[side] === ny && by[side] === nx) return true;
      }
    }
  }
  return false;
}
