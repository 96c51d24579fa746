import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const StateVerbs = z.object({
  verbs: LowerWords,
  lasting: LowerWords,
  phrasal: z.array(z.string().regex(/^\p{Ll}+ \p{Ll}+$/u)),
});
let file: z.infer<typeof StateVerbs> | undefined;

/**
 * The words of a state or a background fact, from `data/state-verbs.yaml`: `verbs`, present-simple
 * forms of stative verbs ("holds", "produces", "suggests"), and `lasting`, words that make a present
 * perfect a state lasting up to now ("since", "to date"), and `phrasal`, stative verbs stative only
 * before their particle ("points to", "dates back").
 * @throws ZodError when the data file does not have its schema
 */
export function stateVerbs(): {
  readonly verbs: readonly string[];
  readonly lasting: readonly string[];
  readonly phrasal: readonly string[];
} {
  file ??= StateVerbs.parse(readYamlData(modelFile('data/state-verbs.yaml')));
  return file;
}
