import { type Person, surname } from './find-people.js';

/** A surname alone as a quote's attribution writes it: a capital, then four letters or more. */
const SURNAME_WORD = /^\p{Lu}[\p{L}'’-]{4,}$/u;

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
      if (last.length < 5 || last[0] !== word[0] || !oneSlipApart(last, word)) continue;
      if (found !== null && found.name !== p.name) return null;
      found = p;
    }
  }
  return found;
}
