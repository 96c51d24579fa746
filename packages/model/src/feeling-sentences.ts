import { z } from 'zod';
import { LowerPhrases, readYamlData } from './data-file.js';
import { phrasesPattern } from './escape-reg-exp.js';
import { modelFile } from './model-files.js';

const FeelingWords = z.object({ verbs: LowerPhrases });
let pattern: RegExp | undefined;

/**
 * Whether a sentence tells its speaker's own feeling about a day: "I" or "we", then a verb of
 * `data/feeling-words.yaml` in the present ("I dread looking at the markets tomorrow", "We are worried
 * about Friday's vote"), at the sentence's start or right after a quotation mark. Such a sentence, most
 * often a quotation, names a day by the feeling it stirs; it is no event to watch on that day.
 * @param text a sentence
 */
export function tellsOwnFeeling(text: string): boolean {
  if (pattern === undefined) {
    const words = FeelingWords.parse(readYamlData(modelFile('data/feeling-words.yaml')));
    // an apostrophe of the file is either apostrophe in the text ("I'm", "I’m")
    const alt = phrasesPattern(words.verbs).replace(/'/g, "['’]");
    // "I'm afraid": the contraction follows "I" with no space; the words are otherwise apart
    pattern = new RegExp(
      `(?:^|["“‘]\\s*)(?:I|We|we)(?:\\s+(?:really|still|already|truly|just|do))?(?:\\s+|(?=['’]))(?:${alt})\\b`,
      'u',
    );
  }
  return pattern.test(text);
}
