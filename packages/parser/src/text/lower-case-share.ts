// The share of a line's words that start with a lower-case letter, and the letter tests it walks with.
import { isSpaceUnit } from '@briefing/model';

/**
 * The share of a line's words that start with a lower-case letter.
 * @param text a line
 */
export function lowerCaseShare(text: string): number {
  // the words of `text.split(/\s+/)` that hold a letter, walked without building them (it runs on many
  // lines of every page): `isSpaceUnit` is `\s`, and a word counts when its first code point is `\p{Ll}`
  let words = 0;
  let lower = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    let letter = false;
    for (; i < n && !isSpaceUnit(text.charCodeAt(i)); i++) if (!letter && isLetterAt(text, i)) letter = true;
    if (letter) {
      words++;
      if (isLowerAt(text, start)) lower++;
    }
  }
  return lower / (words || 1);
}

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

/** Whether the code point at `i` is a letter (`\p{L}`); ASCII without the pattern. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return LETTER.test(String.fromCodePoint(text.codePointAt(i) as number));
}

/** Whether the code point at `i` is a lower-case letter (`\p{Ll}`); ASCII without the pattern. */
function isLowerAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCodePoint(text.codePointAt(i) as number));
}
