// A known place's name that the article uses for something else: a town of the same name, a capital
// naming a facility's city, the surname of a person it names in full, a word of a body's name.
import type { Mention } from './article-entity.js';
import { countryCapitals } from './country-entries.js';
import { SPOKE } from './english-cues.js';
import type { EntityTally } from './entity-tally.js';
import { PEOPLE_ADJECTIVE } from './name-shapes.js';
import { namesAFacility } from './place-words.js';
import type { Token } from './tokenize-words.js';

/**
 * Whether a known country's capital names a town apart from its country: the city of a facility
 * ("outside the Stockholm central station") or a capital the article places in a subdivision and whose
 * country it names no other way ("Athens, Georgia", then "Athens police said").
 * @param t the article's tally
 * @param tokens the sentence's tokens
 * @param m a mention of a known entry
 * @returns true when the mention is the town's
 */
export function namesCapitalAsTown(t: EntityTally, tokens: readonly Token[], m: Mention): boolean {
  const form = m.form as string;
  return (
    countryCapitals().has(form) &&
    (namesAFacility(tokens, m.to) || (t.placedCapitals.has(form) && !t.namedOtherwise.has(m.entry as number)))
  );
}

/**
 * Reads a known place's one-word name as the surname of a person the article names in full, where the
 * text says it is the person's: its entry is dropped, and its type is a person's when the place was a
 * country, a capital or another of a place's names. A capital's name that is a word of a body's name the
 * article names in full ("Penwick Douglas Corporation", then "the Douglas era") is that body's, where the
 * article names the capital's country no other way.
 * @param t the article's tally
 * @param tokens the sentence's tokens
 * @param m the mention, changed in place
 */
export function rereadAsSurname(t: EntityTally, tokens: readonly Token[], m: Mention): void {
  const { index } = t;
  const form = m.form as string;
  // "Lewis Hamilton won …", then "Hamilton said": a place's name alone before a verb of saying, the
  // surname of a person the article names in full, is that person (it had been Bermuda, by its capital)
  if (
    m.entry !== null &&
    m.from === m.to &&
    m.to + 1 < tokens.length &&
    SPOKE.has((tokens[m.to + 1] as Token).text) &&
    t.personSurnames.has(form) &&
    PLACE_KINDS.has(index.entries[m.entry]?.kind ?? '')
  ) {
    m.entry = null;
    m.type = 'PER';
  }
  // "Lynndie England", then "England": a state's name that is the surname of a person the article names
  // in full is read as it would be unknown (then joined to the person as a short form)
  if (m.entry !== null && m.from === m.to && t.personSurnames.has(form) && index.isSubdivision(form, m.entry))
    m.entry = null;
  // "Margaret Hamilton", then "Hamilton moved on": a capital's name that is the surname of a person the
  // article names in full, in an article that names the capital's country no other way, is that person
  // (it had been Bermuda's twelve mentions, and the person had two); so is another of a place's names
  // ("Thomas Mann", then "Mann won the prize": the Isle of Man, by a spelling the package lists), not
  // its people's adjective (a recipe's "Cuisine Italian", read as a person, is no Italian's name)
  if (
    m.entry !== null &&
    m.from === m.to &&
    t.personSurnames.has(form) &&
    !t.namedOtherwise.has(m.entry) &&
    (countryCapitals().has(form) ||
      (PLACE_KINDS.has(index.entries[m.entry]?.kind ?? '') && !PEOPLE_ADJECTIVE.test(form))) &&
    index.entries[m.entry]?.name !== form
  ) {
    m.entry = null;
    m.type = 'PER';
  }
  // "Tarrow Douglas jets", then "ending the Douglas era": a capital's name that is a word of a body's
  // name of two words or more the article names, in an article that names the capital's country no
  // other way, is that body's short form (it had been the Isle of Man, by its capital)
  if (
    m.entry !== null &&
    m.from === m.to &&
    t.firmWords.has(form) &&
    !t.namedOtherwise.has(m.entry) &&
    countryCapitals().has(form) &&
    index.entries[m.entry]?.name !== form
  ) {
    m.entry = null;
    m.type = 'ORG';
  }
}

/** The kinds of a known place's entry. */
const PLACE_KINDS = new Set(['country', 'place']);
