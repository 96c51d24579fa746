const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Counts words the way the benchmark does: runs of letters, digits and `_`.
 * @param text a line
 * @returns the number of words
 */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

/**
 * Measures how much a line says, in words: runs of letters and digits, where scripts written without
 * spaces (Chinese, Japanese, Korean) count one word for every two characters.
 * @param text a line
 * @returns the length in words
 */
export function wordsIn(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  if (cjk === 0) return wordCount(text);
  return wordCount(text.replace(CJK, ' ')) + Math.ceil(cjk / 2);
}
