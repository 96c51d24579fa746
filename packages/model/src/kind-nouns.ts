import { z } from 'zod';
import type { ActorKind } from './briefing.js';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { isMarketMove } from './market-colour.js';
import { endsStreetAtAddress } from './place-words.js';
import { isPossessiveMark, possessiveAfter, type Token, tokenAt } from './tokenize-words.js';

const KindNouns = z.object({
  organisation: LowerWords,
  place: LowerWords,
  person: LowerWords,
  other: LowerWords,
  /** The nouns that say a name is a place right after it ("southern Helmand province"). */
  placeAfter: LowerWords,
  /** The nouns that say a name is a thing's right after it ("the Kaimora phenomenon"), and the words between. */
  thingAfter: LowerWords,
  thingAfterModifiers: LowerWords,
  /** The nouns that, capitalised at a sentence's start before a name, are no part of it ("Manufacturer Bionova"). */
  opening: LowerWords,
  /** The nouns of a company's deals and stock before "of" and company names ("the merger of Asda and …"). */
  ofOrganisation: LowerWords,
  /** The nouns of a company's stock before "in" and a company's name ("a 25 percent stake in …"). */
  inOrganisation: LowerWords,
  employedBy: LowerWords,
  modifiedAfter: z.object({ organisation: LowerWords, other: LowerWords }),
  /** The plurals of things' kinds before "like" or "such as" and names of things ("platforms like Spotify"). */
  thingsLike: LowerWords,
  /** The verbs of fighting whose object is a body ("to combat Vexa"). */
  fought: LowerWords,
  /** The verbs of setting up a program whose object is a program's or a file's ("install Windows"). */
  installed: LowerWords,
  /** The words before "on" whose object is a service, no place ("streaming on Spotify"). */
  onPlatform: LowerWords,
  /** The verbs before "in" whose object is a programming language, no place ("written in Rust"). */
  inCode: LowerWords,
  /** The verbs of telling whose object is a person or an outlet, no place ("tells Axios"). */
  told: LowerWords,
  /** The words before "to" whose object is a source, a person or an outlet, no place ("according to Axios"). */
  toldBy: LowerWords,
  /** The words of selling before "to" whose object is a buyer, no place ("sold to Quorvia"). */
  soldTo: LowerWords,
  /** The verbs of selling and buying whose object is a firm or its brand, no place ("sell Kestrel"). */
  dealtIn: LowerWords,
  /** The nouns after a trade's word for a big firm ("oil giant"), and those trade words. */
  giants: LowerWords,
  giantTrades: LowerWords,
  /** The nouns of kin whose possessive name is a person's ("Halvard's sister"). */
  kin: LowerWords,
  /** The nouns that say the name before them is a market's index ("the Nikkei index"), and the words between. */
  index: LowerWords,
  /** The nouns that say a name is a market's index only ending it ("Harlan Webb Industrial Average"). */
  indexEnd: LowerWords,
  indexBefore: LowerWords,
  editionEnd: LowerWords,
  modelNouns: LowerWords,
  planNouns: LowerWords,
  namingVerbs: LowerWords,
  launchAdjectives: LowerWords,
  launchAdverbs: LowerWords,
  /** The stock exchanges whose name and a colon stand before a ticker ("NYSE: VLD"), as written. */
  tickerExchanges: z.array(z.string().min(1)),
});
/** Words that may follow the noun that ends an apposition ("a stationery company with ..."). */
const AFTER_APPOSITION = new Set([
  ',',
  '.',
  ';',
  ')',
  'that',
  'which',
  'whose',
  'with',
  'based',
  'from',
  'in',
  'of',
  'owned',
  'founded',
  'and',
  // "The Salt Road", a drama about a family of salt harvesters
  'about',
]);
/** Double quotation marks around a title (not "'", which also ends a possessive). */
const QUOTES = new Set(['"', '“', '”', '«', '»']);
/** Articles that open a title inside its quotation marks ("The Salt Road"), which the tagger leaves out. */
const TITLE_ARTICLES = new Set(['The', 'A', 'An']);
/** Words that end a noun phrase before its noun would come ("the namesake for both the college"). */
const NOT_A_MODIFIER = new Set([
  'a',
  'an',
  'the',
  'for',
  'to',
  'by',
  'on',
  'at',
  'as',
  'or',
  'but',
  'is',
  'was',
]);
/**
 * Words after which a word of the nouns' list is an adjective ("but firm", "very novel"): a noun phrase
 * does not go on after them. Not "and" ("singer and songwriter Ana Ruiz": GMB train's 10 such names are
 * all of the noun's kind); none of these stands before a noun right before a name in GMB or WikiGold.
 */
const ADJECTIVE_BEFORE = new Set([
  'but',
  'yet',
  'very',
  'so',
  'too',
  'quite',
  'rather',
  'less',
  'most',
  'extremely',
  'remarkably',
]);
/** Words an apposition may hold between its article and its noun ("an Australian media company"). */
const APPOSITION_WORDS = 4;

/**
 * The kind a noun of `data/kind-nouns.yaml` says a name is ("bank" → organisation, "village" → place).
 * @param word a word, in any case
 * @returns the kind, or null when the word is none of the nouns
 * @throws ZodError when the data file does not have its schema
 */
export function nounKind(word: string): ActorKind | null {
  const { kinds } = kindNouns();
  return kinds.get(word.toLowerCase()) ?? null;
}

/**
 * The kind the words around a name say it is, by a noun of `data/kind-nouns.yaml`: right before it
 * ("the airline Norvair"), right after it for a place's unit or feature ("southern Helmand province"),
 * before it and "of" for a place ("the town of Aisby"), or ending an
 * apposition after it ("Staedtler, a stationery company", "Aisby, a village in Lincolnshire") or a
 * description after "is" or "was" ("Boultham is a suburb of Lincoln"; not for a person).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 * @param after whether a place's unit right after the name counts ("Helmand province"; not for a name
 *   the tagger gave no kind: "the English county of" is a language's or a people's)
 * @returns `organisation`, `place`, `person`, `other` (an index, a work), or null when no noun says
 * @throws ZodError when the data file does not have its schema
 */
export function kindNamed(
  tokens: readonly Token[],
  from: number,
  to: number,
  after = true,
): ActorKind | null {
  const { kinds, kin, placeAfter, inOrganisation, employedBy } = kindNouns();
  // 'the film "Night Ferry"', '"The Salt Road", a drama about': a title's quotation marks (and its
  // article) stand between the name and the noun
  if (QUOTES.has(tokenAt(tokens, to + 1)?.text ?? '')) {
    const opened = TITLE_ARTICLES.has(tokenAt(tokens, from - 1)?.text ?? '') ? from - 2 : from - 1;
    if (QUOTES.has(tokenAt(tokens, opened)?.text ?? '')) {
      from = opened;
      to += 1;
    }
  }
  const before = tokenAt(tokens, from - 1)?.text;
  // "the soft-spoken but firm Lindqvist", "a very novel Aldren design": a noun that is also an adjective,
  // after a degree word or "but", describes the name and says no kind
  const kind =
    before === undefined || ADJECTIVE_BEFORE.has(tokenAt(tokens, from - 2)?.text ?? '')
      ? undefined
      : kinds.get(before);
  if (kind) return kind;
  // "Okoro and his wife Marit", "their son Tobin": kin before a name names a person
  if (before !== undefined && kin.has(before)) return 'person';
  // "the auto companies Sorano, Nissan and Honda", "the airlines Norvair and EasyJet": a noun's plural
  // before a list of names says each one's kind
  const listed = listNounKind(tokens, from, to);
  if (listed) return listed;
  // "Manufacturer Bionova said": the noun capitalised as a sentence's first word
  if (before !== undefined && isOpeningNoun(tokens, from - 1)) return kinds.get(before.toLowerCase()) ?? null;
  // "southern Helmand province", "the Darfur region": the name of the province, or of the place it is in
  if (after && placeAfter.has(tokenAt(tokens, to + 1)?.text ?? '')) return 'place';
  // "the Niña Grande weather pattern", "the Kaimora phenomenon": a natural pattern's or process's name
  if (namesAPattern(tokens, to)) return 'other';
  if (before === 'of' && kinds.get(tokenAt(tokens, from - 2)?.text ?? '') === 'place') return 'place';
  if ((before === 'of' || before === 'and') && dealNounBefore(tokens, from)) return 'organisation';
  // "a 25 percent share in Aer Corran": of a name of two words or more, which "in" would make a place (a
  // word alone is left to its other mentions: "shares in Nuvista" beside "Nuvista Microsystems")
  if (before === 'in' && to > from && inOrganisation.has(tokenAt(tokens, from - 2)?.text ?? ''))
    return 'organisation';
  // "a market analyst from Pellford", "strategist for Dunmore Kale": a market trade's employer
  if (
    before !== undefined &&
    EMPLOYER_LINKS.has(before) &&
    employedBy.has(tokenAt(tokens, from - 2)?.text ?? '')
  )
    return 'organisation';
  // "220 Mill Street", "on Mill Street": a street's address or where something stands on it (the tagger
  // read "Mill Street" as a person; "street" makes no place alone: "Wall Street", "Downing Street")
  if (
    to > from &&
    endsStreetAtAddress((tokens[to] as Token).text) &&
    (before === 'on' || HOUSE_NUMBER.test(before ?? ''))
  )
    return 'place';
  const link = tokenAt(tokens, to + 1)?.text;
  // "Henrik, age 10", "Joe L., age 9", "Maria Lopez, aged 34": a name given an age is a person's (a
  // surname's initial may stand between)
  const aged = INITIAL.test(link ?? '') && tokenAt(tokens, to + 2)?.text === '.' ? to + 3 : to + 1;
  if (
    tokenAt(tokens, aged)?.text === ',' &&
    AGE.has(tokenAt(tokens, aged + 1)?.text ?? '') &&
    NUMBER.test(tokenAt(tokens, aged + 2)?.text ?? '')
  )
    return 'person';
  if (link !== ',' && link !== 'is' && link !== 'was') return null;
  const article = tokenAt(tokens, to + 2)?.text;
  if (article === 'one' && tokenAt(tokens, to + 3)?.text === 'of') return oneOfKind(tokens, to + 4, link);
  if (article !== 'a' && article !== 'an' && article !== 'the') return null;
  for (let i = to + 3; i <= to + 3 + APPOSITION_WORDS && i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    const named = kinds.get(word);
    // "Danvers, Massachusetts is an American rapper": a person's description after "is" may be of a
    // name before the place
    if (named === 'person' && link !== ',') return null;
    if (named) return endsApposition(tokenAt(tokens, i + 1)?.text ?? '.', article) ? named : null;
    if (AFTER_APPOSITION.has(word) || NOT_A_MODIFIER.has(word)) return null;
  }
  return null;
}

/**
 * Whether the words right after a name say it is a natural pattern's or process's, no actor's: a noun
 * of `thingAfter`, up to one word of `thingAfterModifiers` before it ("the Niña Grande weather pattern",
 * "the Kaimora phenomenon", "the Selvik ocean current").
 * @param tokens the sentence's tokens
 * @param to the name's last token
 */
function namesAPattern(tokens: readonly Token[], to: number): boolean {
  const { thingAfter, thingAfterModifiers } = kindNouns();
  const next = tokenAt(tokens, to + 1)?.text ?? '';
  if (thingAfter.has(next)) return true;
  return thingAfterModifiers.has(next) && thingAfter.has(tokenAt(tokens, to + 2)?.text ?? '');
}

/** Words an apposition "one of …" may hold before its plural ("one of four century-old wooden schooners"). */
const ONE_OF_WORDS = 6;

/**
 * The kind the plural noun of an apposition "one of …" after a name says it is ("the Kestrel, one of
 * four wooden schooners still fishing", "Bionova, one of the country's largest drugmakers"): a fisheries
 * page's schooner, so described, had been a place. Not a person's after "is" or "was", as for "a …".
 * @param tokens the sentence's tokens
 * @param from the first token after "one of"
 * @param link the word between the name and "one of": a comma, "is" or "was"
 */
function oneOfKind(tokens: readonly Token[], from: number, link: string): ActorKind | null {
  for (let i = from; i < from + ONE_OF_WORDS && i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    const named = pluralKind(word);
    if (named === 'person' && link !== ',') return null;
    if (named)
      return endsApposition(tokenAt(tokens, i + 1)?.text ?? '.', 'a') ||
        /^\p{Ll}/u.test(tokenAt(tokens, i + 1)?.text ?? '')
        ? named
        : null;
    if (AFTER_APPOSITION.has(word) || (NOT_A_MODIFIER.has(word) && !(i === from && word === 'the')))
      return null;
  }
  return null;
}

/** The words that give a name's age after a comma ("Henrik, age 10"). */
const AGE = new Set(['age', 'aged', 'Age', 'Aged']);
const NUMBER = /^\d{1,3}$/;
const INITIAL = /^\p{Lu}$/u;

/** How many tokens back from a name a list's plural noun may stand ("companies A, B, C and D"). */
const LIST_REACH = 16;

/**
 * The kind the plural of a noun of `data/kind-nouns.yaml` says a name is when it opens a list the name
 * is in: "companies" of "the auto companies Sorano, Nissan and Honda" for each of the three. Back from
 * the name over the list's names and their commas or "and", to the noun; the name right after a comma
 * or "and", or after the noun, or after the noun and "like" or "such as" ("groups like Indivisible";
 * there a plural of `thingsLike` says a thing: "platforms like Spotify").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 */
function listNounKind(tokens: readonly Token[], from: number, to: number): ActorKind | null {
  const { thingsLike } = kindNouns();
  let at = from - 1;
  const joins = (t: string | undefined) => t === ',' || t === 'and';
  if (joins(tokenAt(tokens, at)?.text)) {
    while (at >= 0 && from - at <= LIST_REACH) {
      const t = (tokens[at] as Token).text;
      if (!joins(t) && !CAPITAL_FIRST.test(t)) break;
      at--;
    }
    // the list's first name stands right after the noun
    if (!CAPITAL_FIRST.test(tokenAt(tokens, at + 1)?.text ?? '')) return null;
  }
  // "streaming platforms like Spotify", "groups, such as Indivisible": "like" or "such as" (and a comma)
  // between the noun and the list; not a name's possessive, whose kind is the thing's after it
  // ("organizations like Abu Musab al-Zarqawi's al-Qaeda" of GMB train had made him a body)
  const like = isPossessiveMark(tokenAt(tokens, to + 1)?.text ?? '') ? 0 : likeWords(tokens, at);
  at -= like;
  const word = tokenAt(tokens, at)?.text;
  if (word === undefined) return null;
  if (like === 0) return pluralKind(word);
  // not one of two kinds' nouns ("bands and artists such as Justin Timberlake, Gwen Stefani, Linkin
  // Park" of WikiGold had made the band a person)
  const join = tokenAt(tokens, at - 1)?.text;
  if (join === 'and' || join === 'or') return null;
  return thingsLike.has(word) ? 'other' : pluralKind(word);
}

/**
 * How many tokens "like" or "such as", and a comma before them, take up back from token `at`: 0 when
 * token `at` ends neither.
 * @param tokens the sentence's tokens
 * @param at the token the words would end on
 */
function likeWords(tokens: readonly Token[], at: number): number {
  const word = tokenAt(tokens, at)?.text;
  const n = word === 'like' ? 1 : word === 'as' && tokenAt(tokens, at - 1)?.text === 'such' ? 2 : 0;
  return n > 0 && tokenAt(tokens, at - n)?.text === ',' ? n + 1 : n;
}

/** The kind a plural of a noun of `data/kind-nouns.yaml` says ("companies", "airlines", "cities"), or null. */
function pluralKind(word: string): ActorKind | null {
  if (word.length < 4 || !word.endsWith('s')) return null;
  const n = kindNouns().kinds;
  if (word.endsWith('ies')) return n.get(`${word.slice(0, -3)}y`) ?? null;
  return n.get(word.slice(0, -1)) ?? (word.endsWith('es') ? (n.get(word.slice(0, -2)) ?? null) : null);
}

/**
 * Whether a noun of a company's deals or stock (`ofOrganisation` of `data/kind-nouns.yaml`) and "of" stand
 * before the name at `from`, or before one name and "and" before it ("the merger of Sainsbury's and Asda").
 * @param tokens the sentence's tokens
 * @param from the name's first token, after "of" or "and"
 */
function dealNounBefore(tokens: readonly Token[], from: number): boolean {
  const { ofOrganisation } = kindNouns();
  let of = from - 1;
  if (tokenAt(tokens, of)?.text === 'and') {
    // back over the first name and its possessive
    of--;
    while (
      of >= 0 &&
      (CAPITAL_FIRST.test((tokens[of] as Token).text) || isPossessiveMark((tokens[of] as Token).text))
    )
      of--;
    if (of === from - 2) return false;
  }
  return tokenAt(tokens, of)?.text === 'of' && ofOrganisation.has(tokenAt(tokens, of - 1)?.text ?? '');
}
/** The words between a market trade's noun and its employer ("analyst at", "strategist for"). */
const EMPLOYER_LINKS = new Set(['at', 'from', 'for', 'with']);
/** A house's number in an address ("220", "14b"). */
const HOUSE_NUMBER = /^\d{1,4}[a-z]?$/;

/**
 * Whether a word may follow an apposition's noun: a listed word, or after "a" or "an" a participle ("a
 * cleaning company contracted to", "a firm headquartered in"; "-ing" words were measured too and found
 * nothing more). Not after "the": "According to vice president John Smith, the firm wanted to …" opens
 * a clause, and its verb looks the same.
 * @param word the word after the noun
 * @param article the apposition's first word
 */
function endsApposition(word: string, article: string): boolean {
  return AFTER_APPOSITION.has(word) || (article !== 'the' && /^\p{Ll}{3,}ed$/u.test(word));
}

/**
 * Whether a verb of fighting (`fought` of `data/kind-nouns.yaml`) stands right before token `at`, or
 * before "the" and it: "to combat Vexa", "fighting the Taliban". Its object, a name of one word no
 * gazetteer knows, is a body's or an armed group's.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsFightingVerb(tokens: readonly Token[], at: number): boolean {
  const { fought } = kindNouns();
  const verb = verbBeforeObject(tokens, at);
  return verb !== undefined && fought.has(verb);
}

/** The word before a verb's object at token `at`, past a "the" before it ("fighting the Taliban"). */
function verbBeforeObject(tokens: readonly Token[], at: number): string | undefined {
  const before = at > 0 && (tokens[at - 1] as Token).text === 'the' ? at - 2 : at - 1;
  return before >= 0 ? (tokens[before] as Token).text : undefined;
}

/**
 * Whether a verb of telling (`told` of `data/kind-nouns.yaml`) stands right before token `at`, or before
 * "the" and it: "he tells Axios", "told the Courier". Its object, a name of one word no gazetteer knows,
 * is who was told, a person or an outlet, and no place.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsTellingVerb(tokens: readonly Token[], at: number): boolean {
  const { told } = kindNouns();
  const verb = verbBeforeObject(tokens, at);
  return verb !== undefined && told.has(verb);
}

/**
 * Whether a word of giving a source (`toldBy` of `data/kind-nouns.yaml`) and "to" stand right before
 * token `at`, or before "the" and it: "according to Healthline", "according to the Courier". Its object,
 * a name of one word no gazetteer knows, is a source, a person or an outlet, and no place.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsSourceWord(tokens: readonly Token[], at: number): boolean {
  const { toldBy } = kindNouns();
  return wordBeforeTo(tokens, at, toldBy);
}

/**
 * Whether a word of selling (`soldTo` of `data/kind-nouns.yaml`) and "to" stand right before token `at`,
 * or before "the" and it: "its sale to Quorvia", "sold to the Halvard". Its object, a name of one word no
 * gazetteer knows, is a buyer, a firm, and no place.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsSaleWord(tokens: readonly Token[], at: number): boolean {
  const { soldTo } = kindNouns();
  return wordBeforeTo(tokens, at, soldTo);
}

/**
 * Whether a verb of selling or buying (`dealtIn` of `data/kind-nouns.yaml`) stands right before token
 * `at`, or before "the" and it: "sell Kestrel", "acquired the Halvard". Its object, a name of one word no
 * gazetteer knows, is a firm or its brand, and no place.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsDealVerb(tokens: readonly Token[], at: number): boolean {
  const { dealtIn } = kindNouns();
  const verb = verbBeforeObject(tokens, at);
  return verb !== undefined && dealtIn.has(verb);
}

/**
 * Whether a noun of a holding in a company (`inOrganisation` of `data/kind-nouns.yaml`) and "of" or "in"
 * stand right before token `at`: "Shares of Norvale fell", "a stake in Norvale". The name alone there is
 * the company's short form when the article names a company so in full ("Norvale Logistics"), however
 * the tagger read it.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsHoldingNoun(tokens: readonly Token[], at: number): boolean {
  const { inOrganisation } = kindNouns();
  const link = tokenAt(tokens, at - 1)?.text;
  if (link !== 'of' && link !== 'in') return false;
  return inOrganisation.has((tokenAt(tokens, at - 2)?.text ?? '').toLowerCase());
}

/** Whether a word of `words` and "to" stand right before token `at`, or before "the" and it. */
function wordBeforeTo(tokens: readonly Token[], at: number, words: ReadonlySet<string>): boolean {
  if (verbBeforeObject(tokens, at) !== 'to') return false;
  const to = (tokens[at - 1] as Token).text === 'the' ? at - 2 : at - 1;
  const before = tokenAt(tokens, to - 1)?.text;
  return before !== undefined && words.has(before.toLowerCase());
}

/**
 * Whether a trade's word and a noun of a big firm (`giantTrades` and `giants` of `data/kind-nouns.yaml`)
 * stand right before token `at`: "auto parts giant Torvane", "the oil giant Brandt". Its name, of one
 * word no gazetteer knows, is a firm's, whatever the tagger read; "the jazz giant Marrow" is left.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsTradeGiant(tokens: readonly Token[], at: number): boolean {
  const { giants, giantTrades } = kindNouns();
  if (!giants.has(tokenAt(tokens, at - 1)?.text ?? '')) return false;
  return giantTrades.has(tokenAt(tokens, at - 2)?.text ?? '');
}

/**
 * Whether a noun of kin (`kin` of `data/kind-nouns.yaml`) follows the name ending at token `to` and its
 * possessive: "Halvard's sister", "Ruiz' widow". Only a person has kin: the name is a person's, however
 * the tagger read it.
 * @param tokens the sentence's tokens
 * @param to the name's last token
 * @throws ZodError when the data file does not have its schema
 */
export function hasKinAfter(tokens: readonly Token[], to: number): boolean {
  const { kin } = kindNouns();
  const mark = tokenAt(tokens, to + 1)?.text;
  if (mark !== "'s" && mark !== '’s' && mark !== "'" && mark !== '’') return false;
  return kin.has(tokenAt(tokens, to + 2)?.text ?? '');
}

/**
 * Whether a verb of setting up a program (`installed` of `data/kind-nouns.yaml`), in any case, stands
 * right before token `at`, or before "the" and it: "install Windows", "Download Tessel", "downloading
 * the Pipfile". Its object, a name of one word no gazetteer knows, is a program's or a file's.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsInstallVerb(tokens: readonly Token[], at: number): boolean {
  const { installed } = kindNouns();
  const verb = verbBeforeObject(tokens, at);
  return verb !== undefined && installed.has(verb.toLowerCase());
}

/**
 * Whether a word of `onPlatform` in `data/kind-nouns.yaml`, in any case, and "on" stand right before
 * token `at` ("streaming on Spotify", "posted on Instagram", "listen on Deezer"), or a word of `inCode`
 * and "in" ("written in Rust", "coded in Python"). The name, of one word no gazetteer knows, is where a
 * thing is published or played, a service or a program, or the language a program is written in: no
 * place.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @throws ZodError when the data file does not have its schema
 */
export function followsMediumVerb(tokens: readonly Token[], at: number): boolean {
  const { onPlatform, inCode } = kindNouns();
  if (at < 2) return false;
  const preposition = (tokens[at - 1] as Token).text;
  const words = preposition === 'on' ? onPlatform : preposition === 'in' ? inCode : undefined;
  return words?.has((tokens[at - 2] as Token).text.toLowerCase()) === true;
}

/**
 * Whether a word, in any case, is a unit of a country or a natural feature a name before it names
 * ("State" of "Kano State", "province"): `placeAfter` of `data/kind-nouns.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isPlaceUnit(word: string): boolean {
  const { placeAfter } = kindNouns();
  return placeAfter.has(word.toLowerCase());
}

/**
 * Whether token `at` is a noun of `opening` in `data/kind-nouns.yaml` written as a sentence's first
 * word (after any opening quotes or brackets) before a capitalised word: "Manufacturer" of
 * "Manufacturer Bionova said", which says what the name after it is and is no part of it.
 * @param tokens the sentence's tokens
 * @param at the token
 * @throws ZodError when the data file does not have its schema
 */
export function isOpeningNoun(tokens: readonly Token[], at: number): boolean {
  const { opening } = kindNouns();
  const word = tokenAt(tokens, at)?.text;
  const next = tokenAt(tokens, at + 1)?.text;
  if (word === undefined || next === undefined || !CAPITAL_FIRST.test(word) || !CAPITAL_FIRST.test(next))
    return false;
  if (!opening.has(word.toLowerCase())) return false;
  for (let i = 0; i < at; i++) if (WORD_FIRST.test((tokens[i] as Token).text)) return false;
  return true;
}
/**
 * The kind a noun right after a one-word name says the name is when it modifies it as a company's or a
 * thing's, never a person's surname's ("Brent crude": `other`; "Leerink analyst": `organisation`), by
 * `modifiedAfter` of `data/kind-nouns.yaml`.
 * @param tokens the sentence's tokens
 * @param at the name's token
 * @returns the kind, or null when the next word is no such noun
 * @throws ZodError when the data file does not have its schema
 */
export function kindModified(tokens: readonly Token[], at: number): ActorKind | null {
  const next = tokenAt(tokens, at + 1)?.text;
  if (next === undefined) return null;
  const c = next.charCodeAt(0);
  if (c < 97 || c > 122) return null;
  const { modified } = kindNouns();
  return modified.get(next) ?? null;
}

/**
 * Whether the words after a name say it is a market's index (`index` of `data/kind-nouns.yaml`): the
 * noun right after it, after a figure ("the NRX 100 index", "Kanto 225 indexes"; after a possessive too:
 * "the Lindqvist & Moreau's 400 index") or after words of a
 * market (`indexBefore`: "the Nikkei stock index", "the Norvale composite index"); or a figure and a move of
 * a market right after it ("the Orvan 300 fell", `moves` of `data/market-words.yaml`).
 * @param tokens the sentence's tokens
 * @param to the name's last token
 * @throws ZodError when the data file does not have its schema
 */
export function namesAnIndex(tokens: readonly Token[], to: number): boolean {
  const { indexEnd, index, indexBefore } = kindNouns();
  let at = to + 1;
  // "the Lindqvist & Moreau's 400 index": a maker's possessive, then the figure its index is named by
  if (possessiveAfter(tokens, to) && FIGURE.test(tokenAt(tokens, to + 2)?.text ?? '')) at++;
  if (FIGURE.test(tokenAt(tokens, at)?.text ?? '')) {
    at++;
    // "the Orvan 300 fell 2 percent": a name and its figure that move as a market does are an index's
    // (a markets brief had listed one as its second main actor); a model's figure seldom "fell" or "closed"
    if (at === to + 2 && isMarketMove(tokenAt(tokens, at)?.text ?? '')) return true;
    // "the VLX 40 was up nearly 30 points": the same after a form of "be" or "have", with a figure
    // within three words of the move (a markets cluster brief had listed such an index as a body)
    if (at === to + 2 && movesByFigure(tokens, at)) return true;
  }
  // "the Kovar average losing 212 points": an index's end word ("average") right after a one-word name,
  // then a market's move (a car-industry cluster brief had such an index as a place); an end word alone
  // is no index's ("the Hornets average attendance")
  if (
    at === to + 1 &&
    indexEnd.has(tokenAt(tokens, at)?.text ?? '') &&
    isMarketMove(tokenAt(tokens, at + 1)?.text ?? '')
  )
    return true;
  for (let n = 0; n < MAX_INDEX_WORDS; n++) {
    const word = tokenAt(tokens, at)?.text;
    if (word === undefined) return false;
    if (index.has(word.toLowerCase())) return true;
    if (!indexBefore.has(word)) return false;
    at++;
  }
  return false;
}
/**
 * Whether a form of "be" or "have" at token `at` is followed by a market's move and, within three words
 * of it, a figure: "was up nearly 30 points", "has fallen 2 percent".
 */
function movesByFigure(tokens: readonly Token[], at: number): boolean {
  if (!AUXILIARY.test(tokenAt(tokens, at)?.text ?? '')) return false;
  if (!isMarketMove(tokenAt(tokens, at + 1)?.text ?? '')) return false;
  for (let i = at + 2; i <= at + 4; i++) if (/^\d/.test(tokenAt(tokens, i)?.text ?? '')) return true;
  return false;
}
/** The forms of "be" and "have" that stand between an index's name and its move ("was up", "has fallen"). */
const AUXILIARY = /^(?:is|was|were|are|has|had|have)$/;
/** A figure after an index's name ("100" of "NRX 100", "225" of "Kanto 225"). */
const FIGURE = /^\d{1,4}$/;
/** At most this many market words stand between an index's name and its noun ("stock market index"). */
const MAX_INDEX_WORDS = 3;

/**
 * Whether a name ends on a noun of a market's index ("Tai Lok Index", "Harlan Webb Industrial Average",
 * "Norvale Composite"): `index` or `indexEnd` of `data/kind-nouns.yaml`, capitalised.
 * @param name a name of two words or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsIndex(name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  const { index, indexEnd } = kindNouns();
  const last = name.slice(space + 1);
  if (!CAPITAL_FIRST.test(last)) return false;
  const lower = last.toLowerCase();
  return index.has(lower) || indexEnd.has(lower);
}

/** The words that end a product's edition's name ("Pro", "Lite"). */

/**
 * Whether a name of two words or more ends on a capitalised word of a product's edition ("Lumina Pro",
 * "Padlet Lite", "Strato 9 Max"): `editionEnd` of `data/kind-nouns.yaml`.
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsEdition(name: string): boolean {
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  const { editionEnd } = kindNouns();
  const last = name.slice(space + 1);
  return CAPITAL_FIRST.test(last) && editionEnd.has(last.toLowerCase());
}
/** The nouns of vehicles after a model's name ("sedan", "jets"). */

/**
 * Whether a noun of a vehicle (`modelNouns` of `data/kind-nouns.yaml`, in lower case) follows a name's last
 * token, right after it or after "and", "or" or a comma and up to three capitalised words of another
 * name listed with it: "the Tarrant Vista sedan", "the Tarrant Vista and Sable Crest cars".
 * @param tokens the sentence's tokens
 * @param to the name's last token
 * @throws ZodError when the data file does not have its schema
 */
export function modelNounAfter(tokens: readonly Token[], to: number): boolean {
  const { modelNouns } = kindNouns();
  let at = to + 1;
  if (LIST_JOIN.test(tokenAt(tokens, at)?.text ?? '')) {
    at++;
    const first = at;
    while (at - first < 3 && CAPITAL_FIRST.test(tokenAt(tokens, at)?.text ?? '')) at++;
    if (at === first) return false;
  }
  return modelNouns.has(tokenAt(tokens, at)?.text ?? '');
}
/** The nouns of a plan ("plan", "scheme") and the verbs that name one ("called", "dubbed"). */

/**
 * Whether a name in quotation marks is a plan's (`planNouns` and `namingVerbs` of
 * `data/kind-nouns.yaml`): after a plan's noun, a comma or not, and a verb of naming ("the plan, called
 * \"Fresh Start\"", "a scheme dubbed \"Open Road\""), or right before a plan's noun ("the \"Fresh Start\"
 * plan").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to the name's last token
 * @throws ZodError when the data file does not have its schema
 */
export function namesAPlan(tokens: readonly Token[], from: number, to: number): boolean {
  if (!OPENING_QUOTE.test(tokenAt(tokens, from - 1)?.text ?? '')) return false;
  const { namingVerbs, planNouns } = kindNouns();
  let at = from - 2;
  if (namingVerbs.has(tokenAt(tokens, at)?.text.toLowerCase() ?? '')) {
    at--;
    if (tokenAt(tokens, at)?.text === ',') at--;
    return planNouns.has(tokenAt(tokens, at)?.text.toLowerCase() ?? '');
  }
  if (!CLOSING_QUOTE.test(tokenAt(tokens, to + 1)?.text ?? '')) return false;
  return planNouns.has(tokenAt(tokens, to + 2)?.text ?? '');
}
/** The adjectives of a product's launch ("new", "redesigned") and the adverbs before them ("completely"). */

/**
 * Whether a name stands after "the" and an adjective of a product's launch (`launchAdjectives` of
 * `data/kind-nouns.yaml`), an adverb before it or not: "the completely new Orvane Castell", "the
 * redesigned Pellor Strand" (a product's name; a person or a body is seldom "the new X" with no title
 * or noun between).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @throws ZodError when the data file does not have its schema
 */
export function followsLaunchAdjective(tokens: readonly Token[], from: number): boolean {
  const { launchAdjectives, launchAdverbs } = kindNouns();
  if (!launchAdjectives.has(tokenAt(tokens, from - 1)?.text.toLowerCase() ?? '')) return false;
  let at = from - 2;
  if (launchAdverbs.has(tokenAt(tokens, at)?.text.toLowerCase() ?? '')) at--;
  return /^(?:the|The)$/.test(tokenAt(tokens, at)?.text ?? '');
}
/** The marks that open and close a quotation around a name. */
const OPENING_QUOTE = /^["“'‘]$/u;
const CLOSING_QUOTE = /^["”'’]$/u;
/** What joins two names of a list: "and", "or", a comma. */
const LIST_JOIN = /^(?:and|or|,)$/;

const CAPITAL_FIRST = /^\p{Lu}/u;
const WORD_FIRST = /^[\p{L}\p{N}]/u;
/** A word of a place's name: a capital, then letters (apostrophes and hyphens inside). */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/**
 * The name a place's noun and "of" say is a place's, as tokens `[from, to]`: "the town of Chivay",
 * "the province of Nakhon Ratchasima" (one to three words, each a capital then small letters), for a
 * name the tagger left out. The noun in lower case, a place's noun of `data/kind-nouns.yaml`.
 * @param tokens the sentence's tokens
 * @param at the noun's token
 * @returns the name's first and last token, or null
 * @throws ZodError when the data file does not have its schema
 */
export function placeNamedAt(tokens: readonly Token[], at: number): [number, number] | null {
  const noun = tokenAt(tokens, at)?.text;
  if (
    noun === undefined ||
    tokenAt(tokens, at + 1)?.text !== 'of' ||
    !NAME_WORD.test(tokenAt(tokens, at + 2)?.text ?? '')
  )
    return null;
  const c = noun.charCodeAt(0);
  if (c < 97 || c > 122) return null;
  const { kinds } = kindNouns();
  if (kinds.get(noun) !== 'place') return null;
  let to = at + 2;
  while (to < at + 4 && NAME_WORD.test(tokenAt(tokens, to + 1)?.text ?? '')) to++;
  return [at + 2, to];
}

/**
 * The nouns of `data/kind-nouns.yaml`, read once: each list as a Set, `kinds` (each noun of the four
 * kinds → its kind) and `modified` (each noun a one-word name before it modifies as a company's or a
 * thing's, "Brent crude" → its kind).
 * @throws ZodError when the data file does not have its schema
 */
const kindNouns = lazyData('kind-nouns.yaml', KindNouns, (file) => ({
  ...wordSets(file),
  modified: new Map<string, ActorKind>([
    ...file.modifiedAfter.organisation.map((n) => [n, 'organisation'] as const),
    ...file.modifiedAfter.other.map((n) => [n, 'other'] as const),
  ]) as ReadonlyMap<string, ActorKind>,
  kinds: new Map<string, ActorKind>([
    ...file.organisation.map((n) => [n, 'organisation'] as const),
    ...file.place.map((n) => [n, 'place'] as const),
    ...file.person.map((n) => [n, 'person'] as const),
    ...file.other.map((n) => [n, 'other'] as const),
  ]) as ReadonlyMap<string, ActorKind>,
}));

/** A ticker: capitals, maybe a class after a full stop ("VLD", "BRK.B"). */
const TICKER = /^\p{Lu}{1,5}(?:\.\p{Lu})?$/u;

/**
 * Whether the one word at `at` is a company's ticker after a stock exchange's name and a colon ("(NYSE:
 * VLD)", "Nasdaq: ORLN"; `tickerExchanges` of `data/kind-nouns.yaml`), or that exchange's name as its
 * label: no name of its own.
 * @param tokens the sentence's tokens
 * @param at the word's token
 * @throws ZodError when the data file does not have its schema
 */
export function isTickerAt(tokens: readonly Token[], at: number): boolean {
  // the exchange's name before the colon is the ticker's label, no actor there either
  if (tokenAt(tokens, at + 1)?.text === ':' && TICKER.test(tokenAt(tokens, at + 2)?.text ?? '')) {
    const { tickerExchanges } = kindNouns();
    if (tickerExchanges.has((tokens[at] as Token).text)) return true;
  }
  if (!TICKER.test((tokens[at] as Token).text) || tokenAt(tokens, at - 1)?.text !== ':') return false;
  const { tickerExchanges } = kindNouns();
  return tickerExchanges.has(tokenAt(tokens, at - 2)?.text ?? '');
}
