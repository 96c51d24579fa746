// Whether two statements name other subjects: someone each names whom the other does not.

import { ACRONYM, CAPITALISED_WORD } from './capitalised-words.js';
import { WEEKDAY_NAME } from './english-cues.js';
import { isFrequentWord } from './everyday-words.js';
import { MONTH_NAMES } from './month-names.js';
import { isStopWord } from './text-stats.js';

/**
 * Who a statement cites, at its end: ", the company said on Tuesday.", ", according to people close to
 * the deal.", ", two managers told the Harbour Courier." Names there say who speaks, not whom the
 * statement is about.
 */
const CITED_TAIL =
  /,[^,]*?\b(?:according\s+to|said|says|told|tells|reported|reports|announced|added|confirmed|stated)\b[^,]*$/iu;

/** Who a statement cites, at its start: "According to the latest figures, …". */
const CITED_HEAD = /^\P{L}*according\s+to\b[^,]*,\s*/iu;

/** A day's or a month's name, which dates a statement and names no one. */
const WHEN = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAMES.join('|')})$`, 'iu');

/** The first word of a sentence and the word after it. */
const OPENING = /^\P{L}*(\p{L}[\p{L}\p{N}'’-]*)\s+(\S+)?/u;

/** A word without a possessive ending ("Kestrel's", "Parents'" → "Kestrel", "Parents"). */
function bare(word: string): string {
  return word.replace(/['’]s?$/u, '');
}

/**
 * The words of a statement that name someone or something, outside who it cites at its end: the
 * capitalised words within it, and its first word when it is a rare word ("Norvale will …"), an
 * acronym or opens a name of several words ("Norvale Motors will cut …"); not names of days and months.
 * @param text a statement
 * @returns the name words, as written
 */
export function nameWords(text: string): Set<string> {
  const body = text.replace(CITED_TAIL, '').replace(CITED_HEAD, '');
  const out = new Set<string>();
  for (const m of body.matchAll(CAPITALISED_WORD)) out.add(bare(m[0]));
  const opening = OPENING.exec(body);
  const first = opening?.[1] === undefined ? undefined : bare(opening[1]);
  if (first !== undefined && /^\p{Lu}/u.test(first) && !isStopWord(first.toLowerCase())) {
    const next = opening?.[2] ?? '';
    if (!isFrequentWord(first) || ACRONYM.test(first) || /^\p{Lu}/u.test(next)) out.add(first);
  }
  for (const w of out) if (WHEN.test(w)) out.delete(w);
  return out;
}

/**
 * Whether two statements name other subjects: each names a word ({@link nameWords}) the other does not
 * ("Norvale Motors will cut 9,000 jobs and close 6 plants" against "Dravik Motors will cut 9,000 jobs
 * and close 4 plants"). Their figures or dates are then of two subjects, not one subject's given two ways.
 * @param a a statement
 * @param b another
 */
export function namesOtherSubjects(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  return [...x].some((w) => !y.has(w)) && [...y].some((w) => !x.has(w));
}
