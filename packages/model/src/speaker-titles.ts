import { SENTENCE_OPENERS } from './english-cues.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { isOrganisationWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { NOT_NAME_START } from './quote-patterns.js';
import { isSpeakerNoun } from './speaker-nouns.js';

/** Up to three words in lower case right before a name, the sentence's first among them: "Retired nurse ". */
export const DESCRIBED_BEFORE = /(?:^|[^\p{L}\s,;:]\s|\s)((?:\p{L}[\p{Ll}-]*\s){1,3})$/u;
/**
 * Conjunctions and prepositions that open a sentence and no name ("As Klein writes:", "But Ruiz said");
 * "The Prime Minister said" keeps its article, a role the unnamed speaker's rules read.
 */
const OPENERS = new Set([
  ...['As', 'But', 'And', 'In', 'On', 'At', 'For', 'By', 'From', 'With', 'Of'],
  // clauses' openers: "When Winfrey asked if …" had made a person "When Winfrey"
  ...['When', 'While', 'If', 'After', 'Before', 'Since', 'Until', 'Once', 'Because', 'Where', 'Then', 'So'],
]);

/**
 * A name found before a verb of saying without the sentence's opening word: "As Klein" → "Klein",
 * "Afterwards Tamsin Quell" → "Tamsin Quell" (`SENTENCE_OPENERS`).
 */
export function withoutOpener(name: string | null): string | null {
  if (name === null) return null;
  const space = name.indexOf(' ');
  if (space <= 0) return name;
  const first = name.slice(0, space);
  // "Afterwards Tamsin Quell, the port's lawyer, told …", "Both Northwind and …"
  return OPENERS.has(first) || SENTENCE_OPENERS.has(first.toLowerCase()) ? name.slice(space + 1) : name;
}

/**
 * What the words in lower case right before a name say of the person ("Retired nurse " → "retired
 * nurse", "local resident "), when they open the sentence or follow a word; "the"/"a" dropped.
 * @param before the sentence up to the name
 * @returns the description, or null
 */
export function describedBefore(before: string): string | null {
  const m = DESCRIBED_BEFORE.exec(before);
  if (!m) return null;
  const words = (m[1] as string).trim().split(' ');
  const start = before.length - (m[1] as string).length;
  // a capitalised word only as the sentence's first ("Retired"), not a name's ("Tiel nurse")
  if (/^\p{Lu}/u.test(words[0] as string) && start > 0) words.shift();
  if (/^(?:the|a|an)$/iu.test(words[0] ?? '')) words.shift();
  if (words.length === 0) return null;
  // "Retired nurse" opening the sentence is a common noun's; "Throgs Neck resident" keeps the name
  // of two capitalised words it opens with
  if (!/^\p{Lu}/u.test(words[1] ?? '')) words[0] = (words[0] as string).toLowerCase();
  return words.join(' ');
}

/**
 * A surname alone after a title that the name patterns took with it and with the words before it
 * ("Deputy Harbour Secretary Vantakis", "Harbour Secretary Vantakis": the speaker had been "Harbour
 * Secretary Vantakis", role "deputy"): three words or more, the last but one a title
 * (`data/person-titles.yaml`), the last no title, everyday word or word of a body's or a place's name;
 * the role is all the words before it, as written. Null for none.
 * @param named a name as the speaker cues matched it
 */
export function titledSurname(named: string): { name: string; role: string } | null {
  const words = (withoutOpener(named) as string).split(' ');
  const last = words.at(-1) as string;
  if (words.length < 3 || !isTitle(words.at(-2) as string)) return null;
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(last) || isTitle(last) || isCommonWord(last.toLowerCase()))
    return null;
  if (isOrganisationWord(last) || isPlaceWord(last)) return null;
  return { name: last, role: words.slice(0, -1).join(' ') };
}

/**
 * A name less the words before it that say who the person is, which become its role: "Analyst Rebecca
 * Lindland" is Rebecca Lindland, analyst; "Harbour Police Commissioner Ana Ruiz" is Ana Ruiz, Harbour
 * Police Commissioner; "Acme's Tom Hale" is Tom Hale, Acme's. The role runs to the last title word
 * (`data/person-titles.yaml`) or possessive; two words of name stay.
 * @param named a name as the speaker cues matched it
 */
export function withoutLeadingTitles(named: string): { name: string; role: string | null } {
  const own = withoutOpener(named) as string;
  if (own !== named) return withoutLeadingTitles(own);
  const words = named.split(' ');
  let i = Math.min(leadingTitles(words), Math.max(0, words.length - 2));
  for (let k = words.length - 3; k >= i; k--) {
    const w = words[k] as string;
    if (isTitle(w) || /['’]s?$/u.test(w)) {
      i = k + 1;
      break;
    }
  }
  if (i === 0) return { name: named, role: null };
  // "But Vice-President Mike Pence stressed …": a word opening the sentence is no part of the role
  let from = 0;
  while (from < i && NOT_NAME_START.test(words[from] as string)) from++;
  const role = words.slice(from, i).join(' ');
  // a title opening the role is a common noun ("analyst"); a place or a body opening it keeps its capital
  // (an abbreviated title keeps it: "Dr.", "Gen.")
  const first = words[from] as string | undefined;
  const lower = first !== undefined && isTitle(first) && !first.endsWith('.') ? lowerTitle(role) : role;
  return { name: words.slice(i).join(' '), role: lower || null };
}

/**
 * A title as a common noun, its first word in lower case ("Analyst" → "analyst", "Vice-President" →
 * "vice-president"), but an acronym as written ("CEO").
 */
export function lowerTitle(title: string): string {
  const space = title.indexOf(' ');
  const first = space < 0 ? title : title.slice(0, space);
  return (
    first.replace(TITLE_CASE_PART, (_, start: string, capital: string) => start + capital.toLowerCase()) +
    title.slice(first.length)
  );
}
/** A capital opening a word or a hyphened part of it, with a small letter after it. */
const TITLE_CASE_PART = /(^|-)(\p{Lu})(?=\p{Ll})/gu;

/** A title opening the sentence in capitals, then one or two words in lower case: "Chief executive ". */
const TITLE_OPENING = /^(\p{Lu}\p{Ll}[\p{Ll}-]*)((?:\s\p{Ll}[\p{Ll}-]*){1,2})\s$/u;

/**
 * The role the sentence opens with before the speaker's name when the name patterns stopped at its
 * words in lower case ("Chief executive Ana Ruiz said": the name was Ana Ruiz, no role): all the words
 * before the name, the first a title (`data/person-titles.yaml`), the last a title or a noun a person is
 * quoted by (`data/speaker-nouns.yaml`), as written, as the actors table writes it ("Chief executive").
 * @param before the sentence outside its quotes up to the name
 * @returns the role, or null
 */
export function titleOpening(before: string): string | null {
  const m = TITLE_OPENING.exec(before.trimStart());
  if (!m || !isTitle(m[1] as string)) return null;
  const head = (m[2] as string).split(' ').at(-1) as string;
  return isSpeakerNoun(head) ? `${m[1]}${m[2]}` : null;
}
