import { readDataFile } from './data-file.js';
import { mostFrequentWords } from './word-vectors.js';

let words: Set<string> | undefined;

/**
 * Whether a word, in lower case, or its singular by a final "s" dropped, is an everyday word of spoken
 * English (`data/spoken-df.json`: words written in lower case more often than capitalised, so no
 * names): "Park", "Design", "Trusts" are, "Murphy", "Humala", "Maathai" are not. Read once a thread,
 * when first asked.
 * @param word a word as written
 */
export function isEverydayWord(word: string): boolean {
  if (words === undefined) {
    const file = JSON.parse(readDataFile('spoken-df.json').toString('utf8')) as {
      df: Record<string, number>;
    };
    words = new Set(Object.keys(file.df));
  }
  const lower = word.toLowerCase();
  return words.has(lower) || (lower.length > 3 && lower.endsWith('s') && words.has(lower.slice(0, -1)));
}

let frequent: Set<string> | undefined;

/**
 * Whether a word, in lower case, is one of the 40,000 most frequent words of English web text
 * (`data/word-vectors.txt`): those hold a body's words however rare in talk ("Analytics", "Orbital",
 * "Aero", "Interactive") and the commoner surnames ("Murphy"), not most others ("Humala", "Maathai").
 * Read once a thread, when first asked.
 * @param word a word as written
 */
export function isFrequentWord(word: string): boolean {
  frequent ??= mostFrequentWords(1_000_000);
  return frequent.has(word.toLowerCase());
}
