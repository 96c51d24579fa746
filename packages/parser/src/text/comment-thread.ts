import type { BodyBlock } from '../extraction.js';
import { wordsIn } from './count-words.js';

/** A comment's header is at most this many words: a name, a date, a time and "Reply". */
const MAX_HEADER_WORDS = 12;
/** A time of day ("13:22", "2:41"). */
const TIME = /(?<![\p{N}:])\p{N}{1,2}:\p{N}{2}(?![\p{N}])/u;
/** A year: four digits from 1990 to 2039, or a numeric date with a two-digit year ("28.09.19"). */
const YEAR = /(?<!\p{N})(?:19[89]\p{N}|20[0-3]\p{N})(?!\p{N})|\p{N}{1,2}[./]\p{N}{1,2}[./]\p{N}{2}(?!\p{N})/u;
/** A header opens with a name or a handle: a letter, not a number, a dash or a quote. */
const NAME_FIRST = /^\p{L}/u;
/**
 * A sentence's end inside the line ("The price may be higher now. Price of 02.01.2023 12:53"): a shop's
 * price note, not a header ("9. Juni" is no sentence's end).
 */
const SENTENCE_INSIDE = /\p{Ll}{2}[.!?]\s+\p{Lu}/u;

/**
 * Tells the header of a reader's comment in a thread: a short line that opens with a name and holds
 * a date with its year and a time of day ("Jane Roe 9. Juni 2017 um 13:22", "JaneDoe 28.09.19 12:44",
 * "Jane Roe | Di, 21. April 2020 - 16:40 Antworten"). An article's own stamp opens with its date, a
 * live blog's entries with their time.
 * @param text a line
 * @param words its word count, when known
 */
export function isCommentStamp(text: string, words = wordsIn(text)): boolean {
  return (
    words >= 2 &&
    words <= MAX_HEADER_WORDS &&
    NAME_FIRST.test(text) &&
    TIME.test(text) &&
    YEAR.test(text) &&
    !SENTENCE_INSIDE.test(text)
  );
}

/**
 * Finds where a comment thread starts inside a body: the first of two or more comment headers
 * (see {@link isCommentStamp}) with different text, after the article's first `minWords` words.
 * @param lines the non-empty lines
 * @param first the body's first line
 * @param last the body's last line
 * @param minWords the words of article text that must stand before the thread
 * @returns the line of the first header, or -1 when the body holds no thread
 */
export function threadStart(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
  minWords: number,
): number {
  let words = 0;
  let start = -1;
  let seen = '';
  for (let i = first; i <= last; i++) {
    const text = (lines[i] as BodyBlock).text;
    const n = wordsIn(text);
    if (start === -1 && words < minWords) {
      words += n;
      continue;
    }
    if (!isCommentStamp(text, n)) continue;
    if (start === -1) {
      start = i;
      seen = text;
    } else if (text !== seen) return start;
  }
  return -1;
}
