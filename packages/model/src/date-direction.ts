/**
 * Which way a date without a year (or a bare weekday) points from its article's publication date, as
 * the clause around it says: a scheduled or future event ("will meet on Friday", "is due on
 * 18 December", "the next round", "talks set to resume") points forwards, a reported one ("cut rates
 * on Friday", "was held on 8 April") backwards, and a clause with neither cue is `neutral`.
 */
export type DateDirection = 'forward' | 'backward' | 'neutral';

import { askingPattern, grantingPattern } from './background-demands.js';
import { isCalendarWord } from './date-phrases.js';
import {
  CAUSE_OPENING,
  CAUSE_PHRASES,
  DETERMINERS,
  FINITE_PAST,
  IRREGULAR_PAST,
  isPastOrParticiple,
  isRegularPast,
  NOT_PAST_ED,
  NOUN_PARTICIPLES,
  REPORTING_VERBS,
  SCHEDULED_INFINITIVES,
  WEEKDAY_NAME,
} from './english-cues.js';
import { MONTH_NAMES, WEEKDAYS } from './month-names.js';
import { sideClauseWords } from './side-clause-words.js';

/** The third person of the scheduling verbs ("meets", "convenes"). */
const SCHEDULED_PRESENT = SCHEDULED_INFINITIVES.map((verb) =>
  /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`,
);
/**
 * The present tense of verbs of intent and expectation with their object, not only before "to": "the
 * union plans a meeting on Thursday", "expects the terminal to reopen in the first week of April".
 */
const INTENT_PRESENT = ['plans', 'intends', 'expects', 'proposes'];
const IS_SCHEDULED_PRESENT = new RegExp(`^(?:${[...SCHEDULED_PRESENT, ...INTENT_PRESENT].join('|')})$`, 'i');

/**
 * After "due", "to" and a noun phrase: a cause ("cancelled due to the storm on 12 April", "due to rising
 * costs"), not a schedule ("due to reopen on 20 May", "due to be signed"), whose "to" takes a verb. Read
 * as a lookahead right after "due".
 */
const CAUSE_AFTER_DUE = String.raw`(?!\s+to\s+${CAUSE_OPENING})`;

/**
 * A date in the noun phrase of a cause, read before the date within its clause: "due to the storm on",
 * "the result of a fire in", "blamed on the strike of" (no comma or clause break between).
 */
const CAUSE_BEFORE = new RegExp(
  String.raw`\b(?:${CAUSE_PHRASES.map((p) => p.replace(' ', String.raw`\s+`)).join('|')})\s+${CAUSE_OPENING}[^,;:]*$`,
  'i',
);

/** Modal, scheduled and "next" phrases: the clause speaks of what is ahead of its writer. */
const FORWARD = new RegExp(
  [
    String.raw`\b(?:will|shall|'ll)(?:\s+(?:not|also|now|then|again|likely|soon|be|have))*\s+[a-z-]+`,
    String.raw`\bwould(?:\s+(?:not|also|be))*\s+[a-z-]+`,
    // a possibility ahead: "could return to service on March 20", "might resume on Monday", an expectation
    // "should peak on Wednesday" (a forecast's had been the Wednesday before; not "could not", nor "might
    // have", "should have": a past; not "may", which as often gives leave: "may contact the company Monday
    // to Friday")
    String.raw`\b(?:could|might|should)\s+(?:also\s+|soon\s+|still\s+)?(?!not\b|have\b|n't\b)(?:be\s+)?[a-z-]+`,
    // "may" with a passive is a possibility too: "the contract may be signed on September 12" (the clause
    // had read "added" before it as the past)
    String.raw`\bmay\s+(?:also\s+|still\s+)?be\s+[a-z]+ed\b`,
    // an obligation ahead: "must be finished by Dec. 5", "has to file by Friday" (not "must have": a past)
    String.raw`\b(?:must|has\s+to|have\s+to|needs?\s+to)\s+(?:also\s+|still\s+|now\s+)?(?!not\b|have\b)(?:be\s+)?[a-z-]+`,
    // not "due to" a cause: "is due to the storm", "were cancelled due to the fuel spill on 3 May"
    String.raw`\b(?:is|are|was|were)\s+(?:now\s+|also\s+|not\s+)?(?:due${CAUSE_AFTER_DUE}|scheduled|set|slated|expected|planned|poised|to)\b`,
    String.raw`\b(?:plans?|planning|intends?|aims?)\s+to\b`,
    String.raw`\b(?:due${CAUSE_AFTER_DUE}|expected|set|slated|scheduled|planned)\s+(?:on|for|by|in|to|at|next|until|before)\b`,
    String.raw`\b(?:next|upcoming|coming|forthcoming|scheduled|planned)\b`,
    String.raw`\bto\s+(?:${SCHEDULED_INFINITIVES.join('|')})\b`,
    // a present tense of a scheduling verb is a fixture of the calendar: "the committee meets on
    // Thursday", "the two sides meet on Monday" (a base form only after a plural: "did not meet" is no cue)
    String.raw`\b(?:${[...SCHEDULED_PRESENT, ...INTENT_PRESENT].join('|')})\b`,
    String.raw`(?<=\b(?:[a-z]{2,}[^s']s|they|we)\s+)(?:${SCHEDULED_INFINITIVES.join('|')})\b`,
    // a passive infinitive is what is to happen: "a bill to be tabled in June", "talks to be held"
    String.raw`\bto\s+be\s+[a-z]+`,
    String.raw`\bdeadline\b`,
  ].join('|'),
  'gi',
);

const BACKWARD = new RegExp(
  String.raw`\b(?:${IRREGULAR_PAST.join('|')}|[a-z]{2,}ed|ago|last|earlier|previous|previously)\b`,
  'gi',
);
/**
 * Where a clause ends: punctuation that closes it, a quotation mark (the tense of "she said" is not
 * that of what she said), a comma before an attribution that ends the sentence or its clause ("The levy
 * applies from Nov. 20, the ministry said on Friday": the saying's tense is not the levy's), a comma before a conjunction that opens another, "and" or "but" before a
 * predicate of its own ("opened three centres on Saturday and will open two more on Wednesday"), or
 * "after", "before", "since", "until" (but not right after a word of schedule: "not due until
 * October" is one clause), and the opening of a reported clause right after a verb of saying, by "that"
 * or by a pronoun as its subject ("has said that it wants to close its depots by June": the month is the
 * want's, not the saying's, and a present perfect of saying had put it a year back).
 */
const TELLING = /^(?:told|tells)$/;
// the opening word looked for first, after a space, and the verb behind it only then: the verb's look
// behind tried at every position had doubled the cost of this pattern (the same breaks on zyte-dev's
// 3,890 text sentences; 300 → 240 ms for twenty passes, 155 without the opening at all)
const REPORTED_OPEN = String.raw`(?<=\s)(?=that\b|(?:it|they|he|she|we|I)\s)(?<=\b(?:${REPORTING_VERBS.filter((v) => !TELLING.test(v)).join('|')}|(?:told|tells)\s+[a-z]+)\s+)(?:that\b)?`;
const CLAUSE_BREAK = new RegExp(
  `${REPORTED_OPEN}|` +
    /[;:()–—"“”]|,\s+(?:and|but|while|whereas|after|before|although|though|which|when|as)\b|,\s+(?=effective\b)|,\s+(?=(?:[A-Za-z'’.-]+\s+){1,5}(?:said|says|told\s+[a-z]+|added|announced)(?:\s+(?:late\s+|early\s+)?on(?:\s+[A-Za-z]+)?)?\s*(?:[,.;!?]|$))|\b(?:and|but)\s+(?=(?:will|would|shall|is|are|was|were|has|have|had)\b)|(?<!\b(?:due|expected|scheduled|slated|set|planned|not)\s+)\b(?:after|before|since|until)\b/
      .source,
  'gi',
);

/** A determiner right before a word: an -ed word after it is an adjective ("will run a reduced timetable"). */
const DETERMINER_BEFORE = new RegExp(String.raw`\b(?:${DETERMINERS.join('|')})\s+$`, 'i');
/**
 * A plan's new date right after the words that put it off or bring it forward: "has been postponed to
 * 9 September", "was pushed back until Thursday", "rescheduled the hearing for Sunday". The past of the putting off
 * is not the new date's: that date is ahead of the report that tells of the move.
 */
// read in the 48 characters before the date: the words with an object of two words fit ("delayed its
// first flight until"); measured on no set: `eval:dates` and `bench:timeline-events` hold no such date
const NEW_DATE_BEFORE =
  /\b(?:postponed|delayed|deferred|rescheduled|adjourned|pushed\s+back|put\s+off|moved(?:\s+back|\s+forward)?|brought\s+forward)\s+(?:(?:the|its|their|his|her|a|an|this|that)\s+[a-z-]+\s+(?:[a-z-]+\s+)?)?(?:again\s+)?(?:to|until|till|for)\s+(?:the\s+)?(?:end\s+of\s+|early\s+|late\s+|mid-?)?$/i;
/** A number right before a word: a scheduling verb's form in -s after it is a noun ("by 312 votes", "two meets"). */
const NUMBER_BEFORE =
  /(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands))\s+$/i;
/** A deadline's preposition right before a date: "until", "by", "no later than". */
const DEADLINE_BEFORE = /\b(?:until|till|by|no later than)\s+$/i;
/** A deadline's preposition right before a date, "before" too: "decide before March 3". */
const DEMAND_DEADLINE_BEFORE =
  /\b(?:until|till|by|before|no later than)\s+(?:the\s+end\s+of\s+|early\s+|late\s+|mid-?)?$/i;
/** A past of its own between the demand and the date: "demanded that the money paid in March". */
const BACKWARD_AFTER_ASKING = /\b(?:was|were|had|did|[a-z]{2,}ed)\b/i;
/** An irregular past ("met", "paid"): a past of its own in what a demand asks. */
const PAST_WORD = new RegExp(String.raw`\b(?:${IRREGULAR_PAST.join('|')})\b`, 'i');
/** "that" before a date, with no clause's stop between: the date may be in what a demand asks. */
const ASKED_THAT = /\bthat\b[^;:!?"“”()]*$/i;
/** After a deadline's date, what is to be done by then: "gave the board until Dec. 5 to finish the recount". */
const TO_DO_AFTER = /^,?\s+to\s+(?!be\b)[a-z]+/;

/**
 * A preposition right before a word: an -ed word after it is an adjective before its noun ("would open
 * for extended hours on Wednesday", "under increased pressure"), as no verb in the past follows one.
 */
const PREPOSITION_BEFORE = /\b(?:for|with|of|in|into|at|on|from|under|over|without|amid)\s+$/i;

/**
 * A linking verb in the present or the base form right before a word, or before an adverb in -ly before
 * it: "stay closed", "remains shut", "is formally reported" (a present passive, no past: a month after
 * it had been put a year back, "could rise before it is formally reported … in March" in a January
 * report).
 */
const LINKING_BEFORE =
  /\b(?:stay|stays|remain|remains|be|being|become|becomes|keep|keeps|is|are|am)\s+(?:[a-z]+ly\s+)?$/i;

const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;
/** "until" or "till" opening a date's own text ("until 2029", as a year after its preposition is read). */
const UNTIL_OPENS = /^(?:until|till)\s+/i;

/** A word of schedule that may stand before its noun as an adjective. */
const ADJECTIVE_OF_PLAN = /^(?:planned|scheduled)$/i;
/** A word in lower case right after, no preposition or "to": a noun the word before describes. */
const NOUN_AFTER = /^\s+(?!(?:for|to|on|in|at|by|until|before|next|this|and|or|as|with)\b)[a-z]+/;

/** "by" right after a word: the agent of a participle ("adopted by the Assembly"). */
const AGENT_AFTER = /^\s+by\b/i;
/** An auxiliary right before a word, which makes an -ed word after it a tense: "was adopted", "has voted". */
const AUXILIARY_BEFORE =
  /\b(?:is|are|was|were|be|been|being|has|have|had|get|gets|got)\s+(?:(?:not|also|already|now|just|since|then)\s+)?$/i;

/** The backward cues that are words of time, not verbs ("the last", "the previous"). */
const TIME_WORD = /^(?:ago|last|earlier|previous|previously)$/i;

const SPAN_BEFORE = /\b(?:days?|weeks?|months?|quarters?|years?|decades?)\s+$/i;

interface Cue {
  start: number;
  end: number;
  direction: 'forward' | 'backward';
}

/**
 * Reads the direction a date points in from the tense and modality of its clause: the cue nearest to
 * the date wins, and a past participle inside a future phrase ("will be held") counts as future.
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 * @param end offset just after the date's text
 * @returns `forward`, `backward`, or `neutral` when the clause has no tense cue
 */
export function dateDirection(sentence: string, start: number, end: number): DateDirection {
  return readDirection(sentence, start, end).direction;
}

/**
 * A plan told in the past: "was due to", "were to", "was scheduled to", "was expected to". What was
 * planned then may lie before the writer's day or after it.
 */
const PAST_PLAN_FIRST =
  /\b(?:was|were)\s+(?:(?:now|also|not|originally|initially|first|then)\s+)?(?:due|scheduled|set|slated|expected|planned|poised|supposed|to)\b/i;

/**
 * The direction by which to choose the year of a date without one: {@link dateDirection}, but
 * `neutral` (the year nearest the article's day) when the clause looks ahead only from a plan told in
 * the past, its first word of schedule a "was" or "were" ("was due to be released in September", "the
 * board in July was to discuss the answers"): such a plan's month had been put in the year after its
 * report's even when the report was months past it.
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 * @param end offset just after the date's text
 */
export function yearDirection(sentence: string, start: number, end: number): DateDirection {
  const read = readDirection(sentence, start, end);
  if (read.direction !== 'forward' || read.firstForward === undefined) return read.direction;
  const [from, to] = clauseAround(sentence, start, end);
  const plan = sentence.slice(from, to).match(PAST_PLAN_FIRST);
  return plan?.index !== undefined && from + plan.index <= read.firstForward ? 'neutral' : read.direction;
}

/**
 * Whether a date's clause points backward only by a cue after the date, and the date does not open the
 * clause: no verb or time word before it says its tense ("the contenders at the Oscars on Feb. 9 were
 * not nominated": the tense is the contenders', not the Oscars'; not "On Friday the bank cut rates").
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 * @param end offset just after the date's text
 */
export function pastOnlyAfter(sentence: string, start: number, end: number): boolean {
  const read = readDirection(sentence, start, end);
  return read.direction === 'backward' && read.after;
}

/** The forward cues that are words of time or of a noun, not of a verb: "the next meeting", "a deadline". */
const NOT_A_TENSE = /^(?:next|upcoming|coming|forthcoming|scheduled|planned|deadline)$/i;
/** A clause break that opens a dependent clause ("after it was first due …", ", which will …"). */
const OPENS_DEPENDENT = /\b(?:while|whereas|after|before|although|though|which|when|as|since|until)$/i;
const SAYING = new Set(REPORTING_VERBS);

/**
 * The tense in which a sentence announces what will happen, read from the first tense cue of its first
 * main clause that has one: `future` when it looks ahead ("The Arlo Line will close three stations", "is
 * scheduled to enter service in 2028", "announced today it would cut 900 jobs": a verb of saying gives
 * its tense to no plan it tells, so the clause it reports decides), `past` for a plan told in the past
 * ("was set to land on Monday", "were due to meet": what was planned as the report saw it, whether it
 * happened a later report tells), undefined for a report of what was done ("closed", "has continued to
 * hold …") or no tense. A clause a break opens as dependent ("after it was first due for delivery, …",
 * ", which will …") is not read, nor words of time that are no verb ("the next meeting"), nor a
 * compound's last part ("a mid-sized airliner").
 * @param sentence a sentence
 */
export function planTense(sentence: string): 'future' | 'past' | undefined {
  let from = 0;
  let dependent = false;
  const read = (to: number): 'future' | 'past' | null | undefined => {
    if (dependent) return undefined;
    const cues = tenseCues(sentence, from, to, 0).sort((a, b) => a.start - b.start);
    for (const c of cues) {
      const word = sentence.slice(c.start, c.end);
      if (c.direction === 'forward' && NOT_A_TENSE.test(word)) continue;
      if (c.direction === 'backward' && SAYING.has(word.toLowerCase())) continue;
      // a compound's last part is no verb: "a mid-sized airliner", "the state-owned maker"
      if (c.direction === 'backward' && sentence.charAt(c.start - 1) === '-') continue;
      if (c.direction === 'backward') return null;
      return TOLD_IN_THE_PAST.test(word) ? 'past' : 'future';
    }
    return undefined;
  };
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const found = read(m.index);
    if (found !== undefined) return found ?? undefined;
    from = m.index + m[0].length;
    dependent = OPENS_DEPENDENT.test(m[0]);
  }
  return read(sentence.length) ?? undefined;
}

/** A forward cue told in the past: "was set", "were due", "was to". */
const TOLD_IN_THE_PAST = /^(?:was|were)\s/i;

/** {@link dateDirection}, and whether the cue that decides it stands after the date. */
function readDirection(
  sentence: string,
  start: number,
  end: number,
): { direction: DateDirection; after: boolean; firstForward?: number } {
  if (NEW_DATE_BEFORE.test(sentence.slice(Math.max(0, start - 48), start)))
    return { direction: 'forward', after: false };
  // a deadline is ahead of the giving of it, whatever that clause's tense: "gave the board until Dec. 5
  // to finish the recount", "has until April 1 to appeal"
  if (
    DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 14), start)) &&
    TO_DO_AFTER.test(sentence.slice(end, end + 24))
  )
    return { direction: 'forward', after: false };
  // a day someone is given time until is ahead of the giving, whatever its tense and with no "to" after
  // it: "The ferry company gave the union until Friday" (a year or a month read with its "until": "until
  // 2029" starts at the preposition)
  const untilOwn = UNTIL_OPENS.exec(sentence.slice(start, end));
  if (
    (untilOwn !== null || UNTIL_BEFORE.test(sentence.slice(Math.max(0, start - 8), start))) &&
    grantingPattern().test(sentence.slice(0, start) + (untilOwn?.[0] ?? ''))
  )
    return { direction: 'forward', after: false };
  // a deadline set by a demand or a request is ahead of the asking, whatever its tense: "demanded that the
  // company reply by Friday", "urged the board to decide before March 3" (the demand's past had dated
  // Friday to the week before its report)
  if (DEMAND_DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 16), start))) {
    const asked = sentence.slice(0, start).match(askingPattern());
    if (asked !== null && !BACKWARD_AFTER_ASKING.test(asked[0].replace(/^\S+\s+(?:that\b)?/, '')))
      return { direction: 'forward', after: false };
  } else {
    // so is any date of what a demand asks in a clause of "that", with no deadline's preposition: "demanded
    // that the company meet the crews on Friday"; not with a comma or a past between ("demanded that the
    // board, which met on Friday, …"), nor "demanded a meeting on Friday" (the meeting's day or the
    // demand's), nor "urged the board to meet on Friday" (read forward by its "to" already)
    const asked = ASKED_THAT.test(sentence.slice(Math.max(0, start - 120), start))
      ? sentence.slice(0, start).match(askingPattern())
      : null;
    if (asked !== null) {
      const what = /^\S+\s+that\b(.*)$/s.exec(asked[0])?.[1];
      if (
        what !== undefined &&
        !what.includes(',') &&
        !BACKWARD_AFTER_ASKING.test(what) &&
        !PAST_WORD.test(what)
      )
        return { direction: 'forward', after: false };
    }
  }
  const [from, to] = clauseAround(sentence, start, end);
  const cues = tenseCues(sentence, from, to, end).filter((c) => !guessesAtState(sentence, c, start));
  // a state that lasts until a day with no tense of its own lasts until one ahead: "is closed until Friday"
  if (cues.length === 0 && UNTIL_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)))
    return { direction: 'forward', after: false };
  // a cause of a state, sure or guessed, came before it: "The closure could be due to the fuel spill on 3
  // March", "is probably the result of a fire in February" (read `neutral`, a report of 18 December had
  // put both in the next year, nearer than the last, and watched them)
  if (cues.length === 0)
    return {
      direction: CAUSE_BEFORE.test(sentence.slice(from, start)) ? 'backward' : 'neutral',
      after: false,
    };
  const distance = (c: Cue) => (c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0);
  // the verb a date belongs to comes before it ("will meet on Friday", "agreed by OPEC+ on Sunday will
  // remove …"): a cue after the date counts only when none comes before it ("On Friday the bank will …")
  const after = (c: Cue) => (c.start >= end ? 1 : 0);
  cues.sort(
    (a, b) => after(a) - after(b) || distance(a) - distance(b) || (a.direction === 'forward' ? -1 : 1),
  );
  const first = sequenceOfTenses(sentence, cues, start) ?? (cues[0] as Cue);
  // "On Friday the bank cut rates": a date that opens its clause takes the tense after it
  const opens = NOTHING_BUT_PREPOSITION.test(sentence.slice(from, start));
  let firstForward: number | undefined;
  for (const c of cues)
    if (c.direction === 'forward') firstForward = Math.min(firstForward ?? c.start, c.start);
  return {
    direction: first.direction,
    after: first.start >= end && !opens,
    ...(firstForward === undefined ? {} : { firstForward }),
  };
}

/** A clause of time opened after a "would" and up to a past: "… would be paid when the markets opened". */
const WOULD_THEN_WHEN = /^would\b.*\b(?:when|once|until|as soon as)\s+(?:[a-z'’-]+\s+){1,3}$/i;

/**
 * The forward cue of a "would" whose clause of time, in the past, holds the date: "Ana Ruiz announced that
 * the fund would be paid when the markets opened on Friday". The past of the clause of time is the
 * sequence of tenses under "would", a future seen from a past saying ("opened" is "open" there): the date
 * lies ahead of the saying, not a week before it (a Friday had been read as the one before its report).
 * Undefined for any other clause, and when a cue nearer the date than the past stands between.
 * @param sentence the sentence holding the date
 * @param cues the date's clause's cues, the one that decides first
 * @param start offset of the date's text
 */
function sequenceOfTenses(sentence: string, cues: readonly Cue[], start: number): Cue | undefined {
  const past = cues[0] as Cue;
  if (past.direction !== 'backward' || past.end > start) return undefined;
  const would = cues.find((c) => c.direction === 'forward' && c.end <= past.start);
  if (
    would === undefined ||
    cues.some((c) => c !== past && c.start > would.start && c.end <= start && c.direction === 'backward')
  )
    return undefined;
  return WOULD_THEN_WHEN.test(sentence.slice(would.start, past.start)) ? would : undefined;
}

/**
 * The tense cues of a clause ({@link FORWARD}, {@link BACKWARD}), in no order: the words of schedule
 * before their noun, the past forms that are adjectives or nouns, and a participle after `end` with its
 * agent right after a noun left out.
 * @param sentence the sentence
 * @param from where the clause starts
 * @param to where it ends
 * @param end offset just after the date's text (0 for none: every participle then stands after it)
 */
function tenseCues(sentence: string, from: number, to: number, end: number): Cue[] {
  const clause = sentence.slice(from, to);
  const cues: Cue[] = [];
  for (const m of clause.matchAll(FORWARD)) {
    const s = from + m.index;
    // after a determiner the word is a noun: "the votes on Thursday", "his visits"
    if (IS_SCHEDULED_PRESENT.test(m[0])) {
      const before = sentence.slice(Math.max(0, s - 12), s);
      if (DETERMINER_BEFORE.test(before) || NUMBER_BEFORE.test(before)) continue;
    }
    // "planned operations", "scheduled flights": a word of schedule before its noun says the thing was
    // planned, not that the clause is ahead ("forced the cancellation of … planned operations on Monday")
    if (
      ADJECTIVE_OF_PLAN.test(m[0]) &&
      NOUN_AFTER.test(sentence.slice(s + m[0].length, s + m[0].length + 24))
    )
      continue;
    // the date's own words ("next week") are a cue too
    cues.push({ start: s, end: s + m[0].length, direction: 'forward' });
  }
  for (const m of clause.matchAll(BACKWARD)) {
    const s = from + m.index;
    const e = s + m[0].length;
    if (cues.some((c) => c.direction === 'forward' && s >= c.start && e <= c.end)) continue;
    if (/ed$/i.test(m[0]) && (/^\p{Lu}/u.test(m[0]) || NOT_PAST_ED.includes(m[0].toLowerCase()))) continue;
    // a past form after a determiner is an adjective or a noun ("a reduced timetable", "a cut"), not a tense
    const before = sentence.slice(Math.max(0, s - 12), s);
    if (!TIME_WORD.test(m[0]) && DETERMINER_BEFORE.test(before)) continue;
    // a participle after a linking verb is a state, its tense the verb's: "will stay closed", "remains shut"
    if (/ed$/i.test(m[0]) && LINKING_BEFORE.test(sentence.slice(Math.max(0, s - 28), s))) continue;
    // and one after a preposition an adjective: "would open for extended hours on Wednesday"
    if (/ed$/i.test(m[0]) && PREPOSITION_BEFORE.test(before)) continue;
    // "a week earlier" places an event against another, not in the writer's past
    if (/^earlier$/i.test(m[0]) && SPAN_BEFORE.test(sentence.slice(0, s))) continue;
    // after the date, a participle with its agent right after a noun tells of that noun, not of the date's
    // clause: "a strike on Saturday 20 June against the reform adopted by the Assembly" (a passive has
    // its auxiliary: "the reform was adopted by")
    if (
      s >= end &&
      /ed$/i.test(m[0]) &&
      AGENT_AFTER.test(sentence.slice(e, e + 4)) &&
      !AUXILIARY_BEFORE.test(before)
    )
      continue;
    cues.push({ start: s, end: e, direction: 'backward' });
  }
  return cues;
}

/**
 * A modal of what may be so with "be" and the word after it, as the forward cue reads them ("may be" is
 * a cue only before a participle; "should be" is an expectation: "should be ready by Friday").
 */
const GUESS = /^(?:could|might)\s+(?:also\s+|still\s+)?be\s+([a-z-]+)$/i;
const GUESS_DETERMINER = new RegExp(String.raw`\b(?:${DETERMINERS.join('|')})\b`, 'i');

/**
 * Whether a forward cue is a guess at a state whose noun holds the date: a modal of what may be with
 * "be" and no participle or "-ing" form after it, the date after a determiner of the state's noun ("The
 * closure could be due to the fuel spill on 3 May", "might be the result of a fire on 2 June"). The
 * modal weighs how likely the state is now, not when anything will happen: the date is its noun's, no
 * day ahead (it had been read as next year's and watched). A passive ("could be reopened on 20 July"),
 * a progressive and a date of the state itself ("could be ready on 20 July") stay ahead.
 * @param sentence the sentence holding the date
 * @param cue a cue of its clause
 * @param start offset of the date's text
 */
function guessesAtState(sentence: string, cue: Cue, start: number): boolean {
  if (cue.direction !== 'forward' || cue.end > start) return false;
  const word = GUESS.exec(sentence.slice(cue.start, cue.end))?.[1]?.toLowerCase();
  if (word === undefined || isPastOrParticiple(word) || word.endsWith('ing')) return false;
  // the word after "be" is read too: "might be the result of"
  return GUESS_DETERMINER.test(sentence.slice(cue.end - word.length, start));
}

/** The words before a date that opens its clause: none, or its preposition ("On", "by late"). */
const NOTHING_BUT_PREPOSITION = /^\s*(?:(?:on|in|at|by|from|since|late|early)\s+)*$/i;

function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const s = m.index;
    const e = s + m[0].length;
    // "until", "after" right before the date is its preposition, not a clause of its own: "expected to
    // stay above 38 degrees until Thursday" is the clause of "expected"
    if (e <= start && /^\w/.test(m[0]) && sentence.slice(e, start).trim() === '') continue;
    if (e <= start) from = Math.max(from, e);
    else if (s >= end) {
      to = Math.min(to, s);
      break;
    }
  }
  return [from, to];
}

const NOUN_PARTICIPLE = new Set(NOUN_PARTICIPLES);
/** Participles that set an event's date ("a vote scheduled for Friday"), not a noun's past. */
const SCHEDULE_PARTICIPLE = new Set(
  'set scheduled planned slated expected timed fixed called postponed delayed rescheduled moved'.split(' '),
);
const PAST_ONLY = new Set(FINITE_PAST);
/** Auxiliaries and modals: a verb after them is finite, and they are a finite verb of their own. */
const AUXILIARY = new Set(
  `is are was were be been being am has have had having will would shall should can could may might must do does
  did get gets got`.split(/\s+/),
);
/** Words before a verb in -ed that make it finite or an adjective, not a noun's participle. */
const NOT_A_NOUN = new Set(
  `i he she it we they you who which that what whatever to and or but nor not also then now just first last
  recently newly jointly already still only once when where while as if because than so`.split(/\s+/),
);
const DETERMINER = new Set(DETERMINERS);
/** The rest of a phrase set off by commas, and the word after its closing comma. */
const CLOSED_THEN_VERB = /^[^,;:.!?]*,\s+([a-z]+)/;
/** Words, and commas, as tokens (module level: built once). */
const TOKEN = /[A-Za-z][A-Za-z'’-]*|,/g;
/** Where the words a date's clause is read from begin: a stop a comma does not make. */
const PHRASE_STOP =
  /[;:()–—"“”]|\b(?:when|because|although|though|whereas|before|after|while|whilst|if|since)\b|\b(?:and|but)\s+(?=(?:the|a|an|its|their|his|her|it|he|she|they|we|I|recently|then|later)\b)/gi;
const PREPOSITIONS = new Set(
  'of in on at for with from by to into over under between through during about against among across per like'.split(
    ' ',
  ),
);

/**
 * Whether a date belongs to a participle that describes a noun, not to its clause's verb: "the recall
 * covers formula produced between 15 December and 30 January" (the formula was made then; the recall is
 * not), "will examine all ground support installed between March 2024 and October 2026", "patients
 * enrolled from May 2023", "Data from the last visits, collected through 30 June, will be shown". The
 * nearest verb form before the date is a participle in -ed (or an irregular one: "made", "sold") right
 * after a noun, in a clause whose own verb comes before that noun (an auxiliary, a modal, a present
 * tense in -s, or a past after a pronoun or a name); or it opens a phrase set off by a comma after a
 * noun. "Part of the stope collapsed on Wednesday" and "the men killed at the mine gathered on Friday"
 * have no verb before their noun: the date is the clause's. So is a date in a relative clause between a
 * subject and its verb in the past (see `inRelativeClause`).
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 */
export function modifiesNoun(sentence: string, start: number): boolean {
  if (inRelativeClause(sentence, start)) return true;
  let from = 0;
  for (const m of sentence.slice(0, start).matchAll(PHRASE_STOP)) {
    // "cars registered before September 2015": a "before" right before the date is its preposition
    if (PREPOSITION_STOP.test(m[0]) && sentence.slice(m.index + m[0].length, start).trim() === '') continue;
    from = m.index + m[0].length;
  }
  const words = sentence.slice(from, start).match(TOKEN);
  if (words === null) return false;
  // the nearest verb form before the date, in the same stretch between commas
  let at = words.length - 1;
  for (; at >= 0; at--) {
    const w = words[at] as string;
    if (w === ',') return false;
    const lower = w.toLowerCase();
    if (AUXILIARY.has(lower) || PAST_ONLY.has(lower)) return false;
    if (isParticiple(w)) break;
  }
  // "a deadline set at June 1", "talks scheduled for Friday": the noun is an event, and that is its date
  if (at <= 0 || SCHEDULE_PARTICIPLE.has(words[at] as string)) return false;
  const before = words[at - 1] as string;
  // "…visits, collected through 30 June, will be shown": a phrase set off after a noun, closed by a
  // comma before the clause's verb ("wind turbines, increased 13 percent in 2000" is that verb)
  if (before === ',') {
    const noun = words[at - 2];
    if (noun === undefined || !/^[a-z]+$/.test(noun) || isVerbForm(noun) || NOT_A_NOUN.has(noun))
      return false;
    const next = CLOSED_THEN_VERB.exec(sentence.slice(start));
    return next?.[1] !== undefined && isVerbForm(next[1]);
  }
  const lower = before.toLowerCase();
  if (NOT_A_NOUN.has(lower) || AUXILIARY.has(lower) || DETERMINER.has(lower) || PREPOSITIONS.has(lower))
    return false;
  // a plural opening the sentence is written with a capital: "Loans made before October 2019 accounted"
  const opensPlural = at === 1 && from === 0 && /^[A-Z][a-z]+[^s']s$/.test(before);
  // a name before it is the verb's subject ("Bloomberg reported on Friday") or half an adjective
  // ("Harbour City based Halvard Marine")
  if (/ly$/.test(lower) || isVerbForm(before) || (/^[A-Z]/.test(before) && !opensPlural)) return false;
  // the clause's own verb comes before the noun the participle describes, after any comma ("…
  // African countries, researchers reported on Tuesday" is a clause of its own)
  for (let i = at - 2; i >= 0 && words[i] !== ','; i--) if (isFiniteVerb(words, i)) return true;
  // or after the date: the participle describes the clause's subject ("cars registered before
  // September 2015 will pay the charge", "Dams built before 2019 with the upstream method were ordered")
  const last = words[words.length - 1] as string;
  const boundByPreposition =
    at === words.length - 2 && (PREPOSITIONS.has(last) || PREPOSITION_STOP.test(last));
  return (at === words.length - 1 || boundByPreposition) && finiteVerbAfter(sentence.slice(start));
}

/** "before", "after", "since": a conjunction, or the preposition of a date right after it. */
const PREPOSITION_STOP = /^(?:before|after|since)$/i;
/**
 * A month's or weekday's name (`month-names.ts`), or a word of a date's part ("early", "the end of"): a
 * date's own words, not the clause's.
 */
const DATE_WORDS: ReadonlySet<string> = new Set([
  ...MONTH_NAMES,
  ...WEEKDAYS,
  ...['early', 'late', 'mid', 'the', 'end', 'start', 'beginning', 'of'],
]);

/**
 * Whether the clause's verb comes right after a date, or after a phrase of a preposition: "… September
 * 2015 will pay", "… October 2019 accounted for", "… 2019 with the upstream method were ordered". A word of another kind first ("…
 * on Friday profits rose", "… on Monday that …") opens a clause of its own.
 * @param rest the sentence from the date on
 */
function finiteVerbAfter(rest: string): boolean {
  const words = rest.match(TOKEN);
  if (words === null) return false;
  let i = 0;
  while (i < words.length && DATE_WORDS.has(words[i] as string)) i++;
  const first = words[i] ?? '';
  // "… October 2019 accounted for most": a past right after the date is the clause's verb
  if (AUXILIARY.has(first) || PAST_ONLY.has(first) || isParticiple(first)) return true;
  if (!PREPOSITIONS.has(first)) return false;
  for (let j = i + 1; j < Math.min(words.length, i + 8); j++) {
    const w = words[j] as string;
    if (w === ',' || NOT_A_NOUN.has(w)) return false;
    if (AUXILIARY.has(w) || PAST_ONLY.has(w)) return true;
  }
  return false;
}

/** A relative clause set off by a comma and open up to a date: ", who had led in polls until". */
const RELATIVE_OPEN = /,\s+(?:who|which|whose)\b[^,;:()"“”]*$/i;
/**
 * A main clause of one stretch whose verb is in the present after a short subject: "She replaces
 * Tomas Vell", "The firm has hired a director" (a pronoun, up to three words in capitals, or "the"
 * and up to two words, then "is", "are", "has", "have" or a verb ending in "-s").
 */
const PRESENT_MAIN =
  /^(?:He|She|It|They|(?:The|A|An)(?:\s+[A-Za-z-]+){1,2}|[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,2})\s+(?:now\s+|also\s+)?(?:is|are|has|have|[a-z]{3,}(?<![su's])s)\b[^,;:()"“”]*$/;

/**
 * A relative clause whose verb, right after "who" or "which", is in the past or the perfect: ", who was
 * appointed", ", which has carried two million riders since May".
 */
function pastClause(clause: string): boolean {
  const verb = /^,\s+(?:who|which)\s+([a-z]+)\b/.exec(clause)?.[1];
  if (verb === undefined) return false;
  if (/^(?:was|were|had|has|have)$/.test(verb)) return true;
  return IRREGULAR_PAST.includes(verb) || isRegularPast(verb);
}
/** A clause of "who" open up to a date: "a shift supervisor who worked on the level until". */
const PERSON_CLAUSE_OPEN = /\bwho\b[^,;:()"“”]*$/;
/** The rest of a sentence with no other clause after the date. */
const CLAUSE_TO_END = /^[^,;:()"“”]*$/;
/** A verb of saying or a past tense before the person's clause: the sentence's own event. */
const REPORTED_BEFORE = /\b(?:said|says|told|added|announced|wrote|[a-z]{3,}ed)\b/;
/** The rest of a clause up to its closing comma, and the past-tense verb after it. */
const CLOSED_THEN_PAST = /^[^,;:.!?"“”]*,\s+(?:(?:also|then|later|still|now)\s+)?([a-z]+)\b/;

/**
 * Whether a date lies in a relative clause between a subject and its verb in the past: "Halden, which
 * had $412 million in cash at the end of September, said it would seek approval", "Corvane Bio, whose
 * drug failed a trial in July, fell 6%". The clause tells of the noun; the sentence's event is the verb's.
 * A verb in the present keeps the date ("The mediation office, which meets both sides on Thursday, is
 * now the only route": the meeting is the sentence's only event). So is a date in a clause of "who" that
 * ends a sentence whose own verb comes before it ("…, said Dale Horvath, a shift supervisor who worked
 * on the level until last month"), and one in a clause of "who" or "which" in the past set off after a
 * main clause in the present ("She replaces Tomas Vell, who was appointed by the board in 2019").
 */
function inRelativeClause(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (inSubjectClause(sentence, before, start)) return true;
  // "…, said Dale Horvath, a shift supervisor who worked on the level until last month.": a clause of
  // "who" that ends the sentence describes a person named in a clause with a verb of its own
  if (PERSON_CLAUSE_OPEN.test(before) && CLAUSE_TO_END.test(sentence.slice(start))) {
    const opener = before.slice(0, before.search(PERSON_CLAUSE_OPEN));
    if (REPORTED_BEFORE.test(opener)) return true;
  }
  if (inObjectClause(before)) return true;
  const open = RELATIVE_OPEN.exec(before);
  if (open === null) return false;
  // "She replaces Tomas Vell, who was appointed chairman in 2019.": a clause in the past set off
  // after a main clause in the present tells of its noun's past, not of the sentence's news
  if (PRESENT_MAIN.test(before.slice(0, open.index)) && pastClause(before.slice(open.index))) return true;
  const verb = CLOSED_THEN_PAST.exec(sentence.slice(start))?.[1];
  if (verb === undefined) return false;
  return IRREGULAR_PAST.includes(verb) || verb === 'has' || verb === 'have' || isRegularPast(verb);
}

/**
 * A clause of "that" and a past right after a noun, open up to a date with no stop or clause's word
 * between: "a consortium that acquired the stake in"; 1: the word before "that", 2: the past.
 */
const THAT_PAST_OPEN = /\b([A-Za-z][A-Za-z'’-]*)\s+that\s+([a-z]+)\b[^,;:()"“”]*$/;
/** Words after which a clause of "that" opens no relative clause of a noun ("so that", "now that"). */
const NO_NOUN_BEFORE_THAT = new Set(['such', 'so', 'now', 'given', 'except', 'provided', 'assuming']);

/**
 * Whether a date lies in a relative clause of "that" in the past that describes the object of a main
 * clause told before it: "Norvale Capital led a consortium that acquired the line in April". The clause
 * tells of its noun's past; the main clause's act ("led") states no date, and the date is no more its
 * own than the date of a clause of "which" set off by commas. The sentence takes another date it states,
 * or its report's day (one sentence of the Wikinews clusters, a deal of the year before, whose line was
 * not annotated; `eval:dates` unchanged). A clause of "that" after a verb ("said that fares rose in
 * April") is a reported clause, whose date stays: the word before "that" is a noun, and the clause's
 * subject is "that" itself (a past right after it).
 * @param before the sentence up to the date
 */
function inObjectClause(before: string): boolean {
  const open = THAT_PAST_OPEN.exec(before);
  if (open === null) return false;
  const noun = open[1] as string;
  const verb = open[2] as string;
  if (!(IRREGULAR_PAST.includes(verb) || isRegularPast(verb) || verb === 'had')) return false;
  const lower = noun.toLowerCase();
  if (
    NOT_A_NOUN.has(lower) ||
    NO_NOUN_BEFORE_THAT.has(lower) ||
    AUXILIARY.has(lower) ||
    PAST_ONLY.has(lower) ||
    DETERMINER.has(lower) ||
    PREPOSITIONS.has(lower) ||
    IRREGULAR_PAST.includes(lower) ||
    isVerbForm(noun) ||
    isCalendarWord(lower)
  )
    return false;
  // the main clause before the noun, in the same stretch, tells an act of its own
  const head = before.slice(0, open.index);
  const stretch = head.slice(Math.max(head.search(/[;:()"“”][^;:()"“”]*$/u) + 1, 0));
  const words = stretch.match(TOKEN) ?? [];
  return words.some((w, i) => {
    const l = w.toLowerCase();
    if (DETERMINER.has((words[i - 1] ?? '').toLowerCase())) return false;
    return PAST_ONLY.has(l) || IRREGULAR_PAST.includes(l) || (isRegularPast(l) && !/^[A-Z]/.test(w));
  });
}

/** A day of this week, which a subject's clause tells as the news itself ("The man who died on Friday"). */
const THIS_WEEKS_DAY = new RegExp(
  String.raw`^(?:on\s+|last\s+)?(?:${WEEKDAY_NAME}|yesterday|today|tonight)\b`,
  'i',
);
/** Punctuation that ends a sentence's first stretch: a clause after it is set off. */
const STRETCH_END = /[,;:()"“”]/;
/** The word that opens a relative clause: "who", "that", "which", "whose". */
const RELATIVE_WORD = /\b(?:who|that|which|whose)\s+/;

/**
 * Whether a date lies in a clause of "who", "that", "which" or "whose" inside the sentence's subject,
 * with no comma to set it off, and the sentence's own verb in the past right after the date: "Investors
 * who lost money when the shares collapsed in 2020 said on Monday they would sue", "The strike that began
 * in October ended on Monday". The words before the clause hold no verb (they are its noun: "He bought
 * shares that collapsed in 2020" is a clause of the verb's object, read by `inObjectClause`). A day of the
 * week is the news itself, not the noun's past ("The man who died on Friday was named").
 */
function inSubjectClause(sentence: string, before: string, start: number): boolean {
  // one pass each: the first stretch runs to the date, and the clause opens at its first relative word
  if (STRETCH_END.test(before)) return false;
  const open = RELATIVE_WORD.exec(before);
  if (open === null || open.index + open[0].length > before.length - 1) return false;
  if (THIS_WEEKS_DAY.test(sentence.slice(start))) return false;
  const nounWords = before.slice(0, open.index).match(TOKEN);
  if (nounWords === null) return false;
  for (const w of nounWords) {
    const lower = w.toLowerCase();
    if (AUXILIARY.has(lower) || PAST_ONLY.has(lower) || IRREGULAR_PAST.includes(w) || NOT_A_NOUN.has(lower))
      return false;
    if (isParticiple(w) || /^[a-z]{3,}s$/.test(w)) return false;
  }
  const after = sentence.slice(start).match(TOKEN);
  if (after === null) return false;
  // the date's own words, and its preposition when the date is read from it ("in 2020 said")
  let i = 0;
  const word = () => after[i] as string;
  while (
    i < after.length &&
    (DATE_WORDS.has(word()) || PREPOSITIONS.has(word()) || PREPOSITION_STOP.test(word()))
  )
    i++;
  const verb = after[i];
  if (verb === undefined) return false;
  return AUXILIARY.has(verb) || PAST_ONLY.has(verb) || IRREGULAR_PAST.includes(verb) || isRegularPast(verb);
}

/** A past participle: a lower-case word in -ed that is a verb form, or an irregular one. */
function isParticiple(w: string): boolean {
  return NOUN_PARTICIPLE.has(w) || isRegularPast(w);
}

function isVerbForm(w: string): boolean {
  const lower = w.toLowerCase();
  return isParticiple(w) || AUXILIARY.has(lower) || PAST_ONLY.has(lower);
}

/**
 * Whether the word at `i` is a finite verb: an auxiliary or modal, a past form that is no participle, a
 * past in -ed after a pronoun or a name ("which tested", "Halden said"), or a present tense in -s after
 * a noun and before a word ("the recall covers formula"), before a preposition too when it takes no object
 * (`intransitives` of `data/side-clauses.yaml`: "The levy comes with …").
 */
function isFiniteVerb(words: readonly string[], i: number): boolean {
  const w = words[i] as string;
  const lower = w.toLowerCase();
  if (AUXILIARY.has(lower) || PAST_ONLY.has(lower)) return true;
  const prev = words[i - 1];
  if (prev === undefined || prev === ',') return false;
  if (isParticiple(w) || IRREGULAR_PAST.includes(w))
    return /^(?:i|he|she|it|we|they|who|which|that)$/i.test(prev) || (i > 1 && /^[A-Z]/.test(prev));
  // a present tense after a noun that opens the clause or follows a determiner ("The recall covers …")
  const next = words[i + 1];
  const opener = words[i - 2];
  return (
    /^[a-z]{2,}[^su's]s$/.test(w) &&
    !DETERMINER.has(w) &&
    (opener === undefined || opener === ',' || DETERMINER.has(opener.toLowerCase())) &&
    /^[a-z]+$/.test(prev) &&
    !DETERMINER.has(prev) &&
    !isVerbForm(prev) &&
    !PREPOSITIONS.has(prev) &&
    !NOT_A_NOUN.has(prev) &&
    next !== undefined &&
    /^[a-z]+$/.test(next) &&
    // before a preposition only a verb that takes no object ("The levy comes with …"): another
    // word in -s there is as often a plural noun ("The city councillors of Port Avel voted …")
    (!PREPOSITIONS.has(next) || sideClauseWords().intransitives.has(w))
  );
}

/**
 * Prepositions after which a noun's date places the sentence's own event in time: "fell 3% in Monday's
 * trading", "agreed at the June 2 meeting", "during last year's strike", "a profit for last year's
 * fourth quarter", "went into Sunday's final with two titles": the event happened within that
 * noun's time.
 */
const TIME_PREPOSITION = /^(?:in|into|at|on|during|by|until|till|through|throughout|over|within|for)$/i;
/** A date's own leading preposition, when the reader kept it in the date's words ("on Monday"). */
const LEADING_PREPOSITION = /^(?:in|at|on|during|by|until|till|through|throughout|over|within|for)\s/i;
/** A possessive right after a date: "yesterday's fall", "last year's output". */
const POSSESSIVE_AFTER = /^['’]s\s+[A-Za-z]/;
/** The word right after a date set between a determiner and its noun: "its November 4, 2025 low". */
const WORD_AFTER = /^,?\s+([a-z][a-z-]*)\b/;
/** A determiner or possessive pronoun right before a date: "above its ", "of the ". */
const BOUND_BEFORE = /\b(?:the|a|an|its|their|his|her|our)\s+$/i;
/** The word right before a phrase, with no punctuation between: "from", "beat", "above". */
const WORD_BEFORE = /([A-Za-z]+)\s+$/;
/**
 * Words that open a clause, after which a noun phrase is its subject: "as Tuesday's frost set
 * in", "said that Monday's fall was the worst".
 */
const OPENS_CLAUSE =
  /^(?:as|when|while|whilst|because|although|though|if|that|and|but|or|where|whereas|so)$/i;
/** A day's number before a month and year that chrono leaves apart: "a 12 March 2019 ruling". */
const DAY_NUMBER_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+$/;
/** Words that may follow a date with no noun for it to modify. */
const NOT_A_NOUN_AFTER = new Set('and or but nor than then when while as that which who'.split(' '));

/**
 * Whether a date before a noun modifies it and not the clause, in a stretch the date does not open: a
 * date in the possessive ("partly recovered from yesterday's fall", "expects to beat last year's output",
 * "slipped from Monday's close") or set between a determiner and its noun ("remained above its
 * November 4, 2025 low", "the anniversary of the October 1996 bond market crash"). The noun's
 * time is not the sentence's event's: that is its verb's, of its report's day or of another date it
 * states. Not a noun phrase that opens its sentence, a stretch between commas or a clause ("Yesterday's
 * fall wiped out …", "The 2008 crash was …", "However, its 2008 low held", "as Tuesday's frost
 * set in": the noun is the subject), nor one after an adverb ("most recently a May 7 raid"), nor
 * one after a preposition of time ("in last year's election", "during Monday's session", "at the June
 * 2 meeting": the event is inside the noun's time). A date ahead ("a June 3 hearing", "next year's
 * budget") is what the reader is to watch: the callers keep it.
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 * @param end offset just after the date's text
 */
export function premodifiesNoun(sentence: string, start: number, end: number): boolean {
  const words = sentence.slice(start, end);
  if (LEADING_PREPOSITION.test(words)) return false;
  const stop = start + words.trimEnd().length;
  let before = sentence.slice(0, start).replace(DAY_NUMBER_BEFORE, '');
  if (!POSSESSIVE_AFTER.test(sentence.slice(stop))) {
    const bound = BOUND_BEFORE.exec(before);
    if (bound === null) return false;
    const noun = WORD_AFTER.exec(sentence.slice(stop))?.[1];
    if (noun === undefined || isFunctionWord(noun)) return false;
    before = before.slice(0, bound.index);
  }
  // the word before the noun phrase: none, or one that opens a clause (the phrase opens its sentence,
  // stretch or clause: the subject, its date the event's), an adverb ("most recently a November 7
  // attack": the phrase stands beside the clause, its one event), or a preposition of time
  const prior = WORD_BEFORE.exec(before)?.[1];
  if (prior === undefined || OPENS_CLAUSE.test(prior) || /ly$/i.test(prior)) return false;
  return !TIME_PREPOSITION.test(prior);
}

/** A word that is no noun a date before it could modify: "2008 and 2009", "May 2020 when …". */
function isFunctionWord(w: string): boolean {
  return (
    PREPOSITIONS.has(w) ||
    NOT_A_NOUN.has(w) ||
    NOT_A_NOUN_AFTER.has(w) ||
    AUXILIARY.has(w) ||
    PAST_ONLY.has(w) ||
    DETERMINER.has(w)
  );
}

/** "in" or "on" before a date: the preposition that ties it to the noun before ("its rescue in 2019"). */
const IN_ON_BEFORE = /\b(?:in|on)\s+$/i;
const IN_ON_LEADING = /^(?:in|on)\s/i;
/** Prepositions that set a noun of action apart from the clause's time ("after the collapse …"). */
const APART_PREPOSITION = new Set(
  'after on with of to from since following about against into toward towards despite'.split(' '),
);
/** A determiner or possessive that opens the noun phrase: "its", "the", "a", "Vexa's". */
const OPENS_PHRASE = /^(?:the|a|an|its|their|his|her|our)$|['’]s$/i;

/**
 * Whether a date after "in" or "on" ends a noun phrase of action set off by a preposition, the action's
 * date and not its clause's: "losing $2 billion on its initial rescue in 2019", "steadied after the
 * collapse of Kestrel Bank in September". The phrase opens with a determiner or a possessive after a
 * preposition not of time, and its head, or the noun before "of", "for" or "by", is a noun of action
 * (`isActionNoun`). Not after a verb ("completed the sale in 2008": the verb's time), nor after a
 * preposition of time ("during a ceremony on January 18").
 * @param sentence the sentence holding the date
 * @param start offset of the date's text in the sentence
 * @param isAction whether a lower-case word is a noun of action
 */
export function afterActionNoun(
  sentence: string,
  start: number,
  isAction: (word: string) => boolean,
): boolean {
  let before = sentence.slice(0, start);
  if (!IN_ON_LEADING.test(sentence.slice(start))) {
    const prep = IN_ON_BEFORE.exec(before);
    if (prep === null) return false;
    before = before.slice(0, prep.index);
  }
  const words = before.match(/[A-Za-z0-9$%.'’-]+|[,;:()"“”]/g);
  if (words === null) return false;
  // back from the date: at most eight words to the phrase's opening, no punctuation
  let head = -1;
  for (let i = words.length - 1; i >= Math.max(0, words.length - 9); i--) {
    const w = words[i] as string;
    if (/^[,;:()"“”]$/.test(w)) return false;
    const lower = w.toLowerCase();
    if (head < 0 && /^[a-z]+$/.test(w) && isAction(lower)) {
      // the head, or the noun before "of", "for", "by" and its object
      const next = words[i + 1];
      if (i === words.length - 1 || next === 'of' || next === 'for' || next === 'by') head = i;
      continue;
    }
    if (head >= 0 && OPENS_PHRASE.test(w)) {
      const prior = words[i - 1]?.toLowerCase();
      return prior !== undefined && APART_PREPOSITION.has(prior);
    }
    if (head >= 0 && (AUXILIARY.has(lower) || PAST_ONLY.has(lower) || isParticiple(w))) return false;
  }
  return false;
}
