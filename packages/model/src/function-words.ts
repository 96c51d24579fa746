// The function words of a source's language when it is not English, left out of its story and framing terms.
import { z } from 'zod';
import { lazyData } from './data-file.js';
import type { FrameTerms } from './frame-words.js';
import { termKey } from './term-keys.js';

const FunctionWords = z.object({
  capitalisedNouns: z.string().regex(/^[a-z]{2,3}( [a-z]{2,3})*$/),
  languages: z.record(z.string().regex(/^[a-z]{2,3}$/), z.string().regex(/^[\p{Ll}'\- ]+$/u)),
});

/** Each language's function words and their {@link termKey}s. */
interface LanguageWords {
  words: ReadonlySet<string>;
  keys: ReadonlySet<number>;
  /**
   * Whether the language writes every noun with a capital letter (German), so that a capitalised word
   * inside a sentence is no sign of a name.
   */
  capitalisedNouns: boolean;
}

/** Each language's {@link LanguageWords}, by its code. */
const byLanguage = lazyData(
  'function-words.yaml',
  FunctionWords,
  (file): ReadonlyMap<string, LanguageWords> => {
    const capitalised = new Set(file.capitalisedNouns.split(' '));
    return new Map(
      Object.entries(file.languages).map(([code, list]) => {
        const words = new Set(list.split(/\s+/).filter((w) => w !== ''));
        return [
          code,
          { words, keys: new Set([...words].map(termKey)), capitalisedNouns: capitalised.has(code) },
        ];
      }),
    );
  },
);

/**
 * The function words of a language other than English (`data/function-words.yaml`: articles, pronouns,
 * prepositions, auxiliaries, "der", "que", "les"), with their term keys; null for English, an unknown
 * language or one the file has no list for. General news counts are English: read as content words,
 * these counted as rare in every text of the language, and five unrelated German reports (a lockdown, a
 * carmaker's works meeting, a lecture, a power price, Olympic athletes) made one story by "der", "und",
 * "die" and "sich" alone.
 * @param language the source's BCP 47 tag (`de`, `es-AR`, `und`)
 * @throws ZodError when the data file does not have its schema
 */
export function functionWordsOf(language: string): LanguageWords | null {
  return byLanguage().get(language.toLowerCase().split('-')[0] as string) ?? null;
}

/**
 * A source's framing terms without those that hold a function word of its language
 * ({@link functionWordsOf}): "und", "der" and "die und" are no framing of a German report. The terms used
 * once are kept but a lone function word (their phrases cannot be told from their keys; used once, none
 * can be distinctive). The same terms when the language has no list.
 * @param terms the source's terms (`frameTermsOf`)
 * @param language the source's BCP 47 tag
 */
export function withoutFunctionWords(terms: FrameTerms, language: string): FrameTerms {
  const fw = functionWordsOf(language);
  if (fw === null) return terms;
  // the split's array even when no term is repeated ("" splits into one empty line, not read): an empty
  // literal is an array of another kind, and the optimised code made for one kind is thrown away when the
  // other comes (speed104)
  const texts = terms.repeated.split('\n');
  const nRepeated = terms.repeated === '' ? 0 : texts.length;
  const keys: number[] = [];
  const repeated: string[] = [];
  const counts: number[] = [];
  let total = terms.total;
  for (let k = 0; k < nRepeated; k++) {
    const t = texts[k] as string;
    const count = terms.counts[k] as number;
    if (t.split(' ').some((w) => fw.words.has(w))) {
      total -= count;
      continue;
    }
    keys.push(terms.keys[k] as number);
    repeated.push(t);
    counts.push(count);
  }
  for (let k = nRepeated; k < terms.keys.length; k++) {
    const key = terms.keys[k] as number;
    if (fw.keys.has(key)) total--;
    else keys.push(key);
  }
  return {
    total,
    keys: Float64Array.from(keys),
    repeated: repeated.join('\n'),
    counts: Uint32Array.from(counts),
  };
}
