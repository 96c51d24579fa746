import type { Person } from './find-people.js';
import { isTitle } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { isGivenName } from './given-names.js';
import { matchOf, NAME_START, nameEndAt } from './name-runs.js';
import { isOrganisationWord } from './organisation-words.js';
import { NOT_NAME_START, SAYING_VERBS } from './quote-patterns.js';
import { isAgentNoun, isPlaceSpeakerNoun, isSpeakerNoun } from './speaker-nouns.js';
import { isStopWord } from './text-stats.js';

/**
 * The rest of a role ("and Chief Executive Officer") and its comma, before a name (`roleThenName`): it
 * has no comma, so it ends at the first. Or up to two words in lower case right after the title the
 * name patterns stopped at ("said Port Ellis Head trader, Ilse Varga": "Head" the title, "trader" the
 * rest of the role).
 */
const ROLE_RUNS_ON =
  /^((?:\s(?:and|of|for|at|the)?\s?[\p{Lu}][\p{L}-]*){0,5}|(?:\s\p{Ll}[\p{Ll}-]+){1,2}),\s/u;
/** A word of a role in lower case, no word that links it to what follows ("chair of the"). */
const ROLE_WORD = String.raw`(?!(?:of|for|at|the|and|an?)\s)[\p{Ll}][\p{Ll}-]*`;
/**
 * A verb of saying, then a role in lower case, then the name: "said chief executive Mats Eriksson", "said
 * the minister, Ana Ruiz". The role may open with up to three capitalised words of the body, place or
 * people it is of, a possessive among them ("said Leerink analyst Tom Varga", "said German economy
 * minister Rainer Bruederle", "said Meridian's head of commodities, Omar Haddad"), or a body's noun's
 * possessive ("said the union's general secretary, Sergio Marchi"), and its title may be
 * of up to five words before the name's comma ("said the general secretary of the union Unite, Tony Woodley").
 * After "a" or "an" only with the name set off by a comma ("declared a later chancellor, Otto Brandt":
 * the role alone had been the speaker).
 */
const SAID_ROLE_BEFORE_NAME = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(?:the\s|an?\s(?=[^,]+,\s))?((?:\p{Lu}[\p{L}&.-]*(?:['’]s)?\s){0,3}(?:\p{Ll}[\p{Ll}-]*['’]s\s)?(?:${ROLE_WORD}\s){0,2}${ROLE_WORD}(?:\s(?:of|for|at)\s[\p{L}][\p{L}'’-]*(?:\s[\p{L}][\p{L}'’-]*){0,4}(?=,))?),?\s(?=${NAME_START})`,
  'gu',
);

/**
 * The role and the name of {@link SAID_ROLE_BEFORE_NAME}: what `SAID_ROLE_BEFORE_NAME(NAME)` matches (the
 * role group 1, the name group 2). From one verb the role can end before a name's first letter in one
 * place only (its capitalised words, then its words in lower case, its "of" part up to a comma), so a
 * name that fails there fails that verb.
 * @param text the sentence outside its quotes
 */
function matchSaidRoleName(text: string): RegExpExecArray | null {
  for (SAID_ROLE_BEFORE_NAME.lastIndex = 0; ; ) {
    const role = SAID_ROLE_BEFORE_NAME.exec(text);
    if (!role) return null;
    const at = role.index + role[0].length;
    const end = nameEndAt(text, at);
    if (end >= 0) return matchOf(text, role.index, end, [role[1], text.slice(at, end)]);
    // the verbs are ASCII: the next index is the next start the pattern would try
    SAID_ROLE_BEFORE_NAME.lastIndex = role.index + 1;
  }
}
/** Where a role after a name ends: before what it is of, a clause on who they are, or a stop. */
const ROLE_END = String.raw`(?=\s(?:who|whose|since|at|of|for|with|in|from)\b|[,.;]|$)`;
/**
 * A portfolio in lower case after a role's head: "of fleets and service", "of finance, legal and
 * operations" (the role had ended at "of", "Halvard's vice president").
 */
const PORTFOLIO = String.raw`(?:\sof\s\p{Ll}[\p{Ll}-]*(?:(?:,\s|,?\sand\s)\p{Ll}[\p{Ll}-]*){0,3}(?=[,.;]|$|\s(?:at|for|with|in)\b))?`;
/**
 * After a name: its age between commas if any, then a role with its article up to its last word before
 * what it is of, a portfolio in lower case kept ({@link PORTFOLIO}).
 */
const ROLE_AFTER_NAME = new RegExp(
  String.raw`^,\s(\d{1,3},\s)?(?:an?|the)\s((?:[\p{L}'’-]+\s){0,4}?([\p{Ll}-]+)${PORTFOLIO})${ROLE_END}`,
  'u',
);

/**
 * The role a quote's speaker named after the verb has in an apposition after the name ('"…," said
 * Lucía Benítez, 34, a season-ticket holder since childhood'; 'said Dr. Halász Eszter, a hydrologist at
 * the University of Debrecen'): after an age or an abbreviated title before the name, whatever its
 * word (either says a person); else when its last word is a title (`data/person-titles.yaml`) or a noun
 * of a person news quotes by, a trade among them (`data/speaker-nouns.yaml`: "said Ana Ruiz, a nurse at
 * the harbour clinic").
 * @param outside the sentence outside its quotes
 * @param said the sentence's `matchSaidName` match
 * @param person whether an abbreviated title before the name ("Dr.") says a person
 * @returns the role without its article, or null
 */
export function roleAfterName(outside: string, said: RegExpExecArray, person: boolean): string | null {
  const after = outside.slice(said.index + said[0].length);
  const m = ROLE_AFTER_NAME.exec(after) ?? ROLE_OF_BODY_AFTER_NAME.exec(after);
  if (!m) return null;
  const head = m[3] as string;
  return person ||
    m[1] !== undefined ||
    isTitle(head) ||
    isSpeakerNoun(head) ||
    isPlaceSpeakerNoun(head) ||
    titledBeforeHead(m[2] as string, head)
    ? (m[2] as string)
    : null;
}
/**
 * Whether a role's words before its head hold a title in lower case, the head a word that is none:
 * "the port's deputy chief legal counsel" ("deputy", "chief"; a long role whose head is no title word
 * had been no role).
 * @param role the role as matched
 * @param head its last word before what it is of
 */
function titledBeforeHead(role: string, head: string): boolean {
  const words = role.slice(0, role.lastIndexOf(head)).trim().split(/\s+/u);
  return words.some((w) => /^\p{Ll}/u.test(w) && isTitle(w.replace(/['’]s$/u, '')));
}
/**
 * After a name: its age if any, then a body's possessive and a role, up to its last word before what it
 * is of ('said Ken Marsh, Halvard's vice president of sales': the role had been read only after an
 * article, or by the role words a person is found by, which have "chief" but not "vice president").
 */
const ROLE_OF_BODY_AFTER_NAME = new RegExp(
  String.raw`^,\s(\d{1,3},\s)?((?:\p{Lu}[\p{L}&.-]*\s){0,2}\p{Lu}[\p{L}&.-]*['’]s\s(?:[\p{Ll}-]+\s){0,2}?([\p{Ll}-]+)${PORTFOLIO})${ROLE_END}`,
  'u',
);

/**
 * The speaker named after a role the name patterns took for a name: "said Aerovale President and Chief
 * Executive Officer, Tom Enders" is Tom Enders, whose role is the rest. Only when the "name" ends on a
 * title word (`data/person-titles.yaml`) and a name follows it after a comma.
 * @param outside the sentence outside its quotes
 * @param named what the name patterns matched
 */
export function roleThenName(outside: string, named: string): Person | null {
  if (!isTitle(named.split(' ').at(-1) as string)) return null;
  const at = outside.indexOf(named);
  const rest = outside.slice(at + named.length);
  const m = ROLE_RUNS_ON.exec(rest);
  const end = m ? nameEndAt(rest, m[0].length) : -1;
  if (at < 0 || !m || end < 0) return null;
  return { name: rest.slice(m[0].length, end), role: `${named}${m[1] ?? ''}` };
}

/**
 * The speaker named after a verb of saying and a role in lower case ("said chief executive Mats
 * Eriksson"), when the role's last word is a title (`data/person-titles.yaml`) or a noun of a person
 * news quotes by (`isSpeakerNoun`: "said planetary geologist Ana Ruiz"), or a noun of where one lives or
 * what one does (`isPlaceSpeakerNoun`: "said Fort Kessing resident Ana Ruiz", the place part of the role),
 * or a noun of one who does something by its ending (`isAgentNoun`: "said Kestrel Bank head trader,
 * Tomas Vance") when it is the role's last word and the name opens with a given name.
 * @param outside the sentence outside its quotes
 */
export function saidRoleName(outside: string): Person | null {
  const m = matchSaidRoleName(outside);
  const role = m?.[1]?.trim();
  // the title is the role's last word, or its last before what it is of ("head of commodities")
  const head = role
    ?.split(/\s(?:of|for|at)\s/u)[0]
    ?.split(' ')
    .at(-1);
  const lower = head?.toLowerCase();
  if (!m || !role || !lower) return null;
  const name = m[2] as string;
  // "said Kestrel Bank head trader, Tomas Vance", "said harbour master Mara Holt": a noun of one who does
  // something right before a given name (the bank had been the speaker, or no one was)
  const agent =
    head === role.split(' ').at(-1) && isAgentNoun(lower) && givenNamed(name.split(' ')[0] as string);
  if (!(isSpeakerNoun(lower) || isPlaceSpeakerNoun(lower) || agent)) return null;
  return { name, role };
}

/**
 * A role opening the sentence before a name and the verb: the body's or place's capitalised words (a
 * possessive among them), then up to three words in lower case ("Kestrel Bank head trader ", "Port
 * Avel's harbour master, "), "The" before it or none.
 */
const ROLE_OPENING = new RegExp(
  String.raw`^(?:[Tt]he\s)?((?:\p{Lu}[\p{L}&.-]*(?:['’]s)?\s){1,3}(?:${ROLE_WORD}\s){0,2}(${ROLE_WORD})),?\s$`,
  'u',
);

/**
 * The role the sentence opens with before the speaker's name, the name patterns having stopped at its
 * words in lower case ("Kestrel Bank head trader Tomas Vance said": no role had been read): the body's
 * words and the role after them, the last a noun of a person news quotes by, of where one lives or what
 * one does (`data/speaker-nouns.yaml`), or of one who does something by its ending when the name opens
 * with a given name ({@link saidRoleName} reads the same after the verb).
 * @param before the sentence outside its quotes up to the name
 * @param name the name after it
 * @returns the role as written, or null
 */
export function roleOpening(before: string, name: string): string | null {
  const m = ROLE_OPENING.exec(before.trimStart());
  const head = m?.[2];
  if (!m || !head) return null;
  const fits =
    isSpeakerNoun(head) ||
    isPlaceSpeakerNoun(head) ||
    (isAgentNoun(head) && givenNamed(name.split(' ')[0] as string));
  return fits ? (m[1] as string) : null;
}

/**
 * The speaker the name patterns missed for the body's name before a role: "said Nuffield Trust senior
 * fellow Rachel Oduya" is Rachel Oduya, whose role opens with the name matched ({@link saidRoleName}).
 * @param outside the sentence outside its quotes
 * @param named what the name patterns matched
 */
export function orgRoleName(outside: string, named: string): Person | null {
  const roled = saidRoleName(outside);
  return roled?.role?.startsWith(`${named} `) ? roled : null;
}

/**
 * The speaker the name patterns took together with the body their role ends on, the sentence opening
 * with that role: "Chief investment officer at Varn Ridge Capital Group Tobin Rask said:" had the
 * speaker "Ridge Capital Group Tobin Rask". The name is the words after the body's last word (a word of
 * `data/organisation-words.yaml`), at least two, the first a given name and no everyday word; the role is
 * everything before it, and holds a title.
 * @param outside the sentence outside its quotes
 * @param named what the name patterns matched
 */
export function nameAfterBody(outside: string, named: string): Person | null {
  const words = named.split(' ');
  const at = outside.indexOf(named);
  if (at < 0) return null;
  for (let k = 1; k <= words.length - 2; k++) {
    const first = words[k] as string;
    if (!isOrganisationWord(words[k - 1] as string)) continue;
    if (!isGivenName(first) || isCommonWord(first.toLowerCase())) return null;
    const role = `${outside.slice(0, at)}${words.slice(0, k).join(' ')}`.trim();
    if (/["“”,;:]/u.test(role) || !role.split(' ').some((w) => isTitle(w))) return null;
    return { name: words.slice(k).join(' '), role };
  }
  return null;
}

/**
 * After a verb of saying: a role in lower case, two joined by "and" ("the vice president and
 * chairman"), then what it is of, a body's capitalised words and the name run on with no comma
 * between or with one: "said the vice president and chairman of Halvard Ferries LLC Tobin Rask".
 */
const SAID_ROLE_OF_BODY = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(?:the\s)?((?:${ROLE_WORD}\s){0,2}${ROLE_WORD}(?:\sand\s(?:${ROLE_WORD}\s){0,2}${ROLE_WORD})?)\s(of|for|at)\s(?:the\s)?((?:\p{Lu}[\p{L}&.'’-]*,?\s){1,7}\p{Lu}[\p{L}'’-]*)(?=[.,;]|\s\p{Ll}|$)`,
  'u',
);

/**
 * The speaker named after a verb, a role and the body it is of ({@link SAID_ROLE_OF_BODY}), the name
 * the words after the body's last word (a word of `data/organisation-words.yaml`, a comma after it or
 * none): two or three words, the first a given name and no title, the role's last word before
 * "of" a title. The name patterns read none of it ("the" before the role; "and" within it; the body's
 * name run on to the person's).
 * @param outside the sentence outside its quotes
 */
export function saidRoleOfBody(outside: string): Person | null {
  const m = SAID_ROLE_OF_BODY.exec(outside);
  if (!m || !isTitle((m[1] as string).split(' ').at(-1) as string)) return null;
  const words = (m[3] as string).split(/\s/u);
  for (let k = 1; k < words.length - 1; k++) {
    const last = (words[k - 1] as string).replace(/,$/u, '');
    const name = words.slice(k);
    if (!isOrganisationWord(last) || name.length > 3) continue;
    // the body's word before it is what sets the name apart: a given name that is an everyday word too
    // ("Jim") is kept, no title ("Chief")
    const first = name[0] as string;
    if (!isGivenName(first) || isTitle(first)) return null;
    return {
      name: name.join(' '),
      role: `${m[1]} ${m[2]} ${words.slice(0, k).join(' ').replace(/,$/u, '')}`,
    };
  }
  return null;
}

/**
 * After a verb of saying, a role whose last word in lower case is a title and a surname alone: "said
 * Norwegian president Brannock," (group 1 the role's last word, group 2 the surname).
 */
const SAID_ROLE_SURNAME = new RegExp(
  String.raw`(?:${SAYING_VERBS})\s(?:the\s)?(?:\p{Lu}[\p{L}-]*\s){0,2}(?:${ROLE_WORD}\s){0,2}(${ROLE_WORD})\s(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(?=[.,;]|$)`,
  'u',
);

/**
 * The surname alone after a verb and a role in lower case ({@link SAID_ROLE_SURNAME}): a known
 * person's, if any, as a surname right after the verb is ("said Angers.").
 * @param outside the sentence outside its quotes
 */
export function saidRoleSurname(outside: string): string | undefined {
  const m = SAID_ROLE_SURNAME.exec(outside);
  return m && isTitle(m[1] as string) ? m[2] : undefined;
}

/**
 * A role in lower case after "the" or "a" opening the speaker's clause, then what it is of, and "of" or
 * "for" right before a capitalised name and the verb: "The premier of the northern state of Lower
 * Vestmark remarked" (group 1 the role up to the name, 2 its head, 3 the name).
 */
const ROLE_OF_NAME_SAID = new RegExp(
  String.raw`(?:^|[,;]\s*)(?:[Tt]he|[Aa]n?)\s((?:\p{Ll}[\p{Ll}-]*\s){0,2}(\p{Ll}[\p{Ll}-]*)\s(?:of|for)\s(?:(?:the\s)?(?:[\p{L}-]+\s){0,4}?(?:of|for)\s|the\s)?)((?:\p{Lu}[\p{L}'’-]*\s){1,4})(?:${SAYING_VERBS})\b`,
  'u',
);

/**
 * The speaker when the name before the verb is what a role is of: "The premier of the northern state of
 * Lower Vestmark remarked" is the premier, unnamed, not the state; "A friend of Tove Lund said"
 * is the friend. The role with all it is of, or null.
 * @param outside the sentence outside its quotes
 */
export function roleOfName(outside: string): string | null {
  const m = ROLE_OF_NAME_SAID.exec(outside);
  return m ? `${m[1]}${(m[3] as string).trim()}` : null;
}

/** A body's name after "of": "the" or none, then capitalised words, "of", "for", "and", "&" between them. */
const OF_BODY = String.raw`of\s((?:the\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:(?:of|for|and|&|the)\s)?\p{Lu}[\p{L}&.'’-]*){0,5})`;
/** A person's name: a given name and one or two capitalised words ("Ana Ruiz", "Ana María Ruiz"). */
const GIVEN_AND_SURNAME = String.raw`((\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+){1,2})`;
/**
 * A person named with the body she is of, before the verb or after it: "Ana Ruiz of Norvale Transit
 * commented", "said Tobin Rask of the Kestrel Union". Not after "the" or a capital (a body named "X of
 * Y" as a whole: "the Bank of Varnland said").
 */
const PERSON_OF_BODY_SAID = new RegExp(
  String.raw`(?<!\p{L}\s|\p{L})${GIVEN_AND_SURNAME}\s${OF_BODY}\s(?:${SAYING_VERBS})\b`,
  'u',
);
const SAID_PERSON_OF_BODY = new RegExp(
  String.raw`\b(?:${SAYING_VERBS})\s${GIVEN_AND_SURNAME}\s${OF_BODY}(?=[,.;]|\s*$)`,
  'u',
);

/**
 * The same after a word, the name's title or more of its role: "Spokeswoman Ana Ruiz of Norvale Transit
 * said", "said union steward Tobin Rask of the Kestrel Union" (group 1 the name, 2 its given name, 3 the
 * body; {@link titleBefore} reads the role).
 */
const TITLED_PERSON_OF_BODY_SAID = new RegExp(
  String.raw`(?<=\p{L}\s)${GIVEN_AND_SURNAME}\s${OF_BODY}(?=\s(?:${SAYING_VERBS})|[,.;]|\s*$)`,
  'u',
);
/** A word of a role before a name: a title, a noun of a person, or a word of what it is of. */
const ROLE_BEFORE_WORD = /^[\p{L}][\p{L}&'’-]*$/u;
/** A verb of saying, a whole word. */
const SAYING_WORD = new RegExp(`^(?:${SAYING_VERBS})$`, 'u');

/**
 * The role written right before a name, back from it: one to three words, the last a title or a noun
 * of a person news quotes by (`data/person-titles.yaml`, `data/speaker-nouns.yaml`), those before it
 * words of the role or of the body or place it is of ("Harbour Police spokeswoman", "marine
 * geologist"), no verb of saying, function word or sentence opener ("Yesterday").
 *
 * Not `roleBefore` of find-roles.ts, on purpose: that one reads an actor's role before any name of any
 * sentence, so it takes title words only (`data/person-titles.yaml`) and the capitalised words of a body,
 * up to six, and drops a word in lower case that is no title, as before most names such a word is the
 * sentence's. Here {@link TITLED_PERSON_OF_BODY_SAID} has already found a person named with her body
 * and a verb of saying, so the role may end on a noun of a person news quotes by, a trade among them
 * (`data/speaker-nouns.yaml`), and keep the word in lower case before it. Read with `roleBefore`, the
 * test of "chief steward Tobin Rask of the Kestrel Union" and the fixture quotes-unnamed-nouns-no-titles
 * ("marine geologist") lost the body of their roles (tidy100).
 * @param before the text before the name
 * @returns the role as written, or null
 */
function titleBefore(before: string): string | null {
  const words = before.trimEnd().split(/\s+/u);
  const last = words.at(-1) as string;
  const lower = last.toLowerCase();
  if (!ROLE_BEFORE_WORD.test(last) || !(isTitle(last) || isSpeakerNoun(lower) || isPlaceSpeakerNoun(lower)))
    return null;
  const role = [last];
  for (let k = words.length - 2; k >= 0 && role.length < 3; k--) {
    const w = words[k] as string;
    // "marine geologist", "Harbour Police spokesman": no verb ("said"), function word or opener ("Yesterday")
    if (!ROLE_BEFORE_WORD.test(w) || isStopWord(w.toLowerCase()) || NOT_NAME_START.test(w)) break;
    if (SAYING_WORD.test(w)) break;
    role.unshift(w);
  }
  return role.join(' ');
}

/**
 * The speaker named with the body she is of, the body her role ("of Norvale Transit"), not part of her
 * name: '"…," Ana Ruiz of Norvale Transit commented' (the speaker had been "Norvale Transit"), '"…," said
 * Tobin Rask of the Kestrel Union' (no role had been read). The name must open on a given name, so a
 * body named "X of Y" as a whole ("the Bank of Varnland said") stays the speaker. A title before the
 * name is her role with the body ("Spokeswoman Ana Ruiz of Norvale Transit said": "Spokeswoman of
 * Norvale Transit"; the speaker had been the body) when its last word is a title or a noun of a person
 * news quotes by (`data/person-titles.yaml`, `data/speaker-nouns.yaml`).
 * @param outside the sentence outside its quotes
 * @returns the person and her role, or null
 */
export function personOfBody(outside: string): Person | null {
  const m = PERSON_OF_BODY_SAID.exec(outside) ?? SAID_PERSON_OF_BODY.exec(outside);
  if (m && givenNamed(m[2] as string))
    return { name: m[1] as string, role: isPersonName(m[3] as string) ? null : ofBody(m[3] as string) };
  // "Spokeswoman Ana Ruiz of …" opening the sentence: the pattern took the title for a given name
  const t = TITLED_PERSON_OF_BODY_SAID.exec(outside);
  const title =
    t && givenNamed(t[2] as string) && !isPersonName(t[3] as string)
      ? titleBefore(outside.slice(0, t.index))
      : null;
  return t && title ? { name: t[1] as string, role: `${title} ${ofBody(t[3] as string)}` } : null;
}

/** Two or three capitalised words, the first a given name: a person's name. */
const PERSON_NAME = /^(\p{Lu}\p{Ll}+)(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}\.?$/u;

/**
 * Whether what a name is "of" is a person, not a body: '"…," said Tomas Vance of Pedro Alves' speaks
 * of him (the role had been "of Pedro Alves"). A given name that is no common word opens it, and no word
 * of a body's name is in it (`data/organisation-words.yaml`); a firm named after its founder with a
 * given name first is read so too, and loses its role (no speaker changes).
 * @param body the words after "of"
 */
function isPersonName(body: string): boolean {
  const m = PERSON_NAME.exec(body);
  return (
    m !== null &&
    givenNamed(m[1] as string) &&
    !body
      .replace(/\.$/u, '')
      .split(' ')
      .some((w) => isOrganisationWord(w))
  );
}
/** Whether a name's first word is a given name and no common word ('The Kestrel Union of …' is a body). */
const givenNamed = (first: string): boolean => isGivenName(first) && !isCommonWord(first.toLowerCase());
/** The role "of" a body: the sentence's stop is no part of its name ("said Tobin Rask of the Kestrel Union."). */
const ofBody = (body: string): string => `of ${body.replace(/\.$/u, '')}`;
