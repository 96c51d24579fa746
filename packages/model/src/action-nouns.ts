import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';

const actionNouns = lazyData(
  'action-nouns.yaml',
  z.object({ suffixes: LowerWords, nouns: LowerWords, notAction: LowerWords }),
  (read) => ({
    suffix: new RegExp(`^[a-z]{3,}(?:${read.suffixes.join('|')})s?$`),
    nouns: new Set(read.nouns),
    notAction: new Set(read.notAction),
  }),
);

/**
 * Whether a word is a noun of action, by `data/action-nouns.yaml`: one of its `nouns` ("bailout",
 * "collapse"), or a word of three letters or more before one of its `suffixes` ("production",
 * "settlement", "approval", "closure") that is not one of `notAction` ("nation", "capital").
 * @param word a lower-case word
 * @throws ZodError when the data file does not have its schema
 */
export function isActionNoun(word: string): boolean {
  const file = actionNouns();
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (file.nouns.has(word) || file.nouns.has(singular)) return true;
  if (file.notAction.has(word) || file.notAction.has(singular)) return false;
  return file.suffix.test(word);
}
