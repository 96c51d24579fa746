import { isLetterOrDigitUnit } from './text-stats.js';
import { unitClass } from './unit-class.js';

/** An acronym written as one word: two to six capitals ("ISO", "NPHET"). */
export const ACRONYM = /^\p{Lu}{2,6}$/u;

/** A capitalised word not at a sentence start: what {@link forEachCapitalisedWord} finds. */
export const CAPITALISED_WORD = /(?<=[\p{L}\p{N},;:] )\p{Lu}[\p{L}\p{N}'-]{2,}/gu;

/**
 * Whether a word opens with a capital A to Z and, lower-cased, is one of `words`: how the word lists of
 * the data files are asked of a name's words ("Republican", "Wrestler", "Union").
 * @param words lower-case words
 * @param word a word
 */
export function capitalisedIn(words: ReadonlySet<string>, word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90 && words.has(word.toLowerCase());
}

/** Any half of a surrogate pair: a text holding one is read by the pattern itself. */
const SURROGATE = /[\uD800-\uDFFF]/;
/** An upper-case letter beyond ASCII. */
const isUpperBeyondAscii = unitClass(/\p{Lu}/u);

/**
 * Calls `visit` with where each match of {@link CAPITALISED_WORD} starts and ends, in order, read by
 * character code (a pattern with a look-behind, its match arrays and the loop over them were most of
 * `storyTermsOf`); a text with characters outside the BMP is left to the pattern.
 * @param text any text
 * @param visit called with each word's start and end (exclusive)
 */
export function forEachCapitalisedWord(text: string, visit: (start: number, end: number) => void): void {
  if (SURROGATE.test(text)) {
    for (const m of text.matchAll(CAPITALISED_WORD)) visit(m.index, m.index + m[0].length);
    return;
  }
  const n = text.length;
  for (let i = 2; i < n; i++) {
    if (text.charCodeAt(i - 1) !== 32) continue;
    const end = capitalisedWordEnd(text, i);
    if (end < 0) continue;
    visit(i, end);
    // no match can start inside the word: each needs a space before it
    i = end;
  }
}

/**
 * Where the match of {@link CAPITALISED_WORD} starting at unit `i` ends, read by character code: a capital
 * after a letter, a digit, ",", ";" or ":" and a space, then two or more letters, digits, "'" or "-".
 * For text of the BMP (the pattern reads a surrogate pair as one character).
 * @param text any text
 * @param i a unit's index, 2 or more
 * @returns the match's end (exclusive), or -1 when none starts at `i`
 */
export function capitalisedWordEnd(text: string, i: number): number {
  if (!isUpperUnit(text.charCodeAt(i)) || text.charCodeAt(i - 1) !== 32) return -1;
  const before = text.charCodeAt(i - 2);
  if (!isLetterOrDigitUnit(before) && before !== 44 && before !== 59 && before !== 58) return -1;
  let end = i + 1;
  for (const n = text.length; end < n; end++) {
    const c = text.charCodeAt(end);
    if (!isLetterOrDigitUnit(c) && c !== 39 && c !== 45) break;
  }
  return end - i < 3 ? -1 : end;
}

/**
 * Whether one UTF-16 unit, read alone, is an upper-case letter (`/\p{Lu}/u`).
 * @param c a code unit
 */
export function isUpperUnit(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : isUpperBeyondAscii(c);
}
