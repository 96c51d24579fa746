import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';

const DemandWords = z.object({
  verbs: LowerPhrases,
  openers: LowerWords,
  asking: LowerPhrases,
  granting: LowerWords,
});
let pattern: RegExp | undefined;
let asking: RegExp | undefined;
let granting: RegExp | undefined;

/** `data/demand-words.yaml`, read once. */
const readDemandWords = lazyData('demand-words.yaml', DemandWords, (file) => file);

/**
 * A verb of demanding or asking (`asking` in `data/demand-words.yaml`) with what is asked after it: "that"
 * ("demanded that the company reply"), or up to eight words and "to" and a verb ("urged the board to
 * decide"); not after a passive's auxiliary ("was asked on Friday"). Its last match before a date, with no
 * stop between, sets what is asked ahead of the asking.
 */
export function askingPattern(): RegExp {
  if (asking === undefined) {
    const alt = phrasesPattern(readDemandWords().asking);
    asking = new RegExp(
      `(?<!\\b(?:was|were|is|are|be|been|being)\\s+)\\b(?:${alt})\\s+(?:that\\b|(?:[^\\s;:.!?"“”()]+\\s+){1,8}?to\\s+[a-z]+\\b)[^;:!?"“”()]*$`,
      'i',
    );
  }
  return asking;
}

/**
 * A verb of giving time (`granting` in `data/demand-words.yaml`), its object of up to six words with no
 * verb in the past, preposition or conjunction among them, and "until" or "till" at the end: "gave the
 * crews' union until", "were given until". Tested on the words before a date: the day given is ahead of
 * the giving ("The ferry company gave the union until Friday", without the "to" of what is to be done).
 */
export function grantingPattern(): RegExp {
  if (granting === undefined) {
    const alt = phrasesPattern(readDemandWords().granting);
    granting = new RegExp(
      `\\b(?:${alt})\\s+(?:(?!(?:${GRANT_STOP})\\b)[^\\s;:.!?"“”()]+\\s+){0,6}?(?:until|till)\\s+$`,
      'i',
    );
  }
  return granting;
}

/** Words that end the object of a verb of giving time: prepositions, conjunctions, pasts ("gave a talk on"). */
const GRANT_STOP =
  'on|in|at|after|before|since|during|from|and|but|or|that|which|when|while|who|was|were|had|did|[a-z]{2,}ed';

/**
 * Whether a sentence tells a demand as the circumstance or reason of another past event: a verb of
 * `data/demand-words.yaml` in the past tense ("insisted", "demanded") in a clause a word of that file
 * opens ("when", "because", "which") with no comma between them ("The bill was rejected after talks broke
 * down when party leaders insisted that the union agree to cuts by next year"; "…, which the senators
 * insisted reach parity by next year"). What such a demand set ahead is a past dispute's position, not a
 * thing to watch; a demand that is the sentence's own news ("The union demanded on Tuesday that the
 * board reply by Friday") is not one.
 * @param text a sentence
 */
export function demandInBackground(text: string): boolean {
  if (pattern === undefined) {
    const words = readDemandWords();
    pattern = new RegExp(
      `\\b(?:${phrasesPattern(words.openers)})\\b[^,;:]*?\\b(?:${phrasesPattern(words.verbs)})\\b`,
      'gi',
    );
  }
  // the clause follows another's words: one opening the sentence ("After the union demanded talks, the
  // board will meet on Friday") tells the circumstance of the main clause's news, which may be ahead
  for (const m of text.matchAll(pattern)) if (/\p{L}/u.test(text.slice(0, m.index))) return true;
  return false;
}
