import { NOT_NAME_OPENERS } from './english-cues.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { nameParticles } from './name-particles.js';

/** A person named in a text with the role the text gives them. */
export interface Person {
  name: string;
  role: string | null;
}

// an initial ("J. Smith"), an abbreviated title ("Dr. Amina Diallo", "Gen. Ana Ruiz"), a word (not ending
// in an apostrophe: "told NBC News' Today show" names no "News' Today"), a particle, a nickname
const TOKEN = String.raw`(?:\p{Lu}\.(?=\s\p{Lu}[\p{L}'’]*\p{L})|\p{Lu}\p{Ll}{1,3}\.(?=\s\p{Lu}\p{Ll})|\p{Lu}(?:[\p{L}'’]*\p{L})?(?:-[\p{L}'’]*\p{L})*|(?:al|el|bin|ibn|abu|abd|abdul)-\p{Lu}[\p{L}'’]+|"\p{Lu}\p{L}+"|“\p{Lu}\p{L}+”)`;
/** One or two particles before a name's next part ("de Groot", "van der Berg", "bin Salman"). */
const PARTICLES = String.raw`(?:(?:${nameParticles().name.join('|')})\s){0,2}`;
/**
 * A personal name: two to five capitalised tokens, allowing particles such as al- and "de" between
 * them and a quoted nickname, and a generation's suffix ("James P. Kennedy Jr."), not ending in a possessive ("President Joe Biden’s visit" names no "Joe
 * Biden’s"; "Acme's Tom Hale" holds his company's).
 */
export const NAME = String.raw`${TOKEN}(?:\s${PARTICLES}${TOKEN}){1,4}(?:\s(?:Jr|Sr)\.)?(?<!['’]s)(?![\p{L}'’])`;
const ROLE_WORDS = String.raw`President|Prime Minister|Minister|Gen\.|General|Commander|Adviser|Advisor|Secretary|Ambassador|Director|director|professor|Professor|spokesman|spokesperson|chief|Chief|leader|Leader|analyst|expert|researcher|envoy|Senator|Sen\.|Rep\.`;
const ROLE_THEN_NAME = new RegExp(
  String.raw`(?:^|[\s(])((?:[\p{Lu}][\p{L}-]*\s(?:(?:for|of|and|on)\s)?){0,6}(?:${ROLE_WORDS}))\s(${NAME})`,
  'gu',
);
const NAME_THEN_ROLE = new RegExp(
  String.raw`(${NAME}),\s((?:the\s)?(?:[\p{L}'’-]+\s){0,3}(?:${ROLE_WORDS})(?:\s(?:of|at|for|in)\s[^,.;"”]{3,60}(?![\p{L}\p{N}]))?)`,
  'gu',
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
  for (const m of sentence.matchAll(ROLE_THEN_NAME)) {
    // "Chief" + "Executive Henrik Dahl", "Chief" + "Operating Officer Giulia Rinaldi": the role pattern
    // stops at its first role word, and the rest of the title up to the last title word is the role's
    const words = (m[2] as string).trim().split(/\s+/);
    let rest = leadingTitles(words);
    for (let k = Math.min(2, words.length - 3); k >= rest; k--)
      if (isTitle(words[k] as string)) {
        rest = k + 1;
        break;
      }
    const name = trimName(words.slice(rest).join(' '));
    const role = [(m[1] as string).trim(), ...words.slice(0, rest)].join(' ');
    if (name) out.push({ name, role });
  }
  for (const m of sentence.matchAll(NAME_THEN_ROLE)) {
    const name = trimName(m[1] as string);
    const role = (m[2] as string) + titleRunAfter(sentence.slice((m.index ?? 0) + m[0].length));
    if (name && !out.some((p) => p.name === name)) out.push({ name, role: role.trim() });
  }
  return out;
}

/**
 * Up to three words that end in a title word, then what the title is of ("Executive Officer of General
 * Motors"); not an infinitive ("former Chrysler President to head up the company" had the role "former
 * Chrysler President to head", by the title word "head").
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
 * The surname of a name: its last token, for matching later mentions ("Hussein said"); the one before a
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
