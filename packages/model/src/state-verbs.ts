import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';

const StateVerbs = z.object({
  verbs: LowerWords,
  lasting: LowerWords,
  phrasal: z.array(z.string().regex(/^\p{Ll}+ \p{Ll}+$/u)),
});
const stateVerbsFile = lazyData('state-verbs.yaml', StateVerbs, (file) => file);

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
  return stateVerbsFile();
}
