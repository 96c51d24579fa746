import type { Article } from './article.js';
import { datelineLength } from './dateline.js';
import type { Person } from './find-people.js';
import { isTitle } from './find-roles.js';
import { nameEndAt, nameThen } from './name-runs.js';
import { endsAsOrganisation, isOrganisationWord, withoutLegalForm } from './organisation-words.js';
import { DEFINITE, LETTER, NOT_NAME_START, SAYING_VERBS, TOLD, WORD_UNIT } from './quote-patterns.js';
import { sayingVerbs } from './saying-verbs.js';
import { isAgentNoun, isSpeakerNoun, pluralOf } from './speaker-nouns.js';
import { opensBodyBeforeOf, speakingBody } from './speaking-bodies.js';

/** A preposition (then "the") right before a body's name: the body a role or place is of, no speaker. */
const OF_BEFORE = /\b(?:of|at|for|from|with|by)\s(?:the\s)?$/u;
/** A body's name with "of" or "for" after its head noun: "Bank of England", "Korean Confederation of Trade Unions". */
const BODY_OF = String.raw`(?:\p{Lu}[\p{L}&.'’-]*\s){0,3}?(\p{Lu}\p{Ll}+)\s(?:of|for)\s(?:the\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:(?:of|and|for)\s(?:the\s)?)?\p{Lu}[\p{L}&.'’-]*){0,4}`;
/** Such a name right before the verb, "the" before it or not: "the Ministry of Defence said". */
const BODY_OF_SAID = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:[Tt]he\s)?(${BODY_OF}),?\s(?:${SAYING_VERBS}|${TOLD})\b`,
  'u',
);
/** Such a name right after the verb, then the sentence's end or a comma: "said the University of Leeds.". */
const SAID_BODY_OF = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(?:the\s)?(${BODY_OF})(?=\s*(?:[.,;]|$))`,
  'u',
);

/**
 * The body a quote names beside the verb by a name whose head noun comes before "of" or "for" ("the
 * Bank of England said", "said the University of Leeds"), when that noun opens bodies' names
 * (`beforeOf` in `data/speaking-bodies.yaml`) and no word before it is a title ("Governor of the Bank
 * of England Ana Ruiz said" is a person's).
 * @param outside the sentence outside its quotes
 * @returns the body's name, "the" dropped, or null
 */
export function bodyOfSaid(outside: string): string | null {
  // the patterns try a name at every capital: only where "of" or "for" is
  if (!outside.includes(' of ') && !outside.includes(' for ')) return null;
  const m = BODY_OF_SAID.exec(outside) ?? SAID_BODY_OF.exec(outside);
  if (!m || !opensBodyBeforeOf(m[2] as string)) return null;
  // "John Williams, the president of the Federal Grain Bank of New York, said": the body a role is of
  if (OF_BEFORE.test(outside.slice(0, m.index))) return null;
  // the stop ending the sentence after the name is no part of it ("said the University of Leeds.")
  const name = (m[1] as string).replace(/^The\s/u, '').replace(/\.$/u, '');
  return name.split(' ').some((w) => isTitle(w)) ? null : name;
}

/**
 * A role with its article, the title word last or before what it is of (a name, or one or two words):
 * "a police spokesman", "a spokesman for the hospital group", "an official at the Interior Ministry",
 * "the minister", "the agency's spokeswoman", a body's name of up to three words before it ("a Kestrel
 * Union Workers negotiator": quote101, a union's negotiator of a cluster brief; four words is a name's
 * length more often than a body's).
 */
const ROLE_PHRASE = String.raw`\b((?:[Aa]n?|[Tt]he|[Oo]ne)\s(?:(?:\p{Ll}[\p{Ll}-]*\s){0,2}[\p{L}-]+['’]s\s|(?:\p{Lu}[\p{L}'’-]*\s){1,3})?(?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+)(?:\s(?:for|of|at|with|from)\s(?:the\s)?(?:\p{Lu}[\p{L}'’-]*(?:\s(?:of\s|and\s)?\p{Lu}[\p{L}'’-]*){0,4}|\p{Ll}[\p{Ll}-]+(?:\s\p{Ll}[\p{Ll}-]+)?))?)`;
/**
 * A role, then a clause on who they are between commas, if any ("A nurse, who asked not to be named, said"),
 * then the verb, "has" or "had" before it ("a union negotiator has said").
 */
const ROLE_SAID = new RegExp(
  String.raw`${ROLE_PHRASE}(,\s(?:who|whose)\s[^,"“”]{1,80},)?,?\s(?:ha[sd]\s)?(?:${SAYING_VERBS}|${TOLD})\b`,
  'u',
);
/** After a role ending the sentence, where or when the speaker spoke: "in a telephone conference", "on Tuesday". */
const SPOKE_WHERE = String.raw`(?:\s(?:in|on|during)\s(?:(?:an?|the|its|their)\s)?[^"“”.,;:]{1,60})`;
/** After the role, when it ends the sentence, a clause on who they are or when they spoke ("…, said a harbour spokesperson when reached by phone."), or where ("in a statement."). */
const SAID_ROLE = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s${ROLE_PHRASE}(?:\s(?:who|when)\s[^"“”]{1,100}|${SPOKE_WHERE})?\s*(?:[.,;:]|$)`,
  'u',
);

/**
 * After the verb, a body's possessive then its role, to the sentence's end: "said Halvard's sales,
 * service and fleet vice president in a call." (the role's words may be listed with commas).
 */
const SAID_BODYS_ROLE = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(\p{Lu}[\p{L}&.-]*['’]s\s(?:[\p{Ll}-]+,?\s(?:and\s)?){0,5}?([\p{Ll}-]+))${SPOKE_WHERE}?(?=\s*(?:[.;:]|,\s*$|$))`,
  'u',
);

/**
 * The speaker a quote names by a role alone, before or after the verb ("a police spokesman said",
 * "said a spokesman for the hospital", "the minister told reporters"), when the role's head is a title
 * word (`data/person-titles.yaml`) or a noun of a person news quotes by, or a plural of either
 * (`isSpeakerNoun`: "an insider told", "the physicians stated"), or after "a" or "an" a noun of one who
 * does something by its ending (`isAgentNoun`: "said a Port Avel parts supplier").
 * @param outside the sentence outside its quotes
 * @returns the role as written, its article kept, or null
 */
export function unnamedSpeaker(outside: string): { role: string; who: boolean } | null {
  const m = ROLE_SAID.exec(outside) ?? SAID_ROLE.exec(outside) ?? SAID_BODYS_ROLE.exec(outside);
  if (!m) return null;
  const role = m[1] as string;
  // "A nurse, who asked not to be named, said": "who" says a person, whatever the role's word
  if (m[3] !== undefined && !DEFINITE.test(role)) return { role, who: true };
  const head = (m[2] as string).toLowerCase();
  // "the scientists asked five people to perform a "direction" task": a group that asks quotes no one
  if (pluralOf(head) !== null && ASKS.test(m[0])) return null;
  // "the ministry said", "the coast guard said": a body the article named before, if it did (see bodyBefore)
  // "said a Port Avel parts supplier": one who does something by the noun's ending, indefinite only
  // (a definite one is someone the article named, whom the title words find)
  return isSpeakerNoun(head) ||
    (DEFINITE.test(role) && isBodyNoun(m[2] as string)) ||
    OFFICIALS_OFFICE.test(role) ||
    (INDEFINITE.test(role) && isAgentNoun(head))
    ? { role, who: false }
    : null;
}

/** "a" or "an" opening a role: someone unnamed, no one the article named. */
const INDEFINITE = /^an?\s/iu;
/** A verb of asking (`asking` in `data/saying-verbs.yaml`). */
const ASKS = new RegExp(String.raw`\b(?:${sayingVerbs().asking.join('|')})\b`, 'u');

/** Whether a noun after "the" names a body that speaks: a head noun of an organisation's name or of `data/speaking-bodies.yaml`. */
export const isBodyNoun = (noun: string): boolean => isOrganisationWord(noun) || speakingBody(noun) !== null;

/** What may open a sentence before its subject: "In a statement, ". */
const OPENING_CLAUSE = String.raw`^(?:[^,"“”]{0,40},\s)?`;
const DOCUMENTS = sayingVerbs().documents.join('|');
/** Who issued a document: a capitalised name or "the" and a noun, then a verb of saying "in a statement" or "on its post". */
const ISSUED = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:[Tt]he\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){0,5}|[Tt]he\s(?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+))\s(?:${SAYING_VERBS})\s(?:in|on)\s(?:an?|its|their)\s(?:[\p{Ll}-]+\s){0,2}(?:${DOCUMENTS})\b`,
  'u',
);

/**
 * Who the sentence before a "the statement said" says issued it: "Hanul Cell said in a statement that
 * …" (a name), "The trust said in a letter …" (a body's noun, `data/speaking-bodies.yaml`, as a role).
 * @param text the sentence before the quote's
 * @returns the issuer as a name or a role, or null
 */
export function issuerOf(text: string): { role: string } | { name: string } | null {
  const m = ISSUED.exec(text);
  if (!m) return null;
  if (m[2] !== undefined)
    return isBodyNoun(m[2]) ? { role: (m[1] as string).replace(/^The\s/u, 'the ') } : null;
  const name = (m[1] as string).replace(/^[Tt]he\s/u, '');
  return NOT_NAME_START.test(name.split(' ')[0] as string) ? null : { name };
}

/** A sentence opening with a body named by a noun: "The trust said …", "In a statement, the coast guard said …". */
const OPENING_BODY = new RegExp(
  String.raw`${OPENING_CLAUSE}([Tt]he\s(?:[\p{L}'’-]+\s){0,2}?([\p{Ll}-]+))\s(?=\p{Ll})`,
  'u',
);
/** A sentence opening with a capitalised name, "the" before it or not: "The AIU said …", "Riverside Health Trust said …". */
const OPENING_ORG = new RegExp(
  String.raw`${OPENING_CLAUSE}(?:[Tt]he\s)?(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){0,5})\s(?=\p{Ll})`,
  'u',
);
const INITIALS = /^\p{Lu}[\p{Lu}&]{1,7}$/u;

/**
 * The body a sentence is about, for an "it said" after it: one named by a noun that says something or
 * opens the sentence ("In a statement, the coast guard said …", "The federation was more cautious."),
 * or one whose name opens it when that name is initials or ends as an organisation's
 * (`data/organisation-words.yaml`): "The AIU said …"; else one so named in the attribution that closes
 * it ('…, the Norvale Port Authority said.').
 * @param text the sentence before the quote's
 * @returns the body as a role ("the coast guard") or a name, or null
 */
export function subjectBody(text: string): { role: string } | { name: string } | null {
  const said = ROLE_SAID.exec(text);
  if (said && DEFINITE.test(said[1] as string) && isBodyNoun(said[2] as string))
    return { role: said[1] as string };
  const opening = OPENING_BODY.exec(text);
  if (opening && isBodyNoun(opening[2] as string)) return { role: opening[1] as string };
  const org = OPENING_ORG.exec(text)?.[1];
  if (org && (INITIALS.test(org) || endsAsOrganisation(org))) return { name: org };
  // '… will lead the review, the Norvale Port Authority said.': the body of the attribution closing it
  const closing = CLOSING_ORG.exec(text)?.[1];
  return closing && (INITIALS.test(closing) || endsAsOrganisation(closing)) ? { name: closing } : null;
}

/**
 * A body's name in the attribution that closes a sentence, after a comma or a closing mark, "the" before
 * it or not: ', the Norvale Port Authority said.', '" the AIU added in a statement.'
 */
const CLOSING_ORG = new RegExp(
  String.raw`[,"”]\s(?:[Tt]he\s)?(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){0,5})\s(?:${SAYING_VERBS})\b[^"“”]{0,40}$`,
  'u',
);

/** A name in capitals after a body's noun ("the carrier Telenor", "the regulator, the Care Quality Commission"). */
const NAME_AFTER_NOUN =
  /^,?\s(?:the\s)?(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){0,4})/u;
/** A name in capitals, then an apposition up to a body's noun: "Ofgem, the energy ". */
const NAME_BEFORE_NOUN =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}&.'’-]*(?:\s(?:of\s|for\s|and\s)?\p{Lu}[\p{L}&.'’-]*){0,4}),\s(?:the|an?)\s(?:[\p{L}-]+\s){0,3}$/u;
/** A definite article and up to two words right before a noun: "the ", "The energy ". */
const THE_BEFORE = /(?:^|\s)[Tt]he\s(?:[\p{L}-]+\s){0,2}$/u;

/**
 * The body the article wrote beside a body's noun before the quote, nearest first: "the carrier
 * Telenor", "the regulator, the Care Quality Commission", "Ofgem, the energy regulator".
 * @param noun the noun in lower case ("carrier")
 * @param text the article's text
 * @param before where the quote's sentence starts
 */
function namedBeside(noun: string, text: string, before: number): string | null {
  for (let at = text.lastIndexOf(noun, before); at > 0; at = text.lastIndexOf(noun, at - 1)) {
    if (LETTER.test(text.charAt(at - 1)) || /[\p{L}'’]/u.test(text.charAt(at + noun.length))) continue;
    const head = text.slice(Math.max(0, at - 80), at);
    const after = THE_BEFORE.test(head)
      ? NAME_AFTER_NOUN.exec(text.slice(at + noun.length, at + noun.length + 80))
      : null;
    const name = after?.[1] ?? NAME_BEFORE_NOUN.exec(head)?.[1];
    if (name && !NOT_NAME_START.test(name.split(' ')[0] as string)) return name;
  }
  return null;
}

/** A capitalised name opening a title or sentence, before a word in lower case: "Norvik unveils", "Norvik ASA today". */
const OPENING_NAME_WORDS = /^(\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3})(?:['’]s)?\s(?=\p{Ll})/u;

/**
 * The company an article is about, for a "the company said" no company's name before explains: the name
 * its title or first sentence opens with, when the article writes it with a legal form ("Norvik ASA",
 * `data/organisation-words.yaml`) and both name the same company or one of them none.
 * @param article the source
 * @returns the company's name with its legal form, or null
 */
function companyAbout(article: Article): string | null {
  const first =
    article.text
      .trimStart()
      .split('\n\n')
      .find((p) => p.trim() !== article.title?.trim() && p.length > 80) ?? '';
  // past a dateline before the story's first sentence: "OSLO, June 10 — ", "LEEDS, March 4 (Reuters) - "
  const openings = [article.title ?? '', first.slice(datelineLength(first))]
    .map((t) => OPENING_NAME_WORDS.exec(t.trim())?.[1])
    .filter((n): n is string => n !== undefined && !NOT_NAME_START.test(n.split(' ')[0] as string));
  const found = new Set<string>();
  for (const n of openings) {
    const core = withoutLegalForm(n) ?? n;
    const full = withLegalForm(core, article.text);
    if (!full) return null;
    found.add(full);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The name the text writes as a company's, its core and a legal form after it ("Norvik" → "Norvik ASA").
 * @param core the name without a legal form
 * @param text the article's text
 * @returns the name with its legal form, or null when the text writes none after it
 */
export function withLegalForm(core: string, text: string): string | null {
  for (let at = text.indexOf(`${core} `); at >= 0; at = text.indexOf(`${core} `, at + 1)) {
    if (at > 0 && LETTER.test(text.charAt(at - 1))) continue;
    const next = /^[\p{L}.]+/u.exec(text.slice(at + core.length + 1, at + core.length + 20))?.[0];
    if (next && withoutLegalForm(`${core} ${next}`) === core) return `${core} ${next}`;
  }
  return null;
}

/**
 * The body "the coast guard said" means: the one the article named before with a name ending in its
 * noun ("Riverside Health Trust"), else the one it wrote beside the noun ("the carrier Telenor"), else
 * for a company's noun the company the article is about, else for a public service its noun ("coast
 * guard").
 * @param role the role as written ("the coast guard")
 * @param article the source
 * @param before where the quote's sentence starts
 */
export function bodySpeaker(role: string, article: Article, before: number): string | null {
  const head = UNNAMED_HEAD.exec(role)?.[1] ?? '';
  const named = bodyBefore(head, article.text, before) ?? namedBeside(head, article.text, before);
  if (named) return named;
  // "the Norvale Transit board said": the body's name is written before its noun, which is in lower case
  const written = NAME_THEN_NOUN.exec(role);
  if (written) return `${written[1]}${head}`;
  const kind = speakingBody(head);
  if (kind === 'company') return companyAbout(article);
  // "the district attorney's office said", "the mayor's office said": an official's office speaks as
  // itself, as a service does, when the article named no such body
  if (OFFICIALS_OFFICE.test(role)) return role.replace(DEFINITE, '');
  return kind === 'service' ? role.replace(DEFINITE, '') : null;
}

/** A body's noun after "the" and capitalised words that name it: "the Norvale Transit board". */
const NAME_THEN_NOUN = /^[Tt]he\s((?:\p{Lu}[\p{L}&'’-]*\s){1,3})\p{Ll}[\p{Ll}-]*$/u;

/** An official's office, by a possessive in lower case: "the district attorney's office", "the coroner's office". */
const OFFICIALS_OFFICE = /^the\s(?:\p{Ll}[\p{Ll}-]*\s){0,2}\p{Ll}[\p{Ll}-]*['’]s\soffice$/u;

/**
 * The person "the minister" means: the one this article introduced last whose role holds the title.
 * @param head the title ("minister")
 * @param here the people the article introduced, latest last
 */
export function roleHolder(head: string, here: readonly Person[]): Person | null {
  for (let i = here.length - 1; i >= 0; i--) {
    const p = here[i] as Person;
    if (
      p.role
        ?.toLowerCase()
        .split(/[\s,]+/)
        .includes(head)
    )
      return p;
  }
  return null;
}

/**
 * The person "the governor" means when the article wrote the title beside a name and introduced no one
 * with it: the name after the title's last such mention before the quote ("Governor John Rankin made the
 * announcement …", "former mayor Jane Doe", "the former mayor, Jane Doe"), or the name it is set off
 * after ("Jane Doe, the former mayor, …", "Jane Doe, a former mayor of Northfield").
 * @param head the title ("governor")
 * @param text the article's text
 * @param before where the quote's sentence starts
 */
export function titledBefore(head: string, text: string, before: number): Person | null {
  let found: { at: number; name: string } | null = null;
  for (const title of [`${head.charAt(0).toUpperCase()}${head.slice(1)}`, head]) {
    for (let at = text.lastIndexOf(title, before); at >= 0; at = text.lastIndexOf(title, at - 1)) {
      if (found !== null && at < found.at) break;
      const end = at + title.length;
      const whole = !(at > 0 && WORD_UNIT.test(text.charAt(at - 1))) && !WORD_UNIT.test(text.charAt(end));
      const name = whole
        ? (nameAfterTitle(text.slice(end, end + 80)) ??
          nameBeforeTitle(text.slice(Math.max(0, at - 120), at)))
        : undefined;
      if (name) {
        found = { at, name };
        break;
      }
      if (at === 0) break;
    }
  }
  return found && { name: found.name, role: head };
}

/** What comes between a title and the name after it: a space, or its comma and a space ("mayor, Jane Doe"). */
const TITLE_THEN = /^,?\s/u;

/**
 * The name right after a title, or after its comma ("mayor, Jane Doe"), not run on into a capitalised
 * word: `^,?\s(NAME)`.
 * @param after the text after the title
 */
function nameAfterTitle(after: string): string | undefined {
  const at = TITLE_THEN.exec(after)?.[0].length ?? -1;
  const end = at < 0 ? -1 : nameEndAt(after, at);
  return end < 0 ? undefined : after.slice(at, end);
}

/**
 * What follows a name set off by a comma before a title: an article and up to four words that link to
 * nothing between ("Jane Doe, the former", "Jane Doe, a long-serving"; not "Tom Hale, a critic of the former").
 */
const TITLE_AFTER_NAME =
  /,\s(?:the|a|an)\s(?:(?!(?:of|to|for|with|by|at|on|in|and|or|the|a|an)\s)[\p{L}'’-]+\s){0,4}$/uy;
/** {@link TITLE_AFTER_NAME} anywhere: where it matches nowhere, it matches after no name. */
const TITLE_AFTER_ANY = new RegExp(TITLE_AFTER_NAME.source, 'u');

/**
 * The name set off by a comma before a title ({@link TITLE_AFTER_NAME}): `(NAME)TITLE_AFTER_NAME`.
 * The names of the text are read only where what must follow one is in it: `titledBefore` asks this of
 * every earlier mention of a quote's title, and most have none (the names, read by a pattern at each
 * capital, were two thirds of `titledBefore` and a tenth of the cross-article step over 2,000 bench pages).
 * @param before the text before the title
 */
function nameBeforeTitle(before: string): string | undefined {
  if (!TITLE_AFTER_ANY.test(before)) return undefined;
  const m = nameThen(before, TITLE_AFTER_NAME);
  return m ? before.slice(m.index, m.end) : undefined;
}

/**
 * The body "the ministry said" means: the last name the article wrote before the quote that ends in the
 * word capitalised ("Interior Ministry", "Northfield City Council"), or null when it wrote none.
 * @param head the body's word ("ministry")
 * @param text the article's text
 * @param before where the quote's sentence starts
 */
function bodyBefore(head: string, text: string, before: number): string | null {
  const word = `${head.charAt(0).toUpperCase()}${head.slice(1)}`;
  for (let at = text.lastIndexOf(word, before); at > 0; at = text.lastIndexOf(word, at - 1)) {
    if (/[\p{L}]/u.test(text.charAt(at + word.length))) continue;
    const m = WORDS_BEFORE_BODY.exec(text.slice(Math.max(0, at - 80), at));
    if (m) return `${(m[1] as string).replace(/^The\s/u, '')}${word}`;
  }
  return null;
}

/** Capitalised words, "of"/"for"/"and" between them, right before a body's last word. */
const WORDS_BEFORE_BODY = /(?<![\p{L}'’-])((?:\p{Lu}[\p{L}'’.-]*\s(?:(?:of|for|and|on)\s)?){1,5})$/u;

/** The title word of a role: its last word before what it is of. */
export const UNNAMED_HEAD = /([\p{Ll}-]+)(?:\s(?:for|of|at|with|from)\s.*)?$/u;

/** A quote's speaker named by a role alone ("police spokesman"), without its article: no one's name. */
export function unnamedPerson(role: string): Person {
  return { name: role.replace(/^(?:an?|the|one)\s/iu, ''), role: null };
}

/**
 * A sentence whose subject issues a document and quotes it: "The union issued a statement saying "…"",
 * "A group of harbour pilots released a joint letter: "…"" (the article may drop the article: "issued
 * statement saying"). Group 1 is the subject, after an opening clause if any ("On Monday, ").
 */
const ISSUED_QUOTING = new RegExp(
  String.raw`^(?:[^,"“”]{0,40},\s)?([^\s,"“”]+(?:\s[^\s,"“”]+){0,5}?)\s(?:issued|released|published|put\sout|sent)\s(?:(?:an?|its|their|the)\s)?(?:[\p{Ll}-]+\s){0,2}?(?:${DOCUMENTS})(?:\s(?:saying|stating|reading)|:)[,:]?\s*$`,
  'u',
);
/** A group named by its noun and whom it gathers: "A group of harbour pilots", "a coalition of unions". */
const GROUP_OF = /^[Aa]n?\s((\p{Ll}+)\sof\s(?:the\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,3})$/u;

/**
 * Who quotes the document a sentence says they issued ({@link ISSUED_QUOTING}), the quotation right
 * after it: a body by its initials or a name that ends as an organisation's ("The HWU", "Harbour
 * Workers Union": a name), a body by its noun after "the" ("the union": a role, as `subjectBody` reads
 * one), a group by its noun and whom it gathers ("A group of harbour pilots": the group, unnamed, as a
 * name), or "he"/"she" (a pronoun, its gender).
 * @param outside the sentence outside its quotes, its introduction first
 */
export function issuerQuoting(
  outside: string,
): { name: string } | { role: string } | { pronoun: 'female' | 'male' } | null {
  const m = ISSUED_QUOTING.exec(outside);
  if (!m) return null;
  const subject = m[1] as string;
  if (/^(?:[Hh]e|[Ss]he)$/u.test(subject)) return { pronoun: subject.length === 3 ? 'female' : 'male' };
  const group = GROUP_OF.exec(subject);
  if (group) return isBodyNoun(group[2] as string) ? { name: group[1] as string } : null;
  const noun = /^[Tt]he\s(?:[\p{Ll}-]+\s){0,2}([\p{Ll}-]+)$/u.exec(subject);
  if (noun) return isBodyNoun(noun[1] as string) ? { role: subject.replace(/^The\s/u, 'the ') } : null;
  const name = subject.replace(/^The\s/u, '');
  return /^\p{Lu}/u.test(name) && (INITIALS.test(name) || endsAsOrganisation(name)) ? { name } : null;
}
