import { z } from 'zod';
import { LowerPhrases, lazyData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';

const FeelingWords = z.object({ verbs: LowerPhrases });

/** The pattern of {@link tellsOwnFeeling}, built once from `data/feeling-words.yaml`. */
const feelingPattern = lazyData('feeling-words.yaml', FeelingWords, (words) => {
  // an apostrophe of the file is either apostrophe in the text ("I'm", "I’m")
  const alt = phrasesPattern(words.verbs).replace(/'/g, "['’]");
  // "I'm afraid": the contraction follows "I" with no space; the words are otherwise apart
  return new RegExp(
    `(?:^|["“‘]\\s*)(?:I|We|we)(?:\\s+(?:really|still|already|truly|just|do))?(?:\\s+|(?=['’]))(?:${alt})\\b`,
    'u',
  );
});

/**
 * Whether a sentence tells its speaker's own feeling about a day: "I" or "we", then a verb of
 * `data/feeling-words.yaml` in the present ("I dread looking at the markets tomorrow", "We are worried
 * about Friday's vote"), at the sentence's start or right after a quotation mark. Such a sentence, most
 * often a quotation, names a day by the feeling it stirs; it is no event to watch on that day.
 * @param text a sentence
 */
export function tellsOwnFeeling(text: string): boolean {
  return feelingPattern().test(text);
}
