import { datePhraseWords } from './date-phrases.js';
import { eventFamiliesOf, eventFormsOf } from './event-families.js';
import { outcomeWords } from './outcome-words.js';
import { lastDay } from './partial-dates.js';
import { isStopWord } from './text-stats.js';
import { type Token, tokenizeWords } from './tokenize-words.js';

/** What a later report tells of a plan: it happened, or it was postponed or called off. */
export type PlanOutcome = 'done' | 'put-off';

/** The words of one sentence this module compares. */
interface ReadSentence {
  /** The event verbs its words belong to ({@link eventFamiliesOf}), light verbs left out. */
  events: Set<string>;
  /** The event verbs of its words that do not tell them done: what a plan's sentence sets ahead. */
  undone: Set<string>;
  /** The event verbs it tells done: a past participle or past with none of `notDoneBefore` before it. */
  done: Set<string>;
  /** Its names, lower-cased: capitalised words but a first stop word, and words with a letter and a digit. */
  names: Set<string>;
  /** Its other content words, lower-cased. */
  words: Set<string>;
  /** Its ordinals ("first", "second", "final"). */
  ordinals: Set<string>;
  /** Its names with a digit, and numbers after a name: codes of one of a series ("A90", "Kestrel 500"). */
  codes: Set<string>;
}

/** Determiners before a number that make it a code ("their 310"), not a count. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);
/** Ordinals that tell one of a series apart: a plan of the second and a report of the first are two. */
const ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'final', 'last']);
/**
 * How many names and content words besides the event's and the dates' a plan and a later report share to
 * be of one subject: on the Wikinews cluster cuts one alone (a maker's name) took 2 plans of
 * other events, other customers' deliveries and a "scheduled to enter service" by an "entered into an
 * agreement"; two kept the one plan reported done ("Deliveries to" an airline, "delivered … to" it).
 */
const SHARED_WORDS = 2;

/**
 * Reads a sentence's event verbs, names and words.
 * @param text one sentence
 */
function readSentence(text: string): ReadSentence {
  const w = outcomeWords();
  const dateWords = new Set((datePhraseWords(text) ?? '').toLowerCase().split(' '));
  const tokens = tokenizeWords(text);
  const out: ReadSentence = {
    events: new Set(),
    undone: new Set(),
    done: new Set(),
    names: new Set(),
    words: new Set(),
    ordinals: new Set(),
    codes: new Set(),
  };
  tokens.forEach((t: Token, i) => {
    const lower = t.text.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(lower) || dateWords.has(lower)) return;
    if (ORDINALS.has(lower)) {
      out.ordinals.add(lower);
      return;
    }
    if (/^\p{N}+$/u.test(lower)) {
      // a number after a name or a determiner is a model's or a line's ("the Kestrel 500", "their 310")
      const before = i > 0 ? (tokens[i - 1] as Token).text : '';
      if (lower.length >= 2 && (/^\p{Lu}/u.test(before) || DETERMINERS.has(before.toLowerCase())))
        out.codes.add(lower);
      return;
    }
    // a capitalised word inside the sentence is a name ("Allied", "Harbour Systems"), no event word; the
    // first word is one when it is a noun or a present ("Deliveries to the union are due in May")
    const capitalised = /^\p{Lu}/u.test(t.text);
    // a light verb's word ("take", "agree") is neither an event nor a word of the subject
    let event = false;
    if (!capitalised || i === 0)
      for (const f of eventFamiliesOf(lower)) {
        // a sentence's first word read as a past ("Allied", "Limited") is a name's
        if (capitalised && f.done) continue;
        event = true;
        if (w.lightVerbs.has(f.verb)) continue;
        out.events.add(f.verb);
        if (!f.done) out.undone.add(f.verb);
        else if (!tokens.slice(Math.max(0, i - 3), i).some((b) => w.notDoneBefore.has(b.text.toLowerCase())))
          out.done.add(f.verb);
      }
    if (event || isStopWord(lower)) return;
    const name = capitalised ? i > 0 : /^\p{L}/u.test(lower) && /\p{N}/u.test(lower);
    if (name) {
      out.names.add(lower);
      if (/^\p{L}/u.test(lower) && /\p{N}/u.test(lower)) out.codes.add(lower);
    } else if (lower.length > 2 && /^\p{L}/u.test(lower)) out.words.add(lower);
  });
  return out;
}

/**
 * What a later report's sentence tells of a plan an earlier one set ahead: `done` when it tells the
 * plan's event done ("Deliveries to the Kestrel Union are due in May" → "The first jet was delivered to
 * the Kestrel Union today"), `put-off` when it tells the event postponed or called off ("The opening of
 * the Norvale bridge has been postponed to next year"); else null. The two are of one event when they
 * share an event verb the plan sets ahead (not one it tells done), as the verb or a noun of its act
 * ({@link eventFamiliesOf}: "delivery" and "delivered", "merger" and "merged"; light verbs such as "begin"
 * or "hold" not), and a subject: two words besides the event's and the dates', a name among them when
 * both name any ("Kestrel Union"; not "tram cars" of two buyers), and no two different ordinals or codes
 * ("the second jet" is not "the first", the "Arden 310" not the "Arden 210").
 * @param plan the plan's sentence
 * @param later the later report's sentence
 */
export function planOutcome(plan: string, later: string): PlanOutcome | null {
  const p = readSentence(plan);
  if (p.undone.size === 0) return null;
  const l = readSentence(later);
  const shared = [...p.undone].filter((v) => l.events.has(v));
  if (shared.length === 0 || apart(p.ordinals, l.ordinals) || apart(p.codes, l.codes)) return null;
  const names = [...p.names].filter((n) => l.names.has(n)).length;
  const words = [...p.words].filter((n) => l.words.has(n)).length;
  // two deliveries of one product to two buyers share its words, not the buyer's name
  if (names + words < SHARED_WORDS || (names === 0 && p.names.size > 0 && l.names.size > 0)) return null;
  if (outcomeWords().putOff.test(later)) return 'put-off';
  return shared.some((v) => l.done.has(v)) ? 'done' : null;
}

/** A plan on the watch list, as {@link planOutcomes} reads it. */
export interface WatchedPlan {
  /** Its sentence. */
  text: string;
  /** The date it is set for (`YYYY[-MM[-DD]]`). */
  date: string;
  /** The latest day of the reports that set it ahead (`YYYY-MM-DD`), or null when one is not dated to the day. */
  lastReport: string | null;
}

/** A report's sentence, as {@link planOutcomes} reads it. */
export interface ReportSentence {
  text: string;
  /** The date it tells its event of (`YYYY[-MM[-DD]]`). */
  date: string;
  /** Its clause sets its date ahead. */
  ahead: boolean;
  /** Its report's day (`YYYY-MM-DD`), when the report is dated to the day. */
  reportDay?: string;
}

/**
 * What later reports tell of each plan ({@link planOutcome}): for each, the first sentence of a report of
 * a later day than all of the plan's own that tells it done or put off. Reads only the sentences with a
 * word of a plan's event verbs.
 * @param plans the plans
 * @param reports the sentences of all reports
 * @returns for each plan, in order, its outcome and the sentence that tells it, or null
 */
export function planOutcomes(
  plans: readonly WatchedPlan[],
  reports: Iterable<ReportSentence>,
): ({ outcome: PlanOutcome; sentence: ReportSentence } | null)[] {
  const out: ({ outcome: PlanOutcome; sentence: ReportSentence } | null)[] = plans.map(() => null);
  const light = outcomeWords().lightVerbs;
  const words = new Set<string>();
  let earliest: string | null = null;
  for (const plan of plans) {
    if (plan.lastReport === null) continue;
    if (earliest === null || plan.lastReport < earliest) earliest = plan.lastReport;
    for (const t of tokenizeWords(plan.text))
      for (const f of eventFamiliesOf(t.text.toLowerCase()))
        if (!light.has(f.verb)) for (const w of eventFormsOf(f.verb)) words.add(w);
  }
  if (earliest === null || words.size === 0) return out;
  const any = new RegExp(`\\b(?:${[...words].join('|')})\\b`, 'i');
  for (const sentence of reports) {
    if (sentence.reportDay === undefined || sentence.reportDay <= earliest || !any.test(sentence.text))
      continue;
    plans.forEach((plan, i) => {
      const day = sentence.reportDay as string;
      if (out[i] !== null || plan.lastReport === null || day <= plan.lastReport) return;
      // a report after the plan's date has passed tells of another event of its kind
      if (day > lastDay(plan.date)) return;
      const outcome = planOutcome(plan.text, sentence.text);
      // an event a later report tells done on a day before the plan was set ahead ("first flew in April"
      // in a report after a plan of June) is no outcome of it; a postponement's date may be its new one
      if (outcome === 'done' && !sentence.ahead && lastDay(sentence.date) <= plan.lastReport) return;
      if (outcome !== null) out[i] = { outcome, sentence };
    });
  }
  return out;
}

/** Whether two sentences each name one of a series (ordinals, codes) and none the same. */
function apart(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const x of a) if (b.has(x)) return false;
  return true;
}
