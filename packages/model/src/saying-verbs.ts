import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';

const SayingVerbs = z.object({
  verbs: LowerWords,
  withHearer: LowerWords,
  documents: LowerWords,
  postedOn: LowerWords,
  introducing: LowerWords,
  asking: LowerWords,
  afterHas: LowerWords,
  speechNouns: LowerWords,
  giving: LowerWords,
  colonVerbs: LowerWords,
  colonParticiples: LowerWords,
  afterQuotation: LowerWords,
  recollecting: LowerWords,
  answering: LowerWords,
});
const sayingVerbsFile = lazyData('saying-verbs.yaml', SayingVerbs, (file) => file);
let all: ReadonlySet<string> | undefined;

/**
 * The verbs of saying news writes beside a quotation, from `data/saying-verbs.yaml`: `verbs` ("said",
 * "declared", "tweeted"), `withHearer`, those written with whom they were said to ("told"), and
 * `documents`, the nouns of what a body issues and news quotes as saying ("the statement said"), and
 * `postedOn`, the nouns of where a body posts a document online ("on the Halvard website"), and
 * `introducing`, forms that introduce a quotation but name no speaker ("saying"), and `asking`, the
 * verbs of asking, whose hearer answers ("When Ana Ruiz asked …, he declined"), and `afterHas`, participles
 * that are verbs of saying only after "has"/"have" ("has written"), and what introduces a quotation before a colon only:
 * `speechNouns` given by a verb of `giving` ("issued a warning:"), `colonVerbs` ("spoke about the delay:") and
 * `colonParticiples` after a comma ("…, warning:"), and `afterQuotation`, verbs of saying only in a
 * quotation's attribution ('"…," he continued.'), and `recollecting`, verbs of remembering or testifying to
 * what another said ("recalled that he said"), and `answering`, verbs that report one's answer or stand
 * unquoted ("denied the reports"), after which a quotation standing alone is the subject's.
 * @throws ZodError when the data file does not have its schema
 */
export function sayingVerbs(): {
  readonly verbs: readonly string[];
  readonly withHearer: readonly string[];
  readonly documents: readonly string[];
  readonly postedOn: readonly string[];
  readonly introducing: readonly string[];
  readonly asking: readonly string[];
  readonly afterHas: readonly string[];
  readonly speechNouns: readonly string[];
  readonly giving: readonly string[];
  readonly colonVerbs: readonly string[];
  readonly colonParticiples: readonly string[];
  readonly afterQuotation: readonly string[];
  readonly recollecting: readonly string[];
  readonly answering: readonly string[];
} {
  return sayingVerbsFile();
}

/**
 * Whether a word is a verb of saying as news writes it beside a quotation ("said", "asked",
 * "told"), from {@link sayingVerbs}.
 * @param word a word in lower case
 */
export function isSayingVerb(word: string): boolean {
  all ??= new Set([...sayingVerbs().verbs, ...sayingVerbs().withHearer]);
  return all.has(word);
}
