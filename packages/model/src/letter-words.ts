import { keyOfLanes, LANE_A, LANE_B, unitA, unitB } from './term-keys.js';
import { unitClass } from './unit-class.js';

/** A letter (`\p{L}`) beyond ASCII. */
const isLetterBeyondAscii = unitClass(/\p{L}/u);

/**
 * Calls `visit` with the {@link termKey}, start and end of each match of `/\p{L}+(?:['’-]\p{L}+)*\/gu`
 * in a text, in order, read by character code with no string made for a word. Stops at the first half
 * of a surrogate pair (a letter outside the BMP is one character to the pattern), and says so.
 * @param text any text
 * @param visit called with each word's key, start and end (exclusive)
 * @returns false when it stopped at a surrogate (the words visited so far are the pattern's first ones)
 */
export function forEachLetterWordKey(
  text: string,
  visit: (key: number, start: number, end: number) => void,
): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return false;
    if (!isLetterUnit(c)) {
      i++;
      continue;
    }
    const start = i;
    let a = LANE_A;
    let b = LANE_B;
    for (;;) {
      // a run of letters, then an apostrophe or hyphen that joins the next run
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (!isLetterUnit(c)) break;
        a = unitA(a, c);
        b = unitB(b, c);
      }
      if (i >= n) break;
      if (c >= 0xd800 && c <= 0xdfff) return false;
      if (c !== 39 && c !== 0x2019 && c !== 45) break;
      if (i + 1 >= n) break;
      const next = text.charCodeAt(i + 1);
      if (next >= 0xd800 && next <= 0xdfff) return false;
      if (!isLetterUnit(next)) break;
      a = unitA(a, c);
      b = unitB(b, c);
      i++;
    }
    visit(keyOfLanes(a, b), start, i);
  }
  return true;
}

function isLetterUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  return isLetterBeyondAscii(c);
}
