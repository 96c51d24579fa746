import { z } from 'zod';
import { capitalisedIn } from './capitalised-words.js';
import { LowerWords, lazyData, wordSets } from './data-file.js';
import { nameKey } from './entity-index.js';
import { isGivenName } from './given-names.js';
import { nounKind } from './kind-nouns.js';
import { mayOpenAs, tabulateStarts } from './word-starts.js';

const OrganisationWords = z.object({
  words: LowerWords,
  legalForms: LowerWords,
  abbreviatedForms: LowerWords,
  dottedForms: LowerWords,
  newspapers: LowerWords,
  events: LowerWords,
  fairs: LowerWords,
  techniques: LowerWords,
  laws: LowerWords,
  trades: LowerWords,
  firmTails: LowerWords,
  firmTailPairs: z.array(z.string().regex(/^\p{Ll}+ \p{Ll}+$/u)).min(1),
  tradeClips: LowerWords,
  addedHeads: LowerWords,
  beforeFor: LowerWords,
  beforeOn: LowerWords,
  beforeForThe: LowerWords,
  overAnd: LowerWords,
  partnerships: LowerWords,
  members: LowerWords,
  partyMembers: LowerWords,
  countryBodies: LowerWords,
  countryBodyNames: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)+$/u)).min(1),
  units: LowerWords,
  chambers: z.array(z.string().regex(/^\p{Ll}+(?: \p{Ll}+)+$/u)).min(1),
  homeCountryHeads: LowerWords,
  countryHeadOpeners: LowerWords,
  programmes: LowerWords,
});
/**
 * The groups of `data/organisation-words.yaml`, read once: each list as a Set, and what is made of them
 * beside (see {@link wordsOf}).
 */
const organisationWords = lazyData('organisation-words.yaml', OrganisationWords, wordsOf);

function wordsOf(file: z.output<typeof OrganisationWords>) {
  /** The legal forms written with a full stop after each letter, so spelled in lower case ("n.v."). */
  const dottedForms = new Set(file.dottedForms.map((f) => f.replace(/./g, '$&.')));
  /** Each clipped trade noun → the one word of `trades` it opens ("auto" → "automotive"). */
  const tradeClips = new Map<string, string>();
  for (const c of file.tradeClips) {
    const full = file.trades.filter((t) => t.length > c.length && t.startsWith(c));
    if (full.length === 1 && !file.trades.includes(c)) tradeClips.set(c, full[0] as string);
  }
  return {
    ...wordSets(file),
    dottedForms,
    /** The length of the longest legal form. */
    longestLegalForm: Math.max(...[...file.legalForms, ...dottedForms].map((f) => f.length)),
    /** The legal forms' first two letters (see {@link tabulateStarts}). */
    legalFormStarts: tabulateStarts([...file.legalForms, ...dottedForms]),
    /** The first two letters of `words`, `newspapers` and `trades` (see {@link tabulateStarts}). */
    wordStarts: tabulateStarts(file.words),
    newspaperStarts: tabulateStarts(file.newspapers),
    tradeStarts: tabulateStarts(file.trades),
    tradeClips: tradeClips as ReadonlyMap<string, string>,
    beforeFor: new Set([...file.words, ...file.beforeFor]) as ReadonlySet<string>,
    beforeOn: new Set([...file.words, ...file.beforeFor, ...file.beforeOn]) as ReadonlySet<string>,
    /** The chambers of legislatures, each " " and its words in lower case (" house of commons"). */
    chambers: file.chambers.map((c) => ` ${c}`) as readonly string[],
  };
}

/**
 * Whether a name is or ends with a legislature's chamber ("United States House of Representatives",
 * "House of Commons"; `chambers` in `data/organisation-words.yaml`): a body, whatever the tagger read.
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsChamber(name: string): boolean {
  const { chambers } = organisationWords();
  if (!name.includes(' of ')) return false;
  const lower = ` ${name.toLowerCase()}`;
  return chambers.some((c) => lower.endsWith(c));
}

/**
 * Whether a name ends on a noun of a body's unit or arm ("Eastern Fleet", "Highland Service"; `units` in
 * `data/organisation-words.yaml`): a unit said after its owner's possessive is an actor of its own.
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsUnit(name: string): boolean {
  const { units } = organisationWords();
  return units.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/**
 * Whether a capitalised word is a firm's head noun a firm's own name may be followed by "of" and its home
 * country ("Bank" of "Kestrel Bank of Varnland"): `homeCountryHeads` in `data/organisation-words.yaml`.
 * @param word a word as written
 * @throws ZodError when the data file does not have its schema
 */
export function isHomeCountryHead(word: string): boolean {
  const { homeCountryHeads } = organisationWords();
  return capitalisedIn(homeCountryHeads, word);
}

/**
 * Whether a capitalised word opens a country's own body named with that country's head noun and "of"
 * ("Central" of "Central Bank of Varnland", "Agricultural" of "Agricultural Bank of Varnland"):
 * `countryHeadOpeners` in `data/organisation-words.yaml`, words a firm's own name is not.
 * @param word a word as written
 * @throws ZodError when the data file does not have its schema
 */
export function opensCountryHead(word: string): boolean {
  const { countryHeadOpeners } = organisationWords();
  return capitalisedIn(countryHeadOpeners, word);
}

/**
 * Whether a name of two words or more ends on a programme's, a plan's or a doctrine's noun ("Varnland
 * Assets Relief Program", "Harbour Renewal Plan", "Tarrow Doctrine": `programmes` in
 * `data/organisation-words.yaml`), a thing's name.
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsProgramme(name: string): boolean {
  const { programmes } = organisationWords();
  const space = name.lastIndexOf(' ');
  return space > 0 && programmes.has(name.slice(space + 1).toLowerCase());
}

/**
 * Whether a word ends an agency's name that goes on "for the" what it oversees ("Service" of "Federal
 * Service for the Financial Markets"): `beforeForThe` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function opensBodyBeforeForThe(word: string): boolean {
  const { beforeForThe } = organisationWords();
  return beforeForThe.has(word.toLowerCase());
}

/**
 * Whether a capitalised word is a body any country has ("Congress", "Parliament", "Army"): `countryBodies`
 * in `data/organisation-words.yaml`, that country's after its possessive ("Peru's Congress").
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isCountryBodyWord(word: string): boolean {
  const { countryBodies } = organisationWords();
  return capitalisedIn(countryBodies, word);
}

/**
 * Whether a name of two words or more is a body any country has ("Air Force", "Central Bank"):
 * `countryBodyNames` in `data/organisation-words.yaml`, a state's body said without its state.
 * @param name a name
 * @throws ZodError when the data file does not have its schema
 */
export function isCountryBodyName(name: string): boolean {
  const { countryBodyNames } = organisationWords();
  return countryBodyNames.has(name.toLowerCase());
}

/**
 * Whether a capitalised word is a plural noun of people whose possessive stands inside a body's name
 * ("People" of "People's Party", "Workers" of "Workers' Party"): `members` in
 * `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isMembersWord(word: string): boolean {
  const { members } = organisationWords();
  return capitalisedIn(members, word);
}

/**
 * Whether a capitalised word names a party's member ("Republican" of "the Illinois Republican Ann Roe"):
 * `partyMembers` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isPartyMemberWord(word: string): boolean {
  const { partyMembers } = organisationWords();
  return capitalisedIn(partyMembers, word);
}

/**
 * Whether a capitalised word closes a firm's name after an ampersand ("Associates" of "Barlow Finch &
 * Associates", "Sons", "Co"): `partnerships` in `data/organisation-words.yaml`.
 * @param word a word, without its full stop
 * @throws ZodError when the data file does not have its schema
 */
export function isPartnershipWord(word: string): boolean {
  const { partnerships } = organisationWords();
  return capitalisedIn(partnerships, word);
}

/**
 * Whether a word, in any case, opens a body's name before "for" ("Centre" of "Centre for Coastal
 * Studies", "Institute" of "Institute for Fiscal Studies"): a word of {@link isOrganisationWord} or of
 * `beforeFor` in `data/organisation-words.yaml`, or one of them in the plural ("Centers").
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function opensBodyBeforeFor(word: string): boolean {
  const { beforeFor } = organisationWords();
  const lower = word.toLowerCase();
  // in the plural too ("Centers for Harbour Safety and Repair": a body's name as a state names it)
  return (
    beforeFor.has(lower) || (lower.length > 4 && lower.endsWith('s') && beforeFor.has(lower.slice(0, -1)))
  );
}

/**
 * Whether a word, in any case, opens a body's name before "on" ("Panel" of "Panel on Coastal Shipping",
 * "Project" of "Project on Harbour Oversight"): a word of {@link opensBodyBeforeFor} or of `beforeOn` in
 * `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function opensBodyBeforeOn(word: string): boolean {
  const { beforeOn } = organisationWords();
  return beforeOn.has(word.toLowerCase());
}

/**
 * Whether a capitalised word ends a body's name over its "and" though it ends places' names too, so is no
 * organisation word ("Union" of "Economic and Monetary Union", "Center" of "National Snow and Ice Data
 * Center"): `overAnd` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function endsBodyOverAnd(word: string): boolean {
  const { overAnd } = organisationWords();
  return capitalisedIn(overAnd, word);
}

/**
 * Whether a name ends with a word that makes it an organisation ("Varrow Motor Company", "Acme Corp.",
 * "Houston Chronicle"), from `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsOrganisation(name: string): boolean {
  if (!name.includes(' ')) return false;
  return isOrganisationHead(name.trim().split(/\s+/).at(-1) ?? '');
}

/**
 * Whether one word can end an organisation's name: a word of {@link isOrganisationWord} or a newspaper's
 * ("Journal", "Times"; such a word ends a name but splits no span: "Times Literary Supplement").
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isOrganisationHead(word: string): boolean {
  const { wordStarts, newspaperStarts, words, newspapers } = organisationWords();
  // most words open with two letters no such word opens with: passed over before they are lower-cased
  if (!mayOpenAs(wordStarts, word, true) && !mayOpenAs(newspaperStarts, word)) return false;
  // lower-cased once for both sets
  const lower = word.toLowerCase();
  return words.has(withoutFullStop(lower)) || newspapers.has(lower);
}

/**
 * Whether one word is an organisation's last word ("Company", "Corp.", "Force"), in any case.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isOrganisationWord(word: string): boolean {
  const { wordStarts, words } = organisationWords();
  // passed over by its first two letters, before it is lower-cased: asked of most spans' words (issue 17)
  if (!mayOpenAs(wordStarts, word, true)) return false;
  return words.has(withoutFullStop(word.toLowerCase()));
}

/** A word without its final full stop ("corp." → "corp"), by a test, not a pattern: a hot path. */
const withoutFullStop = (word: string): string => (word.endsWith('.') ? word.slice(0, -1) : word);

/**
 * Whether a name of two words or more ends with the word of a law or a treaty ("Drugs and Cosmetics
 * Act", "Penal Code", "Paris Agreement"), or opens with one and "of" or "on" ("Treaty of Waitangi",
 * "Statute of Westminster", "Protocol on Water"), from `laws` in `data/organisation-words.yaml`, or
 * ends with "Bill" after a word no given name ("the Agriculture Bill").
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsLaw(name: string): boolean {
  const { laws } = organisationWords();
  const space = name.lastIndexOf(' ');
  if (space < 0) return false;
  if (laws.has(name.slice(space + 1).toLowerCase())) return true;
  // "the Agriculture Bill", "the Online Safety Bill": "Bill" ends a law's name after a word no given
  // name ("Bill" is left out of `laws` for "Senator Bill Nelson", and "Wild Bill" may still be one)
  if (name.endsWith(' Bill')) {
    const before = name.slice(name.lastIndexOf(' ', space - 1) + 1, space);
    if (!isGivenName(before)) return true;
  }
  const m = LAW_OF.exec(name);
  return m !== null && laws.has((m[1] as string).toLowerCase());
}
/** A name's first word before "of" or "on" ("Treaty of …"). */
const LAW_OF = /^(\p{L}+) o[fn] /u;

/**
 * Whether a name ends with the word of an event named after its place ("Turin Winter Olympics", "Chaco
 * War"), from `events` in `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsEvent(name: string): boolean {
  const { events } = organisationWords();
  const space = name.lastIndexOf(' ');
  return space > 0 && events.has(name.slice(space + 1).toLowerCase());
}

/**
 * Whether a name of two words or more ends with the word of a show or a fair named after its place
 * ("Varnholm Air Show", "Lindau Expo"), an event no tagger's kind fits: `fairs` in
 * `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsAsFair(name: string): boolean {
  const { fairs } = organisationWords();
  const space = name.lastIndexOf(' ');
  return space > 0 && fairs.has(name.slice(space + 1).toLowerCase());
}

/**
 * Whether a name of two words or more ends on a technique's or a system's noun ("Heat Assisted Magnetic
 * Recording Technology", "Vessel Tracking and Reporting System": `techniques` in
 * `data/organisation-words.yaml`) and holds no body's word nor "of" ("Massachusetts Institute of
 * Technology", "National Health Service" stay bodies).
 * @param name a name of one word or more
 * @throws ZodError when the data file does not have its schema
 */
export function namesATechnique(name: string): boolean {
  const { techniques } = organisationWords();
  const space = name.lastIndexOf(' ');
  if (space < 0 || !techniques.has(name.slice(space + 1).toLowerCase())) return false;
  const words = name.split(' ');
  return !words.includes('of') && !words.some((w) => isOrganisationWord(w));
}

/**
 * Whether one word, in any case, ends the name of an event named after its place ("Olympics", "Games",
 * "Show"), from `events` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isEventWord(word: string): boolean {
  const { events } = organisationWords();
  return events.has(word.toLowerCase());
}

/**
 * Whether one word is a noun of a trade that closes a company's name ("Foods", "Energy", "Systems"), in
 * any case, from `trades` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isTradeWord(word: string): boolean {
  const { tradeStarts, trades } = organisationWords();
  if (!mayOpenAs(tradeStarts, word)) return false;
  return trades.has(word.toLowerCase());
}

/**
 * The name a company is called by, of its full name closed by a noun of its trade ("Harrowgate" of
 * "Harrowgate Foods", "Duke" of "Duke Energy"), from `trades` in `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @returns the name without its last word, or null when that is no trade's noun or the only word
 * @throws ZodError when the data file does not have its schema
 */
export function withoutTrade(name: string): string | null {
  const { trades } = organisationWords();
  return withoutLastWordOf(name, trades);
}

/**
 * The bare name of a firm named with one word of its trade after it, legal forms aside ("Halvard" of
 * "Halvard Motors", "Halvard Motors Ltd" and "Halvard Group"), or with two words of a fund manager's
 * ("Halvard" of "Halvard Capital Management"): `trades`, `firmTails` and `firmTailPairs` in
 * `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @returns the name without its legal forms and those words, or null when none such closes it
 * @throws ZodError when the data file does not have its schema
 */
export function withoutFirmTail(name: string): string | null {
  const { firmTailPairs, trades, firmTails } = organisationWords();
  const bare = withoutLegalForm(name) ?? name;
  const space = bare.lastIndexOf(' ');
  if (space <= 0) return null;
  const before = bare.lastIndexOf(' ', space - 1);
  if (before > 0 && firmTailPairs.has(bare.slice(before + 1).toLowerCase())) return bare.slice(0, before);
  const last = bare.slice(space + 1).toLowerCase();
  return trades.has(last) || firmTails.has(last) ? bare.slice(0, space) : null;
}

/**
 * Whether two capitalised words close a fund manager's name ("Capital Management", "Asset Management":
 * `firmTailPairs` in `data/organisation-words.yaml`).
 * @param first the first word as written
 * @param second the second word as written
 * @throws ZodError when the data file does not have its schema
 */
export function isFirmTailPair(first: string, second: string): boolean {
  const { firmTailPairs } = organisationWords();
  return (
    /^\p{Lu}/u.test(first) &&
    /^\p{Lu}/u.test(second) &&
    firmTailPairs.has(`${first.toLowerCase()} ${second.toLowerCase()}`)
  );
}

/**
 * Whether a name, its legal forms taken off, ends on a word of `firmTails` in
 * `data/organisation-words.yaml` ("Halvard Group", "Halvard Group SpA").
 * @param name a name of two words or more
 * @throws ZodError when the data file does not have its schema
 */
export function endsWithFirmTail(name: string): boolean {
  const { firmTails } = organisationWords();
  const bare = withoutLegalForm(name) ?? name;
  const space = bare.lastIndexOf(' ');
  return space > 0 && firmTails.has(bare.slice(space + 1).toLowerCase());
}

/**
 * The key one firm's names share however its trade noun is clipped or a firm tail ends them: the name
 * without legal forms and a last word of `firmTails`, its clipped trade noun (`tradeClips` in
 * `data/organisation-words.yaml`) read as the trade noun it opens, as {@link coreKey} keys it ("halvard
 * automotive" of "Halvard Auto", "Halvard Automotive Group" and "Halvard Automotive Inc.").
 * @param name a name of one word or more
 * @returns the key and whether the name clipped its trade noun, or null when no trade noun ends it
 * @throws ZodError when the data file does not have its schema
 */
export function tradeKey(name: string): { key: string; clipped: boolean } | null {
  const { firmTails, tradeClips } = organisationWords();
  let bare = withoutLegalForm(name) ?? name;
  let space = bare.lastIndexOf(' ');
  if (space > 0 && firmTails.has(bare.slice(space + 1).toLowerCase())) {
    bare = bare.slice(0, space);
    space = bare.lastIndexOf(' ');
  }
  if (space <= 0) return null;
  const last = bare.slice(space + 1).toLowerCase();
  const full = tradeClips.get(last);
  if (full !== undefined) return { key: coreKey(`${bare.slice(0, space)} ${full}`), clipped: true };
  return isTradeWord(last) ? { key: coreKey(bare), clipped: false } : null;
}

/**
 * A body's name without a head noun it is also named without ("Varnian Treasury" of "Varnian Treasury
 * Department"): `addedHeads` in `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @returns the name without its last word, or null when that is no such noun or the only word
 * @throws ZodError when the data file does not have its schema
 */
export function withoutAddedHead(name: string): string | null {
  const { addedHeads } = organisationWords();
  return withoutLastWordOf(name, addedHeads);
}

/**
 * Whether a word is a head noun a body is named with and without, and so with and without "of" too
 * ("Ministry": "the Varnian Fisheries Ministry", "the Varnian Ministry of Fisheries"): `addedHeads` in
 * `data/organisation-words.yaml`, capitalised or not.
 * @throws ZodError when the data file does not have its schema
 */
export function isAddedHead(word: string): boolean {
  const { addedHeads } = organisationWords();
  return addedHeads.has(word.toLowerCase());
}

/** A name of two words or more without its last word when that word, lower-cased, is one of `words`. */
function withoutLastWordOf(name: string, words: ReadonlySet<string>): string | null {
  const space = name.lastIndexOf(' ');
  return space > 0 && words.has(name.slice(space + 1).toLowerCase()) ? name.slice(0, space) : null;
}

/**
 * A company's name without the legal forms that end it ("Upjohn" of "Upjohn Co.", "Nissan Motor" of
 * "Nissan Motor Company", "Harlan Webb" of "Harlan Webb & Co."), from `legalForms` in `data/organisation-words.yaml`.
 * @param name a name of one word or more
 * @returns the name without them, or null when it does not end in one or is nothing else
 * @throws ZodError when the data file does not have its schema
 */
export function withoutLegalForm(name: string): string | null {
  // the last words, read back from the end without splitting: this runs for every organisation
  let end = name.length;
  let cut = name.lastIndexOf(' ');
  while (cut > 0 && isLegalForm(name.slice(cut + 1, end))) {
    end = cut;
    cut = name.lastIndexOf(' ', end - 1);
  }
  // a firm's ampersand before its form goes with it ("Harlan Webb" of "Harlan Webb & Co.")
  if (end < name.length && end > 2 && name.slice(end - 2, end) === ' &') end -= 2;
  return end < name.length ? name.slice(0, end) : null;
}

/**
 * The key of a company's core (its name without legal forms, {@link withoutLegalForm}) that one firm's
 * cores share however its trade noun is written: a last word of `trades` in
 * `data/organisation-words.yaml` counts without its plural's "s" ("Tarvo Motor" of "Tarvo Motor Company"
 * and "Tarvo Motors" of "Tarvo Motors Co." are one key).
 * @param core a company's name without its legal forms
 * @throws ZodError when the data file does not have its schema
 */
export function coreKey(core: string): string {
  const key = nameKey(core);
  const space = key.lastIndexOf(' ');
  if (space < 0 || !key.endsWith('s') || key.endsWith('ss') || !isTradeWord(key.slice(space + 1))) return key;
  return key.slice(0, -1);
}

/**
 * Whether one word is a company's legal form ("Ltd", "Inc.", "AG", "Bhd", "N.V."), in any case, from
 * `legalForms` and `dottedForms` in `data/organisation-words.yaml`.
 * @param word a word
 * @throws ZodError when the data file does not have its schema
 */
export function isLegalForm(word: string): boolean {
  const { longestLegalForm, legalFormStarts, legalForms, dottedForms } = organisationWords();
  // no form is longer: most capitalised words are names, and need no lower-casing
  if (word.length > longestLegalForm + 1 || !mayOpenAs(legalFormStarts, word, true)) return false;
  const lower = word.toLowerCase();
  return legalForms.has(lower.endsWith('.') ? lower.slice(0, -1) : lower) || dottedForms.has(lower);
}

/**
 * Whether a word is a company's legal form written as an abbreviation, whose full stop is the name's
 * ("Corp" of "Xerox Corp.", "Inc", "Co", "Ltd"), in any case: `abbreviatedForms` in
 * `data/organisation-words.yaml`.
 * @param word a word, without its full stop
 * @throws ZodError when the data file does not have its schema
 */
export function isAbbreviatedLegalForm(word: string): boolean {
  const { abbreviatedForms } = organisationWords();
  return word.length <= 4 && abbreviatedForms.has(word.toLowerCase());
}

/**
 * Whether a word is one common to bodies' names ("Group", "Motors", "Bank", "Ministry"), which names any
 * body of its kind: a body's last word ({@link isOrganisationHead}), a trade's noun ({@link isTradeWord})
 * or a noun of a kind of body (`organisation` of `data/kind-nouns.yaml`), in any case.
 * @param word one word
 * @throws ZodError when a data file does not have its schema
 */
export function isCommonWordOfBodies(word: string): boolean {
  return isOrganisationHead(word) || isTradeWord(word) || nounKind(word) === 'organisation';
}

/**
 * Whether a word before an "and" closes a body's name of its own, so that a firm's name after the "and"
 * is another's ("Brask Bank and Norvale Ltd", "Brask Co. and Norvale Ltd"): a legal form, or a word
 * common to bodies' names ({@link isCommonWordOfBodies}) that is no trade's noun, which names a firm's
 * trade inside its name ("Dunmore Tools and Dies Co.", "Kestrel Tools and Dies Ltd").
 * @param word one word
 */
export function closesBodyBeforeAnd(word: string): boolean {
  return isLegalForm(word) || (isCommonWordOfBodies(word) && !isTradeWord(word));
}

/** Two words or more, each opening with a capital and going on in letters. */
const PREFIX_WORDS = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)+$/u;

/**
 * Each short form of some companies' names, as a key ({@link nameKey}), with the one company that has
 * it: the name's core (its name without the legal form), that core's first word and its first words of
 * two or more before the last. A short form two
 * companies have names neither: null.
 * @param companies each company with its core ("Bionova Pharma" of "Bionova Pharma AB")
 * @returns short form key → the company, or null when two share it
 */
export function companiesByShortForm<T>(companies: Iterable<readonly [T, string]>): Map<string, T | null> {
  const companyOf = new Map<string, T | null>();
  const offer = (form: string, company: T) => {
    const key = nameKey(form);
    const had = companyOf.get(key);
    companyOf.set(key, had === undefined || had === company ? company : null);
  };
  for (const [company, core] of companies) {
    offer(core, company);
    const space = core.indexOf(' ');
    // not a word common to bodies' names ("Bank" of "Bank of Norway Inc.", which took another source's
    // "the Bank said" of a central bank)
    if (space > 0 && !isCommonWordOfBodies(core.slice(0, space))) offer(core.slice(0, space), company);
    // and the core's first words before its last, two or more, each a capitalised name's ("Harrow Point"
    // of "Harrow Point Lending Corporation", which the exchange "will delist")
    for (let end = core.indexOf(' ', space + 1); space > 0 && end > 0; end = core.indexOf(' ', end + 1)) {
      const head = core.slice(0, end);
      if (!PREFIX_WORDS.test(head)) break;
      offer(head, company);
    }
  }
  return companyOf;
}
