// A name a known place's name opens and a facility's word follows ("Varnholm Kestrel" of an airport),
// and a travel code of three capitals in brackets after a place's name ("Varnholm (VRH)"): places.
import type { Mention } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import type { EntityIndex } from './entity-index.js';
import type { EntityTally } from './entity-tally.js';
import { isGivenName } from './given-names.js';
import { endsAsOrganisation, isOrganisationHead, isTradeWord } from './organisation-words.js';
import { isPossessiveMark, type Token, tokenAt } from './tokenize-words.js';

/** A travel code as a text gives one in brackets: three capitals ("OVK" of an airport). */
const TRAVEL_CODE = /^\p{Lu}{3}$/u;
/**
 * Prepositions of where before a place-led name that say a facility, not a person ("slots at Oslo
 * Vandmark", "flights from Lima Torrenal"): not "to" ("according to", "spoke to"), nor "by".
 */
const WHERE = new Set(['at', 'from', 'via', 'into', 'near', 'through', 'in']);
/** A capitalised word of letters (not an acronym): a facility's own name after its city's ("Vandmark"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * Whether a word is a known place's or country's name alone ("Shanghai", "London", which the gazetteer
 * keys as the United Kingdom's capital) and no given name ("Jordan", "Paris" are both).
 */
function isPlaceWord(index: EntityIndex, word: string): boolean {
  if (isGivenName(word)) return false;
  const entry = index.lookup(word);
  if (entry === undefined) return false;
  const kind = index.entries[entry]?.kind;
  return kind === 'place' || kind === 'country';
}

/**
 * Whether the tokens right after token `to` are a travel code in brackets: "(", three capitals, ")".
 */
function codeAfter(tokens: readonly Token[], to: number): boolean {
  return (
    tokenAt(tokens, to + 1)?.text === '(' &&
    TRAVEL_CODE.test(tokenAt(tokens, to + 2)?.text ?? '') &&
    tokenAt(tokens, to + 3)?.text === ')'
  );
}

/**
 * The kind of a name of two words that a known place's name opens, read as a person's or a body's:
 * a place (a facility of the city, "Oslo Vandmark", which the tagger read as a person's first name and
 * surname; "Lima Torrenal"), when a travel code in brackets follows it ("Oslo Vandmark (OVK)") or
 * a preposition of where stands before it ("slots at Oslo Vandmark"): a person may be named so
 * ("said Wellington Chibebe", "Sixth-seeded Catalonia Cassation" of GMB), and a body may open with
 * its city ("Boston Scientific"). As a person's, only when the second word is no given name either;
 * never a name a body's or a trade's word ends ("London Transport", "Chile Airlines").
 * @param t the article's tally
 * @param tokens the sentence's tokens
 * @param m the mention, of a name no gazetteer knows
 * @returns `place`, or null
 */
export function placeLedKind(t: EntityTally, tokens: readonly Token[], m: Mention): ActorKind | null {
  if (m.entry !== null || m.to !== m.from + 1) return null;
  if (m.type === 'MISC') return null;
  if (!isPlaceLed(t.index, (tokens[m.from] as Token).text, (tokens[m.to] as Token).text)) return null;
  if (m.type === 'PER' && isGivenName((tokens[m.to] as Token).text)) return null;
  return codeAfter(tokens, m.to) || WHERE.has(tokenAt(tokens, m.from - 1)?.text ?? '') ? 'place' : null;
}

/**
 * Whether two words are a known place's name and a capitalised word that is no body's or trade's word
 * ("Oslo Vandmark"; not "Boston Consulting", "Dubai Holding", "Chile Airlines").
 */
function isPlaceLed(index: EntityIndex, first: string, second: string): boolean {
  return (
    NAME_WORD.test(second) &&
    !isOrganisationHead(second) &&
    !isTradeWord(second) &&
    !endsAsOrganisation(`${first} ${second}`) &&
    isPlaceWord(index, first)
  );
}

/**
 * The kind of a travel code of three capitals in brackets right after a place's name ("Perth
 * (PXQ)", "Oslo Vandmark (OVK)"): a place, the airport or station it codes, however else the text
 * writes it later ("new routes from PXQ"), where the tagger read a body. Only after a name that is a
 * place, or that a known place's name opens, in the same sentence (`t.last`), and not opening it: a
 * dateline's "WASHINGTON (CNN)" credits an outlet.
 * @param t the article's tally
 * @param r the sentence's index
 * @param tokens the sentence's tokens
 * @param m the mention, of one word
 * @returns `place`, or null
 */
export function travelCodeKind(
  t: EntityTally,
  r: number,
  tokens: readonly Token[],
  m: Mention,
): ActorKind | null {
  if (m.entry !== null || m.from !== m.to || !TRAVEL_CODE.test((tokens[m.from] as Token).text)) return null;
  if (tokenAt(tokens, m.from - 1)?.text !== '(' || tokenAt(tokens, m.to + 1)?.text !== ')') return null;
  const last = t.last;
  if (last === null || last.r !== r || last.to !== m.from - 2 || last.from === 0) return null;
  const { kind, name, entry } = last.entity;
  // "a British (ITV) interview": a people's adjective before the bracket names the country, no place
  // the code is of
  const written = tokens
    .slice(last.from, last.to + 1)
    .map((w) => w.text)
    .join(' ');
  if (entry !== null && written !== name) return null;
  // "the Ugandan Lord's Resistance Army (LRA)", of which the tagger read "Army" alone: the name before
  // the bracket must be whole, no capitalised word or possessive right before it
  const before = tokenAt(tokens, last.from - 1)?.text ?? '';
  if (/^\p{Lu}/u.test(before) || isPossessiveMark(before)) return null;
  if (kind === 'place' || kind === 'country') return 'place';
  const words = name.split(' ');
  return words.length === 2 && isPlaceLed(t.index, words[0] as string, words[1] as string) ? 'place' : null;
}
