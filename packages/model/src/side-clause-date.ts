import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
import { planTense } from './date-direction.js';
import { IRREGULAR_PAST, isRegularPast } from './english-cues.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';

const SideClauseWords = z.object({ relatives: LowerWords, subordinators: LowerWords });
/**
 * The patterns of `data/side-clauses.yaml`: a relative clause opened after a comma (", which …"), and a
 * clause a subordinator opens inside the sentence (" while …", " after …").
 * @throws ZodError when the data file does not have its schema
 */
const sideClausePatterns = lazyData('side-clauses.yaml', SideClauseWords, (raw) => ({
  relative: new RegExp(String.raw`,\s+(?:${raw.relatives.join('|')})\s`, 'u'),
  subordinate: new RegExp(String.raw`,?\s+(?:${raw.subordinators.join('|')})\s`, 'u'),
}));

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
function sideClause(text: string): [number, number] | null {
  const { relative, subordinate } = sideClausePatterns();
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
export function datedBySideClause(text: string): { main: string; side: string } | null {
  const dates = [...text.matchAll(DATE_WORD)];
  if (dates.length === 0) return null;
  const clause = sideClause(text);
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
