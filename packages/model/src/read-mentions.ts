import { isCommonAbbreviation, isReferenceAt } from './abbreviations.js';
import { isAddressAt } from './address-words.js';
import type { Mention, ReadSentence } from './article-entity.js';
import { ACRONYM } from './capitalised-words.js';
import { countryCapitals } from './country-entries.js';
import type { EntityIndex, KnownMatch } from './entity-index.js';
import type { EntitySpan, EntityTagger } from './entity-tagger.js';
import { isEverydayWord } from './everyday-words.js';
import { isPortfolioAt, isPortfolioBefore, opensRoleAt } from './find-roles.js';
import { followsInstallVerb, isOpeningNoun } from './kind-nouns.js';
import { isMeasureAt } from './measure-codes.js';
import { MONTH_SHORT_NAMES } from './month-names.js';
import { afterTitleOf, onlyTitleWords, skipContractions, skipOpeningStopWords } from './name-evidence.js';
import { CAPITAL_FIRST, DIGIT_FIRST, PEOPLE_ADJECTIVE, PLACE_ADJECTIVE, THE } from './name-shapes.js';
import { namesHolidayAt } from './no-actor-names.js';
import { officeRunOnEnd } from './office-run-ons.js';
import { endsAsOrganisation, isHomeCountryHead, opensCountryHead } from './organisation-words.js';
import { makesRegion } from './place-words.js';
import { isRatingAt, isRatingTerm } from './rating-words.js';
import { type SentenceWords, spanText, theInName } from './read-words.js';
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * Longer tagger spans are run-ons (two names read as one), as GMB has almost no names over 6 tokens; the
 * lower-case words of a body's name ("of", "and") are not counted: "London School of Hygiene and
 * Tropical Medicine" is one name of five words.
 */
const MAX_NAME_TOKENS = 6;

/**
 * A United States legislator's party letter and state code, as news writes them after the name ("(R-MT)",
 * "(I-Mont.)"): the parties' letters (Republican, Democrat, Independent) and a state's postal code, its
 * initials with stops or its short form.
 */
const PARTY_STATE = /^[RDI]-(?:\p{Lu}{2}|\p{Lu}\.\p{Lu}\.|\p{Lu}\p{Ll}{1,4}\.)$/u;

/** A word made of a prefix and a name: about the name, not a name ("post-Soviet", "anti-Varnian"). */
const PREFIXED = /^(?:post|pre|anti|pro|non|mid|neo|ex)-\p{Lu}/u;

/**
 * Whether a sentence's words may give a mention of a known name: it holds a known name, or one of its
 * spans, as {@link addSpanMentions} reads it where no known name is, is one. Where neither is, every
 * mention {@link mentionsOf} makes of the sentence names no known entry (the regional names and the
 * acronyms it adds name none), so that a text read with no tagger, which keeps only known names, has
 * no entity when this is false of every sentence.
 */
export function namesKnownSpan(words: SentenceWords, index: EntityIndex): boolean {
  if (words.known.length > 0) return true;
  const { sentence, tokens, spans } = words;
  const out: Mention[] = [];
  const used = new Set<number>();
  for (let i = 0; i < spans.length; i++)
    addSpanMentions(out, spans[i] as EntitySpan, sentence, tokens, words.known, used, index, null);
  return out.some((m) => m.entry !== null);
}

/**
 * The mentions of a sentence's names ({@link readWords}): the tagger's spans and the known names, less
 * a stop word that only opens the sentence ("Will Varnian harbour works…") and a title word standing alone
 * ("Gen.").
 */
export function readMentions(
  words: SentenceWords,
  index: EntityIndex,
  tagger: EntityTagger | null,
): ReadSentence {
  const { sentence, tokens, known, spans } = words;
  if (tokens.length === 0) return { sentence, tokens, mentions: [], headline: false };
  const isCountry = (from: number, to: number) =>
    namesCountry(sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end), index);
  const isKnown = (from: number, to: number) =>
    index.lookup(sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end)) !== undefined;
  const mentions: Mention[] = [];
  for (const m of mentionsOf(sentence, tokens, spans, known, index, tagger === null))
    if (m.entry !== null || keepsMention(m, sentence, tokens, isCountry, isKnown)) mentions.push(m);
  return { sentence, tokens, mentions, headline: false };
}

/**
 * Whether a name {@link readMentions} found and no known entry holds is a name, its words that are not
 * trimmed off (a stop word or a trade's noun opening the sentence, a measure's symbol); false for a
 * unit, a reference, a date, a time zone, a rating, a title alone. A function of its own so that a rule
 * met for the first time makes V8 compile this again, not the sentence's whole reading (issue 17).
 * @param m the mention, its start and type set in place
 * @param sentence the sentence
 * @param tokens its tokens
 * @param isCountry whether tokens `from..to` name a country
 * @param isKnown whether tokens `from..to` are a known name
 */
function keepsMention(
  m: Mention,
  sentence: string,
  tokens: readonly Token[],
  isCountry: (from: number, to: number) => boolean,
  isKnown: (from: number, to: number) => boolean,
): boolean {
  let from = skipContractions(tokens, skipOpeningStopWords(tokens, m.from, m.to), m.to);
  // "Manufacturer Bionova said": a trade's noun opening the sentence says what the name is (kindNamed)
  if (from < m.to && isOpeningNoun(tokens, from)) from++;
  // "Download and Install Windows 10": a verb of setting up a program, capitalised in an instruction, is
  // no word of the program's name after it, nor a name alone before "and" and another such verb (not
  // WikiGold's "… Festival and Download.", a festival's)
  if (from < m.to && followsInstallVerb(tokens, from + 1)) from++;
  else if (
    from === m.to &&
    followsInstallVerb(tokens, from + 1) &&
    from + 2 < tokens.length &&
    (tokens[from + 1] as Token).text === 'and' &&
    followsInstallVerb(tokens, from + 3)
  )
    return false;
  // "6 GW", "07:00 KST", "NGN 30", "a 450 MW Ninh Thuan farm": a unit's, a time zone's or a
  // currency's symbol beside a figure is a measure, and no part of a name the tagger ran it into
  if (from <= m.to && isMeasureAt(tokens, from)) from++;
  // "a VR headset", "FX inflows", "Q1": an abbreviation of a common noun, alone, names nothing
  if (from === m.to && isCommonAbbreviation((tokens[from] as Token).text)) return false;
  // "IndexError", "ValueError", "NullPointerException": a class of code's errors or warnings names nothing
  if (from === m.to && ERROR_CLASS.test((tokens[from] as Token).text)) return false;
  // "runs in 4K", "3-D scans", "5G": one word that opens with a figure, read as a place's or a person's,
  // is a format or a measure (a body may be named so: "3M", "7-Eleven")
  if (
    from === m.to &&
    (m.type === 'LOC' || m.type === 'PER') &&
    DIGIT_FIRST.test((tokens[from] as Token).text)
  )
    return false;
  // "Section 27A", "Schedule M", "304A" of "Section 304A": a reference to a part of a law names nothing
  if (from === m.to && isReferenceAt(tokens, from)) return false;
  // "the exchange is shut on Friday for Ana Ruiz Jr.": a holiday named by a person, "Day" left out
  if (from === m.from && namesHolidayAt(tokens, m.from, m.to)) return false;
  // "Nov. 12", "Sept 30": a month's short name before a day is a date, no name
  if (from === m.to && monthBeforeDay(tokens, from)) return false;
  if (namesTimeZone(tokens, from, m.to)) return false;
  // "cut to 'CCC-'", "rates the debt Caa2", "a Stable Outlook", "at Hold": a rating's grade or terms
  if (from === m.to && isRatingAt(tokens, from)) return false;
  if (
    from <= m.to &&
    isRatingTerm(sentence.slice((tokens[from] as Token).start, (tokens[m.to] as Token).end).split(/\s+/))
  )
    return false;
  // "said Corvane Markets Head trader Ann Brookes", "the Senate Majority leader": a word opening the role after
  // the name is the role's, no word of the name
  while (m.to > from && opensRoleAt(tokens, m.to)) m.to--;
  // "Deputy Defense Secretary Karl Venn": a portfolio's word before its office's title, alone, names no body
  if (from <= m.to && isPortfolioBefore(tokens, from, m.to)) return false;
  if (from > m.to || onlyTitleWords(tokens, from, m.to, isCountry)) return false;
  // "the Varnland Palace Press Secretary", "Liberal Senator Tessa Morn": an office's title after a body's or a
  // party's name is the role's; a party's word left alone names no body there
  const end = officeRunOnEnd(tokens, from, m.to, isKnown);
  if (end < 0) return false;
  if (end < m.to && m.type === 'PER') m.type = null;
  m.to = end;
  // '"Thank you, Sir, we will wait"', '"I owe Ya one, Old Pal."', a signature "Tom.": a quoted message's
  // words of address
  if (isAddressAt(tokens, from, m.to)) return false;
  // "post-Soviet", "anti-Varnian", "pro-Western": a word about a name, not a name
  if (from === m.to && PREFIXED.test((tokens[from] as Token).text)) return false;
  // "sold to Port Ellis-based Halvard" read as "Port Ellis-based": a place's name run into a participle is a
  // word about what stands after it, no name
  if (from < m.to && PLACE_ADJECTIVE.test((tokens[m.to] as Token).text)) return false;
  // "Senator Jane Roe (R-MT)": a legislator's party and state in brackets label the person, no body
  if (
    from === m.to &&
    PARTY_STATE.test((tokens[from] as Token).text) &&
    tokenAt(tokens, from - 1)?.text === '('
  )
    return false;
  // "the North African country", "East Asian economies", "the Ostrel-led Westerners": a region's adjective
  // or its people, no name
  if (isRegionWord(tokens, from, m.to)) return false;
  if (from === m.to && afterTitleOf(tokens, from)) return false;
  // "director of Coastal Studies at Norvale University": a field between a title's "of" and the body
  // after "at" is the role's, no body (its own body's word keeps it one: "head of Kestrel Research
  // Institute at …")
  if (
    afterTitleOf(tokens, from) &&
    tokenAt(tokens, m.to + 1)?.text === 'at' &&
    !endsAsOrganisation(spanText(sentence, tokens, from, m.to))
  )
    return false;
  if (isPortfolioAt(tokens, from, m.to)) return false;
  // the tagger typed the words it saw together: one word left of them is a name of no known kind
  if (from > m.from && from === m.to) m.type = null;
  m.from = from;
  // "TORONTO, March 10 /PRNewswire/ -", "OTTAWA /CNW/ -": a release's wire service between slashes
  // (read as a place)
  if (betweenSlashes(sentence, (tokens[from] as Token).start, (tokens[m.to] as Token).end)) m.type = 'ORG';
  return true;
}

/**
 * Whether a name stands between two slashes after a space or opening the text ("… 2027 /PRNewswire/ -",
 * or "/PRNewswire/ - Halvorsen …" where the parser took the dateline before it out): a release's wire
 * service. Not a path's or an address's part ("example.com/News/"), which no space opens.
 */
function betweenSlashes(sentence: string, start: number, end: number): boolean {
  // `end` is inside the sentence before it is read (a read past its end deoptimised the sentence's reading)
  if (
    start < 1 ||
    end >= sentence.length ||
    sentence.charCodeAt(start - 1) !== 47 ||
    sentence.charCodeAt(end) !== 47
  )
    return false;
  const before = start < 2 ? 32 : sentence.charCodeAt(start - 2);
  return before === 32 || before === 160;
}

/**
 * The tagger's spans and the known names, without overlaps: a known name wins when it covers a span. A
 * known name that needs the tagger's confirmation (a capital, a short code) has it from a span, or, in a
 * text read `untagged`, when no capitalised word stands beside it ("in Berlin den Haushalt", not "Irving
 * Berlin" or "Berlin Hauptbahnhof"; the first word of a sentence is capitalised anyway).
 */
function mentionsOf(
  sentence: string,
  tokens: readonly Token[],
  spans: readonly EntitySpan[],
  known: readonly KnownMatch[],
  index: EntityIndex,
  untagged: boolean,
): Mention[] {
  const out: Mention[] = [];
  const used = new Set<number>();
  // "South American", "Latin American": a region's adjective, no mention of the country
  const regional = known.length > 0 ? regionalMatches(tokens, known, index) : null;
  if (regional !== null) for (const k of regional) used.add(known.indexOf(k));
  for (const s of spans) addSpanMentions(out, s, sentence, tokens, known, used, index, regional);
  known.forEach((k, i) => {
    if (!used.has(i) && (!k.confirm || (untagged && standsAlone(tokens, k.from, k.to))))
      out.push({ from: k.from, to: k.to, type: null, entry: k.entry });
  });
  if (regional !== null)
    for (const k of regional)
      if (!out.some((m) => m.from <= k.from && m.to >= k.to))
        out.push({ from: k.from - 1, to: k.to, type: null, entry: null });
  // an acronym the tagger left out may still stand for a name the text gave before ("an AFO officer")
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (mayBeAcronym(t.text) && ACRONYM.test(t.text) && !out.some((m) => m.from <= i && m.to >= i))
      out.push({ from: i, to: i, type: null, entry: null });
  }
  return out.sort((a, b) => a.from - b.from);
}

/**
 * The known names of one word that are a country's demonym or other name after a word making a region
 * of it ("South American", "Central America", "Latin American"; not "Northern Iraq", the country's own
 * name, nor "East Jerusalem", a capital's), where no known name holds the two: the region's, not the
 * country's. Null when there are none (most sentences).
 */
function regionalMatches(
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  index: EntityIndex,
): KnownMatch[] | null {
  let out: KnownMatch[] | null = null;
  for (const k of known) {
    if (k.from !== k.to || k.from === 0) continue;
    const before = (tokens[k.from - 1] as Token).text;
    if (!CAPITAL_FIRST.test(before) || !makesRegion(before)) continue;
    if (known.some((o) => o.from < k.from && o.to >= k.from - 1)) continue;
    const entry = index.entries[k.entry];
    const text = (tokens[k.from] as Token).text;
    if (entry?.kind !== 'country' || entry.name === text || countryCapitals().has(text)) continue;
    out ??= [];
    out.push(k);
  }
  return out;
}

/**
 * Adds to `out` the mentions one of the tagger's spans gives (see {@link mentionsOf}): the span less
 * the known names across its edges, or the known name around it, or the known names inside it, and
 * marks the known names it takes as used. A function of its own so that a rule met for the first time
 * makes V8 compile this again, not all of `mentionsOf` (issue 17).
 */
function addSpanMentions(
  out: Mention[],
  s: EntitySpan,
  sentence: string,
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  used: Set<number>,
  index: EntityIndex,
  regional: readonly KnownMatch[] | null,
): void {
  let from = s.from;
  let to = s.to;
  // the tagger read the country's word alone: the name runs from the word of region before it
  if (regional?.some((k) => k.from === from)) from--;
  // a known name across a span's edge ("Mexico City|Council") wins: the span keeps the rest
  for (const k of known) {
    if (k.from > from && k.from <= to && k.to > to) to = k.from - 1;
    if (k.to < to && k.to >= from && k.from < from) from = k.to + 1;
  }
  if (from > to) return;
  // a capitalised "The" inside a sentence is part of the name ({@link addTheNames}): "told The Ledger"
  if (THE.test((tokens[from] as Token).text) && from < to && !theInName(tokens, from)) from++;
  if (to - from + 1 > MAX_NAME_TOKENS && nameWords(tokens, from, to) > MAX_NAME_TOKENS) return;
  const text = sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
  const around = known.find(
    (k) => k.from <= from && k.to >= to && k.to - k.from > to - from && !regional?.includes(k),
  );
  let entry = around?.entry ?? index.lookup(text);
  // a state's name the tagger reads as no place is what the tagger read ("Virginia said": a person;
  // `joinStateForms` joins a body "Arizona" to the state the article also names)
  if (entry !== undefined && !around && s.type !== 'LOC' && index.isSubdivision(text, entry))
    entry = undefined;
  if (around) {
    from = around.from;
    to = around.to;
  }
  if (entry !== undefined) {
    out.push({ from, to, type: s.type, entry });
    markUsed(known, from, to, used);
    return;
  }
  // a state's name splits no span ("Michael/PER Jordan", "Odessa American/ORG"): it opens a body's or a
  // person's name as often as it stands beside another name
  const inside = known.filter(
    (k) =>
      k.from >= from &&
      k.to <= to &&
      !(k.confirm && index.isSubdivision(spanText(sentence, tokens, k.from, k.to), k.entry)),
  );
  markUsed(known, from, to, used);
  // "the American Red Cross", "the Namibian Security Council": a body the tagger read whole, a people's
  // adjective before a known body's name, is that people's own body, not the country and the known one
  // (the international committee, the UN's council); "US Federal Grain Board", a country's name before
  // one, is still split. Measured: GMB train's first 1,200 articles 5 such spans (organisation recall
  // 0.8168 -> 0.8174, 3 wrong actors gone, none lost), GMB dev 1 (scored alike), WikiGold none
  if (s.type === 'ORG' && peopleBodyOfKnownName(tokens, from, to, inside, index)) {
    out.push({ from, to, type: s.type, entry: null });
    return;
  }
  // "the U.S. Kestrel Bank of Norway lost": a country's name before a name "of" another country is no
  // part of it (a sentence after "U.S." run on): the country, then the name
  const other = inside.length > 1 ? otherCountryAfterOf(tokens, from, to, inside, index) : null;
  if (other !== null) {
    out.push({ from, to: other, type: null, entry: (inside[0] as KnownMatch).entry });
    from = other + 1;
  }
  // "Kestrel Bank of Sweden lost": a firm's own name and its home country after "of", the firm then the
  // country ("Reserve Bank of Sweden", "State Bank of Sweden" stay one name)
  const country = inside.at(-1) as KnownMatch | undefined;
  const head = country !== undefined ? homeCountryHeadAt(tokens, from, to, country, index) : -1;
  if (country !== undefined && head > from) {
    out.push({ from, to: head, type: s.type, entry: null });
    out.push({ from: head + 2, to, type: null, entry: country.entry });
    return;
  }
  if (other !== null) {
    out.push({ from, to, type: s.type, entry: null });
    return;
  }
  // the capitals outside the known names are counted only when there are known names inside
  if (inside.length > 0 && !capitalOutside(tokens, from, to, inside)) {
    for (const k of inside) out.push({ from: k.from, to: k.to, type: s.type, entry: k.entry });
  } else out.push({ from, to, type: s.type, entry: null });
}

/**
 * The last token of a country's name that opens tokens `from..to` when they end "of" another country
 * ("U.S. Kestrel Bank of Norway": a firm of one country is no other's), or null. Not one word between
 * the country and "of" ("US Bank of Norway" may be a firm's own name).
 */
function otherCountryAfterOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: readonly KnownMatch[],
  index: EntityIndex,
): number | null {
  const first = inside[0] as KnownMatch;
  const last = inside.at(-1) as KnownMatch;
  if (first.from !== from || last.to !== to || first.entry === last.entry) return null;
  if (tokenAt(tokens, last.from - 1)?.text !== 'of' || last.from - 1 - first.to < 3) return null;
  if (index.entries[first.entry]?.kind !== 'country' || index.entries[last.entry]?.kind !== 'country')
    return null;
  return first.to;
}

/**
 * The token of a firm's head noun (`homeCountryHeads`: "Bank") when tokens `from..to` are a firm's own
 * name, that noun, "of" and a known country to the end ("Kestrel Bank of Sweden"), or -1. The words
 * before the noun must be capitalised, no everyday English word, no word of `countryHeadOpeners` and
 * no possessive: "Reserve Bank of Sweden", "Central Bank of Sweden", "People's Bank of Sweden" are
 * one name each.
 */
function homeCountryHeadAt(
  tokens: readonly Token[],
  from: number,
  to: number,
  country: KnownMatch,
  index: EntityIndex,
): number {
  const head = country.from - 2;
  if (country.to !== to || head <= from || tokenAt(tokens, country.from - 1)?.text !== 'of') return -1;
  if (!isHomeCountryHead((tokens[head] as Token).text) || index.entries[country.entry]?.kind !== 'country')
    return -1;
  for (let i = from; i < head; i++) {
    const word = (tokens[i] as Token).text;
    if (!CAPITAL_FIRST.test(word) || /['’]/.test(word)) return -1;
    if (word.split('-').some((part) => isEverydayWord(part) || opensCountryHead(part))) return -1;
  }
  return head;
}

/**
 * Whether tokens `from..to` are a people's adjective the index knows as a country's ("American") and
 * right after it, to the end, a known body's name ("Red Cross"), nothing else.
 */
function peopleBodyOfKnownName(
  tokens: readonly Token[],
  from: number,
  to: number,
  inside: readonly KnownMatch[],
  index: EntityIndex,
): boolean {
  if (inside.length !== 2) return false;
  const [people, body] = inside as [KnownMatch, KnownMatch];
  return (
    people.from === from &&
    people.to === from &&
    body.from === from + 1 &&
    body.to === to &&
    PEOPLE_ADJECTIVE.test((tokens[from] as Token).text) &&
    index.entries[people.entry]?.kind === 'country' &&
    index.entries[body.entry]?.kind === 'organisation'
  );
}

/**
 * How many words of `from..to` are a name's, less the "of" and "and" of a body "of" two things
 * ("London School of Hygiene and Tropical Medicine": five), or "for" two things ("National Center for
 * Missing and Exploited Children": five); any other lower-case word counts as a name's
 * ("International Criminal Tribunal for Rwanda on Monday" is a run-on).
 */
function nameWords(tokens: readonly Token[], from: number, to: number): number {
  let of = 0;
  let and = 0;
  let brackets = 0;
  for (let i = from; i <= to; i++) {
    const text = (tokens[i] as Token).text;
    if (text === 'of' || text === 'for') of++;
    else if (text === 'and') and++;
    // "Permai Plantations (Sabah) Sdn Bhd": brackets are no words
    else if (text === '(' || text === ')') brackets++;
  }
  return to - from + 1 - brackets - (of > 0 && and === 1 ? 2 : 0);
}

/**
 * Whether a word can match {@link ACRONYM} at all, by its length and first code unit: the pattern
 * was tried on every token of every sentence, and four in five start with no capital.
 */
function mayBeAcronym(word: string): boolean {
  const c = word.charCodeAt(0);
  return word.length >= 2 && word.length <= 12 && ((c >= 65 && c <= 90) || c > 127);
}

/** Whether the words either side of `from..to` (but the sentence's first) start with no capital. */
function standsAlone(tokens: readonly Token[], from: number, to: number): boolean {
  const capital = (t: Token | undefined) => t !== undefined && CAPITAL_FIRST.test(t.text);
  return !(from > 1 && capital(tokens[from - 1])) && !capital(tokens[to + 1]);
}

/** Whether a token of `from..to` outside the known names `inside` starts with a capital. */
function capitalOutside(tokens: readonly Token[], from: number, to: number, inside: readonly KnownMatch[]) {
  for (let i = from; i <= to; i++)
    if (CAPITAL_FIRST.test((tokens[i] as Token).text) && !inside.some((k) => k.from <= i && k.to >= i))
      return true;
  return false;
}

/** An adjective of a continent or region, or its people ("Asian", "African", "Europeans", "Eastern"). */
const REGION_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ian|can|pean|ern)s?$/u;

/** A region's people named by its direction ("Westerners", "Southerner"). */
const DIRECTION_PEOPLE = /^(?:North|South|East|West)erners?$/u;

/**
 * Whether tokens `from..to` are a word of direction and a region's adjective ("North African", "Central
 * Asian", "North American", "Eastern European"), or a region's people ("Westerners"): what a sentence
 * says of a thing or a people, no name of one (a region's adjective before a noun and a region's people
 * had been taken as organisations).
 */
function isRegionWord(tokens: readonly Token[], start: number, to: number): boolean {
  // past a word about the name ("Ostrel-led Westerners")
  const from = start < to && PLACE_ADJECTIVE.test((tokens[start] as Token).text) ? start + 1 : start;
  if (from === to) return DIRECTION_PEOPLE.test((tokens[from] as Token).text);
  return (
    to === from + 1 &&
    makesRegion((tokens[from] as Token).text) &&
    REGION_ADJECTIVE.test((tokens[to] as Token).text)
  );
}

/** Whether some words are a country's name (or alias) in the index. */
export function namesCountry(words: string, index: EntityIndex): boolean {
  const entry = index.lookup(words);
  return entry !== undefined && index.entries[entry]?.kind === 'country';
}

/** Marks the known names overlapping tokens `from..to` as taken by a span. */
function markUsed(known: readonly KnownMatch[], from: number, to: number, used: Set<number>): void {
  known.forEach((k, i) => {
    if (k.from <= to && k.to >= from) used.add(i);
  });
}

/** The English months' short names as news writes them before a day ("Nov. 12", "Sept 30"). */
const MONTH_SHORT = new Set(MONTH_SHORT_NAMES);

const DAY_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

/** Whether the token at `i` is a month's short name, with or without its full stop, before a day's number. */
function monthBeforeDay(tokens: readonly Token[], i: number): boolean {
  if (!MONTH_SHORT.has((tokens[i] as Token).text)) return false;
  const next = tokenAt(tokens, i + 1)?.text === '.' ? i + 2 : i + 1;
  return DAY_NUMBER.test(tokenAt(tokens, next)?.text ?? '');
}

/** The words before "Time" that make a time zone's name whatever comes before ("Eastern Standard Time"). */
const ZONE_KIND = new Set(['Standard', 'Summer', 'Daylight', 'Mean', 'Universal']);

/** A time on the clock as the tokens end it: "5 p.m.", "17:00", "0800". */
const CLOCK_END = /^(?:[ap]\.?m\.?|\d{1,2}[:.]\d{2}|\d{4}|[AP]M)$/;

/**
 * Whether a name is a time zone's: it ends on "Time" after a zone's kind ("British Summer Time",
 * "Greenwich Mean Time") or right after a time on the clock ("5 p.m. Eastern Time", "10:00 Moscow Time").
 */
function namesTimeZone(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from || (tokens[to] as Token).text !== 'Time') return false;
  if (ZONE_KIND.has((tokens[to - 1] as Token).text)) return true;
  let before = from - 1;
  if (tokenAt(tokens, before)?.text === '.') before--;
  return CLOCK_END.test(tokenAt(tokens, before)?.text ?? '');
}

/**
 * One word in camel case ending on a word of code's errors ("IndexError", "ValueError",
 * "NullPointerException", "DeprecationWarning"): the name of a class in a program, not of a body. A capital
 * after a lower-case letter sets it off from a name that ends so ("Human Error", "Errorless").
 */
const ERROR_CLASS = /^\p{Lu}[\p{L}\d]*[\p{Ll}\d](?:Error|Exception|Warning)s?$/u;
