import { isBodyNoun, issuerOf, subjectBody } from './body-speakers.js';
import { subjectSpeaker } from './clause-speakers.js';
import { isGivenName } from './given-names.js';
import { endsAsOrganisation } from './organisation-words.js';
import { NOT_NAME_START, SAYING_VERBS } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';
import { subjectName } from './subject-name.js';

/**
 * A body that issued a document: by its name, by its noun ("the union", resolved as "the union said"
 * is), or by a name with no word of a body's ("Norvale Transit"), a body only when the article's
 * entities tell it an organisation (see `findQuotes`).
 */
export type BodyIssuer = { name: string } | { role: string } | { bare: string };

/**
 * Who issued a document quoted as speaking: a person by name, a body ({@link BodyIssuer}), a group
 * named by what it is ("forty shipwrights"), or "he"/"she".
 */
export type Issuer = { person: string } | BodyIssuer | { pronoun: 'female' | 'male' };

const DOCUMENTS = sayingVerbs().documents.join('|');
/** Where a body posts a document online, after its name ("on the Halvard website"). */
const POSTED_ON = sayingVerbs().postedOn.join('|');
/** The verbs a document is quoted with: the verbs of saying, "read", "continued", "concluded", "went on". */
const DOCUMENT_VERBS = String.raw`(?:${SAYING_VERBS}|\bread\b|\breads\b|\bcontinued\b|\bcontinues\b|\bconcluded\b|\bconcludes\b|\bwent\son\b|\bgoes\son\b)`;
/** Whose the document is, before its noun: an article, a possessive pronoun, or a name's or a body's possessive ("the union's"). */
const OWNER = String.raw`(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|(?:[Tt]he\s)?(?:[\p{L}&.-]+\s){0,3}?[\p{L}&.-]+['’]s?)`;
/** Who the document is by, after its noun: "signed by forty shipwrights", "from the Kestrel Union". */
const BY = String.raw`(?:\s(?:(?:signed|written|sent|issued|released|published|filed)\sby|from|by)\s(?<by>[^,.;:"“”()]{2,60}?))?`;
/** The document's noun, up to two words before it ("the joint statement"), whose it is and who it is by. */
const DOCUMENT = String.raw`(?<owner>${OWNER})\s(?:[\p{Ll}-]+\s){0,2}?(?<noun>${DOCUMENTS})${BY}`;
/** A document before the verb: "the statement said", "the union's letter added", "the letter from the union said". */
const DOCUMENT_THEN_VERB = new RegExp(String.raw`(?:^|\s)${DOCUMENT},?\s${DOCUMENT_VERBS}`, 'u');
/** A document after the verb, ending the sentence or its clause: "says the letter signed by forty shipwrights.". */
const VERB_THEN_DOCUMENT = new RegExp(String.raw`${DOCUMENT_VERBS}\s${DOCUMENT}\s*(?:[.,;]|$)`, 'u');
/** "according to the filing", "according to a statement from the union". */
const ACCORDING = new RegExp(
  String.raw`\baccording\sto\s(?:an?\s|${OWNER}\s)(?:[\p{Ll}-]+\s){0,2}?(?<noun>${DOCUMENTS})${BY}`,
  'u',
);
/** A sentence that names a document, or says its subject wrote: it may say who issued the one quoted. */
const ISSUING = new RegExp(String.raw`\b(?:${DOCUMENTS}|wrote|writes|has\swritten)\b`, 'u');
/** A person's name opening a sentence before a verb of writing or sending ("Tobin Rask wrote to the union …"). */
const NAME_ISSUED =
  /^(\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}'’-]+)\s(?:wrote|sent|filed|signed|posted|issued|released)\b/u;
/** A number or a word of how many, then a plural: a group named by what it is ("forty shipwrights", "more than 200 welders"). */
const GROUP =
  /^(?:(?:more\sthan|nearly|almost|over|about|some)\s)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens\sof|hundreds\sof|several)\s(?:[\p{Ll}-]+\s){0,2}\p{Ll}+s$/u;

/**
 * The document a quote's sentence quotes as speaking ("the statement read", "says the letter signed by
 * forty shipwrights", "according to the filing", "the union's statement said") and who issued it: the
 * one the document's phrase names (by its possessive, or "signed by", "from", "by" after it), else the
 * one the sentence before says issued a document or did what issues one ("In a statement, the Norvale
 * Transit board said …", "The Kestrel Union wrote to the owners …", "Halvard Shipping Ltd filed
 * a claim …"). A document is no person: when no one is named its issuer is null, and the quote is
 * the document's only if the quote before was of the same document (see `findQuotes`).
 * @param outside the sentence outside its quotes
 * @param before the sentence before, if any
 * @param earlier the sentences before that one, nearest first: "the statement" with no issuer in the
 *   sentence before is the one they issued ({@link issuerEarlier})
 * @returns null when the sentence quotes no document; else its issuer, or null for none named, and
 *   the body an earlier sentence issued "the statement" from when the sentence before names none
 */
export function documentSpeaker(
  outside: string,
  before: string | undefined,
  earlier: readonly string[] = [],
): { issuer: Issuer | null; issuedEarlier?: BodyIssuer } | null {
  const m = DOCUMENT_THEN_VERB.exec(outside) ?? VERB_THEN_DOCUMENT.exec(outside) ?? ACCORDING.exec(outside);
  if (!m?.groups) return null;
  const { owner, noun, by } = m.groups;
  const issuer = (owner ? ownerOf(owner) : null) ?? (by ? issuerNamed(by.trim()) : null);
  if (issuer) return { issuer };
  const bodyOnly = /^(?:[Ii]ts|[Tt]heir)$/u.test(owner ?? '');
  if (before === undefined) return { issuer: null };
  const near = issuerBefore(before, noun as string, bodyOnly);
  // "the statement" with no issuer in the sentence before: the body an earlier sentence says issued it
  if (near !== null || !/^[Tt]he$/u.test(owner ?? '')) return { issuer: near };
  const earliest = issuerEarlier([before, ...earlier], noun as string);
  return earliest !== null && !('person' in earliest) && !('pronoun' in earliest)
    ? { issuer: null, issuedEarlier: earliest }
    : { issuer: null };
}

/**
 * A document from someone opening the quote's own sentence, whose "it said" the document is: "A letter
 * from the Kestrel Union to the harbour board asks …: "…," it said.".
 */
const OPENING_DOCUMENT = new RegExp(
  String.raw`^(?:[^,"“”]{0,40},\s)?(?:[Aa]n?|[Tt]he)\s(?:[\p{Ll}-]+\s){0,2}?(?:${DOCUMENTS})\s(?:(?:signed|written|sent|issued)\sby|from)\s(?<by>(?:[Tt]he\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s|&\s)?\p{Lu}[\p{L}&.'’-]*){0,5})(?=[\s,])`,
  'u',
);

/**
 * Who issued the document that opens a quote's own sentence as its subject, for an "it said" there ("An
 * email from Halvard & Partners to Tobin Rask urges …: "…," it said." is Halvard & Partners', not the
 * one it was sent to).
 * @param outside the sentence outside its quotes
 * @returns the issuer, or null when the sentence opens with no document from someone named
 */
export function openingDocumentIssuer(outside: string): Issuer | null {
  const by = OPENING_DOCUMENT.exec(outside)?.groups?.by;
  return by ? issuerNamed(by) : null;
}

/**
 * How many sentences before a quote, the one right before included, "the statement" may have been
 * issued in: a zyte-dev page issued it four sentences before (a heading, a sentence about it and one on
 * its deal between); further back a page may have moved on to another's.
 */
const ISSUED_WITHIN = 5;

/**
 * Who issued the document "the statement" stands for, in the sentences before its quote, when the
 * article wrote of it again in between ("Norvale Tramways Ltd issued a statement on
 * Monday. … The statement, seen by the Gazette, said … '…,' the statement continued."): the issuer the
 * nearest sentence naming the document's noun past those that open with it gives ({@link
 * issuerBefore}). Without such a sentence between, none: "Police arrested two men. '…,' the statement
 * said." after a coast guard's statement is no more the coast guard's, nor a quote of a statement past
 * a sentence of other news ("The board will meet in March.") its issuer's (fixture `quotes-documents-speaking`).
 * @param earlier the sentences before, nearest first
 * @param noun the document's noun ("statement")
 */
function issuerEarlier(earlier: readonly string[], noun: string): Issuer | null {
  const names = new RegExp(String.raw`\b${noun}s?\b`, 'u');
  const opens = new RegExp(String.raw`^(?:[^,"“”]{0,40},\s)?[Tt]he\s(?:[\p{Ll}-]+\s){0,2}?${noun}\b`, 'u');
  let about = false;
  for (const text of earlier.slice(0, ISSUED_WITHIN)) {
    if (opens.test(text)) about = true;
    else if (names.test(text)) return about ? issuerBefore(text, noun, false) : null;
  }
  return null;
}

/** The issuer a document's possessive names: "his" and "her" a pronoun, "the union's" a body's noun, "Norvale Transit's" a name. */
function ownerOf(owner: string): Issuer | null {
  if (/^[Hh]is$/u.test(owner)) return { pronoun: 'male' };
  if (/^[Hh]er$/u.test(owner)) return { pronoun: 'female' };
  const m = /^(.+?)['’]s?$/u.exec(owner);
  return m ? issuerNamed(m[1] as string) : null;
}

/**
 * The issuer a phrase names: "the union" (a body's noun), "the Kestrel Union" or "Norvale Transit" (a
 * body's name), "Tobin Rask" (a person's: a given name first), "forty shipwrights" (a group).
 * @param phrase the words after "by"/"from", or before a possessive
 */
function issuerNamed(phrase: string): Issuer | null {
  const noun = /^[Tt]he\s(?:[\p{Ll}-]+\s){0,2}([\p{Ll}-]+)$/u.exec(phrase);
  if (noun) return isBodyNoun(noun[1] as string) ? { role: phrase.replace(/^The\s/u, 'the ') } : null;
  if (GROUP.test(phrase)) return { name: phrase };
  const name = phrase.replace(/^[Tt]he\s/u, '');
  const words = name.split(' ');
  if (!words.every((w) => /^(?:\p{Lu}[\p{L}&.'’-]*|of|for|and|the|&)$/u.test(w))) return null;
  if (NOT_NAME_START.test(words[0] as string)) return null;
  if (words.length >= 2 && isGivenName(words[0] as string) && !endsAsOrganisation(name))
    return { person: name };
  return { name };
}

/**
 * Who the sentence before a document's quote says issued it: "Hanul Cell said in a statement that …"
 * (`issuerOf`), else, when it names a document or a verb of issuing one, its subject: a person saying
 * ("Tobin Rask, the yard's owner, said in a letter …"), a person opening it before such a verb, or a
 * body ("In a statement, the Norvale Transit board said …", "The Kestrel Union wrote to …"). For "its
 * statement" only a body.
 * @param text the sentence before
 * @param bodyOnly whether the document is a body's ("its", "their")
 */
function issuerBefore(text: string, noun: string, bodyOnly: boolean): Issuer | null {
  const issued = issuerOf(text);
  if (issued) return issued;
  // "Halvard Shipping filed a claim": the verb the document's noun is made from
  const stem = noun.replace(/(?:ing|e)$/u, '');
  if (!ISSUING.test(text) && !new RegExp(String.raw`\b${stem}(?:s|ed|d)\b`, 'u').test(text)) return null;
  if (!bodyOnly) {
    const named = NAME_ISSUED.exec(text)?.[1];
    const person =
      subjectSpeaker(text)?.name ?? (named && !bodyWord(named) ? named : null) ?? subjectName(text);
    if (person && isGivenName(person.split(' ')[0] as string)) return { person };
  }
  const body = subjectBody(text);
  if (body) return body;
  // "The Kestrel Union wrote to the owners …": a name opening the sentence that ends in a body's word
  const name = OPENING_NAME.exec(text)?.[1];
  if (!name || NOT_NAME_START.test(name.split(' ')[0] as string)) return null;
  if (bodyWord(name)) return { name };
  // "Norvale Transit rejected the figures in a statement.": the subject of the clause that issues the
  // document, a body's only if the article's entities say so; a given name opening it is a person's
  return IN_DOCUMENT.test(text) && !isGivenName(name.split(' ')[0] as string) ? { bare: name } : null;
}

/**
 * Whether a sentence says its subject issued words in a document ("said in a statement:", "wrote in
 * its letter").
 * @param text the sentence, outside its quotes
 */
export const namesDocument = (text: string): boolean => IN_DOCUMENT.test(text);

/**
 * The body a sentence says issued words in a document, named by a name with no body's word, for an "it
 * said" after it: "The Norvale Treasury described the plan in a press release." (`{ bare }`: a body's only
 * if the article's entities say so); a given name opening the name is a person's, and none.
 * @param text the sentence before the quote's
 * @returns the body, or null
 */
export function bareIssuerInDocument(text: string): BodyIssuer | null {
  if (!IN_DOCUMENT.test(text)) return null;
  const name = OPENING_NAME.exec(text)?.[1];
  if (!name || NOT_NAME_START.test(name.split(' ')[0] as string)) return null;
  return isGivenName(name.split(' ')[0] as string) ? null : { bare: name };
}

/** A document its subject issued the words in: "in a statement", "in its letter", "on a post". */
const IN_DOCUMENT = new RegExp(
  String.raw`\b(?:in|on)\s(?:an?|its|their)\s(?:[\p{Ll}-]+\s){0,2}?(?:${DOCUMENTS})\b`,
  'u',
);

/** A capitalised name opening a sentence, "the" before it or not, after an opening clause: "In June, the Kestrel Union". */
const OPENING_NAME =
  /^(?:[^,"“”]{0,40},\s)?(?:[Tt]he\s)?(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){1,5})\s(?=\p{Ll})/u;

/** Whether a name ends in a word of a body's (`isBodyNoun`: "Kestrel Union", "Port Ellis Audit Office") or as an organisation's. */
function bodyWord(name: string): boolean {
  return endsAsOrganisation(name) || isBodyNoun((name.split(' ').at(-1) as string).toLowerCase());
}

/**
 * An opening phrase naming a document of a body, then the body's noun as the subject: "In a statement
 * on the Halvard website, the company said …", "In a statement from Norvale Transit, the firm said …"
 * (group 1 the name, 2 the noun).
 */
const OPENING_DOCUMENT_OF = new RegExp(
  String.raw`^(?:In|On)\s(?:an?|the|its)\s(?:[\p{Ll}-]+\s){0,2}?(?:${DOCUMENTS})\s(?:(?:posted|published|issued|released)\s)?(?:on|from|by)\s(?:the\s)?(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|and\s|&\s)?\p{Lu}[\p{L}&.'’-]*){0,3}?)(?:['’]s?)?(?:\s(?:${POSTED_ON}))?,\s[Tt]he\s(\p{Ll}+)\b`,
  'u',
);

/**
 * The body a noun speaking in its own sentence stands for when an opening phrase names that body's
 * document ("In a statement on the Halvard website, the company said that "…"": Halvard, though the
 * report names another firm as its subject before). The name must be the one body the phrase names.
 * @param sentence the quote's sentence
 * @param noun the speaker's noun as written ("the company")
 * @returns the body's name as written, or null
 */
export function openingDocumentOwner(sentence: string, noun: string): string | null {
  const m = OPENING_DOCUMENT_OF.exec(sentence.trimStart());
  return m && `the ${m[2]}` === noun.toLowerCase() ? (m[1] as string) : null;
}
