import { readPhraseData } from '../text/phrase-matcher.js';

/** The shape of `data/slide-counters.yaml`: the words for a slide, and the word between its number and the count. */
export interface SlideCounterWords {
  slides: string[];
  of: string[];
}

let counter: RegExp | undefined;

/**
 * Tells a gallery's slide counter: a line that is a slide's number and the count of slides, with a
 * word for a slide before them or none ("Image 3 of 12", "Foto 3 von 12", "3 / 12", "3 of 12"), the
 * words from `data/slide-counters.yaml`. The number is no more than the count.
 * @param text a line
 */
export function isSlideCounter(text: string): boolean {
  if (text.length > 40) return false;
  counter ??= counterPattern(readPhraseData('slide-counters.yaml') as SlideCounterWords);
  const m = counter.exec(text.trim().toLowerCase());
  return m !== null && Number(m[1]) <= Number(m[2]);
}

/** The counter's pattern: an optional slide word, the number, "/" or an "of" word (or both), the count. */
function counterPattern(words: SlideCounterWords): RegExp {
  const any = (list: readonly string[]) =>
    list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(
    `^(?:(?:${any(words.slides)})\\s+)?(\\d{1,3})\\s*(?:(?:/|(?:${any(words.of)})\\s*/?)\\s*)(\\d{1,3})$`,
    'u',
  );
}
