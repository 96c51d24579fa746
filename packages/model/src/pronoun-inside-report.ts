import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';

/**
 * A verb of saying or of recollecting, at most two words of whom it was said to, "that", then "he" or
 * "she" and a verb of saying: "recalled that he said", "told police that she told".
 */
const INSIDE = new RegExp(
  String.raw`(?:${SAYING_VERBS}|${TOLD}|\b(?:${sayingVerbs().recollecting.join('|')}))((?:\s+[\p{L}'’]+){0,2}?)\s+that\s+(he|she)\s+(?:${SAYING_VERBS}|${TOLD})\b`,
  'u',
);
/**
 * The subject before that verb, opening the sentence or after one phrase set off by a comma: a role by
 * "the"/"a" and a word in lower case ("The clerk who took the call", "a witness"), or a pronoun.
 */
const SUBJECT =
  /^(?:[^,]*,\s+)?(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+\p{Ll}|(he|she|they|I|we)\b|(He|She|They|We)\b)/u;

/**
 * Whether the "he said" of a sentence is inside another's report of it ("The clerk who took the call
 * recalled that he said, "…"", "She testified that he told her: "…""): the pronoun after a verb of saying
 * or of recollecting (`recollecting` of `data/saying-verbs.yaml`) and "that", the subject of that verb a
 * role or a pronoun other than the quote's. The pronoun is then someone the subject remembers, not the
 * subject nor whom the sentence before is about. A name as the subject ("Rask recalled that he said")
 * most often remembers their own words: no report of another.
 * @param outside the sentence's text outside its quotations
 * @returns whether the quote's pronoun is inside another's report
 */
export function pronounInsideReport(outside: string): boolean {
  const m = INSIDE.exec(outside);
  if (!m) return false;
  const subject = SUBJECT.exec(outside.slice(0, m.index).trimStart());
  if (!subject) return false;
  const pronoun = (subject[1] ?? subject[2])?.toLowerCase();
  return pronoun === undefined || pronoun !== m[2];
}
