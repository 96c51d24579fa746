import { isPastOrParticiple } from './english-cues.js';
import { CONTINUANCE } from './feature-lead.js';
import { blankQuotations } from './quoted-passages.js';

/** "has" or "have", an adverb or two, "been" perhaps, and the word a participle would be: "has directed", "have just been sold". */
const PERFECT =
  /\b(?:has|have)\s+(?:(?:also|now|just|already|recently|reportedly|[a-z]+ly)\s+){0,2}(?:been\s+)?([a-z]+)\b/g;
/** A relative clause set off by commas: ", which has been badly hit by …,". */
const RELATIVE_CLAUSE = /,\s+(?:which|who|whose)\b[^,;]*,/gu;

/**
 * Whether a sentence tells what was done in the present perfect, in the writer's words and not in a
 * relative clause ("After two raids on its depots, the Norvale council has ordered an inquiry.", "Two
 * ferries have been withdrawn"): a report's news as of its day, as a lead so told is (`reportLeads`). Not a
 * perfect that lasts up to now ("has long been", "in recent months"; {@link CONTINUANCE}), nor one only a
 * quotation or a clause of "which" or "who" holds ("Kestrel Bank, which has grown fast, reported …").
 * @param text a sentence
 */
export function tellsInPresentPerfect(text: string): boolean {
  if (!/\b(?:has|have)\s/u.test(text)) return false;
  const own = blankQuotations(text).replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length));
  if (CONTINUANCE.test(own)) return false;
  for (const m of own.matchAll(PERFECT)) if (isPastOrParticiple(m[1] as string)) return true;
  return false;
}
