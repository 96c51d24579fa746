import { NOT_NAME_OPENERS } from './english-cues.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { NAME, nameEndAt, nameThen } from './name-runs.js';

/** A person named in a text with the role the text gives them. */
export interface Person {
  name: string;
  role: string | null;
}

/** The personal name the speaker cues read: two to five capitalised tokens (see `name-runs.ts`). */
export { NAME };

const ROLE_WORDS = String.raw`President|Prime Minister|Minister|Gen\.|General|Commander|Adviser|Advisor|Secretary|Ambassador|Director|director|professor|Professor|spokesman|spokesperson|chief|Chief|leader|Leader|analyst|expert|researcher|envoy|Senator|Sen\.|Rep\.`;
/** Where a role before a name may open: the text's start, or after a space or a parenthesis, at a capital or a role word. */
const ROLE_OPENS = new RegExp(String.raw`(?:^|[\s(])(?=\p{Lu}|(?:${ROLE_WORDS})\s)`, 'gu');
/** A capitalised word of a role and its space, then "for", "of", "and" or "on" if one comes. */
const ROLE_PART = /[\p{Lu}][\p{L}-]*\s(?:(?:for|of|and|on)\s)?/uy;
/** A role word and its space, at one index. */
const ROLE_WORD_AT = new RegExp(String.raw`(?:${ROLE_WORDS})\s`, 'uy');

/**
 * The role and the name after it from where a role opens: what
 * `(?:^|[\s(])((?:ROLE_PART){0,6}(?:ROLE_WORDS))\s(NAME)` matches there, trying what it tries in its order:
 * up to six capitalised words (a word of "for", "of", "and" or "on" after one is no role word, so each
 * word's end is one), then the role word after the last of them, else after the one before, and so on.
 * @param text the sentence
 * @param open where the role opens
 * @returns the role, the name and the index after it, or null
 */
function roleThenNameAt(text: string, open: number): { role: string; name: string; end: number } | null {
  const starts = [open];
  for (let at = open; starts.length <= 6; starts.push(at)) {
    ROLE_PART.lastIndex = at;
    if (!ROLE_PART.test(text)) break;
    at = ROLE_PART.lastIndex;
  }
  for (let k = starts.length - 1; k >= 0; k--) {
    ROLE_WORD_AT.lastIndex = starts[k] as number;
    if (!ROLE_WORD_AT.test(text)) continue;
    const at = ROLE_WORD_AT.lastIndex;
    const end = nameEndAt(text, at);
    if (end >= 0) return { role: text.slice(open, at - 1), name: text.slice(at, end), end };
  }
  return null;
}
/** What follows a name in "Omar al-Amin, professor of economics at Cairo University": its comma and role. */
const ROLE_AFTER = new RegExp(
  String.raw`,\s((?:the\s)?(?:[\p{L}'’-]+\s){0,3}(?:${ROLE_WORDS})(?:\s(?:of|at|for|in)\s[^,.;"”]{3,60}(?![\p{L}\p{N}]))?)`,
  'uy',
);
const ANY_ROLE = new RegExp(ROLE_WORDS, 'u');
const NOT_A_NAME = new RegExp(String.raw`^(?:${NOT_NAME_OPENERS.join('|')})\b`, 'u');

/**
 * Finds people a sentence introduces with a role: "Spanish Prime Minister Ana María Vidal",
 * "Omar al-Amin, professor of economics at Cairo University".
 * @param sentence one sentence
 * @returns the people found, in order
 */
export function findPeople(sentence: string): Person[] {
  const out: Person[] = [];
  if (!ANY_ROLE.test(sentence)) return out; // both patterns need a role word: most sentences have none
  // each role and name after the last, as the pattern of `roleThenNameAt` with the flag g finds them
  for (ROLE_OPENS.lastIndex = 0; ; ) {
    const opens = ROLE_OPENS.exec(sentence);
    if (!opens) break;
    const m = roleThenNameAt(sentence, opens.index + opens[0].length);
    // the next start the pattern would try: the next code point, or the end of its match
    ROLE_OPENS.lastIndex = m
      ? m.end
      : opens.index + ((sentence.codePointAt(opens.index) as number) > 0xffff ? 2 : 1);
    if (!m) continue;
    // "Chief" + "Executive Henrik Dahl", "Chief" + "Operating Officer Giulia Rinaldi": the role pattern
    // stops at its first role word, and the rest of the title up to the last title word is the role's
    const words = m.name.trim().split(/\s+/);
    let rest = leadingTitles(words);
    for (let k = Math.min(2, words.length - 3); k >= rest; k--)
      if (isTitle(words[k] as string)) {
        rest = k + 1;
        break;
      }
    const name = trimName(words.slice(rest).join(' '));
    const role = [m.role.trim(), ...words.slice(0, rest)].join(' ');
    if (name) out.push({ name, role });
  }
  // a name, its comma and its role, each after the last (as `(NAME)ROLE_AFTER` with the flag g)
  for (let m = nameThen(sentence, ROLE_AFTER); m !== null; ) {
    const end = m.end + m.after[0].length;
    const name = trimName(sentence.slice(m.index, m.end));
    const role = (m.after[1] as string) + titleRunAfter(sentence.slice(end));
    if (name && !out.some((p) => p.name === name)) out.push({ name, role: role.trim() });
    m = nameThen(sentence, ROLE_AFTER, end);
  }
  return out;
}

/**
 * Up to three words that end in a title word, then what the title is of ("Executive Officer of General
 * Motors"); not an infinitive ("former Ostrava Motors President to head up the company" had the role
 * "former Ostrava Motors President to head", by the title word "head").
 */
const TITLE_RUN =
  /^((?:\s(?!(?:of|at|for|in|to)\b)[\p{L}-]+){1,3})(\s(?:of|at|for|in)\s[^,.;"”]{3,60}(?![\p{L}\p{N}]))?/u;

/**
 * The rest of a role the role pattern stopped short of: "the Chief" + " Executive Officer of General
 * Motors", "the chief" + " financial officer for GM" (title words of `data/person-titles.yaml`).
 * @param after the text right after the role found
 * @returns the words to add, or ""
 */
function titleRunAfter(after: string): string {
  const m = TITLE_RUN.exec(after);
  if (!m) return '';
  const words = (m[1] as string).trim().split(/\s+/);
  let last = -1;
  words.forEach((w, i) => {
    if (isTitle(w)) last = i;
  });
  if (last < 0) return '';
  const run = ` ${words.slice(0, last + 1).join(' ')}`;
  return last === words.length - 1 && m[2] ? run + m[2] : run;
}

/** A name less the title words it opens with ("General Ana Ruiz" is Ana Ruiz), or null if it is none. */
function trimName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  const name = words.slice(leadingTitles(words)).join(' ');
  if (NOT_A_NAME.test(name)) return null;
  // the rest of a title is no name ("Chief" + "Executive Officer", "Chief" + "Operating Officer")
  if (isTitle(name.split(/\s+/).at(-1) as string)) return null;
  return name.split(/\s+/).length >= 2 ? name : null;
}

/**
 * The surname of a name: its last token, for matching later mentions ("Dalby said"); the one before a
 * generation's suffix ("Kennedy" of "James P. Kennedy Jr", whose "Kennedy said" had made a speaker
 * "Kennedy Jr").
 * @param name a full name
 */
export function surname(name: string): string {
  const words = name.split(/\s+/);
  const last = words.at(-1) as string;
  return words.length > 2 && isGenerationSuffix(last) ? (words.at(-2) as string) : last;
}

/**
 * Whether a word is a generation's suffix after a surname ("Jr", "Sr.", "III"), no name of its own.
 * @param word one word
 */
export function isGenerationSuffix(word: string): boolean {
  return GENERATION.test(word);
}
const GENERATION = /^(?:Jr|Sr|II|III|IV)\.?$/;
