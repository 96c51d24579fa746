import type { BodyBlock } from '../extraction.js';
import { isBylineLine } from './byline-lines.js';
import { wordsIn } from './count-words.js';

/** A comment's header is at most this many words: a name, a date, a time and "Reply". */
const MAX_HEADER_WORDS = 12;
/**
 * Whether character `i` of a text is an ASCII digit; false outside the text, which is not read there (a
 * read past a string's end deoptimises the optimised code that makes it: issue 17).
 */
const digitAt = (text: string, i: number) => {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/**
 * Whether a text holds a time of day: a colon between one or two digits and two ("13:22", "2:41"), as
 * `/(?<![0-9:])[0-9]{1,2}:[0-9]{2}(?![0-9])/` finds it, looked for at the colons only (a regular
 * expression tried on every line of a body was most of the thread look's time).
 * @param text a line
 */
export function holdsTime(text: string): boolean {
  for (let k = text.indexOf(':'); k !== -1; k = text.indexOf(':', k + 1)) {
    if (!digitAt(text, k - 1) || !digitAt(text, k + 1) || !digitAt(text, k + 2) || digitAt(text, k + 3))
      continue;
    const start = digitAt(text, k - 2) ? k - 2 : k - 1;
    if (start === 0 || (!digitAt(text, start - 1) && text.charCodeAt(start - 1) !== 58)) return true;
  }
  return false;
}
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
 * @param words its word count, when known (counted only for a line holding a time)
 */
export function isCommentStamp(text: string, words?: number): boolean {
  // most lines hold no time of day: nothing to count then
  if (!holdsTime(text) || !NAME_FIRST.test(text)) return false;
  const n = words ?? wordsIn(text);
  return (
    n >= 2 &&
    n <= MAX_HEADER_WORDS &&
    YEAR.test(text) &&
    !SENTENCE_INSIDE.test(text) &&
    !isBylineLine(text, n) // "By Jane Doe 17 March 2023 15:30" heads the article
  );
}

/** A comment under a header says something: a line of at least this many words. */
const COMMENT_WORDS = 8;

/**
 * The shape of a header's date and time: from its first digit on, numbers as `0` and words as `a`
 * ("9 June 2017 at 13:22" and "18 March 2023 at 11:02" both read "0 a 0 a 0:0"). The headers of one
 * thread share it; an article's stamp and its "updated" line seldom share it with a comment's.
 */
function dateShape(text: string): string {
  const digit = text.search(/\p{N}/u);
  return text
    .slice(digit)
    .replace(/\p{N}+/gu, '0')
    .replace(/\p{L}+/gu, 'a');
}

/**
 * Finds where a comment thread starts inside a body: the first comment header (see
 * {@link isCommentStamp}) followed by a comment (a line of COMMENT_WORDS words or more) and then by
 * another header of another text and the same date shape, after the article's first `minWords` words.
 * @param lines the non-empty lines
 * @param first the body's first line
 * @param last the body's last line
 * @param minWords the words of article text that must stand before the thread
 * @param words the lines' lengths in words, when the caller has them
 * @returns the line of the first header, or -1 when the body holds no thread
 */
export function threadStart(
  lines: readonly BodyBlock[],
  first: number,
  last: number,
  minWords: number,
  words?: readonly number[],
): number {
  const count = (i: number) => words?.[i] ?? wordsIn((lines[i] as BodyBlock).text);
  let seen = 0;
  // the headers met so far, with whether a comment stands under each since
  const headers: { at: number; text: string; shape: string; said: boolean }[] = [];
  for (let i = first; i <= last; i++) {
    if (headers.length === 0 && seen < minWords) {
      seen += count(i);
      continue;
    }
    const text = (lines[i] as BodyBlock).text;
    if (!isCommentStamp(text, words?.[i])) {
      if (headers.length > 0 && count(i) >= COMMENT_WORDS) for (const h of headers) h.said = true;
      continue;
    }
    const shape = dateShape(text);
    for (const h of headers) if (h.said && h.shape === shape && h.text !== text) return h.at;
    headers.push({ at: i, text, shape, said: false });
  }
  return -1;
}
