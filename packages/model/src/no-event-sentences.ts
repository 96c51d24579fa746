import { recallsYearsGone } from './background-dates.js';
import { withoutRelativeDays } from './date-phrases.js';
import {
  AUXILIARY_INSERTS,
  BEFORE_ADJECTIVE,
  CAUSE_OPENING,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  isRegularPast,
  isVerbPrefix,
  PLAN_PARTICIPLES,
  WEEKDAY_NAME,
} from './english-cues.js';
import { blankQuotations } from './quoted-passages.js';
import { isSayingVerb } from './saying-verbs.js';
import { stateVerbs } from './state-verbs.js';

/**
 * The share of a sentence's words inside its quotations above which it is someone's words, no event the
 * writer tells: measured on the Wikinews clusters' 10-report briefs, whose quotation lines have 0.64 to
 * 0.89 of their words quoted; at 0.50 a line that ends on the speaker's act ("…," said the agency's head,
 * after opening the improved offer) and holds an annotated event stays.
 */
const MOSTLY_QUOTED = 0.5;

/**
 * A day as the subject of "marks" ("Today marks", "Friday marked", "This week marks"): the calendar's
 * date, no one's act. With years gone by (`recallsYearsGone`), an anniversary ("Today marked a sombre date
 * for traders, who 20 years ago saw the Kestrel index crash"): background the reader has, no event of the day.
 */
const MARKS_A_DAY = new RegExp(
  String.raw`^(?:(?:today|yesterday|tomorrow|this\s+(?:week|month|year)|the\s+day|${WEEKDAY_NAME})\s+(?:also\s+)?(?:marks|marked|will\s+mark))\b`,
  'i',
);

/** Why a dated sentence tells no event ({@link tellsNoEvent}). */
export type NoEvent = 'quotation' | 'present' | 'anniversary';

const MODALS = new Set('will would can could may might must shall should'.split(' '));
const BE_PAST = new Set(['was', 'were']);
/** Modals of what may be so: with "be" and no participle, a guess at a state ({@link presentAt}). */
const POSSIBLE = new Set(['could', 'may', 'might']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
/** Before a form in "-ed", a word that makes it a present passive or an adjective, not a past ("is owned", "the released emails"). */
const NOT_FINITE_BEFORE = new Set(['is', 'are', 'am', 'be', 'being', ...BEFORE_ADJECTIVE]);
const PARTICIPLES = new Set(IRREGULAR_PARTICIPLES);
/** Before a participle, a word that makes it a passive's or joins it to one (see {@link tellsPlanOnly}). */
const PASSIVE_JOIN = new Set(['be', 'been', 'being', 'and', 'or']);
const INSERTS = new Set(AUXILIARY_INSERTS);
/** Irregular pasts that are acts (not "was", "were", "had", "did": of themselves a past state or an auxiliary). */
const ACT_PAST = new Set(IRREGULAR_PAST.filter((w) => !['was', 'were', 'had', 'did'].includes(w)));
const PLANNED = new Set(PLAN_PARTICIPLES);
/** A word that opens a noun phrase after "due to" ({@link CAUSE_OPENING}). */
const CAUSE_AFTER_TO = new RegExp(`^${CAUSE_OPENING}`);
/** A relative clause set off by commas on both sides: its verb is not the sentence's. */
const SET_OFF_RELATIVE = /,\s+(?:which|who|whose)\b[^,;:()"“”]*,/giu;
let stative: ReadonlySet<string> | undefined;
let phrasal: ReadonlySet<string> | undefined;
/**
 * Words that open a clause of its own, whose verb may be finite: before one, a past form after a present
 * view's verb is a participle of a noun in the view's clause ("want a fund earmarked for …"). Not "as",
 * "since" or "or", as often a preposition or a list's ("as a reaction to data released Friday").
 */
const CLAUSE_OPENERS = new Set(
  'that which who whom whose when where while because after before although though whereas until unless if and but'.split(
    ' ',
  ),
);
/** A word as {@link ownWords} reads it, its compound parts joined by hyphens, as a pattern's source. */
const WORD = `[a-z]+(?:['’][a-z]+)?(?:-[a-z]+(?:['’][a-z]+)?)*`;
/** Every word of a text ({@link ownWords}). */
const WORDS = new RegExp(WORD, 'g');
/** A word as {@link ownWords} reads it, or a stop that ends a clause ({@link clausesOf}, aligned with it). */
const TOKEN = new RegExp(`${WORD}|[,;:()—–]`, 'g');

/**
 * Whether a sentence is an anniversary as {@link tellsNoEvent} reads it ("Today marks ten years since the
 * Orrin flood"), quickly: a sentence without the word "mark", "marks" or "marked" is none, and most are
 * none, so the key points of every story of a 10,000-article brief need not read each candidate's verbs
 * (`bench:scale`'s cross-article step had taken 16.8 s against 7.3 s without the check).
 * @param text a sentence
 * @returns true when {@link tellsNoEvent} gives `anniversary`
 */
export function marksAnniversary(text: string): boolean {
  return /\bmark(?:s|ed)?\b/i.test(text) && tellsNoEvent(text) === 'anniversary';
}

/**
 * Whether a dated sentence tells no event of its own, and why: it is mostly someone's words
 * (`quotation`: more than half its words quoted, as '"We are not going anywhere, and the ferries will
 * sail," said Tomas Vell', or one that begins inside a quotation), or, in the writer's words, its first
 * finite verb is a present that tells a state or a view and no clause tells an act (`present`: "The
 * Kestrel Union is owned by three port towns", "At present Norvale Transit has 40 trams", "Orrin
 * officials say the closure would be a setback", not one that says something "will" happen), or a modal
 * of what may be with "be" and no participle, a guess at a state ("Rising fuel costs might be behind the
 * closure, along with the council cutting the grant on 28 May"; not "could be reopened on 20 June"). An
 * act is a past of a verb other than "be" and "have", a perfect, or a past passive ("has ordered", "was
 * delayed"); "was the largest" and "had a loss" are a past state. A past form in a view's own clause is a participle of its noun ("want a fund
 * earmarked for …", "points to figures released Friday"), no act. A first finite verb that is a modal ("will cut"), a past, a progressive
 * ("are sending") or a plan ("is expected to") leaves the sentence as it was. A day that marks years
 * gone by (`anniversary`: "Today marks ten years since the Orrin flood") tells the calendar, background
 * the reader has, even as its report's lead; a gathering "to mark" one is an act.
 * @param text a sentence
 * @returns the reason, or null when the sentence may tell an event
 */
export function tellsNoEvent(text: string): NoEvent | null {
  const all = countWords(text);
  const own = blankQuotations(text);
  if (all > 0 && 1 - countWords(own) / all > MOSTLY_QUOTED) return 'quotation';
  if (MARKS_A_DAY.test(own) && recallsYearsGone(own)) return 'anniversary';
  const words = ownWords(own);
  const first = firstFinite(words);
  if (first === null || !presentAt(words, first)) return null;
  // a state joined to a plan ("is a new tram under trial and scheduled to enter service in 2027") tells
  // the plan, as "is expected to" does; not "due to" a cause ("could be due to the storm on 3 May")
  if (words.some((w, i) => PLANNED.has(w) && words[i + 1] === 'to' && !dueToCause(words, i))) return null;
  // a view's verb takes a noun, not a clause: a past form in its own clause is a participle of that noun
  // ("Some councillors now want a fund earmarked for the depots", "The union points to figures released
  // on Friday"), no act; a perfect or a passive ("appears to have been sold") and a saying verb's clause
  // ("say the depot closed in May") tell one
  const clause = presentSaying(words[first] as string, words[first - 1] ?? '') ? null : clausesOf(own);
  const participle = (i: number) =>
    clause !== null &&
    clause[i] === clause[first] &&
    !HAVE.has(words[i] as string) &&
    !BE_PAST.has(words[i] as string);
  return words.some((_, i) => actAt(words, i) && !participle(i)) ? null : 'present';
}

/**
 * The clause of each word of {@link ownWords}, numbered from 0: a stop (",", ";", "(") or a word of
 * {@link CLAUSE_OPENERS} begins the next.
 */
function clausesOf(text: string): number[] {
  const clause: number[] = [];
  let n = 0;
  for (const t of ownText(text).match(TOKEN) ?? []) {
    if (!/^[a-z]/.test(t)) n++;
    else {
      if (CLAUSE_OPENERS.has(t)) n++;
      clause.push(n);
    }
  }
  return clause;
}

/**
 * Whether a sentence opens, in the writer's words, on a past saying: its first finite verb (not an
 * infinitive after "to") is a verb of saying in the past ("Norvale Transit warned that fares could rise
 * in March", "The mayor added that the lease may be signed on 4 May"). Such a sentence tells its
 * speaker's act of its report's day, whatever date the plan it reports names; "Norvale Transit plans to
 * close two depots by 2027" and "Two more depots will close in 2027" tell only the plan.
 * @param text a sentence
 */
export function saysInThePast(text: string): boolean {
  const words = ownWords(blankQuotations(text));
  let from = 0;
  for (let i = firstFinite(words, from); i !== null; i = firstFinite(words, from)) {
    const w = words[i] as string;
    if (words[i - 1] !== 'to') return isSayingVerb(w) && (isRegularPast(w) || ACT_PAST.has(w));
    from = i + 1;
  }
  return false;
}

/**
 * Whether a sentence, in the writer's words, tells only what is to happen: its first finite verb is a
 * modal or a plan ("Further aid will also be provided by the treasury", "The depot's name is to be
 * changed", "is expected to"), and no clause tells an act ("has ordered", "was delayed"). Such a line of
 * its report's day is a plan's detail, not an act of that day.
 * @param text a sentence
 */
export function tellsPlanOnly(text: string): boolean {
  const words = ownWords(blankQuotations(text));
  const first = firstFinite(words);
  if (first === null) return false;
  const w = words[first] as string;
  const at = nextAfter(words, first);
  const plan =
    MODALS.has(w) || ((w === 'is' || w === 'are') && (words[at] === 'to' || words[at + 1] === 'to'));
  // a participle after "be" or joined to one by "and" is the plan's passive ("will be built overseas and
  // marketed abroad"), no act
  return plan && !words.some((_, i) => actAt(words, i) && !PASSIVE_JOIN.has(words[i - 1] ?? ''));
}

/**
 * A sentence's words in lower case, a relative clause set off by commas left out, and a relative day
 * with its preposition ({@link withoutRelativeDays}): "figures released Thursday by the port authority"
 * reads "released by", a participle after its noun, no act of the sentence. A compound joined by a
 * hyphen is one word ("state-owned", "long-awaited", "similarly-sized": an adjective, no past of the
 * sentence), but for a verb's prefix ("re-opened" reads "opened", {@link isVerbPrefix}).
 */
function ownWords(text: string): string[] {
  const words = ownText(text).match(WORDS) ?? [];
  return words.map(headOfCompound);
}

/**
 * A sentence in lower case, a relative clause set off by commas and a relative day left out, a figure's
 * "points" a noun ({@link ownWords}).
 */
function ownText(text: string): string {
  return withoutRelativeDays(text)
    .replace(SET_OFF_RELATIVE, ',')
    .replace(FIGURE_NOUN, '$1figure')
    .toLowerCase();
}

/** "points" or "dates" after a figure, a noun ("down 50 points to 4,211"), no verb of `phrasal`. */
const FIGURE_NOUN = /(\d\s*)(?:points?|dates?)\b/giu;

/** A hyphenated word's last part when every part before it is a verb's prefix, or the word as it is. */
function headOfCompound(word: string): string {
  const parts = word.split('-');
  return parts.length > 1 && parts.slice(0, -1).every((p) => isVerbPrefix(p))
    ? (parts.at(-1) as string)
    : word;
}

function countWords(text: string): number {
  return text.match(/\p{L}+/gu)?.length ?? 0;
}

/**
 * The index of the word after `i`, past up to two auxiliary inserts ("has not yet", "are now") or adverbs
 * in "-ly" ("have unexpectedly won": a perfect, not a state of having).
 */
function nextAfter(words: readonly string[], i: number): number {
  let j = i + 1;
  while (j < i + 3 && (INSERTS.has(words[j] ?? '') || /^[a-z]{3,}ly$/.test(words[j] ?? ''))) j++;
  return j;
}

/** Whether the word at `i` is "due" before "to" and a noun phrase: a cause, not a schedule. */
function dueToCause(words: readonly string[], i: number): boolean {
  return words[i] === 'due' && CAUSE_AFTER_TO.test(words[i + 2] ?? '');
}

function isParticiple(word: string): boolean {
  return isRegularPast(word) || PARTICIPLES.has(word) || ACT_PAST.has(word) || word === 'been';
}

/** The index of the sentence's first finite verb from `from` on, or null when none is read. */
function firstFinite(words: readonly string[], from = 0): number | null {
  stative ??= new Set(stateVerbs().verbs);
  phrasal ??= new Set(stateVerbs().phrasal);
  for (let i = from; i < words.length; i++) {
    const w = words[i] as string;
    const before = words[i - 1] ?? '';
    if (phrasal.has(`${w} ${words[i + 1]}`) && !BEFORE_ADJECTIVE.includes(before)) return i;
    if (MODALS.has(w) || BE_PAST.has(w) || HAVE.has(w) || ACT_PAST.has(w)) return i;
    if (w === 'is' || w === 'are' || w === 'am' || w === 'did' || w === 'does' || w === 'do') return i;
    if (isRegularPast(w) && !NOT_FINITE_BEFORE.has(before)) return i;
    if ((stative.has(w) || presentSaying(w, before)) && !BEFORE_ADJECTIVE.includes(before)) return i;
  }
  return null;
}

/** Whether a word is a saying verb in the present ("says", "officials say"; not "to say", "will say"). */
function presentSaying(word: string, before: string): boolean {
  return (
    (word === 'say' || isSayingVerb(word)) &&
    !/(?:ed|id|ld|ote)$/.test(word) &&
    !MODALS.has(before) &&
    before !== 'to'
  );
}

/**
 * Whether the finite verb at `i` is a present that tells a state or a view: "is" or "are" before no
 * "-ing" and no plan ("is set to", "are expected to"), "has" or "have" before no participle, a stative
 * verb of `data/state-verbs.yaml` (or one of its `phrasal` before its particle: "points to", "dates
 * back") or a saying verb in the present.
 */
function presentAt(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  const at = nextAfter(words, i);
  const next = words[at] ?? '';
  // "is set to", "are due to reopen": a plan; "is due to the storm": a cause, a state
  if (w === 'is' || w === 'are' || w === 'am')
    return !next.endsWith('ing') && next !== 'to' && (words[at + 1] !== 'to' || dueToCause(words, at));
  if (w === 'has' || w === 'have') return !isParticiple(next);
  // "says it will close the plant" announces a plan; "says the closure would be a setback" is a view
  if (presentSaying(w, words[i - 1] ?? ''))
    return !words.slice(i + 1).some((x) => x === 'will' || x === 'shall');
  // "might be behind", "could be premature": a guess at a state, as a view is; not "could be
  // delivered" (a plan's passive) nor "could be closing"
  if (POSSIBLE.has(w) && next === 'be') {
    const after = words[at + 1] ?? '';
    return !isParticiple(after) && !after.endsWith('ing');
  }
  return !(
    MODALS.has(w) ||
    BE_PAST.has(w) ||
    HAVE.has(w) ||
    ACT_PAST.has(w) ||
    isRegularPast(w) ||
    w === 'did'
  );
}

/**
 * Whether the word at `i` tells an act: an irregular past ("bought"), a past in "-ed" that is no present
 * passive, adjective or participle before "by" ("the firm selected by the agency"), or a perfect or past
 * passive ("has ordered", "were sold").
 */
function actAt(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  if (ACT_PAST.has(w)) return true;
  if (HAVE.has(w) || BE_PAST.has(w)) {
    const next = words[nextAfter(words, i)] ?? '';
    return isParticiple(next) && !(BE_PAST.has(w) && next === 'been');
  }
  return isRegularPast(w) && !NOT_FINITE_BEFORE.has(words[i - 1] ?? '') && words[i + 1] !== 'by';
}
