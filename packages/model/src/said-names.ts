import { isTitle } from './find-roles.js';
import { matchOf, nameEndAt, nameThen } from './name-runs.js';
import { NEXT_NAME_WORD, SAYING_VERBS, TOLD } from './quote-patterns.js';

// "told reporters Ana Ruiz": the name after the one hearing; not after "the" ("Mohamed told the Sahan
// Journal": an outlet is the one hearing)
const SAID_BEFORE_NAME = new RegExp(
  String.raw`${SAYING_VERBS}\s|${TOLD}\s(?!(?:the|a|an)\s)[\p{L}-]+\s`,
  'gu',
);
/** The verb then a space, at one index: {@link SAID_BEFORE_NAME}'s first way. */
const SAID_THEN = new RegExp(String.raw`${SAYING_VERBS}\s`, 'uy');
/** "told", its hearer, then a space, at one index: {@link SAID_BEFORE_NAME}'s second way. */
const TOLD_THEN = new RegExp(String.raw`${TOLD}\s(?!(?:the|a|an)\s)[\p{L}-]+\s`, 'uy');

/**
 * The name after a verb of saying ({@link SAID_BEFORE_NAME}), as `(?:SAID_THEN|TOLD_THEN)(NAME)` would
 * match it: the verb's index, the name its group 1.
 * @param text the text
 */
export function matchSaidName(text: string): RegExpExecArray | null {
  for (SAID_BEFORE_NAME.lastIndex = 0; ; ) {
    const verb = SAID_BEFORE_NAME.exec(text);
    if (!verb) return null;
    for (const before of [SAID_THEN, TOLD_THEN]) {
      before.lastIndex = verb.index;
      if (!before.test(text)) continue;
      const end = nameEndAt(text, before.lastIndex);
      if (end >= 0) return matchOf(text, verb.index, end, [text.slice(before.lastIndex, end)]);
    }
    // the verbs are ASCII: the next index is the next start the pattern would try
    SAID_BEFORE_NAME.lastIndex = verb.index + 1;
  }
}

/** After a name: the age news sets between commas after a person's name ("Gerda Blom, 71, said"), then the verb. */
const SAID_AFTER_NAME = new RegExp(String.raw`(,\s\d{1,3},)?\s(?:${SAYING_VERBS}|${TOLD})\b`, 'uy');

/**
 * A name before the verb ({@link SAID_AFTER_NAME}), as `(NAME)SAID_AFTER_NAME` would match it: the
 * name group 1, the age group 2. No verb (`data/saying-verbs.yaml`) is a particle of a name.
 * @param text the text
 */
export function matchNameSaid(text: string): RegExpExecArray | null {
  const m = nameThen(text, SAID_AFTER_NAME);
  return m && matchOf(text, m.index, m.end + m.after[0].length, [text.slice(m.index, m.end), m.after[1]]);
}
/**
 * The office a name before the verb is the portfolio of: a title and up to four capitalised words before
 * it, then "for" or "of" right before the name ("United Nations High Commissioner for Human Rights",
 * "Minister of Foreign Affairs"), or null.
 * @param outside the sentence outside its quotes
 * @param m its `matchNameSaid` match
 */
export function officeOf(outside: string, m: RegExpExecArray): string | null {
  const before = OFFICE_BEFORE.exec(outside.slice(Math.max(0, m.index - 80), m.index));
  if (!before || !isTitle(before[2] as string)) return null;
  return `${(before[1] as string).replace(/^The\s/u, '')} ${before[3]} ${m[1]}`;
}
const OFFICE_BEFORE = /((?:\p{Lu}[\p{L}.'’-]*\s){0,4}(\p{Lu}\p{Ll}+))\s(for|of)\s$/u;

/**
 * The name after the verb run on past the name pattern's five words when a title stands among them:
 * "said Miami-Dade Police Detective Alvaro Zabaleta" had the speaker "Miami-Dade Police Detective
 * Alvaro"; the title and what comes before it are the role ({@link withoutLeadingTitles}).
 * @param outside the sentence outside its quotes
 * @param said its `matchSaidName` match
 * @returns the longer name, or the match's own
 */
export function nameRunOn(outside: string, said: RegExpExecArray): string {
  const named = said[1] as string;
  const end = said.index + said[0].length;
  const more = NAME_GOES_ON.exec(outside.slice(end, end + 60))?.[0];
  if (!more) return named;
  const words = `${named}${more}`.split(' ');
  // a title with at least two words of the name after it
  for (let k = words.length - 3; k >= 0; k--) if (isTitle(words[k] as string)) return words.join(' ');
  return named;
}

/** Up to three more capitalised words right after a name, to a word's end. */
const NAME_GOES_ON = new RegExp(String.raw`^(?:${NEXT_NAME_WORD}){1,3}(?![\p{L}'’])`, 'u');

const SAID = new RegExp(String.raw`\s(?:${SAYING_VERBS}|${TOLD})\b`, 'gu');
const ASCII_WORD = /[A-Za-z0-9_]/;

/**
 * Each tail of the word before "said" (or another verb of saying, or "told") that starts at a word boundary (as `\bSurname\ssaid\b` would
 * match it), so that a known surname is found by lookup rather than by a regex per person.
 */
export function wordsBeforeSaid(outside: string): string[] {
  return wordsBefore(outside, SAID);
}

/**
 * Each tail of the word before each match of a verb's pattern, as {@link wordsBeforeSaid} reads them
 * before "said".
 * @param outside the text
 * @param verb a global pattern of the verb, a space before it
 */
export function wordsBefore(outside: string, verb: RegExp): string[] {
  const out: string[] = [];
  for (const m of outside.matchAll(verb)) {
    const end = m.index;
    for (let j = end - 1; j >= 0 && !/\s/u.test(outside.charAt(j)); j--) {
      const before = j > 0 && ASCII_WORD.test(outside.charAt(j - 1));
      if (before !== ASCII_WORD.test(outside.charAt(j))) out.push(outside.slice(j, end));
    }
  }
  return out;
}
