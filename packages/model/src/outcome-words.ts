import { z } from 'zod';
import { LowerPhrases, LowerWords, lazyData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';

const OutcomeWordsFile = z.object({
  putOff: LowerPhrases,
  notDoneBefore: LowerWords,
  lightVerbs: LowerWords,
});

/** What `data/outcome-words.yaml` gives, read once. */
export interface OutcomeWords {
  /** Finds a word or phrase of a plan postponed or called off ("was postponed", "pushed back"). */
  putOff: RegExp;
  /** Words that before a past participle leave it undone ("will", "not", "to", "be"). */
  notDoneBefore: ReadonlySet<string>;
  /** Verbs that name no event of their own ("plan", "begin", "hold"). */
  lightVerbs: ReadonlySet<string>;
}

/**
 * The words of what became of a plan (`data/outcome-words.yaml`): postponed or called off, left undone,
 * and the light verbs that name no event.
 * @throws ZodError when the data file does not have its schema
 */
export const outcomeWords: () => OutcomeWords = lazyData('outcome-words.yaml', OutcomeWordsFile, (read) => ({
  putOff: new RegExp(`\\b(?:${phrasesPattern(read.putOff)})\\b`, 'i'),
  notDoneBefore: new Set(read.notDoneBefore),
  lightVerbs: new Set(read.lightVerbs),
}));
