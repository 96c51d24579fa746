import { isLetterOrDigitUnit, isSpaceUnit } from '@briefing/model';

/**
 * The number of words of a line: `s.split(/\s+/).filter(Boolean).length`, counted as runs of
 * characters other than white space (`isSpaceUnit` is `\s`) without building the array: the title
 * step counts the words of every line it looks at and of the lines around each candidate.
 */
export function words(s: string): number {
  let n = 0;
  let inWord = false;
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * Whether a line has more than `max` words ({@link words} > max), read only until it has.
 * @param s a line
 * @param max the most words allowed
 */
export function hasMoreWords(s: string, max: number): boolean {
  let n = 0;
  let inWord = false;
  const length = s.length;
  for (let i = 0; i < length; i++) {
    const space = isSpaceUnit(s.charCodeAt(i));
    if (!space && !inWord && ++n > max) return true;
    inWord = !space;
  }
  return false;
}

/**
 * Words of four letters or digits or more, lower-cased: the words that say what a text is about, in any
 * language, numbers too (unlike `longWords` of `count-words.ts`, letters only, which the body rules read).
 * A loop over the characters: the Unicode pattern `[\p{L}\p{N}]{4,}` took three times as long.
 */
export function longTerms(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const ch = i < lower.length ? lower.charCodeAt(i) : 32;
    const inWord = (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 57) || (ch > 127 && isLetterOrDigitUnit(ch));
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (i - start >= 4) out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Whether a word's first letter is a capital ("Iraq", "“Parasite”"). */
export function startsCapital(word: string): boolean {
  for (const ch of word) {
    if (ch.toLowerCase() !== ch) return true;
    if (ch.toUpperCase() !== ch) return false;
  }
  return false;
}
