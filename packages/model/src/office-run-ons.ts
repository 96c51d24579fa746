// A body's or a party's name run into the title of an office held in it ("the Varnland Palace Press
// Secretary", "Liberal Senator Tessa Morn"): the title is the person's role, no word of the name.
import { z } from 'zod';
import { ACRONYM } from './capitalised-words.js';
import { lazyData, wordSets } from './data-file.js';
import { isHeadTitle, isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { CAPITAL_FIRST, PEOPLE_ADJECTIVE } from './name-shapes.js';
import { type Token, tokenAt } from './tokenize-words.js';

/** Lower-case words, or words a hyphen joins ("secretary-general"). */
const Words = z.array(z.string().regex(/^\p{Ll}+(?:-\p{Ll}+)*$/u)).min(1);
const OfficeTitles = z.object({ titles: Words, fields: Words, parties: Words });

/** The office titles of `data/office-titles.yaml`, read once (its fields and parties beside them). */
const officeTitles = lazyData('office-titles.yaml', OfficeTitles, wordSets);

/** Whether a token is a capitalised office's title ("Senator", "CEO", "Secretary-General"). */
function isOfficeTitle(token: Token | undefined): boolean {
  return (
    token !== undefined &&
    CAPITAL_FIRST.test(token.text) &&
    officeTitles().titles.has(token.text.toLowerCase())
  );
}

/**
 * Where a name the tagger ran into an office's title ends, without the title: the title's words and a
 * field's word before it ("Press" of "Press Secretary"; `data/office-titles.yaml`) cut off, also a field's
 * word ending the name before a title said after it ("Harbour Board Acquisition" before "Director"). Two
 * words or more left name the body ("Varnland Palace"); one word left names it when it is an acronym, a
 * known name or the body of a head's title ("Brackwell" of "Brackwell Chairman"), and nothing when it is a
 * party's word or a people's adjective or any other word ("Liberal Senator", "Supreme Leader"). A name that
 * opens with a given name is left whole (a person's surname may be a title's word).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to its last token
 * @param isKnown whether tokens `from..to` are a known name (the index's)
 * @returns the name's new last token (`to` when nothing is cut), or -1 when it names nothing
 * @throws ZodError when the data file does not have its schema
 */
export function officeRunOnEnd(
  tokens: readonly Token[],
  from: number,
  to: number,
  isKnown: (from: number, to: number) => boolean,
): number {
  if (to <= from) return to;
  const { fields, parties } = officeTitles();
  let end = to;
  const titled = isOfficeTitle(tokens[to]);
  if (titled) while (end >= from && isTitle((tokens[end] as Token).text)) end--;
  if (titled || isOfficeTitle(tokenAt(tokens, to + 1)))
    while (end >= from && fields.has((tokens[end] as Token).text.toLowerCase())) end--;
  if (end === to || end < from) return to;
  const first = (tokens[from] as Token).text;
  if (!CAPITAL_FIRST.test((tokens[end] as Token).text) || isGivenName(first)) return to;
  if (end > from) return end;
  if (parties.has(first.toLowerCase()) || PEOPLE_ADJECTIVE.test(first)) return -1;
  let title = end + 1;
  while (fields.has((tokens[title] as Token).text.toLowerCase())) title++;
  const head = isHeadTitle(tokenAt(tokens, title)?.text ?? '');
  return ACRONYM.test(first.replace(/\./g, '')) || isKnown(from, from) || head ? end : -1;
}
