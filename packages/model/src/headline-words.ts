// Words and short phrases of headlines and reports, keyed alike so that a headline's words can be looked up in a report.
import { lowerWord } from './text-stats.js';

/** One word of a text: its key ({@link wordKey}), the word as written and where it starts. */
export interface HeadlineWord {
  key: string;
  written: string;
  at: number;
}

/** The longest phrase compared, in words ("Harlan Webb Industrial" is three). */
export const MAX_PHRASE = 3;

// a long page's first 20,000 characters hold its report; the rest (comments, listings) adds no term a
// headline names, and it bounds the work on a brief of long pages
const MAX_CHARS = 20_000;

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/**
 * A word's key: lower case, a possessive "'s" and a final plural "s" dropped ("Trams", "tram's" and
 * "tram" are one key; "press" keeps its "s").
 * @param written the word as written
 * @returns the key
 */
export function wordKey(written: string): string {
  const w = lowerWord(written);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
}

/**
 * A text's words in order, each with its {@link wordKey}.
 * @param text a headline or a report
 * @returns the words
 */
export function headlineWords(text: string): HeadlineWord[] {
  return [...text.slice(0, MAX_CHARS).matchAll(WORD)].map((m) => ({
    key: wordKey(m[0]),
    written: m[0],
    at: m.index,
  }));
}

/**
 * The phrases of one to {@link MAX_PHRASE} words a text holds, as their words' keys joined by a space
 * ("tram order" for "tram orders"): what a report is looked up in.
 * @param text a report's title and body
 * @returns the phrases
 */
export function textPhrases(text: string): Set<string> {
  const keys = headlineWords(text).map((w) => w.key);
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    let phrase = '';
    for (let n = 0; n < MAX_PHRASE && i + n < keys.length; n++) {
      phrase = n === 0 ? (keys[i] as string) : `${phrase} ${keys[i + n]}`;
      out.add(phrase);
    }
  }
  return out;
}
