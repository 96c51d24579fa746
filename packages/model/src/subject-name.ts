import type { Person } from './find-people.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { isOrganisationWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { NOT_NAME_START } from './quote-patterns.js';
import type { Sentence } from './sentences.js';

/**
 * A personal name opening a sentence: two to four capitalised words (no possessive: "Love Island's
 * Georgia Steel" is no one's name), then a verb in lower case ("has conceded", "said", "announced") or
 * where they work ("David Buik of BGC Partners commented").
 */
const OPENING_NAME =
  /^(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,3})\s(?=(?:has|had|is|was|will|would|\p{Ll}+(?:ed|s))\b|(?:of|at|from)\s\p{Lu})/u;
/** What may come before a sentence's first word: a time, a dash, a bullet. */
const LEADING_MARKS = /^[^\p{L}]+/u;
/** A body's or place's name, words in lower case, then a name: "Central Bank chairman Sergei Ignatiev". */
const NAME_ROLE_NAME =
  /^(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){0,3})\s((?:\p{Ll}[\p{Ll}-]*\s){1,3})(\p{Lu}[\p{Ll}-]+(?:\s\p{Lu}[\p{Ll}-]+){1,2})\b/u;
/**
 * The person a sentence opens with ("Marta Oyelaran has conceded.", "Mayor Stefano Lo Russo asked …"): a
 * name of two to four words after any titles, whose first is not an article or a pronoun and whose last
 * is no word of a body's name ("Harbour Council"), nor a title ("Prime Minister").
 * @param sentence a sentence
 */
export function subjectName(sentence: string): string | null {
  // a live report's time or a list's mark before it ("23:15 — Marta Oyelaran has conceded.")
  const text = sentence.replace(LEADING_MARKS, '');
  // "Central Bank chairman Sergei Ignatiev also announced …": the name after the role
  const roled = NAME_ROLE_NAME.exec(text);
  if (roled && (roled[2] as string).trim().split(' ').some(isTitle)) return roled[3] as string;
  const m = OPENING_NAME.exec(text);
  if (!m) return null;
  // "Mayor Stefano Lo Russo asked …": the titles before the name are no part of it
  const all = (m[1] as string).split(' ');
  const words = all.slice(leadingTitles(all));
  const last = words.at(-1) as string;
  if (words.length < 2 || NOT_NAME_START.test(all[0] as string)) return null;
  if (isOrganisationWord(last) || isTitle(last) || isPlaceWord(last)) return null;
  return words.join(' ');
}

/**
 * A surname alone opening a sentence as its subject, before a verb ("Pryce said she was confident …",
 * "Schwartz disavowed the book"), also after one or two opening phrases and their commas ("Asked if the
 * debates matter to her, Chisholm said they do.", "In 2016, as the campaign went on, Schwartz
 * disavowed …"; no quotation in them: its words would be another's), and before the person's age set off
 * by commas ("Pryce, 51, will lead the board"); not two subjects ("Pryce and Keane met").
 */
const SURNAME_SAID =
  /^(?:[^,"“”]{1,80},\s){0,2}(\p{Lu}\p{Ll}[\p{L}'’-]*)(?:,\s\d{1,3},)?\s(?!(?:and|or|nor)\s)\p{Ll}/u;

/**
 * The sentence whose subject a "he said" means: the sentence right before the quote's when its subject
 * is a name ({@link subjectName}) or the surname of a person the article names ({@link surnameSaid}),
 * else the nearest of the few before it that has one, past sentences that name no one ("Carlineo faces
 * ten years. Sentencing is set for Feb. 14. He was arrested in April. During the call, he said, '…'":
 * the threat had gone to the congresswoman he threatened, titled paragraphs before); it stops at a
 * sentence that introduced someone titled, whom the caller's rules then read.
 * @param sentences the article's sentences
 * @param at the sentence right before the quote's
 * @param introduced the sentences that introduced someone titled
 * @param surnamePerson the person a surname opening sentence `j` names, if any
 * @param quoted the sentences that hold a quote, which it does not look past
 */
export function subjectBefore(
  sentences: readonly Sentence[],
  at: number,
  introduced: ReadonlySet<number>,
  surnamePerson: (word: string, j: number) => Person | undefined,
  quoted: ReadonlySet<number>,
): number {
  for (let j = at; j >= 0 && j > at - MAX_SUBJECT_LOOKBACK; j--) {
    if (introduced.has(j)) return j;
    const text = (sentences[j] as Sentence).text;
    // the sentence right before as the caller read it before; further back only a person's name, a
    // given name opening it ("The German Empire was …", "French Tarot is …" had spoken three sentences on)
    if (j === at) {
      if (subjectName(text) !== null) return j;
    } else if (opensWithGivenName(subjectName(text))) return j;
    const surname = surnameSaid(text);
    if (surname !== null && (j === at || namesInFull(surnamePerson(surname, j)?.name ?? null, surname)))
      return j;
    // not past a quote, whose speaker the caller's rules weigh
    if (quoted.has(j)) return at;
  }
  return at;
}
/** How many sentences back a "he said" looks for the name it means (the four before the quote's). */
const MAX_SUBJECT_LOOKBACK = 4;
/** Whether a name opens with a listed given name ("Patrick W. Carlineo Jr."; not "German Empire"). */
const opensWithGivenName = (name: string | null): boolean =>
  name?.includes(' ') === true && isGivenName(name.slice(0, name.indexOf(' ')));
/**
 * Whether a name is a person's full name with `surname` after its given name ("Patrick W. Carlineo
 * Jr." of "Carlineo"; not "German Empire" of "German", a name written surname first).
 */
const namesInFull = (name: string | null, surname: string): boolean =>
  opensWithGivenName(name) && (name as string).split(' ').indexOf(surname) > 0;

/**
 * The surname alone that opens a sentence as its subject ("Pryce said she was confident …",
 * "Schwartz disavowed the book"), for a "she said" right after it; not a word that opens sentences
 * ("It said", "They added"). The caller takes it only for a person the article names in full.
 * @param text the sentence
 */
export function surnameSaid(text: string): string | null {
  const word = SURNAME_SAID.exec(text)?.[1];
  return word !== undefined && !NOT_NAME_START.test(word) && !isTitle(word) && !isOrganisationWord(word)
    ? word
    : null;
}
