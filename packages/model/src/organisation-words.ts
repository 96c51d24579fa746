import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const OrganisationWords = z.object({ words: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1) });
let words: ReadonlySet<string> | undefined;

/**
 * Whether a name ends with a word that makes it an organisation ("Ford Motor Company", "Acme Corp."),
 * from `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsOrganisation(name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  return name.includes(' ') && isOrganisationWord(last);
}

/**
 * Whether one word is an organisation's last word ("Company", "Corp.", "Force"), in any case.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isOrganisationWord(word: string): boolean {
  words ??= new Set(OrganisationWords.parse(readYamlData(modelFile('data/organisation-words.yaml'))).words);
  return words.has(word.toLowerCase().replace(/\.$/, ''));
}
