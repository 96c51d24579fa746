import { escapeRegExp } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';
import { readPhraseData } from './phrase-matcher.js';

/**
 * The shape of `data/byline-words.yaml`: the words that open a byline ("by", "written by", "von"), by
 * language (a BCP 47 code), lower case.
 */
export type BylineWords = Record<string, string[]>;

/** The file's words by language, lower case, read and checked once. */
let byLanguage: ReadonlyMap<string, readonly string[]> | undefined;
/** The words of every language, read once. */
let every: ReadonlySet<string> | undefined;

function languages(): ReadonlyMap<string, readonly string[]> {
  if (byLanguage === undefined) {
    const data = readPhraseData('byline-words.yaml');
    if (data === null || typeof data !== 'object' || Array.isArray(data))
      throw new TypeError('byline words: expected a map of languages, each a list of words');
    const map = new Map<string, readonly string[]>();
    for (const [language, words] of Object.entries(data)) {
      if (!Array.isArray(words) || !words.every((w) => typeof w === 'string' && w.trim() !== ''))
        throw new TypeError(`byline words: "${language}" must be a list of words`);
      map.set(
        language,
        words.map((w: string) => w.trim().toLowerCase()),
      );
    }
    byLanguage = map;
  }
  return byLanguage;
}

/**
 * The words that open a byline in every language of `data/byline-words.yaml`, lower case ("by",
 * "written by", "von", "par", …).
 */
export function bylineWords(): ReadonlySet<string> {
  every ??= new Set([...languages().values()].flat());
  return every;
}

/**
 * The words that open a byline in one language of `data/byline-words.yaml`, lower case.
 * @param language its key in the file ("en")
 * @returns its words, none when the file has no such language
 */
export function bylineWordsOf(language: string): readonly string[] {
  return languages().get(language) ?? [];
}

/**
 * A pattern's source (no group of its own) that matches one of `words` as a line writes it: each word
 * in lower case or capitalised, or the whole in capitals ("by", "By", "BY"; "Written by", "written By",
 * "WRITTEN BY"), the words parted by one space.
 * @param words lower-case words or phrases
 */
export function writtenForms(words: readonly string[]): string {
  const forms = words.flatMap((phrase) => {
    const parts = phrase.split(' ').map((w) => {
      const first = w.charAt(0);
      const rest = escapeRegExp(w.slice(1));
      return first.toUpperCase() === first ? escapeRegExp(w) : `[${first.toUpperCase()}${first}]${rest}`;
    });
    return [parts.join(' '), escapeRegExp(phrase.toUpperCase())];
  });
  return `(?:${forms.join('|')})`;
}

/**
 * The code units a line may open with when it opens with one of `words` as {@link writtenForms} writes
 * them: each word's first letter in lower and upper case.
 * @param words lower-case words or phrases
 */
export function firstUnits(words: readonly string[]): ReadonlySet<number> {
  const units = new Set<number>();
  for (const w of words) {
    units.add(w.charCodeAt(0));
    units.add(w.toUpperCase().charCodeAt(0));
  }
  return units;
}

/**
 * A pattern's source (no group of its own) that matches one of `words` in any case, its words parted
 * by any spacing, the longest first ("written by" before "by"): for a pattern with the `i` flag.
 * @param words lower-case words or phrases
 */
export function anyCaseForms(words: Iterable<string>): string {
  const sorted = [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map((w) => w.split(' ').map(escapeRegExp).join(String.raw`\s+`)).join('|')})`;
}

/** A byline's opening word run into the name after it: the word, capitalised, then a name's capital. */
let runOn: RegExp | undefined;

/**
 * A line whose byline word runs into the name with no space ("ByJana Roe", "VonJana Roe", a theme that
 * sets the word and the name in two spans) with the space put back, or the line itself. The words are
 * the one-word openings of `data/byline-words.yaml`, capitalised as a line's first word is, of three
 * letters or more or "By" (a two-letter one opens names: "DiMarco", "AvAlon"); the name's capital must
 * have a small letter after it ("BYU" is none).
 * @param text a line
 */
export function withSpacedOpening(text: string): string {
  runOn ??= new RegExp(
    String.raw`^(${[...bylineWords()]
      .filter((w) => /^\p{Ll}+$/u.test(w) && (w.length >= 3 || w === 'by'))
      .map((w) => escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1)))
      .join('|')})(?=\p{Lu}\p{Ll})`,
    'u',
  );
  return runOn.test(text) ? text.replace(runOn, '$1 ') : text;
}

/**
 * The page's lines with the space between a byline's word and the name put back
 * ({@link withSpacedOpening}), for reading a byline; the lines themselves when none needs it (most pages).
 * @param lines the page's lines
 */
export function withSpacedOpenings(lines: readonly BodyBlock[]): readonly BodyBlock[] {
  if (!lines.some((l) => withSpacedOpening(l.text) !== l.text)) return lines;
  return lines.map((l) => {
    const text = withSpacedOpening(l.text);
    return text === l.text ? l : { text, line: l.line, column: l.column, offset: l.offset };
  });
}
