/**
 * Which way a date without a year (or a bare weekday) points from its article's publication date, as
 * the clause around it says: a scheduled or future event ("will meet on Friday", "is due on
 * 18 December", "the next round", "talks set to resume") points forwards, a reported one ("cut rates
 * on Friday", "was held on 8 April") backwards, and a clause with neither cue is `neutral`.
 */
export type DateDirection = 'forward' | 'backward' | 'neutral';

import { DETERMINERS, IRREGULAR_PAST, NOT_PAST_ED, SCHEDULED_INFINITIVES } from './english-cues.js';

/** The third person of the scheduling verbs ("meets", "convenes"). */
const SCHEDULED_PRESENT = SCHEDULED_INFINITIVES.map((verb) =>
  /(?:s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`,
);
const IS_SCHEDULED_PRESENT = new RegExp(`^(?:${SCHEDULED_PRESENT.join('|')})$`, 'i');

/** Modal, scheduled and "next" phrases: the clause speaks of what is ahead of its writer. */
const FORWARD = new RegExp(
  [
    String.raw`\b(?:will|shall|'ll)(?:\s+(?:not|also|now|then|again|likely|soon|be|have))*\s+[a-z-]+`,
    String.raw`\bwould(?:\s+(?:not|also|be))*\s+[a-z-]+`,
    String.raw`\b(?:is|are|was|were)\s+(?:now\s+|also\s+|not\s+)?(?:due|scheduled|set|slated|expected|planned|poised|to)\b`,
    String.raw`\b(?:plans?|planning|intends?|aims?)\s+to\b`,
    String.raw`\b(?:due|expected|set|slated|scheduled|planned)\s+(?:on|for|by|in|to|at|next|until|before)\b`,
    String.raw`\b(?:next|upcoming|coming|forthcoming|scheduled|planned)\b`,
    String.raw`\bto\s+(?:${SCHEDULED_INFINITIVES.join('|')})\b`,
    // a present tense of a scheduling verb is a fixture of the calendar: "the committee meets on
    // Thursday", "the two sides meet on Monday" (a base form only after a plural: "did not meet" is no cue)
    String.raw`\b(?:${SCHEDULED_PRESENT.join('|')})\b`,
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
 * that of what she said), a comma before a conjunction that opens another, "and" or "but" before a
 * predicate of its own ("opened three centres on Saturday and will open two more on Wednesday"), or
 * "after", "before", "since", "until" (but not right after a word of schedule: "not due until
 * October" is one clause).
 */
const CLAUSE_BREAK =
  /[;:()–—"“”]|,\s+(?:and|but|while|whereas|after|before|although|though|which|when|as)\b|\b(?:and|but)\s+(?=(?:will|would|shall|is|are|was|were|has|have|had)\b)|(?<!\b(?:due|expected|scheduled|slated|set|planned|not)\s+)\b(?:after|before|since|until)\b/gi;

/** A determiner right before a word: an -ed word after it is an adjective ("will run a reduced timetable"). */
const DETERMINER_BEFORE = new RegExp(String.raw`\b(?:${DETERMINERS.join('|')})\s+$`, 'i');

/** A linking verb in the present or the base form right before a word: "stay closed", "remains shut". */
const LINKING_BEFORE = /\b(?:stay|stays|remain|remains|be|being|become|becomes|keep|keeps|is|are|am)\s+$/i;

const UNTIL_BEFORE = /\b(?:until|till)\s+$/i;

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
  const [from, to] = clauseAround(sentence, start, end);
  const clause = sentence.slice(from, to);
  const cues: Cue[] = [];
  for (const m of clause.matchAll(FORWARD)) {
    const s = from + m.index;
    // after a determiner the word is a noun: "the votes on Thursday", "his visits"
    if (IS_SCHEDULED_PRESENT.test(m[0]) && DETERMINER_BEFORE.test(sentence.slice(Math.max(0, s - 12), s)))
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
    if (/ed$/i.test(m[0]) && LINKING_BEFORE.test(before)) continue;
    // "a week earlier" places an event against another, not in the writer's past
    if (/^earlier$/i.test(m[0]) && SPAN_BEFORE.test(sentence.slice(0, s))) continue;
    cues.push({ start: s, end: e, direction: 'backward' });
  }
  // a state that lasts until a day with no tense of its own lasts until one ahead: "is closed until Friday"
  if (cues.length === 0)
    return UNTIL_BEFORE.test(sentence.slice(Math.max(0, start - 8), start)) ? 'forward' : 'neutral';
  const distance = (c: Cue) => (c.end <= start ? start - c.end : c.start >= end ? c.start - end : 0);
  // the verb a date belongs to comes before it ("will meet on Friday", "agreed by OPEC+ on Sunday will
  // remove …"): a cue after the date counts only when none comes before it ("On Friday the bank will …")
  const after = (c: Cue) => (c.start >= end ? 1 : 0);
  cues.sort(
    (a, b) => after(a) - after(b) || distance(a) - distance(b) || (a.direction === 'forward' ? -1 : 1),
  );
  return (cues[0] as Cue).direction;
}

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
