import type { ArticleEntity } from './article-entity.js';
import { type Person, surname } from './find-people.js';
import type { NameKeys } from './short-forms.js';

// Two readers of a surname a source misspelt, each with its own rule. Both keep the first letter (a slip
// after it, never of it) and refuse a short surname, where one slip makes another person's name:
// - the actors' (swappedSurnameOf) runs on every one-word person mention an article names no one by, so
//   it stays strict and cheap: only two neighbouring letters swapped, six letters or more, each swap a
//   lookup of the article's surname keys (lowercased, particle stripped: NameKeys.surname);
// - the quotes' (misspeltSurnameOf) runs only on a quote no one the brief knows by that surname says,
//   against the few people its article introduced: any one slip (oneSlipApart), five letters or more,
//   as the copy wrote the names (case kept).

/** The shortest surname key the actors' reader takes a swap in (a swap in "Rask" is "Raks", a name). */
const SWAPPED_FLOOR = 6;
/** The shortest surname the quotes' reader takes a slip in, on either side. */
const SLIP_FLOOR = 5;

/** A surname alone as a quote's attribution writes it: a capital, then letters to the floor or more. */
const SURNAME_WORD = new RegExp(`^\\p{Lu}[\\p{L}'’-]{${SLIP_FLOOR - 1},}$`, 'u');

/**
 * The word with its letters at `i` and `i + 1` swapped.
 * @param word a word
 * @param i the first of the two letters, with `i + 1` within the word
 */
export function swapNeighbours(word: string, i: number): string {
  return `${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`;
}

/**
 * Whether two words are one slip of the keyboard apart: one letter added, dropped or changed, or two
 * letters side by side swapped ("Ruiz" and "Ruis", "Varga" and "Vagra"); the same word is no slip.
 * @param a one word
 * @param b another
 */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // one letter changed, or the two at i swapped
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // one letter added to the longer one at i
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
}

/**
 * The one earlier person whose surname key is `key` with two neighbouring letters after the first
 * swapped, if only one is ("halvorsen" for an earlier "Ana Halvorsne"); each swap is a lookup of
 * {@link NameKeys.withSurname}, no scan of the article's people.
 * @param key a one-word form's surname key (lowercased, particle stripped)
 * @param keys the article's surname keys so far
 * @returns that person, or undefined for a key under six letters, no such person or two
 */
export function swappedSurnameOf(key: string, keys: NameKeys): ArticleEntity | undefined {
  if (key.length < SWAPPED_FLOOR) return undefined;
  let found: ArticleEntity | undefined;
  for (let i = 1; i + 1 < key.length; i++) {
    if (key[i] === key[i + 1]) continue;
    for (const e of keys.withSurname(swapNeighbours(key, i))) {
      if (e.kind !== 'person') continue;
      if (found !== undefined && found !== e) return undefined;
      found = e;
    }
  }
  return found;
}

/**
 * The person a surname alone beside "said" means when the copy spelt it otherwise than where the article
 * introduced her ("said Clemens." after "Tomas Clement, the harbour master, …"): the one person the
 * article introduced whose surname is one slip from the word ({@link oneSlipApart}), opening on the same
 * letter, both five letters or more. Asked only of a quote no one the brief knows by that surname says
 * (the caller tries the surname as written first); two such people, or none, give null.
 * @param words the capitalised words beside the verb (`QuoteCue.beforeSaid`, `afterSaid`)
 * @param introduced the people the article introduced before the quote
 * @returns that person, or null
 */
export function misspeltSurnameOf(words: readonly string[], introduced: readonly Person[]): Person | null {
  let found: Person | null = null;
  for (const word of words) {
    if (!SURNAME_WORD.test(word)) continue;
    for (const p of introduced) {
      if (!p.name.includes(' ')) continue;
      const last = surname(p.name);
      if (last.length < SLIP_FLOOR || last[0] !== word[0] || !oneSlipApart(last, word)) continue;
      if (found !== null && found.name !== p.name) return null;
      found = p;
    }
  }
  return found;
}
