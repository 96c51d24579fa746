// Whether a statement denies what another side says.
import { CHARGE_NOUNS, DENIAL_VERBS, FALSITY_WORDS, TRUTH_WORDS } from './english-cues.js';

/**
 * A denial of what another side says: a denial verb before "that" or before a word for a charge
 * ("rejected criticism that", "denied the allegations", "dismissed reports of", "denied that").
 */
const DENIAL = new RegExp(
  `\\b(?:${DENIAL_VERBS.join('|')})\\s+(?:that\\b|(?:(?:the|these|those|such|any|all|earlier|recent|media|press)\\s+){0,2}(?:${CHARGE_NOUNS.join('|')})\\b)`,
  'i',
);

/**
 * A statement called untrue: a word for what someone says, what they said, then a verb "to be" and a
 * word of falsity ("the company's statement that no finished product had tested positive is therefore no
 * longer correct", "the ministry's figures were wrong").
 */
const FALSITY = new RegExp(
  String.raw`\b(?:${[...CHARGE_NOUNS, 'statement', 'statements'].join('|')})\b(?:\s+that\b[^.;]{3,200}?)?\s+(?:is|was|are|were)\s+(?:(?:therefore|also|simply|now|clearly|plainly)\s+)?(?:(?:no\s+longer|not)\s+(?:${TRUTH_WORDS.join('|')})|${FALSITY_WORDS.join('|')})\b`,
  'i',
);

/** Whether a statement denies what another side says: {@link DENIAL} or {@link FALSITY}. */
export function denies(text: string): boolean {
  return DENIAL.test(text) || FALSITY.test(text);
}
