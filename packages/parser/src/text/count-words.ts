import type { BodyBlock } from '../extraction.js';

/**
 * Counts words the way the benchmark does: runs of letters, digits and `_`.
 * @param text a line
 * @returns the number of words
 */
export function wordCount(text: string): number {
  return countWords(text, false);
}

/**
 * Measures how much a line says, in words: runs of letters and digits, where scripts written without
 * spaces (Chinese, Japanese, Korean) count one word for every two characters.
 * @param text a line
 * @returns the length in words
 */
export function wordsIn(text: string): number {
  return countWords(text, true);
}

const LONG_WORD = /\p{L}{4,}/gu;

/**
 * The words of four letters or more of a line, lower-cased: the words by which two stretches of text
 * are told to speak of the same things (short words are mostly function words).
 * @param text a line
 * @returns its long words, in order, repeats kept
 */
export function longWords(text: string): string[] {
  return text.toLowerCase().match(LONG_WORD) ?? [];
}

/**
 * Whether a line holds a character of a script written without spaces between words (Chinese,
 * Japanese; Korean too, as {@link wordsIn} counts it), where splitting on spaces finds no words.
 * @param text a line
 */
export function holdsUnspacedScript(text: string): boolean {
  return CJK_CHAR.test(text);
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** What each ASCII character is: 1 a word character (letter, digit, `_`), else 0. */
const ASCII_KIND = Uint8Array.from({ length: 0x80 }, (_, c) => (/\w/.test(String.fromCharCode(c)) ? 1 : 0));
/**
 * What each character of the Basic Multilingual Plane seen so far is, plus one (0: not looked at yet):
 * bit 1 a word character, bit 2 Chinese, Japanese or Korean. A fixed table of 64 KB, read faster than a map.
 */
const BMP_KIND = new Uint8Array(0x10000);
/** The same for the characters beyond it (emoji, rare ideographs), seen so far. */
const astralKind = new Map<number, number>();

/** What a non-ASCII code point is (see {@link BMP_KIND}), looked up once. */
function kindOfCodePoint(c: number): number {
  if (c <= 0xffff) {
    const known = BMP_KIND[c] as number;
    if (known !== 0) return known - 1;
    const k = classify(c);
    BMP_KIND[c] = k + 1;
    return k;
  }
  let k = astralKind.get(c);
  if (k === undefined) {
    k = classify(c);
    astralKind.set(c, k);
  }
  return k;
}

function classify(c: number): number {
  const ch = String.fromCodePoint(c);
  return (WORD_CHAR.test(ch) ? 1 : 0) | (CJK_CHAR.test(ch) ? 2 : 0);
}

/**
 * Counts runs of word characters in one pass without building arrays (it runs on every line of every
 * page); with `cjk`, characters of Chinese, Japanese and Korean count a word per two instead.
 */
function countWords(text: string, cjk: boolean): number {
  let words = 0;
  let ideographs = 0;
  let inWord = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    let kind: number;
    if (c < 0x80) kind = ASCII_KIND[c] as number;
    else if (c < 0xd800 || c > 0xdbff) {
      // no high surrogate: the unit is the code point, read from the table here (through codePointAt
      // and a call, the 2 % of units beyond ASCII took twice the time of the rest)
      let known = BMP_KIND[c] as number;
      if (known === 0) known = kindOfCodePoint(c) + 1;
      kind = cjk && ((known - 1) & 2) !== 0 ? 2 : (known - 1) & 1;
    } else {
      c = text.codePointAt(i) as number;
      if (c > 0xffff) i++;
      const k = kindOfCodePoint(c);
      kind = cjk && (k & 2) !== 0 ? 2 : k & 1;
    }
    if (kind === 2) ideographs++;
    if (kind === 1 && !inWord) words++;
    inWord = kind === 1;
  }
  // two ideographs a word, rounded up: in integers (`/ 2` made a fraction of an odd count, which threw
  // away the optimised code made for whole numbers, speed104)
  return words + ((ideographs + 1) >> 1);
}

/** Adds the lower-cased words of four letters or more of lines `from`..`to` to `into`, and returns it. */
export function wordsOf(
  lines: readonly BodyBlock[],
  from: number,
  to: number,
  into: Set<string>,
): Set<string> {
  for (let j = from; j <= to; j++) for (const w of longWords((lines[j] as BodyBlock).text)) into.add(w);
  return into;
}
