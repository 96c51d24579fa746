/**
 * Whether a page's lead, its first statement, opens a feature rather than a report of one day's events:
 * a report's lead tells what happened, in the past ("Voters approved an amendment"), the present perfect
 * ("Researchers have developed …") or a present of saying ("… are paid too little, says a report"); a
 * feature's opens in the present ("This video delves into the complexities of a vote …") or in its
 * writer's or reader's person ("In this post, we'll look at …", "By the time we realised what was
 * happening, it was already too late": a story, a tutorial).
 */

import { IRREGULAR_PAST, NOT_PAST_ED } from './english-cues.js';
import { blankQuotations } from './quoted-passages.js';

/**
 * A writer or reader ("Welcome to the Decade From Hell, our look back at …", "you may have noticed",
 * "In this post, we'll look at"): a column's, a blog's or a story's voice, not a report's. "I" and "us"
 * only so written ("US" is a country).
 */
export const PERSONAL = /\b(?:I|[Ww]e|[Oo]ur|us|[Yy]ou|[Yy]our|[Mm]y|me)\b/;

/**
 * A verb that tells of an event: a past ("approved", "fell", "was learned"), a perfect ("has sworn in",
 * "have been lost", "have begun", "has brought"), or a present of saying or reporting ("says a report", "reports"),
 * which news leads put in the present. An -ed word after a determiner or a preposition is an adjective
 * ("the armed forces", "a shortage of trained crews"), no verb.
 */
const EVENT_VERB = new RegExp(
  String.raw`\b(?:${IRREGULAR_PAST.join('|')}|says|say|tells|reports|announces|announce|warns|claims|confirms)\b|\bcomes?\s+(?:as|after|amid|just|days|weeks|hours)\b|\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+(?:ed|en|wn|ne|rn|un|ung|ught|pt|lt|id|ld|ot|ft)|${IRREGULAR_PAST.join('|')})\b|(?<!\b(?:the|a|an|its|their|his|her|our|this|that|these|those|of|for|with|in|on|at|from|by|into|be|being|to)\s+|-)\b(?!(?:${NOT_PAST_ED.join('|')})\b)[a-z]{3,}ed\b`,
  'i',
);

/**
 * Whether a lead opens a feature, not a report of a day's events (see the module's comment): it speaks
 * in its writer's or reader's person, or tells of no event (no past, perfect or present of saying),
 * outside its quotations. A lead that states a day itself is the caller's to keep ("Today, we opened a
 * second clinic": an organisation's news of its day).
 * @param text the lead, a sentence
 */
export function opensAFeature(text: string): boolean {
  let own = blankQuotations(text);
  if (PERSONAL.test(own)) return true;
  // "For more than a decade the Web has used …", "X has always focused on …": a perfect that lasts
  if (CONTINUANCE.test(own)) own = own.replace(PERFECT, (m) => ' '.repeat(m.length));
  return !EVENT_VERB.test(own);
}

/**
 * A perfect that lasts up to now: "has long …", "have always …", "has ever …", one in a sentence that
 * opens with its span ("For more than a decade the Web has used …") or tells of "recent months". A
 * lead's perfect so told is of a state that goes on ("has long been heralded as …", "have been
 * commonplace in recent months"), a feature's or an analysis's opening, no event of a day; not a span
 * of a noun ("the first gain for four years", "a long-haul fleet").
 */
export const CONTINUANCE =
  /^\s*for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:a|an|\w+)\s+(?:decades?|years|centur(?:y|ies)|months|generations?)\b|\bin\s+recent\s+(?:weeks|months|years|decades)\b|\b(?:has|have)\s+(?:long|always|ever)\b(?!-)/i;
/** A perfect and its participle, an adverb or two between: "has used", "has long been heralded", "have been". */
const PERFECT = /\b(?:has|have)\s+(?:(?:long|always|ever|never|also|since|now|been|[a-z]+ly)\s+)*[a-z]+\b/gi;
