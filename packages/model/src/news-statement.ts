/**
 * Whether a sentence reports news or gives context: the cues an editor reads when choosing the lead of
 * a brief. General English, no topic words; the words themselves are in `english-cues.ts`.
 */

import { trimmableConnectives, withoutJoiningConnective } from './connective-words.js';
import {
  ACTION_VERBS,
  ASSESSMENT_WORDS,
  AUXILIARY_INSERTS,
  BEFORE_ADJECTIVE,
  DEPENDENT_INSERTS,
  DEPENDENT_OPENERS,
  IRREGULAR_PARTICIPLES,
  NOT_PAST_ED,
  PARTICIPLE_AUXILIARIES,
  PLAN_BEFORE_TO,
  REFERRING_OPENERS,
  THIS_TIME,
  TIME_REFERRING_OPENERS,
} from './english-cues.js';
import { literalsPattern } from './escape-reg-exp.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { blankQuotations } from './quoted-passages.js';

/** Openers that tie a sentence to what came before it, so it cannot stand first or alone. */
const DEPENDENT_OPENER = new RegExp(String.raw`^["“]?(?:${literalsPattern(DEPENDENT_OPENERS)})\b`, 'u');
const REFERRING_OPENER = new RegExp(String.raw`^["“]?(?:${literalsPattern(REFERRING_OPENERS)})\b`, 'u');
/** An opener that times the sentence by the one before ("Following this, …"). */
const TIME_REFERRING_OPENER = new RegExp(`^(?:${literalsPattern(TIME_REFERRING_OPENERS)}),`, 'iu');
/** A contrast or consequence marker right after the subject: "Ostrel, on the other hand, sees …". */
const DEPENDENT_INSERT = new RegExp(
  String.raw`^[^,]{1,50},\s+(?:${literalsPattern(DEPENDENT_INSERTS)}),`,
  'iu',
);
/** A subject that points back ("The outcome of these talks …"): a demonstrative in the first words. */
const POINTS_BACK = new RegExp(
  String.raw`^(?:\S+\s+){0,5}?(?:these|those|such|this(?!\s+(?:${literalsPattern(THIS_TIME)})\b))\s+\p{L}`,
  'iu',
);
/**
 * A quotation whose speaker is a pronoun ('"The voters have spoken," she told supporters'): who said it
 * is in the sentences before.
 */
const QUOTED_BY_PRONOUN =
  /[,.!?…]["”’]\s+(?:he|she|they)\s+(?:said|says|added|told|explained|noted|stressed|insisted|warned)\b/iu;
/**
 * A denial whose object is the sentence before ("The company denied the claim on Thursday", "disputed
 * that, saying …", "rejected the allegations"): what is denied is not in the sentence. Not one that
 * says it ("denied the claim that it hid the results", "denied that it knew").
 */
/** The stems of {@link DENIES_CONTEXT}'s verbs. */
const DENIAL_STEM = /[Dd]en(?:i|y)|[Rr]eject|[Dd]isput|[Dd]ismiss|[Rr]efut/;
const DENIES_CONTEXT =
  /\b(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses|refuted|refutes)\s+(?:(?:that|it|this)(?=\s*[,.;:!?—–]|\s+(?:on|in|at|as|and|but)\b)|the\s+(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|account)\b(?!\s+(?:that|of|by|about)\b))/iu;
const TRIMMABLE = new RegExp(String.raw`^(?:${literalsPattern(trimmableConnectives())}),\s+`, 'u');
/**
 * A sentence without the connective it opens with: one of {@link TRIMMABLE} and a comma, or a joining one
 * with a comma or none ("However so far this year, …", "But the council …"; `connective-words.ts`), capitalised.
 * @param text a sentence
 */
function withoutConnective(text: string): string {
  const rest = withoutJoiningConnective(text.replace(TRIMMABLE, ''));
  // capitalised as a sentence's start, so that "However, he said …" opens on "He" as the openers read it
  return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
}
const ASSESSMENT = new RegExp(String.raw`\b(?:${literalsPattern(ASSESSMENT_WORDS)})\b`, 'gu');
/** Up to two {@link AUXILIARY_INSERTS} after an auxiliary: "have both", "has not yet". */
const INSERTS = String.raw`(?:\s+(?:${literalsPattern(AUXILIARY_INSERTS)})){0,2}`;
/**
 * An action: a past tense, a "will" future, a perfect or a past passive of any verb ("have begun", "were
 * taken": an irregular participle after an auxiliary), or a plan stated with "be" ("are set to close",
 * "is about to sign").
 */
const ACTION = new RegExp(
  String.raw`\b(?:[a-z]{3,}ed|${literalsPattern(ACTION_VERBS)}|will [a-z]+|has [a-z]+ed|have [a-z]+ed|(?:${literalsPattern(PARTICIPLE_AUXILIARIES)})${INSERTS}\s+(?:${literalsPattern(IRREGULAR_PARTICIPLES)})|(?:is|are|was|were)${INSERTS}\s+(?:${literalsPattern(PLAN_BEFORE_TO)})\s+to\s+[a-z]+)\b`,
  'gu',
);
/** A month's or weekday's name, a day named from today's, or a year: the sentence says when. */
const DATE = new RegExp(
  String.raw`\b(?:${[...MONTH_NAMES, ...WEEKDAYS].join('|')}|yesterday|today|tonight|(?:19|20)\d{2})\b`,
  'u',
);
/** A capitalised name after the first word: an actor. */
const NAME = /(?<=\S\s+(?:["“(]?))\p{Lu}[\p{L}-]+/u;
const NOT_PAST = new RegExp(`^(?:${literalsPattern(NOT_PAST_ED)})$`);
const ADJECTIVE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${literalsPattern(BEFORE_ADJECTIVE)})\s+$`, 'iu');

/**
 * Whether a sentence opens by leaning on the one before it ("Although …", "This means …", "He said …",
 * "Ostrel, on the other hand, …"), quotes someone it names only as "he" or "she", or denies what only
 * the sentence before says ({@link DENIES_CONTEXT}): such a sentence cannot be a point of its own.
 * @param text a sentence
 */
export function leansOnContext(text: string): boolean {
  const rest = withoutConnective(text);
  return (
    (DEPENDENT_OPENER.test(rest) || DEPENDENT_INSERT.test(rest) || pointsBack(rest)) && !newsAfterColon(rest)
  );
}

/**
 * "It", "this" or "that" with a form of "be" before a colon, in a sentence's first words: a pronoun
 * that points forward to what the colon opens ("It was a first for the valley: the ferry carried …"),
 * not back to the sentence before. What follows the colon is group 1.
 */
const POINTS_TO_COLON =
  /^(?:It|This|That)(?:\s+(?:is|was|has been|had been|will be|would be)\b)[^:;"“”]{1,80}:\s+(\S.*)$/su;

/**
 * Whether a sentence opening with a pronoun that points forward to a colon ({@link POINTS_TO_COLON})
 * states its news in the clause after the colon: that clause leans on nothing (read as a sentence of
 * its own) and states an action ("It was a milestone in aviation history: the first Kestrel landed at
 * Orrin at 6:40 p.m. …"). The pronoun had been read as leaning on the sentence before, and the
 * newest report's lead left out as no news.
 * @param rest a sentence without its opening connective
 */
function newsAfterColon(rest: string): boolean {
  const after = POINTS_TO_COLON.exec(rest)?.[1];
  if (after === undefined) return false;
  const clause = after.charAt(0).toUpperCase() + after.slice(1);
  return (
    !DEPENDENT_OPENER.test(clause) &&
    !DEPENDENT_INSERT.test(clause) &&
    !pointsBack(clause) &&
    !PRONOUN_SUBJECT.test(clause) &&
    hasAction(clause)
  );
}

/**
 * Whether what a sentence states is about something only the sentence before names: it opens with a
 * pronoun or a demonstrative ("This is due to …", "They each fell …"), its subject points back ("Some
 * shares in this index …"), it quotes someone it names only as "he" or "she", or it denies what only
 * the sentence before says. Narrower than {@link leansOnContext}, which also takes a sentence tied to
 * the one before by a conjunction ("Although the House approved the measures, the Senate voted …"),
 * whose statement is whole.
 * @param text a sentence
 */
export function refersBack(text: string): boolean {
  const rest = withoutConnective(text);
  return (REFERRING_OPENER.test(rest) || pointsBack(rest)) && !newsAfterColon(rest);
}

/**
 * Whether a sentence's time is only what the sentence before tells: it opens with "Following this,",
 * "After that,", "Shortly afterwards," ({@link TIME_REFERRING_OPENERS}), so the moment it reports is
 * some time after (or before) an event it does not name.
 * @param text a sentence
 */
export function timedBySentenceBefore(text: string): boolean {
  return TIME_REFERRING_OPENER.test(withoutConnective(text));
}

/**
 * What {@link leansOnContext} and {@link refersBack} share, of a sentence without its opening
 * connective: a subject that points back, a quotation of a "he" or "she", a denial of the sentence
 * before. (The referring openers are among the dependent ones, so the wider test needs no other.)
 */
function pointsBack(rest: string): boolean {
  return POINTS_BACK.test(rest) || QUOTED_BY_PRONOUN.test(rest) || deniesContext(rest);
}

/** A personal pronoun opening a sentence as its subject: who it is, the sentence before says. */
const PRONOUN_SUBJECT = /^(?:He|She|They|It)\s+\p{Ll}/u;

/**
 * Whether a development needs the sentence before it to be read: its subject is a pronoun ("He will
 * visit the region on Wednesday") or it denies what only that sentence says ({@link deniesContext}).
 * Narrower than {@link leansOnContext}, which also takes a quotation opening with "We" for one.
 * @param text a sentence
 */
export function needsSentenceBefore(text: string): boolean {
  return (PRONOUN_SUBJECT.test(text) && !newsAfterColon(text)) || deniesContext(text);
}

/** A possessive pronoun opening a sentence before its noun ("Its future is …"): whose, the sentence before says. */
const POSSESSIVE_SUBJECT = /^(?:Its|Their|His|Her)\s+\p{Ll}/u;
/**
 * "It" that stands for the clause after it ("It is expected that …", "It is unclear whether …", "It is
 * too early to …"), not for a thing the sentence before names.
 */
const ANTICIPATORY_IT =
  /^It\s+(?:is|was|has been|had been|will be|would be|seems|appears)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+\s+(?:that|whether|if|to|when|how)\b/u;

/**
 * Whether a thing to watch is about something only the sentence before names: its subject is a
 * personal pronoun ("It intends to cut …") or opens with a possessive one ("Its future is also uncertain
 * as the contract expires in 2028"), but not an "it" that stands for the clause after it ("It is
 * expected that the ferry will sail on 11 November"). Narrower than {@link leansOnContext}, which the
 * bottom line uses and which also takes "Instead, …", a demonstrative ("These lines will be available
 * until …") and that "it": on the three Wikinews clusters it would have dropped 4 right watch items
 * with the 2 wrong ones.
 * @param text a sentence
 */
export function watchLeansOnSubjectBefore(text: string): boolean {
  return (
    (PRONOUN_SUBJECT.test(text) || POSSESSIVE_SUBJECT.test(text)) &&
    !ANTICIPATORY_IT.test(text) &&
    !newsAfterColon(text)
  );
}

/**
 * Whether a sentence denies what only the sentence before it says ({@link DENIES_CONTEXT}), outside
 * its quotations: "The company denied the claim on Thursday."
 * @param text a sentence
 */
export function deniesContext(text: string): boolean {
  // the verbs' stems first, a scan most sentences fail at once
  if (!DENIAL_STEM.test(text)) return false;
  return DENIES_CONTEXT.test(text) && DENIES_CONTEXT.test(blankQuotations(text));
}

/**
 * Drops a leading connective a point does not need ("However, ") and capitalises what is left.
 * @param text a sentence
 * @returns the point's text
 */
export function dropConnective(text: string): string {
  const rest = withoutConnective(text);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * Whether a sentence is context rather than news: it states neither an action in the past tense nor a
 * date ("The situation is a natural consequence of …").
 * @param text a sentence
 */
export function isContext(text: string): boolean {
  return !DATE.test(text) && !hasAction(text);
}

/**
 * Whether a sentence states an action: a verb in the past tense, a present perfect or a "will" future
 * ("named", "has signed", "will meet"), an irregular participle after an auxiliary ("have both begun",
 * "was taken"), a plan with "be" ("are set to close"), not an adjective in "-ed" ("the so-called").
 * @param text a sentence
 */
export function hasAction(text: string): boolean {
  // exec from offset 0 rather than matchAll, which copies the pattern for every sentence: the same
  // matches (none is empty), and most sentences stop at their first
  ACTION.lastIndex = 0;
  for (let m = ACTION.exec(text); m !== null; m = ACTION.exec(text)) {
    const w = m[0];
    if (NOT_PAST.test(w)) continue;
    if (
      /ed$/.test(w) &&
      !w.includes(' ') &&
      ADJECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))
    )
      continue;
    return true;
  }
  return false;
}

/**
 * How much a sentence reads as a report of an event: one each for an action verb in the past tense,
 * a date and a named actor, less one for each mark of assessment or opinion (two at most).
 * @param text a sentence
 * @returns from -2 to 3; 1 or more is news, below 0 is context or opinion
 */
export function newsScore(text: string): number {
  const opinion = Math.min(2, text.match(ASSESSMENT)?.length ?? 0);
  const score = (hasAction(text) ? 1 : 0) + (DATE.test(text) ? 1 : 0) + (NAME.test(text) ? 1 : 0) - opinion;
  return speaksPersonally(text) || givesServiceInformation(text) ? Math.min(score, WRITER) : score;
}

/**
 * The highest news score of a sentence in which the writer speaks of themself: opinion, which a brief
 * takes as a key point only when news runs short. A review's or a column's "I still remember using
 * the first model in 2010" states a date, and read as news it led a brief of mixed pages.
 */
const WRITER = -1;
/** The first person singular ("I felt", "I'm", "my view", "told me"); "I" after a capitalised word is a numeral ("World War I"). */
// "mine" the pronoun ("is mine", "a friend of mine"), not the noun ("the Brannock mine", whose news had
// been the writer's own and so no latest development)
const FIRST_PERSON =
  /(?<!\p{Lu}\p{L}*\s)\bI(?:['’](?:m|ve|d|ll)\b|\s+\p{Ll})|\b(?:[Mm]y|me|myself)\b|\b(?:is|was|are|were|of|be)\s+mine\b|^Mine\s+(?:is|was)\b/u;

/**
 * Whether the writer speaks in the first person singular, outside any quotation.
 * @param text a sentence
 */
export function writerSpeaks(text: string): boolean {
  if (!FIRST_PERSON.test(text)) return false;
  // a speaker's "I" is reported speech, not the writer's
  return FIRST_PERSON.test(blankQuotations(text));
}

/** The outlet or the reader: "we", "our", "us" (so written: "US" is a country), "you", "your". */
const OUTLET_OR_READER = /\b(?:[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our)\b/;

/**
 * Whether the writer speaks of themself ({@link writerSpeaks}), or the outlet speaks or speaks to the
 * reader, outside any quotation ("Anyone eager to learn more can also attend our Zoom panel on Nov. 9").
 * @param text a sentence
 */
export function speaksPersonally(text: string): boolean {
  if (writerSpeaks(text)) return true;
  if (!OUTLET_OR_READER.test(text)) return false;
  return OUTLET_OR_READER.test(blankQuotations(text));
}

/**
 * How a reader may reach someone: "may contact the company", "can call the hotline", "should visit".
 * Service information for the reader ("Consumers with questions may contact the company Monday through
 * Friday, 8 a.m. to 5 p.m."), not news, when the sentence does not report it as someone's word.
 */
const SERVICE =
  /\b(?:may|can|should)\s+(?:also\s+)?(?:contact|call|visit|email|e-mail|phone|text|write\s+to)\b/;
const REPORTED = /\b(?:said|says|told|tells|added|urged|advised|warned|according)\b/;

/**
 * Whether a sentence tells the reader how to reach someone ({@link SERVICE}), unreported.
 * @param text a sentence
 */
export function givesServiceInformation(text: string): boolean {
  return SERVICE.test(text) && !REPORTED.test(text);
}

/**
 * {@link newsScore} of a sentence that is not context, null for one that is ({@link isContext}): the
 * date and action tests made once for both questions (the key points of a brief and of each story ask
 * both of hundreds of sentences).
 * @param text a sentence
 * @returns null for context, else from -2 to 3
 */
export function newsScoreUnlessContext(text: string): number | null {
  const date = DATE.test(text);
  const action = hasAction(text);
  if (!date && !action) return null;
  const opinion = Math.min(2, text.match(ASSESSMENT)?.length ?? 0);
  const score = (action ? 1 : 0) + (date ? 1 : 0) + (NAME.test(text) ? 1 : 0) - opinion;
  return speaksPersonally(text) || givesServiceInformation(text) ? Math.min(score, WRITER) : score;
}

/**
 * How many marks of assessment or opinion a sentence carries ("could", "so-called", "views", "likely").
 * @param text a sentence
 */
export function assessmentMarks(text: string): number {
  return text.match(ASSESSMENT)?.length ?? 0;
}
