import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { AUXILIARY_VERBS, IRREGULAR_PAST } from './english-cues.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';

const CaptionWordsFile = z.object({ prepositions: LowerWords, participles: LowerWords });

/** Capitalised words of a name after a caption, not a day's or a month's: the sentence's subject. */
const CALENDAR = [...WEEKDAYS, ...MONTH_NAMES].join('|');

/**
 * The pattern of a caption run into a sentence (`data/caption-run-ins.yaml`): "A", "An" or "The", up to
 * five capitalised words or figures and two in lower case (what the picture shows), a participle in -ing
 * or of `participles` and a preposition of `prepositions`, up to eight words with no stop or comma ending
 * on one in lower case (where); then a capitalised name that is no day's nor month's and a finite verb.
 * @throws ZodError when the data file does not have its schema
 */
const captionPattern = lazyData('caption-run-ins.yaml', CaptionWordsFile, (words) => {
  const verb = `${AUXILIARY_VERBS.join('|')}|${IRREGULAR_PAST.join('|')}|\\p{Ll}{2,}ed`;
  return new RegExp(
    String.raw`^(?:An?|The)\s+(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){1,5}(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:\p{Ll}{2,}ing|${words.participles.join('|')})\s+(?:${words.prepositions.join('|')})\s+(?:[\p{L}\d'’-]+\s+){0,7}\p{Ll}[\p{L}-]*\s+(?=(?!(?:${CALENDAR})\b)\p{Lu}[\p{L}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\d.&'’-]*){0,4}\s+(?:${verb})\s)`,
    'u',
  );
});

/**
 * How long a picture's caption run into the start of a sentence is, as a page copied to text may give it
 * ("An Orrin 400 landing at Port Ellis airport Kestrel Air has ordered ten airliners." → the 43 characters
 * before "Kestrel Air"): a noun phrase and a participle of what the picture shows, with no finite verb,
 * before the sentence's own subject and verb with no stop between; 0 when the sentence opens with none.
 * A cluster brief's key point had quoted such a caption as its first words (bl105).
 * @param text a sentence
 * @returns the caption's length with the space after it, or 0
 * @throws ZodError when the data file does not have its schema
 */
export function captionRunIn(text: string): number {
  return captionPattern().exec(text)?.[0].length ?? 0;
}

/**
 * A sentence without the picture's caption run into its start ({@link captionRunIn}), or as it was.
 * @param text a sentence
 * @throws ZodError when the data file does not have its schema
 */
export function withoutCaptionRunIn(text: string): string {
  return text.slice(captionRunIn(text));
}
