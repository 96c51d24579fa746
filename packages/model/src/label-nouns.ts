import { z } from 'zod';
import { openerAfterConnective } from './connective-words.js';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { VERB_FORM } from './opening-subject.js';

const LabelNounsFile = z.object({ nouns: LowerWords, notBack: LowerWords, journeys: LowerWords });
let pattern: RegExp | undefined;

/**
 * The label nouns, the words that make one new and the journeys' nouns of `data/label-nouns.yaml`, read
 * once: each list as a Set, and as written (`lists`, in its order, for {@link hasLabelSubject}'s pattern).
 * @throws ZodError when the data file does not have its schema
 */
const labelWords = lazyData('label-nouns.yaml', LabelNounsFile, (lists) => ({ ...wordSets(lists), lists }));

/**
 * Whether a noun in lower case labels a deed the sentences before told (`nouns` of
 * `data/label-nouns.yaml`: "deal", "bill", "move").
 * @param noun the noun, in lower case
 */
export function isLabelNoun(noun: string): boolean {
  return labelWords().nouns.has(noun);
}

/**
 * Whether a word in lower case before a noun makes it a new thing, not one told before (`notBack` of
 * `data/label-nouns.yaml`: "next", "first", "other").
 * @param word the word, in lower case
 */
export function makesNew(word: string): boolean {
  return labelWords().notBack.has(word);
}

/**
 * Whether a noun in lower case is one of a journey or a visit (`journeys` of `data/label-nouns.yaml`:
 * "visit", "trip", "leg"), whose traveller a name before it does not give ("The Orrin visit").
 * @param noun the noun, in lower case
 * @throws ZodError when the data file does not have its schema
 */
export function isJourneyNoun(noun: string): boolean {
  return labelWords().journeys.has(noun);
}

/**
 * Whether a sentence's subject is "the" and a noun that labels what the sentences before told
 * (`data/label-nouns.yaml`: "The deal was signed on 2 May.", "The decision follows …", "The move came
 * after …"), after a connective (in lower case: "But the deal …") and at most one word before the noun,
 * right before its verb: which deal, only the sentence before says. Not one a word makes new ("The next decision is due …") nor one a phrase
 * after it names ("The deal that ended the strike …", "The deal of the year …").
 * @param text a sentence
 */
export function hasLabelSubject(text: string): boolean {
  if (pattern === undefined) {
    const words = labelWords().lists;
    pattern = new RegExp(
      openerAfterConnective(['the']) +
        String.raw`\s+(?:(?!(?:${words.notBack.join('|')})\s)\p{Ll}[\p{Ll}-]*\s+)?(?:${words.nouns.join('|')})\s+(?:(?:also|then|only|now)\s+)?(?:${VERB_FORM})(?=\s|[.;:!?,])`,
      'u',
    );
  }
  return pattern.test(text);
}
