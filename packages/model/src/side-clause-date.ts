import { planTense } from './date-direction.js';
import { DETERMINERS, IRREGULAR_PAST, isRegularPast } from './english-cues.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';
import { sideClauseWords } from './side-clause-words.js';

let patterns: ReturnType<typeof makePatterns> | undefined;
/**
 * The patterns of `data/side-clauses.yaml`: a relative clause opened after a comma (", which …"), and a
 * clause a subordinator opens inside the sentence (" while …", " after …"). Built on first use.
 * @throws ZodError when the data file does not have its schema
 */
const sideClausePatterns = () => (patterns ??= makePatterns(sideClauseWords()));
const makePatterns = (raw: ReturnType<typeof sideClauseWords>) => ({
  relative: new RegExp(String.raw`,\s+(?:${raw.relatives.join('|')})\s`, 'u'),
  subordinate: new RegExp(String.raw`,?\s+(?:${raw.subordinators.join('|')})\s`, 'u'),
  // the timeline's (`sideDateNotMain`): the subordinators and the contrasts
  timeline: new RegExp(
    String.raw`,?\s+(?:${[...new Set([...raw.subordinators, ...raw.contrasts])].join('|')})\s`,
    'u',
  ),
  contrasts: new Set(raw.contrasts),
  // a cheap test before the clause is read: a contrast's word anywhere
  contrast: new RegExp(String.raw`\b(?:${raw.contrasts.join('|')})\b`, 'u'),
});

/** A word that names a day, a month or a year: what dates a sentence. */
const DATE_WORD = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${[...MONTH_NAMES, ...MONTH_SHORT_NAMES, ...WEEKDAYS].join('|')}|yesterday|today|tomorrow|tonight|(?:1[89]|20)\d\d)(?![\p{L}\d])`,
  'gu',
);
const PAST = new Set(IRREGULAR_PAST);
/** A date's word or a figure opening what follows a subordinator: it is then a preposition. */
const DATE_START = new RegExp(
  String.raw`^(?:the\s+)?(?:${[...MONTH_NAMES, ...MONTH_SHORT_NAMES, ...WEEKDAYS].join('|')}|yesterday|today|tomorrow|tonight|\d)`,
  'u',
);
/** A form of "be", "have" or a modal: a finite verb whatever follows it. */
const FINITE = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'shall',
  'can',
  'could',
]);

/** Whether a stretch of text holds a finite verb: a form of "be", "have", a modal, a past. */
function holdsVerb(text: string): boolean {
  for (const w of text.matchAll(/\p{Ll}+/gu))
    if (FINITE.has(w[0]) || PAST.has(w[0]) || isRegularPast(w[0])) return true;
  return false;
}

/**
 * Where a sentence's side clause stands, as [start, end): a relative clause set off by commas after a
 * name or a noun (", which will be the first to fly it in July, has opened …": up to the comma before
 * the main verb), or a clause a subordinator opens after the main clause's verb ("… is being debated
 * while on 5 March the council voted …": to the sentence's end). Null when there is none.
 */
function sideClause(text: string, subordinate = sideClausePatterns().subordinate): [number, number] | null {
  const { relative } = sideClausePatterns();
  const r = relative.exec(text);
  if (r !== null) {
    // the clause ends on the comma after which the main verb comes ("…, in July 2006, have opened")
    for (const c of text.slice(r.index + r[0].length).matchAll(/,\s+(\p{Ll}+)/gu)) {
      const word = c[1] as string;
      if (FINITE.has(word) || PAST.has(word) || isRegularPast(word)) {
        const end = r.index + r[0].length + c.index;
        return [r.index, end];
      }
    }
  }
  const s = subordinate.exec(text);
  // a subordinator right before a date or a figure is a preposition ("renewed after October of next year")
  const opens = s === null ? '' : text.slice(s.index + s[0].length);
  if (
    s !== null &&
    s.index > 0 &&
    !DATE_START.test(opens) &&
    holdsVerb(text.slice(0, s.index)) &&
    holdsVerb(opens)
  )
    return [s.index, text.length];
  return null;
}

/**
 * The clauses of a sentence whose dates all stand in a side clause ({@link sideClause}: a relative clause
 * set off by commas, a clause a subordinator opens after the main one), when its main clause outside has
 * a verb of its own: that date is the side clause's event, not what the sentence's main verb tells. Null
 * when the sentence states no date, or a date outside such a clause ("… fell 3% on Tuesday after …").
 * @param text a sentence
 * @returns the main clause's words (the side clause cut out) and the side clause's
 */
export function datedBySideClause(text: string, subordinate?: RegExp): { main: string; side: string } | null {
  const dates = [...text.matchAll(DATE_WORD)];
  if (dates.length === 0) return null;
  const clause = sideClause(text, subordinate);
  if (clause === null) return null;
  const [start, end] = clause;
  if (!dates.every((d) => d.index >= start && d.index < end)) return null;
  const main = `${text.slice(0, start)}${text.slice(end)}`;
  return holdsVerb(main) ? { main, side: text.slice(start, end) } : null;
}

/**
 * Whether a sentence's only dates stand in a side clause ({@link datedBySideClause}) while its main
 * clause tells a thing done, in the past or the perfect and no plan ("Norvale Air, which will be the
 * first to fly the Kestrel 400 in July, has opened bookings …"): a thing to watch of that date is not
 * what the sentence tells, its main verb done.
 * @param text a sentence
 */
export function tellsDoneBesideSideClause(text: string): boolean {
  const read = datedBySideClause(text);
  if (read === null) return false;
  const { main } = read;
  if (planTense(main) !== undefined || /\b(?:will|would|shall)\b/u.test(main)) return false;
  return [...main.matchAll(/\p{Ll}+/gu)].some(
    (w) => /^(?:was|were|has|have|had)$/u.test(w[0]) || PAST.has(w[0]) || isRegularPast(w[0]),
  );
}

/** Determiners and possessives ({@link DETERMINERS}): a past in -ed after one is an adjective ("the closed plant"), no verb. */
const DETERMINER = new Set(DETERMINERS);

/**
 * The tense of a main clause's first finite verb: `past` for a past simple or a past of "be", "have" or
 * "do" ("fell", "was", "had"), `now` for a present of "be" or "have" (a perfect too: "has received"), or
 * a modal of what will come ("will", "can", "may", "must"). Null when it has none of them (a present in
 * -s is not read: "comes", "demonstrates"), nor a verb after a word that opens a clause of its own
 * ("comes days after the state sold …": null). A hyphened word is no verb ("so-called"), nor a past after
 * a determiner ("the closed plant").
 * @param main the main clause's words
 */
export function mainTense(main: string): 'past' | 'now' | null {
  const words = main.toLowerCase().match(/\p{Ll}[\p{Ll}'’-]*/gu) ?? [];
  const { clauseOpeners } = sideClauseWords();
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    // a verb after a clause's word is that clause's ("comes days after the state sold …")
    if (clauseOpeners.has(w)) return null;
    if (/^(?:is|are|am|has|have|will|shall|can|may|must)$/u.test(w)) return 'now';
    if (/^(?:was|were|had|did)$/u.test(w) || PAST.has(w)) return 'past';
    if (isRegularPast(w) && !DETERMINER.has(words[i - 1] ?? '')) return 'past';
  }
  return null;
}

/**
 * Whether a sentence's past date, standing only in a side clause, is not the time of what its main verb
 * tells, so that the sentence is dated by its report's day: a clause of a concession
 * after the main one (`contrasts` of `data/side-clauses.yaml`: "The Kestrel 50 closed 0.8% higher,
 * though traders still counted the losses it suffered yesterday"), whose main clause has a verb of its
 * own. Not "while" ("The plan is being debated while on 5 March the council voted …": the vote is an
 * event a reader looks for on its day). A clause of a time or a cause keeps its
 * date, whatever the main verb's tense ("Shares fell after the bank reported a loss on Monday"; "the
 * markets have had a hard week after the fund's collapse on Monday" tells that Monday's collapse, on
 * `bench:timeline-events` an annotated line). Read by the timeline for a date of the past only: a plan's
 * date ahead in a side clause is `tellsDoneBesideSideClause`'s.
 * @param text a sentence
 */
export function sideDateNotMain(text: string): boolean {
  const { timeline, contrasts, contrast } = sideClausePatterns();
  if (!contrast.test(text)) return false;
  const read = datedBySideClause(text, timeline);
  if (read === null) return false;
  const opener = /^[\s,]*(\p{Ll}+)/u.exec(read.side)?.[1] ?? '';
  return contrasts.has(opener);
}
