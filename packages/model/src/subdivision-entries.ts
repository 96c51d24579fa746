import { COUNTRIES } from './country-entries.js';
import type { GazetteerEntry } from './gazetteer.js';
import { requireFromModel } from './model-files.js';
import { isCompassWord, isPlaceWord, makesRegion } from './place-words.js';

/** One country of the `iso3166-2-db` package's English names (`i18n/en.json`). */
interface SubdivisionCountry {
  regions: { name: string }[];
}

/** The English names of the first-level subdivisions, by ISO 3166-1 alpha-2 code. */
export const SUBDIVISIONS = 'iso3166-2-db/i18n/en.json';

/** The names and aliases of the entries {@link subdivisionEntries} last made. */
let names = new Set<string>();

/** Latin-script names only, as in `country-entries.ts`. */
const LATIN = /^[\p{Script=Latin} .'’-]+$/u;

/**
 * One place entry per first-level subdivision (state, province, region) of the `iso3166-2-db`
 * package's English names, for the names no earlier entry has: "California", "Punjab" (one entry for
 * India's and Pakistan's), "Nineveh" with its whole name "Nineveh Province" as an alias (news writes
 * "Nineveh province"; see {@link bareName}). A name of direction words alone ("Central" of "Central Province", "North West", Haiti's "Nord") is left
 * out, as is a place's head noun alone ("Gulf" of "Gulf Province"). The entity index takes each only
 * where the tagger also sees a name (see `EntityIndex`), as it does a capital, and not where it reads a
 * person ("Virginia said"; see `findEntities`).
 * @param known the keys (lower case) of the names earlier entries have, which keep them ("Georgia",
 *   "Washington")
 * @returns the entries, each name once
 */
export function subdivisionEntries(known: ReadonlySet<string>): GazetteerEntry[] {
  const countries = requireFromModel(SUBDIVISIONS) as Record<string, SubdivisionCountry>;
  const wholes = Object.values(countries).flatMap((c) => c.regions.map((r) => r.name));
  const units = unitWords(wholes);
  const taken = new Set(known);
  const out: GazetteerEntry[] = [];
  for (const whole of wholes) {
    if (!LATIN.test(whole) || !/^\p{Lu}/u.test(whole)) continue;
    const name = bareName(whole, units);
    // "Central" (Province), "North West", Haiti's "Nord-Ouest": no one place; nor is a place's head noun
    // alone, "Gulf" (Province), which had split "Gulf of Mexico" in two
    if (
      name.split(' ').every(makesRegion) ||
      name.split(/[ -]/).every(isCompassWord) ||
      isPlaceWord(name) ||
      taken.has(name.toLowerCase())
    )
      continue;
    taken.add(name.toLowerCase());
    const aliases = name === whole || taken.has(whole.toLowerCase()) ? [] : [whole];
    for (const a of aliases) taken.add(a.toLowerCase());
    out.push({ name, kind: 'place', aliases });
  }
  names = new Set(out.flatMap((e) => [e.name, ...e.aliases]));
  return out;
}

/**
 * The last words that say a subdivision's unit ("Province", "Governorate"): a unit of `last` in
 * `data/place-words.yaml` that ends 30 names of the data or more.
 */
function unitWords(wholes: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const whole of wholes) {
    const last = whole.split(/\s+/).at(-1) as string;
    if (last !== whole && isPlaceWord(last)) counts.set(last, (counts.get(last) ?? 0) + 1);
  }
  // measured on iso3166-2-db 2.3.11's English names: Province 691, Region 267 … Parish 39 are units;
  // Island 26 and Islands 9 end names whose first word alone names nothing ("Long Island", "Cat Island")
  return new Set([...counts].filter(([, n]) => n >= 30).map(([word]) => word));
}

/**
 * A subdivision's name without its unit's word ("Nineveh Province" → "Nineveh"), unless that leaves a
 * word that starts with no capital, or a name's possessive ("Smith's" of "Smith's Parish", "Saint
 * George's" of "Saint George's Parish"): English writes any person's possessive so ("Smith's drawings"),
 * and a piece on an artist named Smith had made "Smith's" a place of six mentions.
 */
function bareName(whole: string, units: ReadonlySet<string>): string {
  const words = whole.split(/\s+/);
  if (words.length < 2 || !units.has(words.at(-1) as string)) return whole;
  const bare = words.slice(0, -1).join(' ');
  if (!/^\p{Lu}/u.test(bare) || /['’]s$/u.test(bare)) return whole;
  return bare;
}

/**
 * The names and aliases of the subdivisions' entries, which the entity index takes only where the
 * tagger also sees a name ("Virginia said" may be a person; "Alberta" a person's name too).
 * @returns the names, as {@link subdivisionEntries} last made them (none before)
 */
export function subdivisionNames(): ReadonlySet<string> {
  return names;
}

/**
 * A country's name that another country's first-level subdivision also has, and the other names each
 * side's readers meet beside it (see {@link sharedCountryNames}).
 */
export interface SharedCountryName {
  /** The keys (lower case) of the country's own subdivisions' names ("tbilisi", "adjara" for Georgia). */
  own: ReadonlySet<string>;
  /** The keys of the other subdivisions of the country the namesake lies in ("florida", "alabama"). */
  beside: ReadonlySet<string>;
}

let shared: Map<string, SharedCountryName> | null = null;

/** Each country's English name and the keys of its subdivisions' names, whole and bare, by ISO code. */
let regionKeys: Map<string, { name: string; keys: Set<string> }> | null = null;

/** Reads {@link regionKeys} from the package once a thread, when first asked. */
function regionKeysByCode(): Map<string, { name: string; keys: Set<string> }> {
  if (regionKeys !== null) return regionKeys;
  const countries = requireFromModel(SUBDIVISIONS) as Record<string, SubdivisionCountry & { name: string }>;
  const units = unitWords(Object.values(countries).flatMap((c) => c.regions.map((r) => r.name)));
  regionKeys = new Map();
  for (const [code, c] of Object.entries(countries)) {
    const keys = new Set(
      c.regions.flatMap((r) => [r.name.toLowerCase(), bareName(r.name, units).toLowerCase()]),
    );
    regionKeys.set(code, { name: c.name, keys });
  }
  return regionKeys;
}

/**
 * The country names that a subdivision of another country has too, by the key (lower case) of the
 * country's name, from the `iso3166-2-db` package's English names: "georgia", a country and a US state
 * (iso3166-2-db 2.3.11 has that one; Nigeria's "Niger State" keeps its unit's word). `findEntities`
 * reads such a name as the subdivision in an article that places it among its neighbours (see
 * `entriesReadAsSubdivisions`).
 * @returns the names, each with the keys of both sides' subdivisions
 */
export function sharedCountryNames(): ReadonlyMap<string, SharedCountryName> {
  if (shared !== null) return shared;
  const byCode = regionKeysByCode();
  const byName = new Map([...byCode.values()].map((c) => [c.name.toLowerCase(), c]));
  shared = new Map();
  for (const parent of byCode.values())
    for (const key of parent.keys) {
      const country = byName.get(key);
      if (country === undefined || country === parent) continue;
      const beside = new Set(parent.keys);
      beside.delete(key);
      shared.set(key, { own: country.keys, beside });
    }
  return shared;
}

/** The keys of each country's subdivisions' names, by the key of each of its capitals (see {@link inCapitalsCountry}). */
let byCapital: Map<string, ReadonlySet<string>> | null = null;

/**
 * Whether a subdivision's name is one of a capital's own country's subdivisions ("Daejeon" of Seoul's
 * South Korea, "Utrecht" of Amsterdam's Netherlands), from the `world-countries` package's capitals and
 * `iso3166-2-db`'s subdivisions. Read only for a capital a comma and a subdivision follow, so that the
 * packages are loaded in few threads.
 * @param capital a capital's name as written
 * @param subdivision a subdivision's name as written
 */
export function inCapitalsCountry(capital: string, subdivision: string): boolean {
  if (byCapital === null) {
    const byCode = regionKeysByCode();
    const world = requireFromModel(COUNTRIES) as { cca2: string; capital: string[] }[];
    byCapital = new Map();
    for (const c of world)
      for (const capital of c.capital)
        byCapital.set(capital.toLowerCase(), byCode.get(c.cca2)?.keys ?? new Set());
  }
  return byCapital.get(capital.toLowerCase())?.has(subdivision.toLowerCase()) ?? false;
}
