import type { Person } from './find-people.js';
import { isTitle, ROLE_ARTICLE } from './find-roles.js';
import { matchOf, nameThen, nameThenAt } from './name-runs.js';
import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { roleOpening } from './speaker-roles.js';
import { DESCRIBED_BEFORE, describedBefore, lowerTitle, withoutLeadingTitles } from './speaker-titles.js';

/** What follows the name `matchApposedSaid` finds: its comma, a clause on who they are if any, the verb. */
const APPOSED_AFTER = new RegExp(
  String.raw`,\s(?:(?:who|whose)\s[^,]{1,80},\s)?(?:${SAYING_VERBS}|${TOLD})\b`,
  'uy',
);
const SPACE = /\s/u;

/**
 * A name set off by commas right before the verb, after the role it has or before a clause on who
 * they are: "Kestrel Earth's founder, Amara Okafor, said"; "Amara Okafor, who founded it, said". What
 * `(?:^|,)\s*(?:([^,]{3,60}?),\s)?(NAME)APPOSED_AFTER` matches (the phrase before the name group 1, the
 * name group 2), tried in that pattern's order: from the text's start, then after each comma, the
 * spaces, then the phrase up to the next comma and the name after it, else the name right there; a
 * phrase short of three characters by the spaces' count takes spaces back, after that.
 * @param text the text
 * @param after a sticky pattern of what follows the name, from its comma (default: the comma, a "who"
 *   clause if any, a verb of saying)
 */
export function matchApposedSaid(text: string, after: RegExp = APPOSED_AFTER): RegExpExecArray | null {
  for (let open = 0, start = 0; start >= 0; ) {
    let at = open;
    while (SPACE.test(text.charAt(at))) at++;
    const comma = text.indexOf(',', open);
    // the phrase is of 3 to 60 characters (code points), and the spaces may open it
    const phrase = comma >= at && SPACE.test(text.charAt(comma + 1)) ? codePoints(text.slice(at, comma)) : -1;
    const spaces = at - open;
    const tried = (from: number, name: number): RegExpExecArray | null => {
      const m = nameThenAt(text, name, after);
      const group = from < 0 ? undefined : text.slice(from, comma);
      return m && matchOf(text, start, m.end + m.after[0].length, [group, text.slice(name, m.end)]);
    };
    const found =
      (phrase >= 3 && phrase <= 60 ? tried(at, comma + 2) : null) ??
      tried(-1, at) ??
      (phrase >= 0 && phrase < 3 && phrase + spaces >= 3 ? tried(at - (3 - phrase), comma + 2) : null);
    if (found) return found;
    start = text.indexOf(',', start === 0 && open === 0 ? 0 : start + 1);
    open = start + 1;
  }
  return null;
}

/** How many code points a text has (as a unicode pattern counts them). */
const codePoints = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};
/** What `matchApposedSaid` and `nameRoleSaid` find end with: a comma, a space and the verb. */
const COMMA_SAID = new RegExp(String.raw`,\s(?:${SAYING_VERBS}|${TOLD})\b`, 'u');
/** A title, and a place or body it is of, right before a name: "Mayor of Marathon ", "Spokesman ". */
const TITLE_OF_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}-]*)(\s(?:of|for)(?:\s(?:the\s)?\p{Lu}[\p{L}-]*)?)?\s$/u;

/**
 * The speaker of reported speech, when a title names them a person: "Mayor of Marathon Stergios
 * Tsirkas said …" (the mayor, of Marathon), "Spokesman Yannis Artopios said …", "Italy's energy
 * minister, Paolo Bassi, said …". A name before "said"
 * with no title may be a body's ("the Hellenic Fire Service said"), so it introduces no one.
 * @param text a sentence without a quote
 * @param verb whether the sentence has a verb of saying (`SAYING`)
 * @param m the sentence's `matchNameSaid` match, when it has a verb
 */
export function titledSpeaker(text: string, verb: boolean, m: RegExpExecArray | null): Person | null {
  if (!m) {
    // "Italy's energy minister, Paolo Bassi, said the government would …"; "Claire Martin, who leads
    // public health at the agency, said …": "who" says a person
    const apposed = verb ? apposedSpeaker(text) : null;
    return apposed?.role && apposed.name.includes(' ') ? apposed : verb ? nameOfBodySaid(text) : null;
  }
  const named = m[1] as string;
  const own = withoutLeadingTitles(named);
  if (own.role) return own.name.includes(' ') ? own : null;
  // "Retired nurse Gerda Blom, 71, said she …": an age names a person, whose role is what comes before
  if (m[2]) return { name: named, role: describedBefore(text.slice(0, m.index)) };
  // "Mayor of Marathon Stergios Tsirkas": the pattern's name begins with the place the title is of
  const words = named.split(' ');
  const before = TITLE_OF_BEFORE.exec(text.slice(0, m.index));
  if (!before || !isTitle(before[1] as string)) return null;
  if (!before[2] || before[2].split(' ').length > 2) return { name: named, role: before[1] as string };
  if (words.length < 3) return null;
  const title = before[1] as string;
  return {
    name: words.slice(-2).join(' '),
    role: `${lowerTitle(title)}${before[2]} ${words.slice(0, -2).join(' ')}`,
  };
}

/**
 * The speaker a quote names after a title and the place or body it is of, which the name pattern took
 * into the name ("Secretary of State Ana Ruiz said": "State Ana Ruiz"), as {@link titledSpeaker} reads
 * reported speech: only when such a title stands before the name.
 * @param outside the sentence outside its quotes
 * @param m its `matchNameSaid` match
 */
export function titledOf(outside: string, m: RegExpExecArray): Person | null {
  const head = outside.slice(0, m.index);
  const before = TITLE_OF_BEFORE.exec(head);
  // the title opens the speaker's clause: "Tomas Reyne, president and CEO of Kestrel Commercial
  // Airplanes said" names Tomas Reyne, whose role this is
  if (before?.[2] && isTitle(before[1] as string)) {
    if (!OPENS_CLAUSE.test(head.slice(0, before.index))) return null;
    const person = titledSpeaker(outside, true, m);
    return person?.role && person.name !== m[1] ? person : null;
  }
  // "Governor of the Bank of England Andrew Bailey said": a longer body's name the title is of, whose
  // last words the name pattern took; the name is the match's last two words
  const chain = TITLE_OF_CHAIN.exec(head);
  const words = (m[1] as string).split(' ');
  if (!chain || !isTitle(chain[1] as string) || words.length < 3) return null;
  if (!OPENS_CLAUSE.test(head.slice(0, chain.index))) return null;
  const title = chain[0].trim();
  return {
    name: words.slice(-2).join(' '),
    role: `${lowerTitle(title)} ${words.slice(0, -2).join(' ')}`,
  };
}

/** What may stand before a title that opens the speaker's clause: nothing, or a stop, comma, colon or dash. */
const OPENS_CLAUSE = /(?:^|[,.;:—–-])\s*$/u;
/** A title, then "of" and a body's name whose last words run on into the name: "Governor of the Bank of ". */
const TITLE_OF_CHAIN =
  /(?:^|\s)(\p{Lu}[\p{L}-]*)\s(?:of|for)\s(?:the\s)?(?:\p{Lu}[\p{L}-]*\s){1,3}(?:of|for|and)\s(?:the\s)?$/u;

/** " of ", " at " or " from " before a capital: what {@link BODY_SAID_AFTER_NAME} needs. */
const OF_AT_FROM = / (?:of|at|from) (?:the )?\p{Lu}/u;
/** After a name, the body it is of or at, then the verb: "Economist Ana Villalba of the University of Rosario said". */
const BODY_SAID_AFTER_NAME = new RegExp(
  String.raw`\s((?:of|at|from)\s(?:the\s)?\p{Lu}[\p{L}&.'’-]*(?:\s(?:(?:of|and|for)\s(?:the\s)?)?\p{Lu}[\p{L}&.'’-]*){0,5}),?\s(?:${SAYING_VERBS}|${TOLD})\b`,
  'uy',
);

/**
 * The speaker of reported speech named before the body they are of or at, with a title before the name
 * ("Economist Ana Villalba of the University of Rosario said …", "Railway safety expert Aoki Tomoko of
 * Kyoto University said …"): the person, the title and the body their role.
 * @param text a sentence without a quote, with a verb of saying
 */
function nameOfBodySaid(text: string): Person | null {
  // the pattern tries a name at every capital: only where a preposition it needs is
  if (!OF_AT_FROM.test(text)) return null;
  // `(NAME)BODY_SAID_AFTER_NAME`: no particle of a name is "of", "at" or "from"
  const found = nameThen(text, BODY_SAID_AFTER_NAME);
  if (!found) return null;
  const m = { index: found.index, 1: text.slice(found.index, found.end), 2: found.after[1] };
  const own = withoutLeadingTitles(m[1] as string);
  const before = own.role === null ? describedBefore(text.slice(Math.max(0, m.index - 60), m.index)) : null;
  const title = own.role ?? (before && isTitle(before.slice(before.lastIndexOf(' ') + 1)) ? before : null);
  return title && own.name.includes(' ') ? { name: own.name, role: `${title} ${m[2] as string}` } : null;
}

/**
 * The person reported speech or a sentence names in ways that say a person but no title before the name,
 * for a "she said" in the sentence right after only: a name set off by "who" ("Claire Martin, who leads
 * public health at the agency, said …"), a name after the verb with a title after its comma ("…, said
 * Jorge Vidal, a shift supervisor who reached the surface"), a title in lower case right before the
 * name ("Supporters' group chairman Ian Hart said …"), or an age between commas ("Staff nurse Aisha
 * Rahman, 34, has worked …").
 * @param text a sentence without a quote
 * @param verb whether the sentence has a verb of saying (`SAYING`)
 * @param m the sentence's `matchNameSaid` match, when it has a verb
 */
export function reportedPerson(text: string, verb: boolean, m: RegExpExecArray | null): Person | null {
  if (!verb) return AGE.test(text) ? agedPerson(text) : null;
  if (m) {
    const named = m[1] as string;
    // the words right before the name, no more: the pattern ends at the name and would try every start
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const at = DESCRIBED_BEFORE.exec(before);
    const described = at && /^\p{Ll}/u.test(at[1] as string) ? describedBefore(before) : null;
    if (described && named.includes(' ') && isTitle(described.slice(described.lastIndexOf(' ') + 1)))
      return { name: named, role: described };
  }
  // each pattern only where its comma is: most sentences have none
  const apposed = m === null && WHO_CLAUSE.test(text) ? apposedSpeaker(text) : null;
  if (apposed?.name.includes(' ')) return apposed;
  return (
    (APPOSED_ROLE.test(text) ? saidNameRole(text) : null) ??
    (AGE.test(text) ? agedPerson(text) : null) ??
    (m === null ? describedApposed(text) : null)
  );
}

/**
 * A name set off by commas after a description in lower case that opens the sentence with "another",
 * "one", "a" or a possessive ("Another relative, Tran Thi Mai, said …", "Her neighbour, Joan Pike,
 * said …"), then the verb: a person described, no title needed.
 */
const DESCRIBED_BEFORE_NAME =
  /^(?:[Aa]nother|[Oo]ne|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s((?:[\p{Ll}][\p{Ll}'’-]*\s){0,2}[\p{Ll}][\p{Ll}'’-]*),\s/u;
/** The comma and the verb after the name of {@link DESCRIBED_BEFORE_NAME}. */
const COMMA_SAID_AT = new RegExp(String.raw`,\s(?:${SAYING_VERBS}|${TOLD})\b`, 'uy');

/**
 * The person of {@link DESCRIBED_BEFORE_NAME}, the description as role ("relative"), for a "she said"
 * right after only.
 * @param text a sentence without a quote
 */
function describedApposed(text: string): Person | null {
  // the description has no comma: it ends at the first, and the name starts after it
  const m = DESCRIBED_BEFORE_NAME.exec(text);
  const found = m ? nameThenAt(text, m[0].length, COMMA_SAID_AT) : null;
  if (!m || !found) return null;
  const name = text.slice(found.index, found.end);
  return name.includes(' ') ? { name, role: m[1] as string } : null;
}

/** A comma and an article, as a role after a name opens: ", a shift supervisor". */
const APPOSED_ROLE = /,\s(?:an?|the)\s/u;
/** A name set off by "who": a person's. */
const WHO_CLAUSE = /,\s(?:who|whose)\s/u;
/** An age between commas, as news sets it after a person's name. */
const AGE = /,\s\d{1,3},\s/u;
/** An age between commas right after a name: `(NAME)AGE_AFTER_NAME`. */
const AGE_AFTER_NAME = /,\s\d{1,3},\s/uy;
/** A verb of saying and the name after it, then its role between a comma and "who", "at" or a stop. */
const SAID_ANY = new RegExp(String.raw`${SAYING_VERBS}\s`, 'gu');
/** The role set off after the name of {@link SAID_ANY}: a comma, the article, to the role's last word. */
const ROLE_SET_OFF =
  /,\s((?:an?|the)\s(?:[\p{L}'’-]+\s){0,3}?([\p{Ll}-]+))(?=\s(?:who|at|of|for|with|in)\b|[,.;]|$)/uy;

/**
 * The person reported speech names after the verb with a role after a comma whose last word is a title
 * (`data/person-titles.yaml`): "…, said Jorge Vidal, a shift supervisor who reached the surface."
 * @param text a sentence without a quote
 */
function saidNameRole(text: string): Person | null {
  // `SAID_ANY(NAME)ROLE_SET_OFF`: from each verb, its name and role
  for (SAID_ANY.lastIndex = 0; ; ) {
    const verb = SAID_ANY.exec(text);
    if (!verb) return null;
    const found = nameThenAt(text, verb.index + verb[0].length, ROLE_SET_OFF);
    if (found) {
      const m = found.after;
      return isTitle(m[2] as string)
        ? { name: text.slice(found.index, found.end), role: (m[1] as string).replace(ROLE_ARTICLE, '') }
        : null;
    }
    SAID_ANY.lastIndex = verb.index + 1;
  }
}

/**
 * A person a sentence names with an age between commas, whatever it says of them ("Staff nurse Aisha
 * Rahman, 34, has worked on the same ward for nine years"), with the words in lower case before the
 * name as role: the "she said" after it is hers.
 * @param text a sentence without a quote
 */
function agedPerson(text: string): Person | null {
  const m = nameThen(text, AGE_AFTER_NAME);
  if (!m) return null;
  const { name, role } = withoutLeadingTitles(text.slice(m.index, m.end));
  return name.includes(' ') ? { name, role: role ?? describedBefore(text.slice(0, m.index)) } : null;
}

/** After a name, its role between commas, then the verb: "Councillor Priya Nandra, cabinet member for transport, said". */
const ROLE_SAID_AFTER_NAME = new RegExp(
  String.raw`,\s((?:the\s)?[^,"“”]{3,80}?),\s(?:${SAYING_VERBS}|${TOLD})\b`,
  'uy',
);

/**
 * The speaker named before their role and the verb ({@link ROLE_SAID_AFTER_NAME}), when a word of the role
 * is a title (`data/person-titles.yaml`); titles opening the name go to the role's front.
 * @param outside the sentence outside its quotes
 */
function nameRoleSaid(outside: string): Person | null {
  // `(?:^|,\s|\s)(NAME)ROLE_SAID_AFTER_NAME`: a name at the text's start or after a space
  const opens = (at: number): boolean => at === 0 || SPACE.test(outside.charAt(at - 1));
  const m = nameThen(outside, ROLE_SAID_AFTER_NAME, 0, opens);
  if (!m) return null;
  const role = (m.after[1] as string).replace(ROLE_ARTICLE, '');
  if (!role.split(' ').some((w) => isTitle(w.replace(/['’]s$/u, '')))) return null;
  const own = withoutLeadingTitles(outside.slice(m.index, m.end));
  return { name: own.name, role };
}

/**
 * The speaker named between commas before the verb (see `matchApposedSaid`), with the role the
 * phrase before the name gives when its last word is a title (`data/person-titles.yaml`) or it is a
 * body's words and a noun of a person (`roleOpening`); else one
 * named before their role ({@link nameRoleSaid}).
 * @param outside the sentence outside its quotes
 */
export function apposedSpeaker(outside: string): Person | null {
  // both patterns end in a comma, a space and the verb: most sentences with a verb have none there, and
  // the patterns try a name at each comma or capital before failing
  if (!COMMA_SAID.test(outside)) return null;
  const m = matchApposedSaid(outside);
  return m ? apposedPerson(m) : nameRoleSaid(outside);
}

/**
 * The person of a `matchApposedSaid` match: the name between commas, with the role the phrase before
 * it gives when its last word is a title (`data/person-titles.yaml`) or it is a body's words and a noun
 * of a person (`roleOpening`); else the titles opening the name, if any.
 * @param m a `matchApposedSaid` match
 */
export function apposedPerson(m: RegExpExecArray): Person {
  // "An aerospace analyst", "the agency's head of food safety": the title ends the role or comes before its "of"
  const before = m[1]?.trim().replace(ROLE_ARTICLE, '') ?? '';
  const head = before.split(' of ')[0] as string;
  const title = head.slice(head.lastIndexOf(' ') + 1);
  // "Interior Minister Wolfgang Peschorn, who serves …, said": no role before it, the title opens the name
  if (title && isTitle(title)) return { name: m[2] as string, role: before };
  // "Kestrel Bank head trader, Tomas Vance, said": a body's words and a noun of one who does something
  const opening = m[1] ? roleOpening(`${m[1].trim()} `, m[2] as string) : null;
  return opening ? { name: m[2] as string, role: opening } : withoutLeadingTitles(m[2] as string);
}
