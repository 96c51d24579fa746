import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';

const SideClauseWords = z.object({
  relatives: LowerWords,
  subordinators: LowerWords,
  contrasts: LowerWords,
  clauseOpeners: LowerWords,
  intransitives: LowerWords,
});

/**
 * The words of `data/side-clauses.yaml`, as read from it: relative pronouns, subordinators, conjunctions of a
 * concession, the words that open a clause of their own (`clauseOpeners`) and the verbs in -s that take no
 * object (`intransitives`). Read by `side-clause-date.ts` and `date-direction.ts`.
 * @throws ZodError when the data file does not have its schema
 */
export const sideClauseWords = lazyData('side-clauses.yaml', SideClauseWords, (raw) => ({
  ...raw,
  clauseOpeners: new Set(raw.clauseOpeners),
  intransitives: new Set(raw.intransitives),
}));
