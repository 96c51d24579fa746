/**
 * Every code unit a `\p{N}` character may start with: ASCII digits, Latin-1's `²³¹¼½¾`, and the ranges
 * from Arabic-Indic digits (U+0660) on, but for General Punctuation (U+2000–206F: dashes, curly quotes),
 * which holds none. Checked against every code point in `test/may-hold-number.test.ts`.
 */
const NUMBER_UNIT = /[0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u1fff\u2070-\uffff]/;

/**
 * Tells whether a text may hold a number (`\p{N}`), without Unicode classes: false means it holds none,
 * so that a costlier Unicode pattern about numbers need not run on it (most lines of a page).
 * @param text a line
 * @returns false when no character of the text is a number
 */
export function mayHoldNumber(text: string): boolean {
  return NUMBER_UNIT.test(text);
}
