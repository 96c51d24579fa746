import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const CommonAbbreviations = z.object({ words: z.array(z.string().regex(/^[\p{L}\p{N}]+$/u)).min(1) });
let words: ReadonlySet<string> | undefined;

/**
 * Whether a word is an abbreviation of a common noun that news writes in capitals ("VR", "CPU", "SUV",
 * "GDP", "Q1"), never a name, by `data/common-abbreviations.yaml`. Case as written.
 * @param word one word
 * @throws ZodError when the data file does not have its schema
 */
export function isCommonAbbreviation(word: string): boolean {
  // every listed word is short: most names are ruled out before the set is read
  if (word.length > 6) return false;
  words ??= new Set(
    CommonAbbreviations.parse(readYamlData(modelFile('data/common-abbreviations.yaml'))).words,
  );
  return words.has(word);
}
