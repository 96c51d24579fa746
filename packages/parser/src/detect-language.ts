import { franc } from 'franc-min';

/** franc reads at most this many characters (its own cap is 2,048); more only costs time. */
const SAMPLE = 2_000;

/**
 * Guesses the language of a text with franc-min (trigram profiles of 82 languages, Arabic and Persian
 * included). On the bodies of trafilatura-eval and zyte-dev (1,047 pages) it is right on 98.5% of
 * pages, against 95.1% for the six-language function-word count it replaced (`pnpm bench:language`).
 * @param text plain text (the first 2,000 characters are read)
 * @returns a BCP 47 tag (`de`, `en`, `fa`, ...), or `und` when the text is too short to tell
 */
export function detectLanguage(text: string): string {
  const code = franc(text.slice(0, SAMPLE), { minLength: 10 });
  if (code === 'und') return 'und';
  // ISO 639-3 codes with a two-letter form become it ("deu" → "de"); the rest are valid BCP 47 as they are
  return Intl.getCanonicalLocales(code)[0] ?? 'und';
}
