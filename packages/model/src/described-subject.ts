import { isActorHead } from './actor-deeds.js';
import { openerAfterConnective } from './connective-words.js';
import { AUXILIARY_INSERTS, AUXILIARY_VERBS, IRREGULAR_PAST } from './english-cues.js';
import { escapeRegExp, literalsPattern } from './escape-reg-exp.js';
import { isTitleLower } from './find-roles.js';
import { nounKind } from './kind-nouns.js';
import { VERB_FORM } from './opening-subject.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { isSpeakerNoun } from './speaker-nouns.js';
import { speakingBody } from './speaking-bodies.js';

/**
 * A word of the subject is no verb nor a word between a subject and its verb ("The company also said",
 * "The firm currently employs") nor a preposition or a conjunction ("The number of ferry passengers rose").
 */
const NOT_VERB = String.raw`(?!(?:${literalsPattern(AUXILIARY_VERBS)}|${literalsPattern(IRREGULAR_PAST)}|${literalsPattern(AUXILIARY_INSERTS)}|then|\p{Ll}+ly|of|in|on|at|for|to|from|by|with|and|or|as|than)\s)`;
/** Up to three words in lower case, the last the noun. */
const NOUN_PHRASE = String.raw`(?:${NOT_VERB}\p{Ll}[\p{Ll}-]*\s+){0,2}${NOT_VERB}(\p{Ll}[\p{Ll}-]*)`;
/**
 * Where the thing was, after its noun: "in" or "at" and "the" and one word ("The final count in the
 * Assembly was 52 to 35", a vote's count beside the vote its report tells): a place of the thing, not a
 * name of it ("The maiden voyage of the Kestrel 400" names one). On the 10-report cluster briefs one
 * such count gave way to another line of its report's day.
 */
const PLACE = String.raw`(?:\s+(?:in|at)\s+the\s+\p{L}[\p{L}-]*)?`;
/**
 * A verb ({@link VERB_FORM}: an auxiliary, a past tense or a present in "-s"), after a word such as "also" or "then", and
 * before a word or the sentence's end (a plural before a comma, "Other harbour shares, such as Norvale's,
 * …", is no verb).
 */
const VERB = String.raw`(?:(?:${literalsPattern(AUXILIARY_INSERTS)}|then)\s+)?(?:${VERB_FORM})(?=\s|[.;:!?])`;
/**
 * The subject and its verb: "The" and a noun phrase, right before its verb or before an aside set off by
 * commas that names nothing ("The contract, worth 90 million crowns, runs …"; not "The carrier, Norvale
 * Air, said"); "This" or "That", alone or before a noun ("This lifted …", "This step comes …"); "These",
 * "Those", "Such", "Other" or "Another" before a noun, a capitalised word before it ("Other Ruritanian
 * shares"). After a connective of `data/connectives.yaml` the determiner is in lower case ("However, the
 * deal was …", `openerAfterConnective`). Built once, on first use.
 */
let described: RegExp | undefined;
function describedPattern(): RegExp {
  described ??= new RegExp(
    String.raw`(?:${openerAfterConnective(['the'])}\s+${NOUN_PHRASE}${PLACE}(?:\s+|,\s+(?!\p{Lu})[^,"“”()]{1,80},\s+)|${openerAfterConnective(['this', 'that'])}\s+(?:${NOUN_PHRASE}\s+)?|${openerAfterConnective(['these', 'those', 'such', 'other', 'another'])}\s+(?:\p{Lu}\p{Ll}+\s+)?${NOUN_PHRASE}\s+)${VERB}`,
    'u',
  );
  return described;
}
/** A word of naming in an aside: what it calls the thing names it ("The ship, named after …"). */
const NAMING = /\b(?:called|named|dubbed|known)\b/u;
let opens: RegExp | undefined;
/** What {@link describedPattern} needs first: a determiner, after a connective if any. */
function opensPattern(): RegExp {
  opens ??= new RegExp(
    String.raw`${openerAfterConnective(['the', 'this', 'that', 'these', 'those', 'such', 'other', 'another'])}\s`,
    'u',
  );
  return opens;
}

/**
 * Whether a sentence's subject is a thing or an event that only the report before it tells: "The
 * contract, worth 90 million crowns, runs …", "The launch went …", "This lifted Norvale's shares", "Such
 * delays have …", after the lead that tells the contract, the launch or the rise. Not a noun of an actor,
 * whose deed is its own ("The company said …", "The court ruled …", "Other unions joined …":
 * `data/kind-nouns.yaml`, `data/speaking-bodies.yaml`, `data/actor-deeds.yaml`, `data/person-titles.yaml`,
 * `data/speaker-nouns.yaml`) or of a body the report quoted before ("the health office said", "according
 * to the health office"), nor one an aside names.
 * @param text a sentence
 * @param before the report's text before it, asked only of a subject that may describe
 */
export function describesBefore(text: string, before: () => string = () => ''): boolean {
  if (!opensPattern().test(text)) return false;
  const m = describedPattern().exec(text);
  if (!m || NAMING.test(m[0])) return false;
  const noun = m[1] ?? m[2] ?? m[3];
  if (noun === undefined) return true;
  if (isActorNoun(noun) || singularsOf(noun).some(isActorNoun)) return false;
  // a body the report has quoted ("the district health office said", "according to the district health
  // office" before "The office has asked …")
  const n = escapeRegExp(noun);
  return !new RegExp(
    String.raw`\b${n}\s+(?:${SAYING_VERBS}|${TOLD})\b|\baccording to\s+(?:[\p{L}-]+\s+){0,4}${n}\b`,
    'u',
  ).test(before());
}

/**
 * Whether a noun in lower case names an actor: a body, a person's title or role, or a kind's noun.
 * @param noun a word in lower case
 */
export function isActorNoun(noun: string): boolean {
  return (
    nounKind(noun) !== null ||
    speakingBody(noun) !== null ||
    isActorHead(noun) ||
    isTitleLower(noun) ||
    isSpeakerNoun(noun)
  );
}

/**
 * The singulars a plural in "-s" may have ("companies" → "company", "ministries", "boards").
 * @param noun a word in lower case
 */
export function singularsOf(noun: string): string[] {
  if (!noun.endsWith('s')) return [];
  return noun.endsWith('ies') ? [`${noun.slice(0, -3)}y`] : [noun.slice(0, -1), noun.slice(0, -2)];
}
