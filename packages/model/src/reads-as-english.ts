import { isStopWord } from './text-stats.js';
import type { Token } from './tokenize-words.js';

/** Lower-case words a sentence needs before it can read as another language. */
const FOREIGN_WORDS = 8;

/**
 * Whether a sentence reads as English: it has an English function word ("the", "of", "is") among its
 * lower-case words, or too few of them to tell ("Falls Sie der Verwendung von Cookies nicht zustimmen,
 * klicken Sie hier unten auf Ablehnen" has eight and none; at five, GMB and WikiGold lost English
 * telegraphic lines such as "Twin Lake - small flag stop passenger shelter").
 * @param tokens the sentence's tokens
 */
export function sentenceReadsAsEnglish(tokens: readonly Token[]): boolean {
  let lower = 0;
  for (const t of tokens) {
    const first = t.text.charCodeAt(0);
    if (first < 97 || first > 122 || t.text.length < 2) continue;
    if (isStopWord(t.text)) return true;
    lower++;
  }
  return lower < FOREIGN_WORDS;
}
