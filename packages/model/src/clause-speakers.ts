import { builtInIndex } from './built-in-index.js';
import type { Person } from './find-people.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { type Gender, givenNameGender, isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';
import { isOrganisationWord } from './organisation-words.js';
import { isPlaceWord, namesAPlace } from './place-words.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';
import { roleOpening } from './speaker-roles.js';

/**
 * A person's name as a sentence's subject writes it: a given name, then one or two capitalised words, a
 * middle initial ("President Ilse K. Okafor"), a name's particle ("de", "van") or an Irish "O'" set apart
 * by the copy ("Declan O' Rourke") allowed before each.
 */
const PERSON =
  /(\p{Lu}\p{Ll}+)((?:(?:\s\p{Lu}\.)?\s(?:\p{Ll}{2,3}\s)?(?:O['’]\s?)?\p{Lu}[\p{Ll}'’-]+){1,2})(?=[\s,])/gu;
/**
 * What follows the subject's name: an apposition or a clause on who they are between commas (up to two
 * phrases, 120 characters) or a stray comma the copy sets there, then the verb, an adverb allowed before it.
 */
const AFTER_SUBJECT =
  /(?:,\s[^"“”,]{1,120}(?:,\s[^"“”,]{1,60})?,|,)?\s(?:also\s|later\s|then\s)?(\p{Ll}+)\b/uy;
/** Lower-case words a role before a name holds besides titles ("Secretary of the Air Force for Acquisition"). */
const ROLE_LINKS = new Set(['of', 'the', 'for', 'and', 'at']);
/** A verb of saying or "saying" after the subject's verb: the quotation is introduced as theirs. */
const INTRODUCED = new RegExp(String.raw`${SAYING_VERBS}|${TOLD}|\bsaying\b`, 'u');
/** Someone quoted by another: "Ana Ruiz quoted a guard as saying". */
const AS_SAYING = /\bas\ssaying\b/u;
/** A verb of saying as the subject's verb ("said in a statement"). */
const SAYING = new RegExp(`^(?:${SAYING_VERBS}|${TOLD})$`, 'u');

/**
 * The speaker a sentence names as its subject, when the verb of saying stands past a long clause or an
 * apposition that the name patterns do not cross: "Washington senator Ana Ruiz, who hails from the
 * state where the yard builds its ferries, said in a statement "…"" (a clause of more than 80
 * characters), "Assistant Secretary of the Navy Ana Ruiz defended the choice, saying, "…"", "Port
 * Ellis CEO, Tomas O' Brien, justified his choice by saying, "…"". The name opens the sentence after its
 * role only (capitalised words, titles and "of", "the", "for"), its first word is a given name and its
 * last no word of a body's or a place's name, and it is followed, past the apposition, by a verb of
 * saying or a verb in the past tense, then a verb of saying or "saying" before the quotation; not a
 * quotation of someone else "as saying" ("Ana Ruiz quoted a guard as saying"). The role is the words
 * before the name when one is a title (`data/person-titles.yaml`).
 * @param outside the sentence outside its quotes, its introduction first
 * @returns the person, or null
 */
export function subjectSpeaker(outside: string): Person | null {
  if (AS_SAYING.test(outside)) return null;
  const particles = nameParticles();
  for (const m of outside.matchAll(PERSON)) {
    // "Kestrel Bank head trader, Tomas Vance, said": a body's words and a role in lower case (roleOpening)
    const only = roleOnly(outside.slice(0, m.index));
    const opening = only ? null : roleOpening(outside.slice(0, m.index), m[0]);
    if (!only && !opening) break;
    // a particle inside the name must be one ("Marieke de Groot"), not a word of the sentence
    const inner = (m[2] as string).match(/\s(\p{Ll}{2,3})\s/gu) ?? [];
    if (inner.some((w) => !particles.name.includes(w.trim()))) continue;
    const name = personIn(m[0]);
    if (name === null) continue;
    const said = saysAfter(outside, (m.index as number) + m[0].length);
    if (said === undefined) continue;
    if (!said) return null;
    const role = outside
      .slice(0, (m.index as number) + m[0].length - name.length)
      .trim()
      .replace(/,$/u, '');
    const titled = role.split(' ').some((w) => isTitle(w));
    return { name, role: titled ? role : opening };
  }
  return titledSubject(outside);
}

/**
 * Whether the subject whose name ends at `end` says the quotation: past the apposition
 * ({@link AFTER_SUBJECT}), a verb of saying or in the past tense, then a verb of saying or "saying"
 * before it. Undefined when no verb follows the name at all (another name may), false when the verb
 * says the sentence is not the subject's saying.
 * @param outside the sentence outside its quotes
 * @param end where the subject's name ends
 */
function saysAfter(outside: string, end: number): boolean | undefined {
  AFTER_SUBJECT.lastIndex = end;
  const after = AFTER_SUBJECT.exec(outside);
  if (!after) return undefined;
  const verb = after[1] as string;
  if (!SAYING.test(verb) && !/\p{Ll}{2}ed$/u.test(verb)) return false;
  return INTRODUCED.test(outside.slice(AFTER_SUBJECT.lastIndex - verb.length));
}

/** A role of capitalised words and links opening the sentence, then one capitalised word: a surname. */
const ROLE_THEN_SURNAME =
  /^\s*((?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and)\s){1,9})(\p{Lu}[\p{Ll}'’-]+)(?=[\s,])/u;

/**
 * A titled surname alone as the sentence's subject ("Deputy Harbour Secretary Vantakis published a
 * letter, saying: "…""): a title of office right before one capitalised word that is no everyday word,
 * title or word of a body's or a place's name; the role is the words before it.
 * @param outside the sentence outside its quotes
 */
function titledSubject(outside: string): Person | null {
  const m = ROLE_THEN_SURNAME.exec(outside);
  if (!m) return null;
  const role = (m[1] as string).trim();
  const name = m[2] as string;
  if (!isTitle(role.split(' ').at(-1) as string) || !unknownNameWord(name)) return null;
  return saysAfter(outside, m[0].length) ? { name, role } : null;
}

/**
 * The person's name in a run of capitalised words before a verb: from its first given name that is no
 * everyday word ("Navy Mirela Vantakis" of "Assistant Secretary of the Navy Mirela Vantakis"), or from
 * the word before the surname when that is a given name ("Declan O' Rourke"); null when none, or when the
 * last word is a body's or a place's ("Christian Democrats", "Jordan Valley").
 * @param run the capitalised words
 */
function personIn(run: string): string | null {
  // an "O'" the copy set apart stays with the surname after it
  const words = run.split(/(?<!\bO['’])\s(?=\p{Lu})/u);
  const last = (words.at(-1) as string).split(' ').at(-1) as string;
  if (words.length < 2 || isOrganisationWord(last) || isPlaceWord(last)) return null;
  for (let k = 0; k < words.length - 1; k++) {
    const word = words[k] as string;
    // an everyday word ("George", "Will") only right before the surname, a middle initial allowed between
    const beforeSurname =
      k === words.length - 2 || (k === words.length - 3 && /^\p{Lu}\.$/u.test(words[k + 1] as string));
    if (isGivenName(word) && (!isCommonWord(word.toLowerCase()) || beforeSurname))
      return words.slice(k).join(' ');
  }
  return null;
}

/**
 * Whether a capitalised word can be a word of a person's name the given names do not list ("Skeeter",
 * "Thenmozhi", "Maclaren"): no everyday word, no title, no word of a body's or a place's name.
 * @param word the word
 */
function unknownNameWord(word: string): boolean {
  return (
    /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(word) &&
    !isCommonWord(word.toLowerCase()) &&
    !isTitle(word) &&
    !isOrganisationWord(word) &&
    !isPlaceWord(word)
  );
}

/**
 * Whether capitalised words the given names do not list can be a person's name: each can be a word of
 * one ({@link unknownNameWord}), the last is no given name ("Skeeter Brannock", "Thenmozhi Arasan"), and
 * no one of them is a country, a region or a body the built-in names hold ("Jordan" alone may open a
 * person's name the given names list, not one they do not).
 * @param words the words
 */
function unknownName(words: readonly string[]): boolean {
  if (!words.every((w) => unknownNameWord(w)) || isGivenName(words.at(-1) as string)) return false;
  const index = builtInIndex();
  return words.every((w) => index.lookup(w) === undefined);
}

/**
 * A name set off by a comma before a role in lower case that holds a title and runs on to the verb of
 * saying with no comma closing it (the copy drops it): "Tobin Okafor, president of Port Ellis Ferries
 * said", "Skeeter Brannock, chairperson of Local 88, Harbour Workers union said", "Thenmozhi Arasan, a
 * research analyst at the Council on Water, Soil and Air told the radio". The name opens the sentence, its
 * text outside the quotation, or a clause after a comma; the role opens with "a", "an", "the" or a title.
 */
const APPOSED_TO_VERB = new RegExp(
  String.raw`(?:^\s*|[,;:]\s)(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}),\s((?:an?\s|the\s)?\p{Ll}[^"“”;:.]{2,140}?)\s(?:${SAYING_VERBS}|${TOLD})\b`,
  'gu',
);

/**
 * The speaker named before a role that runs on to the verb (see {@link APPOSED_TO_VERB}): a person's
 * name opening with a given name, or two or three capitalised words the given names do not list when the
 * role after them makes them a person (a title among its first four words, before any "of", "at", "for"
 * or "in") and no word is a body's, a place's, a title or an everyday word ("Port Ellis, the harbour
 * town, said" is no one). The role is everything between the comma and the verb; null for none.
 * @param outside the sentence outside its quotes
 */
export function apposedToVerb(outside: string): Person | null {
  for (const m of outside.matchAll(APPOSED_TO_VERB)) {
    const role = (m[2] as string).trim();
    if (role.endsWith(',')) continue;
    const head = role
      .replace(/^(?:an?|the)\s/u, '')
      .split(/\s(?:of|at|for|in|with)\s/u)[0]
      ?.split(' ')
      .slice(0, 4);
    if (!head?.some((w) => isTitle(w))) continue;
    const run = m[1] as string;
    const words = run.split(' ');
    // "to the coast, Tasmania, the state's chief said": a place or a body the built-in names hold
    if (leadingTitles(words) > 0 || namesAPlace(run) || builtInIndex().lookup(run) !== undefined) continue;
    const known = personIn(run);
    const name = known ?? (unknownName(words) ? run : null);
    if (name === null) continue;
    return { name, role };
  }
  return null;
}

/** Whether the words before a name are a role at most: capitalised words, titles and their links. */
function roleOnly(before: string): boolean {
  const words = before.trim().replace(/,$/u, '').split(/\s+/u).filter(Boolean);
  if (words.length > 10 || /["“”,;:]/u.test(before.trim().replace(/,$/u, ''))) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || ROLE_LINKS.has(w) || isTitle(w));
}

/**
 * A clause opening a sentence on what another did ("When Ana Ruiz joined the board, she said …", "When
 * Ana Ruiz asked if he would stay, he declined, saying …"), then a pronoun as the subject after its
 * comma: `end` where the main clause starts, the clause's name, its verb and the pronoun's gender.
 */
const OPENING_CLAUSE =
  /^(?:When|As|After|Once|Before|While)\s(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2})\s(\p{Ll}+)\b[^,"“”]{0,120},\s(?=(he|she)\s\p{Ll})/u;

/** What {@link openingClause} reads. */
export interface OpeningClause {
  /** Where the main clause starts, at its pronoun. */
  end: number;
  /** The name the clause opens with. */
  name: string;
  /** Whether the clause's verb asks: the pronoun is the one asked, not the name. */
  asks: boolean;
  /** The pronoun's gender. */
  gender: Gender;
}

/**
 * The clause on another's act that opens a sentence before a pronoun as its subject (see
 * {@link OPENING_CLAUSE}); null for none. After a verb of asking (`asking` in `data/saying-verbs.yaml`)
 * the pronoun is the one asked ("When Ana Ruiz asked if he would stay, he declined"), else the name the
 * clause opens with ("When Mirela joined the crew, she said").
 * @param outside the sentence outside its quotes
 */
export function openingClause(outside: string): OpeningClause | null {
  const m = OPENING_CLAUSE.exec(outside);
  if (!m) return null;
  return {
    end: m[0].length,
    name: m[1] as string,
    asks: sayingVerbs().asking.includes(m[2] as string),
    gender: m[3] === 'she' ? 'female' : 'male',
  };
}

/**
 * Whether the name an opening clause names can be the pronoun's person: a given name alone and no
 * everyday word, or a name opening with a given name, whose gender is not the other's.
 * @param clause the clause
 */
export function clauseNamesPronoun(clause: OpeningClause): boolean {
  if (clause.asks) return false;
  const given = clause.name.split(' ')[0] as string;
  if (!isGivenName(given) || (given === clause.name && isCommonWord(given.toLowerCase()))) return false;
  const said = givenNameGender(given);
  return said === null || said === clause.gender;
}

/** A person's name right before a role in lower case, no comma between: "Tobin Rask " of "Tobin Rask an analyst". */
const NAME_RIGHT_BEFORE = /(?:^|[\s"“”])(\p{Lu}\p{Ll}+\s\p{Lu}[\p{L}'’-]+)\s$/u;

/**
 * The person an unnamed speaker's role is of when the copy dropped the comma after their name ("Tobin
 * Rask an equity strategist for Halvard Brisk, commented:"): a name of two words right before the role
 * that opens with "a" or "an", its first a given name (an everyday word too only before a surname that is
 * none: "Peter Brannock"), its last no word of a body's or a place's name.
 * @param outside the sentence outside its quotes
 * @param role the unnamed speaker's role as `unnamedSpeaker` read it
 */
export function nameBeforeRole(outside: string, role: string): Person | null {
  if (!/^an?\s/u.test(role)) return null;
  const at = outside.indexOf(role);
  const m = at > 0 ? NAME_RIGHT_BEFORE.exec(outside.slice(0, at)) : null;
  if (!m) return null;
  const name = m[1] as string;
  const [first, last] = name.split(' ') as [string, string];
  // a given name that is an everyday word too ("Peter") before a surname that is none
  if (!isGivenName(first) || (isCommonWord(first.toLowerCase()) && isCommonWord(last.toLowerCase())))
    return null;
  if (isOrganisationWord(last) || isPlaceWord(last)) return null;
  return { name, role: role.replace(/^an?\s/u, '') };
}

/**
 * "with" and a person's name right before "saying" and the quotation mark: "…, with Halden analyst
 * Tove Lund saying "…"", the run of capitalised words before "saying" (group 2) and what comes between
 * "with" and it (group 1).
 */
const WITH_SAYING =
  /\bwith\s((?:[\p{L}'’.&-]+\s){0,6}?)(\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}\.\s)?\p{Lu}[\p{L}'’-]*){1,3}),?\ssaying[,:]?\s["“]/u;

/**
 * The speaker a sentence names in a phrase "with NAME saying" right before the quotation ("The yard won
 * the bid, with Halden analyst Tove Lund saying "…""): the quote is theirs, not the subject's of the
 * sentence. The name opens with a given name ({@link personIn}); the role is the words before it when
 * one is a title.
 * @param text the sentence, its quotation marks in it
 */
export function withSaying(text: string): Person | null {
  const m = WITH_SAYING.exec(text);
  if (!m) return null;
  const run = m[2] as string;
  const name = personIn(run);
  if (name === null) return null;
  const role = `${m[1] as string}${run.slice(0, run.length - name.length)}`.trim();
  return { name, role: role.split(' ').some((w) => isTitle(w)) ? role : null };
}
