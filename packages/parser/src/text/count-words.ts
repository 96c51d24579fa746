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

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** What each non-ASCII character seen so far is: bit 1 a word character, bit 2 Chinese, Japanese or Korean. */
const kindOf = new Map<number, number>();

/**
 * Counts runs of word characters in one pass without building arrays (it runs on every line of every
 * page); with `cjk`, characters of Chinese, Japanese and Korean count a word per two instead.
 */
function countWords(text: string, cjk: boolean): number {
  let words = 0;
  let ideographs = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let kind: number;
    if (c < 0x80)
      kind = (c >= 0x30 && c <= 0x39) || c === 0x5f || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) ? 1 : 0;
    else {
      c = text.codePointAt(i) as number;
      if (c > 0xffff) i++;
      let k = kindOf.get(c);
      if (k === undefined) {
        const ch = String.fromCodePoint(c);
        k = (WORD_CHAR.test(ch) ? 1 : 0) | (CJK_CHAR.test(ch) ? 2 : 0);
        kindOf.set(c, k);
      }
      kind = cjk && k & 2 ? 2 : k & 1;
    }
    if (kind === 2) ideographs++;
    if (kind === 1 && !inWord) words++;
    inWord = kind === 1;
  }
  return words + Math.ceil(ideographs / 2);
}
