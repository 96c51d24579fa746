import { NOT_NAME_OPENERS } from './english-cues.js';
import { sayingVerbs } from './saying-verbs.js';

/**
 * The verbs of saying the cues read ("wrote" of a post or a letter quoted, "declared", "tweeted"), at a
 * word's start, besides those that take their hearer ("told Reuters Ana Ruiz"): `data/saying-verbs.yaml`.
 * The one pattern of them: the quote finders read it, and so do `referent-before.ts` and `described-subject.ts`.
 */
export const SAYING_VERBS = String.raw`\b(?:${sayingVerbs().verbs.join('|')}|ha(?:s|ve)\s(?:${sayingVerbs().afterHas.join('|')}))`;
/** The verbs of saying written with their hearer: "told". */
export const TOLD = `(?:${sayingVerbs().withHearer.join('|')})`;
/** "the" opening a phrase, in any case: a role or a body named as a definite one. */
export const DEFINITE = /^the\s/iu;
/** One capitalised word right after a name: a space, a capital, small letters. */
export const NEXT_NAME_WORD = String.raw`\s\p{Lu}[\p{Ll}'’-]+`;
/** A letter, in any script. */
export const LETTER = /\p{L}/u;
/** A unit of a word: a letter, or a hyphen or apostrophe inside one ("Jean-Luc", "O'Neill"). */
export const WORD_UNIT = /[\p{L}'’-]/u;
/** Words that open a sentence in capitals and are no part of a name. */
export const NOT_NAME_START = new RegExp(
  `^(?:${[...NOT_NAME_OPENERS, 'Those', 'A', 'An', 'After', 'Before', 'When', 'While', 'If'].join('|')})$`,
  'u',
);
