import { toldInPassing } from './background-dates.js';
import { withoutComparedDates } from './compared-dates.js';
import { isSayingVerb } from './saying-verbs.js';
import { mainTense } from './side-clause-date.js';

/**
 * A year of the past after "in", "of" or "during" ("in 1986", "in late 2006", "of 2005"), or "last year"
 * not as a possessive ("in April of last year"; not "last year's fall", a noun's time): 1, the year's
 * digits. Not "since 1987", a span up to the time told ("its worst fall since 1987").
 */
const EARLIER_YEAR =
  /\b(?:in|of|during)\s+(?:(?:early|mid|late)[\s-]+)?(?:((?:1[89]|20)\d\d)\b(?![-–/]\d)|last\s+year\b(?!['’]s))/giu;

/** A cheap gate before {@link EARLIER_YEAR}: four digits, or "last year". */
const MAY_NAME_YEAR = /\d{4}|last\s+year/iu;

/** A passive of saying, the writer's hearsay: "is said to", "were reported to". */
const HEARSAY = /\b(?:is|are|was|were)\s+(?:said|reported|believed|thought)\s+to\b/gu;

/**
 * Whether a sentence that states no date its reader took tells the past of an earlier year, not its
 * report's day: its main verb is in the past ("was", "led", "bought", {@link mainTense}), no one says it
 * (no verb of saying), and it names a year before its report's, or "last year", after a preposition
 * outside a clause told in passing (a relative clause of "which" or "who", an apposition or an opening
 * phrase of a participle: `toldInPassing`). "The Vireo was originally introduced in 1986, and was …"
 * (a year read as background, `isBackgroundYear`), "Norvale Capital also led a consortium that acquired
 * a stake in April of last year" (a clause of the object's, `inObjectClause`): the date reader sets such
 * a year aside, and the sentence, undated, had been dated by its report's day, an old event shown as that
 * day's news. "Talk that the two unions, which merged in 1998, would split was denied" keeps its
 * report's day, and so does a sentence in the perfect or the present.
 * @param text a sentence, its quotations blanked
 * @param year its report's news year
 */
export function tellsEarlierPast(text: string, year: number): boolean {
  // every statement of a report comes here: no year's digits and no "last year", no earlier past (the
  // blanking below only takes characters away)
  if (!MAY_NAME_YEAR.test(text)) return false;
  // "sales were up 13% on the same time in 2008": a year compared with is no time told
  const own = withoutComparedDates(text);
  let earlier = false;
  for (const m of own.matchAll(EARLIER_YEAR)) {
    if (m[1] !== undefined && Number(m[1]) >= year) continue;
    if (toldInPassing(own, m.index, m.index + m[0].length)) continue;
    earlier = true;
    break;
  }
  return earlier && toldInThePast(own);
}

/** Whether a sentence's main verb is in the past ({@link mainTense}) and no one says it (no verb of saying). */
function toldInThePast(text: string): boolean {
  if (mainTense(text) !== 'past') return false;
  // "is said to plan …" is hearsay of the writer's, no one's words
  const own = text.toLowerCase().replace(HEARSAY, ' ');
  return !(own.match(/\p{Ll}+/gu) ?? []).some(isSayingVerb);
}

/** A sentence's subject's name: a capitalised word, after "The", "A" or "An" if any. */
const SUBJECT_NAME = /^(?:(?:The|A|An)\s+)?(\p{Lu}[\p{L}\d-]*)/u;

/**
 * Whether a sentence goes on with the story of an earlier past that the sentence before told
 * ({@link tellsEarlierPast}): in the past, no one's words, and its subject named in that sentence ("The
 * Vireo ran for four decades, …" after "The Vireo was originally introduced in 1986, …"). Another
 * subject ("Ferry fares rose …") may tell the report's day.
 * @param text a sentence, its quotations blanked
 * @param before the sentence before, which tells an earlier past
 */
export function goesOnWithEarlierPast(text: string, before: string): boolean {
  const name = SUBJECT_NAME.exec(text)?.[1];
  const words: string[] = before.match(/[\p{L}\d-]+/gu) ?? [];
  if (name === undefined || !words.includes(name)) return false;
  return toldInThePast(text);
}
