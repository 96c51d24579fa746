// A body's name after a country's possessive ("Turkey's Foreign Ministry"): the body is that country's;
// after another owner's the article names ("the Tarnby Party's Central Committee"), that owner's; after a
// known organisation's no owner keys ("the U.N.'s Food and Agriculture Organization"), the name with its
// owner is a form.
import type { ArticleEntity } from './article-entity.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import type { CountedMention } from './entity-tally.js';
import {
  endsAsOrganisation,
  isCountryBodyWord,
  isOrganisationHead,
  withoutLegalForm,
  withoutTrade,
} from './organisation-words.js';
import { namesCountry } from './read-mentions.js';
import { isPossessiveMark, type Token } from './tokenize-words.js';

/** The owner that keys a body's name by its possessive, and the name said with it. */
export interface BodyOwner {
  /** The gazetteer's name of the owning country ("Türkiye" for "Turkey's"), or null for another owner. */
  country: string | null;
  /** The name of an owner no country ({@link ArticleEntity.owner}: "Tarnby Party"), else unset. */
  owner?: string;
  /** The body's name with its owner, as written: "Turkey's Foreign Ministry". */
  name: string;
}

/** The kinds of an entity whose possessive keys a body: an organisation's, a place's (a country's apart). */
const OWNER_KINDS: ReadonlySet<string> = new Set(['organisation', 'armed-group', 'place']);

/** A word that opens with a capital letter. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * The country whose possessive stands right before a body's name the tagger cut after it ("Turkey's" of
 * "Turkey's Foreign Ministry", "the United States' Supreme Court"), as a country's adjective before it
 * ("the Turkish Foreign Ministry") keys the body with its country: two countries' "Foreign Ministry" had
 * been one actor. Only a body's name any country may have (see {@link ofEveryCountry}), and not a country's
 * name inside a longer name ("Union Trust of America's Investment Committee").
 * @param sentence the sentence's text
 * @param tokens its tokens
 * @param from the first token of the body's name
 * @param form the body's name
 * @param index the gazetteer
 */
export function countryOwner(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  form: string,
  index: EntityIndex,
): BodyOwner | null {
  if (from < 2 || !isPossessiveMark((tokens[from - 1] as Token).text) || !ofEveryCountry(form)) return null;
  for (const first of ownerStarts(tokens, from, 3)) {
    const words = ownerWords(sentence, tokens, first, from);
    if (!namesCountry(words, index)) continue;
    const before = first > 0 ? (tokens[first - 1] as Token).text : '';
    if (before === 'of' || before === '&' || (first > 1 && CAPITAL_FIRST.test(before))) return null;
    const entry = index.lookup(words);
    const country = entry === undefined ? undefined : index.entries[entry]?.name;
    if (country === undefined) return null;
    return {
      country,
      name: withOwner(sentence, tokens, first, from, form),
    };
  }
  return null;
}

/**
 * The owner, no country, whose possessive stands right before a body's name: the entity of the mention
 * counted just before, ending right before the possessive mark, when it is an organisation or a place
 * ("the Tarnby Party's Central Committee", "the Valdor Party's Central Committee": one actor "Central
 * Committee" of both had been made). The body is keyed with that owner's name, as {@link countryOwner}
 * keys a country's; a person's possessive keys nothing ("Moen's National Security Council": the body is
 * the office's), nor a country's the country rule left (a country inside a longer name). Only a body's
 * name any owner may have (see {@link ofEveryCountry}).
 * @param sentence the sentence's text
 * @param tokens its tokens
 * @param from the first token of the body's name
 * @param form the body's name
 * @param before the mention counted last in the sentence, if any
 */
export function namedOwner(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  form: string,
  before: CountedMention | null,
): BodyOwner | null {
  if (before === null || before.to !== from - 2 || !isPossessiveMark((tokens[from - 1] as Token).text))
    return null;
  const { entity, type } = before;
  if (type === 'PER' || !ofEveryCountry(form)) return null;
  // "The Tarnby Party's": the name as written starts after the article the tagger took in
  const first =
    before.from < before.to && (tokens[before.from] as Token).text === 'The' ? before.from + 1 : before.from;
  // a person's so far only by its first mention ("Tarnby Party picks a leader", a title, read as a
  // person's), when the tagger reads this one, the whole name, as a body's or a place's; not a person's
  // short form ("Moen's" of "Halvard Moen")
  const owns =
    entity.kind === 'person'
      ? entity.entry === null &&
        (type === 'ORG' || type === 'LOC') &&
        ownerWords(sentence, tokens, first, from) === entity.name
      : OWNER_KINDS.has(entity.kind);
  if (!owns) return null;
  return { country: null, owner: entity.name, name: withOwner(sentence, tokens, first, from, form) };
}

/**
 * Whether a name is a body's that any country may have: a body's word ends it ("Foreign Ministry",
 * "Supreme Court", "Labor Party") or its words before "of" ("Ministry of Fisheries"), not a company's
 * legal form nor its trade's noun ("Japan's Nissan Motor Company", one company whoever names it, whose
 * "Nissan" said alone had been left apart); of one word, a
 * body every country has (`countryBodies` in `data/organisation-words.yaml`: "Peru's Congress" and
 * "Ecuador's Congress" had been one "Congress").
 * @param form a name
 */
function ofEveryCountry(form: string): boolean {
  if (!form.includes(' ')) return isCountryBodyWord(form);
  // "Ministry of Fisheries": the body's word is the one before "of" (Chile's and Peru's had been one)
  const of = form.indexOf(' of ');
  const head = of > 0 ? form.slice(0, of) : form;
  const body = head.includes(' ') ? endsAsOrganisation(head) : isOrganisationHead(head);
  return body && withoutLegalForm(form) === null && withoutTrade(form) === null;
}

/**
 * The entity a body's name after an owner's possessive counts for, given the one its name alone found: that
 * one when it is the owner's, or no owner's yet (then it becomes the owner's, named with its owner when it
 * had the bare name: "the Foreign Ministry", then "Pakistan's Foreign Ministry"); else the article's body
 * of that name of the same owner, if any ("Pakistan's Foreign Ministry", "Turkey's Foreign Ministry", "the
 * Pakistani Foreign Ministry": two; "the Tarnby Party's" and "the Valdor Party's Central Committee": two).
 * @param found the entity the name alone found, if any
 * @param owner the country or the other owner that owns the name
 * @param key the name's key
 * @param entities the article's entities so far
 */
export function ownedBody(
  found: ArticleEntity | undefined,
  owner: BodyOwner,
  key: string,
  entities: readonly ArticleEntity[],
): ArticleEntity | undefined {
  if (!found || (found.country === owner.country && found.owner === owner.owner)) return found;
  if (!isOwned(found) && found.entry === null && found.kind !== 'person') {
    found.country = owner.country;
    if (owner.owner !== undefined) found.owner = owner.owner;
    if (nameKey(found.name) === key) found.name = owner.name;
    return found;
  }
  return bodyOfCountry(entities, owner.country, key, owner.owner);
}

/**
 * Whether a country or another owner keys an entity ({@link ArticleEntity.country},
 * {@link ArticleEntity.owner}).
 * @param e an entity
 */
export function isOwned(e: ArticleEntity): boolean {
  return e.country !== null || e.owner !== undefined;
}

/**
 * Whether two entities are keyed by one owner, or both by none.
 * @param a an entity
 * @param b another
 */
export function sameOwner(a: ArticleEntity, b: ArticleEntity): boolean {
  return a.country === b.country && a.owner === b.owner;
}

/**
 * The article's entity of a country (or another owner) that has a form of the key ("Foreign Ministry" of
 * Pakistan's), for a body's name its own owner names again after another's ("the Pakistani Foreign
 * Ministry" after "Turkey's Foreign Ministry").
 * @param entities the article's entities so far
 * @param country the country's gazetteer name, null for another owner
 * @param key the name's key without its owner
 * @param owner the other owner's name ({@link ArticleEntity.owner}), unset for a country's
 */
export function bodyOfCountry(
  entities: readonly ArticleEntity[],
  country: string | null,
  key: string,
  owner?: string,
): ArticleEntity | undefined {
  for (const e of entities)
    if (
      e.country === country &&
      e.owner === owner &&
      e.entry === null &&
      e.forms.some((f) => nameKey(f) === key)
    )
      return e;
  return undefined;
}

/**
 * The body's name with the organisation whose possessive stands right before it ("U.N.'s Food and
 * Agriculture Organization", "African Union's Peace and Security Council"): a form of the body, as news
 * names it so (it keys nothing: an organisation's organs are no country's, and one organ's name is
 * seldom another's). The owner is a name of up to four capitalised words the gazetteer reads as an
 * organisation ("U.N.", "African Union", "AU"), not "The"; the body's name ends in a body's word (see
 * {@link endsAsOrganisation}: not "the African Union's Kelby Declaration").
 * @param sentence the sentence's text
 * @param tokens its tokens
 * @param from the first token of the body's name
 * @param form the body's name
 * @param index the gazetteer
 */
export function organisationOwned(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  form: string,
  index: EntityIndex,
): string | null {
  if (from < 2 || !isPossessiveMark((tokens[from - 1] as Token).text) || !endsAsOrganisation(form))
    return null;
  for (const first of ownerStarts(tokens, from, 4)) {
    const entry = index.lookup(ownerWords(sentence, tokens, first, from));
    if (entry === undefined || index.entries[entry]?.kind !== 'organisation') continue;
    return withOwner(sentence, tokens, first, from, form);
  }
  return null;
}

/**
 * Where an owner before a possessive may start, its longest reading first: each of the `most` tokens
 * before the possessive mark that opens with a capital, not "The" ("the United States'", "The United
 * States'": the gazetteer reads the name without its article, so the owner starts after it).
 * @param tokens the sentence's tokens
 * @param from the first token of the body's name (the possessive mark right before it)
 * @param most how many words an owner may have
 */
function* ownerStarts(tokens: readonly Token[], from: number, most: number): Generator<number> {
  for (let n = Math.min(most, from - 1); n >= 1; n--) {
    const first = from - 1 - n;
    const opening = (tokens[first] as Token).text;
    if (CAPITAL_FIRST.test(opening) && opening !== 'The') yield first;
  }
}

/** The owner's words, from its first token to the one before the possessive mark ("United States"). */
function ownerWords(sentence: string, tokens: readonly Token[], first: number, from: number): string {
  return sentence.slice((tokens[first] as Token).start, (tokens[from - 2] as Token).end);
}

/** The body's name with its owner and the possessive mark, as written: "Turkey's Foreign Ministry". */
function withOwner(
  sentence: string,
  tokens: readonly Token[],
  first: number,
  from: number,
  form: string,
): string {
  return `${sentence.slice((tokens[first] as Token).start, (tokens[from - 1] as Token).end)} ${form}`;
}
