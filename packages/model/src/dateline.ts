import { z } from 'zod';
import { LowerPhrases, lazyData } from './data-file.js';

/**
 * A wire-copy dateline opening a sentence: one to four words in capitals ("SANTIAGO", "NEW DELHI",
 * "WASHINGTON, D.C."), optionally up to three places or dates after commas ("NAIROBI, Kenya", "LONDON, Nov 29",
 * "SAN JOSE, Calif., Aug 18, 2027"), an
 * agency in brackets ("(Reuters)"), then a dash and the sentence's own capitalised start. A word in
 * capitals followed by a dash and a lower-case word ("NATO — the alliance — said") is no dateline.
 */
const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,3}(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,2})?(?:,\s*[\p{L}\p{N}.]+(?:\s[\p{N}]+)?){0,2}(?:\s*\([^()]{1,30}\))?\s*[—–-]{1,2}\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/**
 * How long the dateline that opens a sentence is: the place it was filed from says where the writer was,
 * not what the sentence says of that place, so an actor named there is no mention of the actor.
 * @param text a sentence
 * @returns the dateline's length in characters, with the dash and the space after it; 0 when there is none
 */
export function datelineLength(text: string): number {
  // the pattern's first two characters, asked by their codes when ASCII: a capital, then a capital, "." , "'"
  // or "-" (most sentences open "The …", and the pattern was run on each of them)
  const c = text.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90)) return 0;
  const d = text.charCodeAt(1);
  if (c < 128 && d < 128 && !((d >= 65 && d <= 90) || d === 46 || d === 39 || d === 45)) return 0;
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/**
 * A dateline in capitals before a colon, as Malaysian and Indian papers write it ("KUANTAN: ", "NEW
 * DELHI: ", "KOTA BHARU, Kelantan: ", "MUMBAI (PTI): "), then the sentence's own capitalised start; its
 * words in group 1.
 */
const COLON_DATELINE =
  /^([\p{Lu}][\p{Lu}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,3})(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})?(?:\s*\([^()]{1,30}\))?:\s+(?=[\p{Lu}\p{N}"“‘'])/u;

/** Words in capitals before a colon opening a sentence: a dateline, a label or a transcript's speaker. */
const CAPITALS_COLON = /^([\p{Lu}][\p{Lu}\p{M}.'’-]+(?:\s+[\p{Lu}][\p{Lu}\p{M}.'’-]*){0,3})\s*:/u;

const StoryLabels = z.object({ labels: LowerPhrases });
/** The labels of `data/story-labels.yaml`, read once, each apostrophe as '’'. */
const storyLabels = lazyData(
  'story-labels.yaml',
  StoryLabels,
  (file): ReadonlySet<string> => new Set(file.labels.map((l) => l.replace(/'/g, '’'))),
);

/**
 * Whether words before a colon are a story's label or a transcript's role ("UPDATE", "Exclusive",
 * "HOST"), from `data/story-labels.yaml`, in any case.
 * @param words the words
 * @throws ZodError when the data file does not have its schema
 */
export function isStoryLabel(words: string): boolean {
  return storyLabels().has(words.toLowerCase().replace(/'/g, '’').replace(/\s+/g, ' '));
}

/**
 * How long the dateline before a colon is that opens a story's first sentence ("KUANTAN: Depositors
 * queued …"). Only there: a transcript's speakers open sentences with capitals and a colon too ("SMITH:
 * Thank you."), so none is a dateline when another sentence opens so; nor is a story's label
 * ("UPDATE:", "EXCLUSIVE:", `data/story-labels.yaml`).
 * @param sentences the story's sentences, its title first when it has one
 * @param first the index of the story's first sentence after the title
 * @returns the dateline's length in characters, with the colon and the space after it; 0 when there is none
 * @throws ZodError when the data file does not have its schema
 */
export function colonDatelineLength(sentences: readonly string[], first: number): number {
  const found = COLON_DATELINE.exec(sentences[first] ?? '');
  if (!found) return 0;
  const isLabel = isStoryLabel;
  if (isLabel(found[1] as string)) return 0;
  // a speaker's turn after it (the title's "UPDATE:" before it is a label)
  for (let i = first + 1; i < sentences.length; i++) {
    const other = CAPITALS_COLON.exec(sentences[i] as string);
    if (other && !isLabel(other[1] as string)) return 0;
  }
  return found[0].length;
}

/**
 * A dateline in mixed case before a spaced dash, as local papers and releases write it ("Ashbury —
 * Commissioner Susan Pryce issued …", "Kelbridge – The council …"): one to three capitalised words, then
 * the sentence's own capitalised start; its words in group 1.
 */
const MIXED_DATELINE = /^(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}) [—–] (?=[\p{Lu}"“‘])/u;

/**
 * How long the dateline in mixed case is that opens a story's first sentence ("Ashbury — "). Only
 * there: inside a story, a name and a dash open an aside ("Okafor — who chaired the inquiry — said");
 * nor is a story's label one ("Update — ", `data/story-labels.yaml`).
 * @param sentences the story's sentences, its title first when it has one
 * @param first the index of the story's first sentence after the title
 * @returns the dateline's length in characters, with the dash and the space after it; 0 when there is none
 * @throws ZodError when the data file does not have its schema
 */
export function mixedDatelineLength(sentences: readonly string[], first: number): number {
  const found = MIXED_DATELINE.exec(sentences[first] ?? '');
  if (!found || isStoryLabel(found[1] as string)) return 0;
  return found[0].length;
}
