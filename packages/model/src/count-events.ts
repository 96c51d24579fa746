import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { NUMBER_WORDS } from './english-cues.js';
import { type Figure, sameValue, stem } from './quantities.js';

const CountEvents = z.object({
  families: z.record(z.string(), LowerWords),
  persons: LowerWords,
  things: z.record(z.string(), z.object({ nouns: LowerWords, words: LowerWords })),
  rises: LowerWords,
});
/** Where a number starts, in digits or a word ("14", "fourteen"). */
const NUMBER_START = new RegExp(`\\b(?:\\d|(?:${Object.keys(NUMBER_WORDS).join('|')})\\b)`, 'giu');
/** A count of `things` in `data/count-events.yaml`: its name and the stems of the words that say what befell it. */
interface Thing {
  name: string;
  words: ReadonlySet<string>;
}
/** The words of `data/count-events.yaml` as the readers below look them up, read once. */
const countWords = lazyData('count-events.yaml', CountEvents, (raw) => {
  const familyOf = new Map<string, string>();
  for (const [family, words] of Object.entries(raw.families))
    for (const w of words) familyOf.set(stem(w), family);
  // units are singular, as figuresOf reads them ("people" stays "people", "civilians" is "civilian")
  const persons = new Set(raw.persons.flatMap((w) => [w, stem(w)]));
  // a rise word, then "to" within two words, right before a figure ("has risen to 14", "rose sharply to 14")
  const rises = new RegExp(
    `\\b(?:${raw.rises.join('|')})\\b(?:\\s+\\p{L}+){0,2}?\\s+to\\s+(?:about\\s+|at\\s+least\\s+)?$`,
    'iu',
  );
  const thingsOf = new Map<string, Thing[]>();
  for (const [name, thing] of Object.entries(raw.things))
    for (const noun of thing.nouns)
      thingsOf.set(noun, [...(thingsOf.get(noun) ?? []), { name, words: new Set(thing.words.map(stem)) }]);
  return { familyOf, persons, thingsOf, rises };
});

/**
 * Whether a figure counts people ("12 people", "15 civilians"; `persons` in `data/count-events.yaml`).
 * @param figure a figure of {@link figuresOf}
 * @throws ZodError when the data file does not have its schema
 */
export function countsPeople(figure: Figure): boolean {
  return countWords().persons.has(figure.unit);
}

/**
 * What a figure counts, when it counts people and a word of `data/count-events.yaml` stands near it
 * ("killing at least 12 people" → deaths; "15 people have died" → deaths).
 * @param figure a figure of {@link figuresOf}
 * @returns the family's name, or null
 * @throws ZodError when the data file does not have its schema
 */
export function countEvent(figure: Figure): string | null {
  const f = countWords();
  // a word of a family as what is counted counts its people ("14 dead", "30 injured", "12 arrests")
  if (!f.persons.has(figure.unit)) return f.familyOf.get(stem(figure.unit)) ?? null;
  for (const w of figure.near) {
    const family = f.familyOf.get(w);
    if (family !== undefined) return family;
  }
  return null;
}

/**
 * What a figure counts that grows as reports come in: a family of people ({@link countEvent}), or one of
 * `things` in `data/count-events.yaml` when the figure counts its nouns and a word of it, and of no other
 * thing of those nouns, stands near ("destroyed 300 homes" → homes lost; "$12 million pledged" → money
 * pledged; "destroyed 30 homes and damaged 90" → neither, which is which unread).
 * @param figure a figure of {@link figuresOf}
 * @returns the family's or the thing's name, or null
 * @throws ZodError when the data file does not have its schema
 */
export function countedThing(figure: Figure): string | null {
  const family = countEvent(figure);
  if (family !== null) return family;
  const named = (countWords().thingsOf.get(figure.unit) ?? []).filter((t) =>
    [...figure.near].some((w) => t.words.has(w)),
  );
  return named.length === 1 ? (named[0] as Thing).name : null;
}

/**
 * Whether two sentences count one thing that happened to people with other values: a figure in each
 * of one family ({@link countEvent}) whose values are not one figure said two ways ("12 people"
 * killed against "15 people have died"; not "at least 12 people", which 15 are). Whether the two sentences speak of one story and one
 * time is the caller's to ask.
 * @param a a sentence's figures
 * @param b the other's
 */
export function countsDiffer(a: readonly Figure[], b: readonly Figure[]): boolean {
  for (const x of a) {
    const family = countEvent(x);
    if (family === null) continue;
    for (const y of b) if (countEvent(y) === family && !sameValue(x, y)) return true;
  }
  return false;
}

/**
 * Whether a later report's count of one thing only rose from an earlier report's: a figure in each of
 * one counted thing ({@link countedThing}), the later one higher, none lower ("killed eight people" on
 * one day, "killed 14 people" the next; "destroyed 300 homes", then "450 homes lost"). Tolls climb as
 * the dead are found, and homes lost, votes counted and money pledged as reports come in, so such a
 * count updates the earlier one rather than disputing it.
 * @param earlier the earlier report's figures
 * @param later the later report's figures
 */
export function countsRose(earlier: readonly Figure[], later: readonly Figure[]): boolean {
  return risenCount(earlier, later) !== undefined;
}

/**
 * The later report's figure that a count rose to ({@link countsRose}): its first figure of a counted thing
 * the earlier report counts, higher than the earlier's ("killed 14 people" after "killed eight people").
 * @param earlier the earlier report's figures
 * @param later the later report's figures
 * @returns that figure, or undefined when the count did not only rise
 */
export function risenCount(earlier: readonly Figure[], later: readonly Figure[]): Figure | undefined {
  let risen: Figure | undefined;
  for (const x of earlier) {
    const family = countedThing(x);
    if (family === null) continue;
    for (const y of later) {
      // (sums in two currencies are no two values of one sum: `sameUnit`'s reading of currencies)
      if (countedThing(y) !== family || otherCurrencies(x, y) || sameValue(x, y)) continue;
      if (y.value < x.value) return undefined;
      risen ??= y;
    }
  }
  return risen;
}

/** Whether two figures are sums that each say their currency, and not the same one ("$15 million", "15 million euros"). */
function otherCurrencies(x: Figure, y: Figure): boolean {
  return x.currency !== undefined && y.currency !== undefined && x.currency !== y.currency;
}

/**
 * Whether a sentence tells that a count has grown to a figure: a word of `rises` in
 * `data/count-events.yaml`, then "to" within two words, right before a number ("the toll has risen to
 * 14", "climbed to 14 on Tuesday evening"). Such a statement is the later of two reports' counts of one
 * day.
 * @param text a sentence
 * @throws ZodError when the data file does not have its schema
 */
export function tellsRise(text: string): boolean {
  const f = countWords();
  for (const m of text.matchAll(NUMBER_START))
    if (f.rises.test(text.slice(Math.max(0, (m.index ?? 0) - 60), m.index))) return true;
  return false;
}
