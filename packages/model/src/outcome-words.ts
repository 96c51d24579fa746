import { z } from 'zod';
import { LowerPhrases, LowerWords, readYamlData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';
import { modelFile } from './model-files.js';

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

let words: OutcomeWords | undefined;

/**
 * The words of what became of a plan (`data/outcome-words.yaml`): postponed or called off, left undone,
 * and the light verbs that name no event.
 * @throws ZodError when the data file does not have its schema
 */
export function outcomeWords(): OutcomeWords {
  if (words === undefined) {
    const read = OutcomeWordsFile.parse(readYamlData(modelFile('data/outcome-words.yaml')));
    words = {
      putOff: new RegExp(`\\b(?:${phrasesPattern(read.putOff)})\\b`, 'i'),
      notDoneBefore: new Set(read.notDoneBefore),
      lightVerbs: new Set(read.lightVerbs),
    };
  }
  return words;
}
