// The words two statements must share to state one claim: content words, and words of what each says.
import {
  ACTION_VERBS,
  ATTRIBUTION_LISTENERS,
  ATTRIBUTION_VERBS,
  AUXILIARY_VERBS,
  DETERMINERS,
  IRREGULAR_PAST,
  NOT_PAST_ED,
} from './english-cues.js';

import type { RelatedText } from './same-claim.js';
import { reciprocalWords } from './swapped-words.js';
import { isStopWord, lowerWord } from './text-stats.js';

/**
 * Words two statements must share, other than function words, to state one claim: two. One word in
 * common is a subject, not a claim: in briefs of three to five sources, whose in-brief word weights come
 * from a few dozen statements (function words weigh as much as content words there), "The company said
 * no illnesses had been linked to the products" had "supported" "Consumers can return affected products
 * … for a full refund" (0.54), and "Officials had said on Monday evening that no one had died" a fire's
 * "under control as of this evening" (0.57). Of the 93 pairs of sources' statements in the shared claims
 * of 25 folders (sessions 39–41's, the sample, three new ones), 15 shared one such word and 14 of them
 * supported nothing (one lost: "submit an application to the US Food and Drug Administration" against
 * "file for US approval"); 23 of the 78 sharing two or more did not either (one subject, other predicates).
 */
const SHARED_WORDS_MIN = 2;

/**
 * Whether two statements share {@link SHARED_WORDS_MIN} words that can carry a claim: no stop word
 * ("the", "said", "on"); a number counts, and an actor word counts. Stops at the second found.
 */
export function sharesClaimWords(a: RelatedText, b: RelatedText): boolean {
  let n = 0;
  for (const w of a.words)
    if ((w.length > 2 || DIGIT.test(w)) && !isStopWord(w) && b.words.includes(w) && ++n >= SHARED_WORDS_MIN)
      return true;
  return false;
}

const DIGIT = /\d/;

const ATTRIBUTION_VERB = `${ATTRIBUTION_VERBS.join('|')}|told\\s+(?:${ATTRIBUTION_LISTENERS.join('|')})|tells\\s+(?:${ATTRIBUTION_LISTENERS.join('|')})`;
/**
 * A speaker and the verb that attributes to them, set off from what they said: from the sentence's
 * start or a comma or quotation mark to the verb ("Interior Minister Jonas Weber said …", "…, the
 * ministry said in a statement"), or from the verb after a quotation or comma to the sentence's end
 * ("…," said Dr. Claire Martin, the agency's director of public health.), or "according to" and its
 * source to the next comma.
 */
const ATTRIBUTION = new RegExp(
  [
    String.raw`(?<=^|[,;:"“”‘’]\s*)[^,;:"“”]{0,80}?\s?\b(?:${ATTRIBUTION_VERB})\b`,
    String.raw`(?<=[,"”’]\s*)(?:${ATTRIBUTION_VERB})\b[^"“”]*$`,
    String.raw`\baccording to\b[^,;]*`,
  ].join('|'),
  'gi',
);
/** A word for {@link predicateWords}, letters and digits (an actor reads as one word there). */
export const PLAIN_WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const AUXILIARY = new Set(AUXILIARY_VERBS);
const PAST = new Set([...IRREGULAR_PAST, ...ACTION_VERBS]);
const DETERMINER = new Set(DETERMINERS);
const NOT_PAST = new Set(NOT_PAST_ED);

/**
 * The words of what a statement says, not of what it is about: its speaker's attribution left out, and
 * the subject before its first verb (an auxiliary, a past tense, a word in -ed not after a determiner);
 * all its words when no verb is found. Words as {@link sharesClaimWords} counts them.
 * @param text a statement, actors as one word each ({@link withActorWords})
 */
export function predicateWords(text: string): Set<string> {
  const { words, verb } = readClause(text);
  const out = new Set<string>();
  for (const w of words.slice(verb ?? 0)) if ((w.length > 2 || DIGIT.test(w)) && !isStopWord(w)) out.add(w);
  return out;
}

/**
 * A statement's words in lower case, its speaker's attribution left out, and where its first verb
 * stands (an auxiliary, a past tense, a word in -ed not after a determiner), if it has one.
 */
function readClause(text: string): { raw: string[]; words: string[]; verb: number | undefined } {
  const raw = Array.from(text.replace(ATTRIBUTION, ' ').matchAll(PLAIN_WORD), (m) => m[0]);
  const words = raw.map(lowerWord);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (
      AUXILIARY.has(w) ||
      PAST.has(w) ||
      (w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w) && !DETERMINER.has(words[k - 1] ?? ''))
    )
      return { raw, words, verb: k };
  }
  return { raw, words, verb: undefined };
}

/**
 * A statement's words before its first verb, as written, its speaker's attribution left out ("Police
 * said the Norvale Brigade carried out …" → "the", "Norvale", "Brigade"), the verb, and the words after
 * it; null when no verb is found.
 * @param text a statement, actors as one word each ({@link withActorWords}) or as written
 */
export function subjectWords(text: string): { subject: string[]; verb: string; rest: string[] } | null {
  const { raw, words, verb } = readClause(text);
  return verb === undefined
    ? null
    : { subject: raw.slice(0, verb), verb: words[verb] as string, rest: raw.slice(verb + 1) };
}

/**
 * Relatedness from which two statements need share no word of what they say ({@link sharesPredicate}):
 * close versions say it with other words ("Police said the ferry's captain had been arrested" against
 * "The captain and the owner of the vessel are in police custody", 0.66; "The other two major American
 * stock indices fell too" against "Two of the major United States indices saw falls", 0.67). Of the 80
 * pairs the test cut on 37 folders, the 4 at 0.66 or more were 3 such versions and a strike called
 * against how long it would last; below, nearly all were one subject with other predicates.
 */
export const PREDICATE_FREE = 0.66;

/**
 * Whether two statements share a word of what each says ({@link predicateWords}), not only words of
 * their subject or speaker: "Interior Minister Jonas Weber said the government respected the court's
 * decision" and "Interior Minister Jonas Weber has promised a new bill" are one man's two statements,
 * "Cronobacter infections are rare but can be deadly" and "Cronobacter is found in many environments"
 * two things said of one subject.
 */
export function sharesPredicate(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const w of a) if (b.has(w)) return true;
  return false;
}

/** A statement's content words two by two as they stand, stop words skipped ("port authority", "cargo forecast"). */
function wordPairs(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  let last: string | null = null;
  for (const w of words) {
    if (isStopWord(w) || w.length < 3) continue;
    if (last !== null) out.add(`${last} ${w}`);
    last = w;
  }
  return out;
}

/**
 * Whether two statements share two content words side by side, stop words between them skipped ("the
 * port authority cut its cargo forecast" and "the port authority earlier lowered its cargo forecast";
 * "four new lines from Bergen" and "Six new lines are planned from Bergen"): a detail of one event,
 * where single words shared may be only the words of a brief's one topic ("water", "river").
 * @param a one statement's words in lower case, in order ({@link lowerClaimWords} of its actor-word text)
 * @param b the other's
 */
export function sharesWordPair(a: readonly string[], b: readonly string[]): boolean {
  const pairs = wordPairs(a);
  for (const p of wordPairs(b)) if (pairs.has(p)) return true;
  return false;
}

/**
 * Whether two statements both tell of one thing two parties do with each other, in the same word
 * ("talks", "met": {@link reciprocalWords}): the detail of one event that {@link sharesWordPair} looks
 * for, when the rest of their words are a brief's one topic ("Talks between the two governments on
 * ending the mission started" and "talks with Ostrel have resumed on the mission's future").
 * @param a one statement's distinct words in lower case
 * @param b the other's
 */
export function sharesMutualWord(a: readonly string[], b: readonly string[]): boolean {
  const mutual = reciprocalWords();
  for (const w of a) if (mutual.has(w) && b.includes(w)) return true;
  return false;
}
