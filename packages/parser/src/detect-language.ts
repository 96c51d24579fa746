import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { trigramLanguage } from './trigram-language.js';

/**
 * franc reads at most this many characters: its cost grows with the sample's distinct trigrams, and on
 * the bodies of trafilatura-eval and zyte-dev (1,047 pages) 1,000 characters are right as often as
 * 2,000 (98.5%), 600 lose 0.4 points (`pnpm --filter @briefing/parser bench:language`).
 */
export const LANGUAGE_SAMPLE = 1_000;

/**
 * Guesses the language of a text with franc-min (trigram profiles of 82 languages, Arabic and Persian
 * included). On the bodies of trafilatura-eval and zyte-dev (1,047 pages) it is right on 98.5% of
 * pages, against 95.1% for the six-language function-word count it replaced (`pnpm bench:language`).
 * franc's answer is computed by {@link trigramLanguage}, the same answer in a fifth of the time.
 * @param text plain text (only the first `LANGUAGE_SAMPLE` characters are read)
 * @returns a BCP 47 tag (`de`, `en`, `fa`, ...), or `und` when the text is too short to tell
 */
export function detectLanguage(text: string): string {
  const code = trigramLanguage(text.slice(0, LANGUAGE_SAMPLE), 10);
  if (code === 'und') return 'und';
  // ISO 639-3 codes with a two-letter form become it ("deu" → "de"); the rest are valid BCP 47 as they
  // are. Each code is asked of Intl once (a call took some 5 µs, a look-up well under one)
  let tag = CANONICAL.get(code);
  if (tag === undefined) {
    tag = Intl.getCanonicalLocales(code)[0] ?? 'und';
    CANONICAL.set(code, tag);
  }
  return tag;
}

/** The BCP 47 tag of each ISO 639-3 code met so far (at most the 82 of franc-min's data). */
const CANONICAL = new Map<string, string>();

/**
 * The language of a page whose markup states one (`<html lang>`, `og:locale`): the body's own, as
 * {@link detectLanguage} guesses it, when it is sure and names another language it can tell; else the
 * one stated. Sites state the language of their template, not of each article: on trafilatura-eval's
 * saved pages (987 with a body; `languages.json`), the stated language is right on 905, the body's
 * guess on 977, and this choice on 980 (the guess loses Finnish and Norwegian, which franc-min does not
 * know, to Malay, Ilocano or Swedish: a stated language it cannot tell is kept). An English article on
 * a page stated Spanish had had its dates, quotes and stances left out as not English.
 * @param stated the language the page states, if any (an unreadable tag, such as "en_us" or "lang=",
 *   is read as BCP 47 where it can be, else as none)
 * @param body the page's body text (see {@link languageSample})
 * @returns a BCP 47 tag, `und` when neither tells
 */
export function pageLanguage(stated: string | undefined, body: string): string {
  const tag = canonicalTag(stated);
  const guessed = detectLanguage(body);
  if (tag === undefined) return guessed;
  if (guessed === 'und' || baseOf(guessed) === baseOf(tag) || !detectable().has(baseOf(tag))) return tag;
  return guessed;
}

/** A stated language as BCP 47 ("en_us" → "en-US"), or undefined when it is none. */
function canonicalTag(stated: string | undefined): string | undefined {
  if (!stated) return undefined;
  try {
    return Intl.getCanonicalLocales(stated.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** A tag's language, lower case ("en-GB" → "en"). */
function baseOf(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}

let known: Set<string> | undefined;
/** The languages {@link detectLanguage} can answer, as BCP 47 language subtags. */
function detectable(): Set<string> {
  if (known === undefined) {
    known = new Set();
    // franc-min's languages: those of each script's trigram table, and those a script alone gives
    // ("cmn" for Han); a script's own name ("Latin") is no language code and canonicalises to nothing
    const codes = [
      ...Object.values(data).flatMap((table) => Object.keys(table)),
      ...Object.keys(expressions),
    ];
    for (const code of codes) {
      const tag = canonicalTag(code);
      if (tag !== undefined && /^[a-z]{2,3}$/.test(tag)) known.add(tag);
    }
  }
  return known;
}

/**
 * The opening of a body, joined from its blocks until `LANGUAGE_SAMPLE` characters, so that a long body
 * is never joined whole only to be cut.
 * @param blocks the body's paragraphs, in order
 */
export function languageSample(blocks: readonly { text: string }[]): string {
  let sample = '';
  for (const b of blocks) {
    sample += sample ? ` ${b.text}` : b.text;
    if (sample.length >= LANGUAGE_SAMPLE) break;
  }
  return sample;
}
