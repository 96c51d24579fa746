import { escapeRegExp } from '@briefing/model';
import { readPhraseData } from './phrase-matcher.js';

/**
 * The shape of `data/reader-words.yaml`: for each language, words of the second person (`any`: in any
 * case; `formal`: only capitalised) and of the first person plural (`site`).
 */
export type ReaderWords = Record<string, { any: string[]; formal?: string[]; site: string[] }>;

/** One language's words of `data/reader-words.yaml` as patterns (`formal` null where it has none). */
interface ReaderPatterns {
  any: RegExp;
  formal: RegExp | null;
  site: RegExp;
}

let readerWords: ReaderPatterns[] | undefined;

/**
 * Tells a line that addresses the reader: it holds a word of the second person of
 * `data/reader-words.yaml` ("you", "dich", "vous"), or a polite one capitalised inside a sentence
 * ("… kannst du", "Hier finden Sie", not "Sie sagte" opening one).
 * @param text a line
 * @throws TypeError when the data file does not give each language lists of words
 */
export function addressesReader(text: string): boolean {
  readerWords ??= readerPatterns(readPhraseData('reader-words.yaml'));
  return readerWords.some((l) => addresses(l, text));
}

/**
 * Tells a site's pitch to its reader: a line that addresses the reader and speaks for the site in the
 * first person plural in one language (`site` of `data/reader-words.yaml`: "When you join us, we …",
 * "kannst du unsere Arbeit unterstützen"; not French "du" beside "nous", which is "of the").
 * @param text a line
 * @throws TypeError when the data file does not give each language lists of words
 */
export function pitchesToReader(text: string): boolean {
  readerWords ??= readerPatterns(readPhraseData('reader-words.yaml'));
  return readerWords.some((l) => addresses(l, text) && l.site.test(text));
}

/** Whether a line holds one language's word of the second person. */
const addresses = (l: ReaderPatterns, text: string) => l.any.test(text) || (l.formal?.test(text) ?? false);

/** The patterns of {@link addressesReader} and {@link pitchesToReader}, a language's lists at a time. */
function readerPatterns(data: unknown): ReaderPatterns[] {
  const words = (list: unknown) =>
    Array.isArray(list) && list.length > 0 && list.every((w) => typeof w === 'string' && w !== '')
      ? (list as string[]).map(escapeRegExp).join('|')
      : null;
  const languages = data !== null && typeof data === 'object' ? Object.values(data) : [];
  if (languages.length === 0) throw new TypeError('reader words: expected lists of words for each language');
  return languages.map((language) => {
    const { any, formal, site } = (language ?? {}) as Partial<ReaderWords[string]>;
    const [a, s] = [words(any), words(site)];
    const f = formal === undefined ? undefined : words(formal);
    if (a === null || s === null || f === null)
      throw new TypeError(
        'reader words: expected lists `any` and `site` (and `formal`, when given) of words for each language',
      );
    return {
      any: new RegExp(`(?<![\\p{L}\\p{N}])(?:${a})(?![\\p{L}\\p{N}])`, 'iu'),
      // after a word's last small letter, a digit or a comma: inside a sentence, where "sie" is never capitalised
      formal:
        f === undefined ? null : new RegExp(`(?<=[\\p{Ll}\\p{N},;]\\s+)(?:${f})(?![\\p{L}\\p{N}])`, 'u'),
      site: new RegExp(`(?<![\\p{L}\\p{N}])(?:${s})(?![\\p{L}\\p{N}])`, 'iu'),
    };
  });
}
