import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';
import { isContentWord } from './text-stats.js';

/** `data/opposite-words.yaml`: pairs of word lists, the forms of a word and of its opposite. */
const OppositeWordsFile = z.object({
  pairs: z.array(z.tuple([z.array(z.string().min(1)), z.array(z.string().min(1))])),
});

let opposites: Map<string, Set<string>> | undefined;
/** Any word of the file, to pass over sentences with none before reading their words. */
let anyOpposite: RegExp | undefined;

/**
 * The words of opposite meaning to each word of `data/opposite-words.yaml` ("rose" → "fell", "fall",
 * …), read once.
 * @returns each listed form with the forms that oppose it
 * @throws ZodError when the data file does not have its schema
 */
export function oppositeWords(): ReadonlyMap<string, ReadonlySet<string>> {
  if (!opposites) {
    const data = OppositeWordsFile.parse(readYamlData(modelFile('data/opposite-words.yaml')));
    opposites = new Map();
    const add = (from: readonly string[], to: readonly string[]) => {
      for (const w of from) {
        const set = opposites?.get(w) ?? new Set<string>();
        for (const x of to) set.add(x);
        opposites?.set(w, set);
      }
    };
    for (const [a, b] of data.pairs) {
      add(a, b);
      add(b, a);
    }
    anyOpposite = new RegExp(`\\b(?:${[...opposites.keys()].join('|')})\\b`, 'i');
  }
  return opposites;
}

/** A word of a sentence for {@link saysOpposite}: letters and digits, an apostrophe's ending kept. */
const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
/** Words that negate what follows, for {@link saysOpposite} (its opposite words are not among them). */
const NEGATORS = new Set(['not', 'no', 'never', 'nor', 'without', 'cannot']);
/** How many words on each side of an opposite word say what it is about ("the tunnel had passed a safety inspection"). */
const OPPOSITE_REACH = 3;

/**
 * Whether two sentences say one thing with words of opposite meaning (`data/opposite-words.yaml`): a
 * word in one ("passed") whose opposite is in the other ("failed"), neither sentence holding both,
 * each said of a word the two share within {@link OPPOSITE_REACH} words ("the tunnel had passed a
 * safety inspection" against "The tunnel failed its safety inspection"), and both sentences negated
 * alike ("did not pass" against "failed" agree). Whether the two speak of one event is the caller's
 * to ask (`findClaims` asks it of versions of one statement only).
 * @param a a sentence
 * @param b another
 * @returns true when they contradict each other by an opposite word
 * @throws ZodError when the data file does not have its schema
 */
export function saysOpposite(a: string, b: string): boolean {
  const opposite = oppositeWords();
  if (!anyOpposite?.test(a) || !anyOpposite.test(b)) return false;
  const x = Array.from(a.matchAll(WORD), (m) => m[0].toLowerCase());
  const y = Array.from(b.matchAll(WORD), (m) => m[0].toLowerCase());
  const inX = new Set(x);
  const inY = new Set(y);
  const near = (words: readonly string[], at: number) =>
    words
      .slice(Math.max(0, at - OPPOSITE_REACH), at + OPPOSITE_REACH + 1)
      .filter((w, k) => k !== Math.min(at, OPPOSITE_REACH) && isContentWord(w));
  for (let i = 0; i < x.length; i++) {
    const others = opposite.get(x[i] as string);
    if (others === undefined || inY.has(x[i] as string)) continue;
    if ([...others].some((w) => inX.has(w))) continue;
    for (let j = 0; j < y.length; j++) {
      if (!others.has(y[j] as string)) continue;
      const back = opposite.get(y[j] as string);
      if (back && [...back].some((w) => inY.has(w))) continue;
      const around = new Set(near(x, i));
      if (!near(y, j).some((w) => around.has(w))) continue;
      const negated = (words: readonly string[]) =>
        words.filter((w) => NEGATORS.has(w) || w.endsWith("n't")).length % 2 === 1;
      if (negated(x) === negated(y)) return true;
    }
  }
  return false;
}
