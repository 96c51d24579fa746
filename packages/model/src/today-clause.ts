/**
 * Whether a writer's "today" names the day of writing or these days, read from the tense of the clause
 * it stands in: a report's day is told in the past ("closed today", "fared badly today"), the present
 * perfect ("have fallen dramatically today"), the future ("will vote today"), a present of the day's
 * state ("are lower today", "are closed today") or a present progressive it ends ("is launching its
 * campaign today"); these days in a present simple ("Neon signs exist today", "tensions that remain
 * unresolved today", "Today, many programmers leave science"), a present with a noun ("videos are the
 * most engaging tool available to marketers today", "Today, the region is a dominant force"), a
 * progressive it opens ("Yet today neon is experiencing a revival"), a modal ("would have been listed
 * today") or no verb at all ("one of the hottest trends today", "designers working today").
 */

import { IRREGULAR_PAST, NOT_PAST_ED } from './english-cues.js';
import { blankQuotations } from './quoted-passages.js';

/**
 * "today" in any case, tried first: a sentence without it holds no {@link TODAY_WORD} of its own nor in
 * a quotation ({@link blankQuotations} only blanks), and most hold none; the patterns after it had each
 * scanned every sentence the timeline asks about.
 */
const TODAY_CUE = /today/i;
/** A writer's "today", not "today's" (a noun's present) nor "of today". */
const TODAY_WORD = /(?<!\bof\s+)\btoday\b(?!['’]s\b)/gi;
/** What ends a clause: a mark, or a word that opens another clause (not "after today", a preposition). */
const BOUNDARY =
  /[,;:()—–]|\b(?:that|which|who|whom|whose|though|although|but|while|whereas|because|when|where|if|unless|once|(?:before|after|until|since)(?!\s+today\b))\b/gi;
const PAST = IRREGULAR_PAST.join('|');
/**
 * A verb of a past, a perfect or a future: "was", "fell", "will", "they'll", "have fallen", "has today
 * gone" (not "has" of a possession: "the firm has 500 staff").
 */
const TENSE_WORD = new RegExp(
  String.raw`\b(?:will|shall|won['’]t|${PAST})\b|['’]ll\b|(?:\b(?:has|have)|['’]ve)(?:\s+[a-z]+)?\s+(?:been|[a-z]+(?:ed|en|wn|ne)|${PAST})\b`,
  'i',
);
/**
 * A past in -ed ("fared", "announced"), not a participle of a present linking verb ("remain
 * unresolved") nor an adjective after a determiner, a degree or a preposition ("the most photographed
 * sight", "a shortage of trained crews").
 */
const PAST_ED = new RegExp(
  String.raw`(?<!\b(?:remains?|seems?|stays?|appears?|looks?|feels?|becomes?|gets?|the|a|an|its|their|his|her|our|most|more|least|less|well|best|much|of|for|with|in|on|at|from|about|into)\s+)\b(?!(?:${NOT_PAST_ED.join('|')})\b)[a-z]{3,}ed\b`,
  'i',
);
/** A present of the day's state: "are lower", "is down 3%", "is open", "are due to", "is going to". */
const DAY_STATE =
  /\b(?:is|are|am)\s+(?:(?:also|still|sharply|slightly|much|not)\s+)?(?:up|down|lower|higher|flat|open|off|unchanged|mixed|due|going)\b/i;
/** A modal and its verb: "would have been listed", "could be", no tense of the day. */
const MODAL = /\b(?:would|could|should|might|must|may|can)(?:n['’]t|\s+not)?(?:\s+[a-z]+){1,3}/gi;
/** A present progressive: "is launching", "are holding". */
const PROGRESSIVE = /\b(?:is|are|am)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?[a-z]{2,}ing\b/i;
/** "Today is a great day", "today is the company's day": "today" the subject of its clause is the day itself. */
const TODAY_SUBJECT = /^today\s+(?:is|was|has|marks|marked)\b/i;
/** "earlier today", "at 16:00 UTC today", "today at noon": an hour of the day, never these days. */
const HOUR_OF_TODAY =
  /\b(?:earlier|later)\s+today\b|\b(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|UTC|GMT|[ECMP][SD]T)|noon|midnight)\s+today\b|\btoday\s+at\s+(?:\d|noon|midnight)/i;
/**
 * A verb of an event that happens at a point in time, in any form, right before "today" (a word
 * between at most): "new rules coming into force today", "the ban takes effect today", "talks starting
 * today", "the store opening today". Such an event has a day, and "today" is it, even in a clause with
 * no tense ("under new rules coming into force today" had gone undated, a report's lead); an
 * activity or a state ("designers working today", "Neon signs exist today") is of these days.
 */
export const POINT_EVENT_TODAY =
  /\b(?:(?:comes|coming|come|takes|taking|take|goes|going)\s+(?:into\s+)?(?:force|effect|place)|(?:start|begin|open|launch|end)(?:s|ing)?)\s+(?:[a-z]+\s+)?today\b/i;
/**
 * A perfect of coming to know or to be ("have recognized", "has realised", "have come to accept", "has
 * become"): a state that holds now, not a doing of the day. After an opening "Today," it is these days
 * ("Today, most growers have recognized that the old varieties are gone"), as a present simple is;
 * "Today, the council has approved the plan" keeps its day.
 */
const PERFECT_OF_KNOWING =
  /\b(?:has|have|['’]ve)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?(?:recogni[sz]ed|reali[sz]ed|understood|learn(?:ed|t)|accepted|become|(?:come|grown)\s+to)\b/gi;
/** A phrase a preposition opens ("In a speech at the White House today, the president …"): no clause of its own. */
const PREPOSITION_PHRASE = /^\s*(?:in|at|on|during|from|with|by|for|via)\b/i;

/**
 * Whether every "today" a sentence's writer uses (outside quotations) means these days, by the tense of
 * its clause (see the module's comment); false when it has none, or "tonight".
 * @param text a sentence
 */
export function meansNowadays(text: string): boolean {
  if (!TODAY_CUE.test(text)) return false;
  const own = blankQuotations(text);
  if (/\btonight\b/i.test(own) || HOUR_OF_TODAY.test(own)) return false;
  let found = false;
  TODAY_WORD.lastIndex = 0;
  for (let m = TODAY_WORD.exec(own); m !== null; m = TODAY_WORD.exec(own)) {
    // tested once a "today" is found: most sentences have none
    if (!found && POINT_EVENT_TODAY.test(own)) return false;
    found = true;
    const clause = clauseOf(own, m.index, m.index + m[0].length);
    if (clause.opens && TODAY_SUBJECT.test(own.slice(m.index))) return false;
    if (tellsTheDay(clause, m.index)) return false;
  }
  return found;
}

/**
 * The clause around a word, where it starts, and whether the word opens it; a "today" set off alone
 * ("Today, …") or in a phrase a preposition opens ("At a news conference today, …") takes the next one.
 */
function clauseOf(text: string, start: number, end: number): { text: string; from: number; opens: boolean } {
  const bounds: { start: number; end: number }[] = [];
  BOUNDARY.lastIndex = 0;
  for (let b = BOUNDARY.exec(text); b !== null; b = BOUNDARY.exec(text))
    bounds.push({ start: b.index, end: b.index + b[0].length });
  let from = 0;
  let to = text.length;
  for (const b of bounds) {
    if (b.end <= start) from = b.end;
    else if (b.start >= end) {
      to = b.start;
      break;
    }
  }
  // "Today, many programmers leave science …", "the women who, today, would have been listed": the clause
  // "today" belongs to follows it
  const opens = !/\p{L}/u.test(text.slice(from, start).replace(/\b(?:yet|and|so|even|still)\b/gi, ''));
  if (
    ((opens && /^\s*,/.test(text.slice(end))) || PREPOSITION_PHRASE.test(text.slice(from, start))) &&
    text[to] === ','
  ) {
    const next = bounds.find((b) => b.start > to);
    return { text: text.slice(to + 1, next?.start ?? text.length), from: to + 1, opens: false };
  }
  return { text: text.slice(from, to), from, opens };
}

/**
 * Whether a clause tells of the day it names: a past, a perfect (not one of coming to know, after an
 * opening "Today,": {@link PERFECT_OF_KNOWING}), a future, a state of the day, a progressive "today" ends.
 */
function tellsTheDay(clause: { text: string; from: number }, today: number): boolean {
  let text = clause.text.replace(MODAL, (m) => ' '.repeat(m.length));
  // "Today, many growers have recognized that …": the clause "today" opened holds a state of these days
  if (clause.from > today) text = text.replace(PERFECT_OF_KNOWING, (m) => ' '.repeat(m.length));
  if (TENSE_WORD.test(text) || PAST_ED.test(text) || DAY_STATE.test(text)) return true;
  const progressive = PROGRESSIVE.exec(text);
  return progressive !== null && clause.from + progressive.index < today;
}
