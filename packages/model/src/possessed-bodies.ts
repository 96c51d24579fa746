// A body's name after a country's possessive ("Turkey's Foreign Ministry"): the body is that country's;
// after an organisation's ("the U.N.'s Food and Agriculture Organization"), the name with its owner is a form.
import type { ArticleEntity } from './article-entity.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import {
  endsAsOrganisation,
  isCountryBodyWord,
  isOrganisationHead,
  withoutLegalForm,
  withoutTrade,
} from './organisation-words.js';
import { namesCountry } from './read-mentions.js';
import { isPossessiveMark, type Token } from './tokenize-words.js';

/** A country that owns a body's name by its possessive, and the name said with it. */
export interface CountryOwner {
  /** The gazetteer's name of the country ("Türkiye" for "Turkey's"). */
  country: string;
  /** The body's name with its owner, as written: "Turkey's Foreign Ministry". */
  name: string;
}

/** A word that opens with a capital letter. */
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * The country whose possessive stands right before a body's name the tagger cut after it ("Turkey's" of
 * "Turkey's Foreign Ministry", "the United States' Supreme Court"), as a country's adjective before it
 * ("the Turkish Foreign Ministry") keys the body with its country: two countries' "Foreign Ministry" had
 * been one actor. Only a body's name any country may have (see {@link ofEveryCountry}), and not a country's
 * name inside a longer name ("Bank of America's Investment Committee").
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
): CountryOwner | null {
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
 * The entity a body's name after a country's possessive counts for, given the one its name alone found: that
 * one when it is the country's, or no country's yet (then it becomes the country's, named with its owner
 * when it had the bare name: "the Foreign Ministry", then "Pakistan's Foreign Ministry"); else the
 * article's body of that name of the same country, if any ("Pakistan's Foreign Ministry", "Turkey's
 * Foreign Ministry", "the Pakistani Foreign Ministry": two).
 * @param found the entity the name alone found, if any
 * @param owner the country that owns the name
 * @param key the name's key
 * @param entities the article's entities so far
 */
export function ownedBody(
  found: ArticleEntity | undefined,
  owner: CountryOwner,
  key: string,
  entities: readonly ArticleEntity[],
): ArticleEntity | undefined {
  if (!found || found.country === owner.country) return found;
  if (found.country === null && found.entry === null && found.kind !== 'person') {
    found.country = owner.country;
    if (nameKey(found.name) === key) found.name = owner.name;
    return found;
  }
  return bodyOfCountry(entities, owner.country, key);
}

/**
 * The article's entity of a country that has a form of the key ("Foreign Ministry" of Pakistan's), for a
 * body's name its own country names again after another country's ("the Pakistani Foreign Ministry" after
 * "Turkey's Foreign Ministry").
 * @param entities the article's entities so far
 * @param country the country's gazetteer name
 * @param key the name's key without its country
 */
export function bodyOfCountry(
  entities: readonly ArticleEntity[],
  country: string,
  key: string,
): ArticleEntity | undefined {
  for (const e of entities)
    if (e.country === country && e.entry === null && e.forms.some((f) => nameKey(f) === key)) return e;
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
