import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const ActionNouns = z.object({ suffixes: LowerWords, nouns: LowerWords, notAction: LowerWords });
let file: { suffix: RegExp; nouns: Set<string>; notAction: Set<string> } | undefined;

/**
 * Whether a word is a noun of action, by `data/action-nouns.yaml`: one of its `nouns` ("bailout",
 * "collapse"), or a word of three letters or more before one of its `suffixes` ("production",
 * "settlement", "approval", "closure") that is not one of `notAction` ("nation", "capital").
 * @param word a lower-case word
 * @throws ZodError when the data file does not have its schema
 */
export function isActionNoun(word: string): boolean {
  if (file === undefined) {
    const read = ActionNouns.parse(readYamlData(modelFile('data/action-nouns.yaml')));
    file = {
      suffix: new RegExp(`^[a-z]{3,}(?:${read.suffixes.join('|')})s?$`),
      nouns: new Set(read.nouns),
      notAction: new Set(read.notAction),
    };
  }
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  if (file.nouns.has(word) || file.nouns.has(singular)) return true;
  if (file.notAction.has(word) || file.notAction.has(singular)) return false;
  return file.suffix.test(word);
}
