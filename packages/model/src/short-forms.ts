import { appendToList } from './append-to-list.js';
import type { ArticleEntity, Mention } from './article-entity.js';
import { ACRONYM } from './capitalised-words.js';
import { isGivenName } from './given-names.js';
import { swappedSurnameOf } from './misspelt-surnames.js';
import { CAPITAL_FIRST, initialsOf, lastWord, stripParticle } from './name-shapes.js';
import { endsAsLaw, endsAsOrganisation, isOrganisationHead } from './organisation-words.js';
import { makesRegion } from './place-words.js';
import type { Token } from './tokenize-words.js';

/**
 * The surname key and initials of each name, computed once per article: a one-word form is compared
 * with every earlier entity, and splitting each name again took 0.7 of 10 ms per page (400 dev pages).
 */
export class NameKeys {
  private surnames = new Map<string, string | null>();
  private initials = new Map<string, string>();
  /**
   * The entities by surname key, in order of creation: a one-word form is compared with the few that
   * share its key, not with every entity (that filter was 0.2 of 2 ms per page, 1,000 bench pages).
   */
  private bySurname = new Map<string, ArticleEntity[]>();
  /** Files a new entity under its surname key (a name never changes once the entity is made). */
  add(entity: ArticleEntity): void {
    const key = this.surname(entity.name);
    if (key === null) return;
    appendToList(this.bySurname, key, entity);
  }
  /** The entities added so far whose name's surname key is `key`, in order of creation. */
  withSurname(key: string): readonly ArticleEntity[] {
    return this.bySurname.get(key) ?? [];
  }
  /** The last word of a name of several words, particle stripped and lowercased; null for one word. */
  surname(name: string): string | null {
    let key = this.surnames.get(name);
    if (key === undefined) {
      key = name.includes(' ') ? stripParticle(name.split(/\s+/).at(-1) as string) : null;
      this.surnames.set(name, key);
    }
    return key;
  }
  /** {@link initialsOf} a name, once. */
  initialsOf(name: string): string {
    let found = this.initials.get(name);
    if (found === undefined) {
      found = initialsOf(name);
      this.initials.set(name, found);
    }
    return found;
  }
}

/**
 * An earlier entity a one-word form stands for: a person's surname ("Ruiz" after "Ana Ruiz"), an
 * acronym of an earlier name ("AFO" after "Anti-Fraud Office"), or after "the" the start of a
 * word of an earlier organisation's name ("the Fed" after "the Federal Grain Board"); or one a form of
 * several words after "the" ends ("the Board of Elections" after "the Marlow County Board of Elections").
 */
export function shortFormOf(
  form: string,
  sentence: string,
  tokens: readonly Token[],
  m: Mention,
  entities: readonly ArticleEntity[],
  keys: NameKeys,
): ArticleEntity | undefined {
  const unique = (found: ArticleEntity[]) => (found.length === 1 ? found[0] : undefined);
  const start = (tokens[m.from] as Token).start;
  // "the" just before the name, and the character before it, are all the test reads
  const afterThe = THE_BEFORE.test(sentence.slice(Math.max(0, start - 5), start));
  if (m.from !== m.to) {
    // "Ana Ruiz" after "President Ana Ruiz" is handled by the form map; "Tom Berg" after "Berg" is rare
    if (!afterThe) return twoWordSurnameOf(form, tokens, m, keys);
    // "the Board of Elections" after "the Marlow County Board of Elections": a body named again without
    // the place or the words that open its full name (a recount notice's board was two actors)
    const tail = ` ${form}`;
    return unique(entities.filter((e) => e.kind === 'organisation' && e.forms.some((f) => f.endsWith(tail))));
  }
  {
    const key = stripParticle(form);
    // a surname the tagger calls a person also claims a full name it mistyped ("Ana Ruiz" as a place);
    // a word of direction the tagger reads as no person's ends places' names, and stands alone for a
    // region ("North" of "Harwich and North Essex" had been taken for the "Blackpool North" of a list of
    // constituencies, read as a person's name; "West said" is still Kanye West's)
    const people =
      m.type !== 'PER' && makesRegion(form)
        ? []
        : keys
            .withSurname(key)
            .filter(
              (e) =>
                e.kind === 'person' || (m.type === 'PER' && e.entry === null && CAPITAL_FIRST.test(e.name)),
            );
    if (people.length > 0) return unique(people);
    // "Marquand said" after "Tomas Marquadn": a surname the tagger calls a person, of six letters or
    // more, that one earlier person's has with two letters after its first swapped (a source misspelt
    // it; a car-industry brief had the analyst twice)
    if (m.type === 'PER') {
      const swapped = swappedSurnameOf(key, keys);
      if (swapped) return swapped;
    }
  }
  if (ACRONYM.test(form)) {
    const found = entities.filter(
      (e) =>
        e.kind !== 'person' &&
        e.forms.some((f) => f.includes(' ') || f.includes('-')) &&
        e.forms.some((f) => keys.initialsOf(f) === form),
    );
    if (found.length > 0) return unique(found);
  }
  if (afterThe && form.length >= 3) {
    // "the Fed" (Federal Grain Board), "the Bank" (Bank of England): the start of the name's first word,
    // shorter than the word or of a name of three words or more; a body's by its kind so far or by its
    // last word ("the Harlan" after "the Harlan Webb Industrial Average", which the tagger read as a person's
    // until its "Average" settled it: "the Harlan" had been a place in a brief of market reports)
    const lower = form.toLowerCase();
    const opening = entities.filter((e) => {
      const words = e.name.split(/\s+/);
      const first = (words[0] as string).toLowerCase();
      return (
        (e.kind === 'organisation' || (e.entry === null && endsAsOrganisation(e.name))) &&
        first.startsWith(lower) &&
        (first.length > lower.length || words.length >= 3)
      );
    });
    if (opening.length > 0) return unique(opening);
    // "the Bill" after "the Data Retention Bill", "the Agreement" after "the Paris Agreement": a law's
    // or a treaty's last word with "the" is that law named again (the tagger read "the Bill" as a
    // person's, and it had joined "Bill Shorten" as his given name said alone)
    const laws = entities.filter((e) => e.entry === null && lastWord(e.name) === form && endsAsLaw(e.name));
    if (laws.length > 0) return unique(laws);
    // "the Commission" (European Commission), "the Journal" (Wall Street Journal): a body's head noun,
    // the last word of one earlier organisation's name, or its word before "of" ("the Board" of "Marlow
    // County Board of Elections")
    if (isOrganisationHead(form)) {
      const headOf = ` ${form} of `;
      return unique(
        entities.filter(
          (e) =>
            e.kind === 'organisation' &&
            e.name.includes(' ') &&
            (lastWord(e.name) === form || e.name.includes(headOf)),
        ),
      );
    }
  }
  return undefined;
}

/**
 * The one person of the article a surname of two words said alone stands for ("Ostrow Hale" after
 * "Miriam K. Ostrow Hale", "Díaz Vélez" after "Eustaquio Díaz Vélez"; a dietitian's "Kostro Miller" had
 * been a second person beside her full name): a person whose name a given name opens and ends with it.
 * Not a given name and a surname, a name of its own ("Scott LeDoux" had joined a run-on "Minnesotan
 * Scott LeDoux"), nor one the tagger read as a body's or a place's.
 */
function twoWordSurnameOf(
  form: string,
  tokens: readonly Token[],
  m: Mention,
  keys: NameKeys,
): ArticleEntity | undefined {
  if (
    m.to !== m.from + 1 ||
    m.type === 'ORG' ||
    m.type === 'LOC' ||
    isGivenName((tokens[m.from] as Token).text)
  )
    return undefined;
  const tail = ` ${form}`;
  const people = keys
    .withSurname(stripParticle(lastWord(form)))
    .filter(
      (e) =>
        e.kind === 'person' && e.name.endsWith(tail) && isGivenName(e.name.slice(0, e.name.indexOf(' '))),
    );
  return people.length === 1 ? people[0] : undefined;
}

/** "the " in any case just before a name, a word of its own. */
const THE_BEFORE = /\bthe\s$/i;

const PARENTHESIS = /^["”’]?\s*\(\s*([^()]{2,60}?)\s*\)/u;

/** One or two terms in quotes a filing defines ('"the Company"', '"Permai" or "the Company"'), without "the". */
const DEFINED_TERMS =
  /^["“](?:the\s+)?([^"“”]{2,40})["”](?:\s*(?:or|,)\s*["“](?:the\s+)?([^"“”]{2,40})["”])?$/u;

const KNOWN_AS =
  /^,?\s+(?:also\s+|better\s+|commonly\s+)?(?:known as|called)\s+["“]?(\p{Lu}[\p{L}\p{N}'’-]*(?:\s\p{Lu}[\p{L}\p{N}'’-]*){0,4})/u;

/**
 * The other name a text gives right after a name: "Kenya Defence Forces (KDF)",
 * "Mossos d'Esquadra, known as the Mossos". An acronym must spell letters of the name in order from a
 * word's start ("US Southern Command (SOUTHCOM)"), so "Nigeria (ISWAP)" is not an alias.
 * @param sentence the sentence
 * @param end where the name ends in it
 * @param name the name
 * @param governed whether a preposition stands before the name: then "known as", "called" name another
 */
export function definedAlias(sentence: string, end: number, name: string, governed: boolean): string | null {
  // a name ending the sentence has nothing after it: read past the end, `charCodeAt` gives NaN, and a
  // read out of bounds deoptimised the mention step each time a thread first met one (issue 17)
  if (end >= sentence.length) return null;
  // only "(", "," or a closing quote can start a definition
  const next = sentence.charCodeAt(end);
  if (next !== 32 && next !== 44 && next !== 40 && next !== 34 && next !== 0x201d && next !== 0x2019)
    return null;
  if (next === 32 && sentence.charCodeAt(end + 1) !== 40) return null;
  const after = sentence.slice(end, end + 80);
  const known = KNOWN_AS.exec(after)?.[1];
  // "a program at Aerovale, called Power8", "a village in the county of Lincolnshire, known as Asebi in
  // the Domesday Book": after a preposition the name is where the thing named stands, and the other
  // name is the thing's (2 of the 3 such names on GMB dev, WikiGold, c2000 and the read corpora)
  if (known) return governed ? null : known;
  let inner = PARENTHESIS.exec(after)?.[1];
  // a filing's defined terms in quotes: ("the Company"), ("Permai" or "the Company"), the last one
  const quoted = inner === undefined ? undefined : DEFINED_TERMS.exec(inner);
  if (quoted) inner = (quoted[2] ?? quoted[1]) as string;
  if (!inner || !CAPITAL_FIRST.test(inner) || /\d/.test(inner) || inner.split(/\s+/).length > 6) return null;
  // a lawmaker's party and state ("Mark Walker (R-N.C.)", "(D-Calif.)"): a label, no other name
  if (PARTY_LABEL.test(inner)) return null;
  if (ACRONYM_FORM.test(inner)) return spells(inner, name) || ownLanguageAcronym(inner, name) ? inner : null;
  return name.includes(' ') ? inner : null;
}

/**
 * Whether an acronym in brackets is a body's own, spelt in the body's language rather than in the
 * text's ("Varnish Farmers Party (PKV)", "Harbour Lands Agency (ATP)"): the name ends on a body's head
 * noun of `organisation-words.yaml` ("Party", "Agency") and the acronym opens with the initial of one
 * of its words. A place's name ("Ostrel (KLF)") is no body's, and an acronym that shares no initial
 * with the name names something else.
 */
function ownLanguageAcronym(acronym: string, name: string): boolean {
  if (!endsAsOrganisation(name)) return false;
  const first = acronym.charAt(0);
  return name.split(/[\s-]+/).some((w) => w.charAt(0) === first);
}

/** One capital and a hyphen opening a bracket: a party's letter before a state's ("R-N.C.", "D-Texas"). */
const PARTY_LABEL = /^\p{Lu}-/u;

/**
 * Whether an entity is only one short form the text has used so far (an acronym, a body's head noun),
 * with no full name or gazetteer entry of its own: one a later full name ("Joint Review Board
 * (JRB)", "the European Commission") may claim.
 */
export function isBareForm(entity: ArticleEntity, form: string): boolean {
  return entity.entry === null && entity.kind !== 'person' && entity.forms.every((f) => f === form);
}

/** An acronym as a text defines one after a name ("(JRB)", "(M&A)"). */
export const ACRONYM_FORM = /^[\p{Lu}&-]{2,10}$/u;

/** Whether the capitals of an acronym occur in order in a name, the first at a word's start. */
function spells(acronym: string, name: string): boolean {
  const lower = name.toLowerCase();
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  for (const m of lower.matchAll(/(?:^|[\s-])(\p{L})/gu)) {
    if (m[1] !== letters[0]) continue;
    let at = m.index + m[0].length;
    let ok = true;
    for (const c of letters.slice(1)) {
      const next = lower.indexOf(c, at);
      if (next < 0) {
        ok = false;
        break;
      }
      at = next + 1;
    }
    if (ok) return true;
  }
  return false;
}
