import { backgroundDf } from './background-df.js';
import { readCompiledTable, readDataFile } from './data-file.js';
import type { GazetteerEntry } from './gazetteer.js';
import { isGivenName } from './given-names.js';
import { modelDependencyFile, modelFile, requireFromModel } from './model-files.js';
import { mostFrequentWords } from './word-vectors.js';

/** A country's name in one language. */
interface LocalName {
  common: string;
  official: string;
}

interface WorldCountry {
  name: { common: string; official: string; native?: Record<string, LocalName> };
  /** The name in 25 languages, by ISO 639-3 code ("deu": "Deutschland"). */
  translations?: Record<string, LocalName>;
  /** ISO 3166-1 alpha-2 code ("GM"), which `altSpellings` also lists. */
  cca2: string;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  independent?: boolean | null;
  unMember?: boolean;
}

/** Latin-script names only: the transliterated native names of `altSpellings` are not how English news writes. */
const LATIN = /^[\p{Script=Latin} .'’-]+$/u;

/** A name in capitals only. */
const ACRONYM_NAME = /^\p{Lu}+$/u;

let entries: GazetteerEntry[] | null = null;

/**
 * The common names a country has in other languages (its own, and the 25 of `translations`) that can
 * stand as aliases: in Latin script, no acronym, not the name of another country (the data give Cameroon's Polish
 * name as Ivory Coast's, and "Guyana" is French Guiana in some languages), and not a word of English
 * news (`data/background-df.json`: "Man" for the Isle of Man, "Island" for Iceland, "Grenade",
 * "Salvador"). A source in German then names Germany "Deutschland" and France "Frankreich", and its
 * actors keep only known names (see `analyseArticle`).
 * @param all every country of the package
 * @returns per country's common name, its names in other languages
 */
function otherLanguageNames(all: readonly WorldCountry[]): Map<string, string[]> {
  const english = new Set(
    all.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings, ...c.capital]),
  );
  // the counts the story terms read too, parsed once a thread (a map: safe from "constructor")
  const newsWords = backgroundDf().df;
  const owners = new Map<string, Set<string>>();
  for (const c of all)
    for (const local of [...Object.values(c.name.native ?? {}), ...Object.values(c.translations ?? {})]) {
      const name = local.common;
      if (name === c.name.common || english.has(name) || !LATIN.test(name)) continue;
      if (newsWords.has(name.toLowerCase())) continue;
      // nor an acronym ("SAD", Serbian for the United States, is a Portuguese company's legal form and
      // an English word in capitals: "Benfica - Futebol, SAD" made the United States an actor)
      if (ACRONYM_NAME.test(name)) continue;
      owners.set(name, (owners.get(name) ?? new Set()).add(c.name.common));
    }
  const names = new Map<string, string[]>();
  for (const [name, of] of owners) {
    if (of.size !== 1) continue;
    const country = [...of][0] as string;
    names.set(country, [...(names.get(country) ?? []), name]);
  }
  return names;
}
/**
 * How many of the most frequent words of `data/word-vectors.txt` no spelling of a country may be: of the
 * package's one-word alternative spellings only "Island" (Iceland's, the 542nd word) is among the first
 * 1,000; "Hart's Island" of a news report had made Iceland an actor. "Saudi" (1,529th) and "Thai"
 * (2,135th) are names news needs.
 */
const COMMON_WORDS = 1000;

/** The country entries and their capitals, as the build derives them (see {@link countryTable}). */
export interface CountryTable {
  entries: GazetteerEntry[];
  /** The capitals among the aliases, in order of first use. */
  capitals: string[];
  /** The loose spellings among the aliases (see {@link countryLooseSpellings}). */
  loose: string[];
  /** The other names of one word that are also given names (see {@link countryGivenNames}). */
  givenNamed: string[];
}

/** The name under `dist/data/` of the table {@link countryTable} derives. */
export const COUNTRY_TABLE = 'country-entries.json';
/** The `world-countries` package's data file, as a module id. */
export const COUNTRIES = 'world-countries/countries.json';

let capitals = new Set<string>();
let loose = new Set<string>();
let givenNamed = new Set<string>();

/**
 * One entry per country of the `world-countries` package: its common name, official name, English
 * spellings, demonyms (with plurals: "Kenyan", "Kenyans"), capitals ("Nairobi said" is Kenya) and
 * common names in other languages ("Deutschland"), all one country actor. Read once a thread, from the
 * table the build derived when there is one (deriving it took 40–300 CPU ms of a parse thread's first
 * page, with the background counts it reads).
 * @returns a fresh copy of the entries
 */
export function countryEntries(): GazetteerEntry[] {
  if (entries === null) {
    const table =
      (readCompiledTable(COUNTRY_TABLE, [
        modelDependencyFile(COUNTRIES),
        modelFile('data/background-df.json'),
        modelFile(`data/${CAPITAL_HOMONYMS}`),
        modelFile('data/given-names.txt'),
      ]) as CountryTable | undefined) ?? countryTable();
    entries = table.entries;
    capitals = new Set(table.capitals);
    loose = new Set(table.loose);
    givenNamed = new Set(table.givenNamed);
  }
  return entries.map((e) => ({ ...e, aliases: [...e.aliases] }));
}

/**
 * Derives {@link countryEntries} from the `world-countries` package and the background counts: what the
 * build writes as `dist/data/country-entries.json`.
 */
export function countryTable(): CountryTable {
  const all = requireFromModel(COUNTRIES) as WorldCountry[];
  // sovereign states first: a demonym or capital two entries share ("American") goes to the state
  const ordered = [...all].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  const local = otherLanguageNames(all);
  const homonyms = capitalHomonyms();
  const common = mostFrequentWords(COMMON_WORDS);
  const capitals = new Set<string>();
  const loose = new Set<string>();
  const named = namesInAnyLanguage(all);
  const entries = ordered.map((c) => {
    // the two-letter ISO code is no name in running text, and many are common acronyms ("GM", "AI",
    // "IS", "PR"); the one news writes as a name ("US") comes from data/country-names.yaml
    const aliases = new Set<string>([
      c.name.official,
      ...c.altSpellings.filter((a) => a !== c.cca2 && !common.has(a.toLowerCase())),
      ...(local.get(c.name.common) ?? []),
    ]);
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!d) continue;
      aliases.add(d);
      if (!/(?:s|sh|ch|ese)$/.test(d)) aliases.add(`${d}s`);
    }
    for (const capital of c.capital) {
      // "Plymouth" is England's city before Montserrat's capital (data/capital-homonyms.txt)
      if (homonyms.has(`${c.cca2} ${capital}`)) continue;
      aliases.add(capital);
      capitals.add(capital);
      // "Washington D.C." is "Washington" in running text
      const bare = capital.replace(/,?\s+D\.C\.$/, '');
      aliases.add(bare);
      capitals.add(bare);
    }
    for (const a of c.altSpellings)
      if (!a.includes(' ') && !ACRONYM_NAME.test(a) && !named.has(a) && aliases.has(a) && LATIN.test(a))
        loose.add(a);
    const name = c.name.common;
    return {
      name,
      kind: 'country' as const,
      aliases: [...aliases].filter((a) => a !== name && LATIN.test(a) && /\p{Lu}/u.test(a)).sort(),
    };
  });
  // a country's other name of one word that is also a given name ("Maurice", "Dominique", "Francia")
  const givenNamed = entries
    .flatMap((e) => e.aliases)
    .filter((a) => !/[\s-]/.test(a) && !capitals.has(a) && isGivenName(a));
  return { entries, capitals: [...capitals], loose: [...loose].sort(), givenNamed: givenNamed.sort() };
}

/** Every name a country of the package has in some language: common, official, native, translated. */
function namesInAnyLanguage(all: readonly WorldCountry[]): Set<string> {
  const names = new Set<string>();
  for (const c of all)
    for (const n of [c.name, ...Object.values(c.name.native ?? {}), ...Object.values(c.translations ?? {})]) {
      names.add(n.common);
      names.add(n.official);
    }
  return names;
}

/** The capitals that name a larger city of another country, as "<ISO code> <capital>" lines. */
const CAPITAL_HOMONYMS = 'capital-homonyms.txt';

/**
 * The capitals left out as aliases of their countries (`data/capital-homonyms.txt`, rebuilt by
 * `scripts/build-capital-homonyms.ts` from GeoNames' cities): "MS Plymouth", "BM Hamilton".
 */
function capitalHomonyms(): Set<string> {
  const text = readDataFile(CAPITAL_HOMONYMS).toString('utf8');
  return new Set(text.split('\n').filter((line) => line !== ''));
}

/**
 * The capitals among the country aliases: a capital is also a city ("in Nairobi"), and some are common
 * words ("Male", "Victoria"), so the entity finder takes one only where the tagger sees a name.
 */
export function countryCapitals(): ReadonlySet<string> {
  // countryEntries copies every entry: only called to fill the set once (this runs per mention)
  if (entries === null) countryEntries();
  return capitals;
}

/**
 * The loose spellings among the country aliases: one-word alternative spellings of the package that no
 * language names the country by (not its common, official or native name, nor a translation): "Burma",
 * "Nippon", "Saudi", and "Mann" for the Isle of Man, a German noun ("Der Mann sagte"). The entity
 * finder takes one only where the tagger reads the text (English), never in a text read for known names
 * alone, where German writes every noun with a capital: of trafilatura-eval's 701 German text scrapes, 45
 * had made the Isle of Man an actor; one page's "Burma" ("bis Burma, Thailand und Malaysia") is lost.
 * GMB and WikiGold (English) unchanged.
 */
export function countryLooseSpellings(): ReadonlySet<string> {
  if (entries === null) countryEntries();
  return loose;
}

/**
 * The country names in other languages that are also given names ("Maurice" for Mauritius, "Dominique"
 * for Dominica, "Francia", "Italia"): in a text read for known names alone, the entity finder takes one
 * only where no capitalised word stands beside it, as it does a capital ("Maurice Ravel", "Francia
 * Márquez" are people; "en Francia y en Italia" are countries).
 */
export function countryGivenNames(): ReadonlySet<string> {
  if (entries === null) countryEntries();
  return givenNamed;
}
