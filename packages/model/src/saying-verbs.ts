import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const SayingVerbs = z.object({ verbs: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1) });
let verbs: ReadonlySet<string> | undefined;

/**
 * Whether a word is a verb of saying as news writes it beside a quotation ("said", "asked",
 * "declared", "tweeted"), from `data/saying-verbs.yaml`.
 * @param word a word in lower case
 * @throws ZodError when the data file does not have its schema
 */
export function isSayingVerb(word: string): boolean {
  verbs ??= new Set(SayingVerbs.parse(readYamlData(modelFile('data/saying-verbs.yaml'))).verbs);
  return verbs.has(word);
}
