import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { nounKind } from './kind-nouns.js';
import { nameParticles } from './name-particles.js';
import { isOrganisationHead, isTradeWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';

// patterns made once: inside a function a pattern with \p{…} outside a class is built by `new RegExp` at
// each call in the bundle (esbuild lowers it for Node targets)
/** A word that opens with a capital letter. */
export const CAPITAL_FIRST = /^\p{Lu}/u;
/** A word that opens with a letter. */
export const LETTER_FIRST = /^\p{L}/u;
/** A word of lower-case letters only. */
export const LOWER_WORD = /^\p{Ll}+$/u;
/** A word shaped as a people's adjective ("Flemish", "Afghan", "Syrian", "Sudanese", "Pakistani"). */
export const PEOPLE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ish|an|ese|i)$/u;

/** "the" in any case: a word before a name that no person's name takes. */
export const THE = /^the$/i;

/** A word that opens with a digit. */
export const DIGIT_FIRST = /^\d/;
/** A word of digits only. */
export const DIGITS = /^\d+$/;

/**
 * Whether a person's name reads as one a given name opens: two or three words, none a body's head
 * noun, a title or a place's word. On the bench pages longer "people" are run-ons of scrambled text
 * ("Obama National Security Eröffnung"), and "Obama", said eight times, would have become one.
 */
export function isPersonalName(name: string): boolean {
  const words = name.split(' ');
  return words.length <= 3 && !words.some((w) => isOrganisationHead(w) || isTitle(w) || isPlaceWord(w));
}

/**
 * Whether a name reads as a person's by its words alone: two or three personal words
 * (`isPersonalName`), the first a listed given name and no name particle ("Abu Ghraib", "Al Qaida"),
 * none a noun of a kind or a trade (`data/kind-nouns.yaml`, `trades` of `data/organisation-words.yaml`)
 * and none a word the article writes in lower case ("Bank Melli" beside "the bank", "Lincoln Park"
 * beside "the park", "Royal Marine" beside "marine units").
 * @param name an entity's name
 * @param lower the article's lower-case words, asked for only when the words pass
 */
export function opensWithGivenName(name: string, lower: () => ReadonlySet<string>): boolean {
  const words = name.split(' ');
  // "a black Smith & Wesson pistol": an ampersand joins two names, which one person's never holds (GMB
  // train's first 1,200 articles: that firm a person no more; no other actor of GMB dev, WikiGold or them)
  if (words.length < 2 || words.includes('&') || !isPersonalName(name)) return false;
  const first = words[0] as string;
  if (!isGivenName(first) || nameParticles().prefix.test(first.toLowerCase())) return false;
  // "Bank Leumi", "Duke Energy": a noun of a body's or a place's kind, or of a company's trade
  if (words.some((w) => isTradeWord(w) || (nounKind(w) ?? 'person') !== 'person')) return false;
  const written = lower();
  return words.every((w) => !written.has(w.toLowerCase()));
}

/** A capitalised word and a participle after a hyphen ("Toronto-listed", "Kabul-based", "Iranian-backed", "Texas-born"). */
export const PLACE_ADJECTIVE = /^\p{Lu}[\p{L}.'’]*-(?:\p{Ll}+ed|born|run)$/u;

/**
 * Whether a name opens with a word a hyphen joins to a participle ("Toronto-listed Halvorsen
 * Resources"): a form of the name, not the one to call it by.
 * @param form a name of one word or more
 */
export function opensWithPlaceAdjective(form: string): boolean {
  const first = form.indexOf(' ');
  return first > 0 && PLACE_ADJECTIVE.test(form.slice(0, first));
}

/**
 * The first letters of a name's capitalised words: "AFO" for "Anti-Fraud Office", "FDA" for
 * "Food and Drug Administration".
 * @param name a name
 */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => CAPITAL_FIRST.test(w))
    .map((w) => w[0])
    .join('');
}

/** A word without an Arabic article's particle ("al-", "el-", …), lowercased: the key its surname is compared by. */
export const stripParticle = (w: string) => w.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/i, '').toLowerCase();

/** The last word of a name of several words (a body's head noun: "Commission" of "European Commission"). */
export const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);
