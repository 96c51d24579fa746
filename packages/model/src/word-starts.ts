/**
 * A table of the first two characters of some lower-case words, as a word of a text may open with them
 * in any case: it tells most words that none of them is the same word in another case before the word
 * is lower-cased and looked up (each capitalised word of a sentence was lower-cased and hashed to ask
 * whether it is a legal form or opens a street's name: 357 look-ups a bench page, 9 in 10 answered
 * here). Only ASCII pairs are in the table: a word opening with any other character is always looked up.
 * @param words the words, in lower case
 * @returns the table, for {@link mayOpenAs}
 */
export function tabulateStarts(words: Iterable<string>): Uint8Array {
  const table = new Uint8Array(128 * 129);
  for (const word of words) {
    const first = word.charCodeAt(0);
    const second = word.length > 1 ? word.charCodeAt(1) : -1;
    if (first < 128 && second < 128) table[first * 129 + second + 1] = 1;
  }
  return table;
}

/**
 * Whether a word may be, lower-cased, one of the words of a {@link tabulateStarts} table: false only
 * when its first two characters are ASCII and no word opens with them in lower case (the lower case of
 * ASCII is ASCII, one for one).
 * @param table the table
 * @param word a word, in any case
 * @param dropsStop whether the look-up drops a full stop that ends the word ("S." asks for "s")
 */
export function mayOpenAs(table: Uint8Array, word: string, dropsStop = false): boolean {
  if (word.length === 0) return true;
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : -1;
  if (first >= 128 || second >= 128) return true;
  const row = lowerAscii(first) * 129;
  if (table[row + (second < 0 ? 0 : lowerAscii(second) + 1)] === 1) return true;
  return dropsStop && second === 46 && word.length === 2 && table[row] === 1;
}

/** An ASCII code unit in lower case. */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
