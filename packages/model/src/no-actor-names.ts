import { z } from 'zod';
import { lazyData, wordSets } from './data-file.js';
import type { Token } from './tokenize-words.js';

/** Lower-case names of one word or more ("eid al-fitr", "new year's day"). */
const LowerNames = z.array(z.string().regex(/^[\p{Ll}.'-]+( [\p{Ll}.'-]+)*$/u)).min(1);
const NoActorNames = z.object({ observances: LowerNames, closedFor: LowerNames });
/** The names of `data/no-actor-names.yaml`, read once. */
const noActorNames = lazyData('no-actor-names.yaml', NoActorNames, wordSets);

/**
 * Whether a name is a holiday's, a feast's or an observance's ("Thanksgiving", "Eid al-Fitr"), a
 * day's name and no actor: `observances` in `data/no-actor-names.yaml`. A leading "the" is dropped.
 * @param name a name, in any case
 * @throws ZodError when the data file does not have its schema
 */
export function isObservance(name: string): boolean {
  return noActorNames().observances.has(
    name
      .trim()
      .toLowerCase()
      .replace(/^the /, '')
      .replace(/[\u2018\u2019]/g, "'"),
  );
}

/**
 * Whether a name stands where a holiday does: after a word of `closedFor` in `data/no-actor-names.yaml`,
 * "for" and at most three words between ("the exchange is shut on Friday for Ana Ruiz Jr."), and ending
 * the sentence. A holiday named by a person whose "Day" the text leaves out is no actor; a name after
 * "for" followed by more ("closed for Ana Ruiz's visit") is not one.
 * @param tokens the sentence's tokens
 * @param from the name's first word
 * @param to the name's last word
 * @throws ZodError when the data file does not have its schema
 */
export function namesHolidayAt(tokens: readonly Token[], from: number, to: number): boolean {
  if (from < 2 || tokens[from - 1]?.text !== 'for') return false;
  const next = tokens[to + 1]?.text;
  if (next !== undefined && next !== '.' && next !== '..') return false;
  const { closedFor } = noActorNames();
  for (let i = from - 2; i >= Math.max(0, from - 5); i--)
    if (closedFor.has((tokens[i] as Token).text)) return true;
  return false;
}
