import type { GazetteerEntry } from './gazetteer.js';
import { requireFromModel } from './model-files.js';

interface WorldCountry {
  name: { common: string; official: string };
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

let entries: GazetteerEntry[] | null = null;
const capitals = new Set<string>();

/**
 * One entry per country of the `world-countries` package: its common name, official name, English
 * spellings, demonyms (with plurals: "Kenyan", "Kenyans") and capitals ("Nairobi said" is Kenya), all
 * one country actor. Read once.
 * @returns a fresh copy of the entries
 */
export function countryEntries(): GazetteerEntry[] {
  const all = requireFromModel('world-countries/countries.json') as WorldCountry[];
  // sovereign states first: a demonym or capital two entries share ("American") goes to the state
  const ordered = [...all].sort((a, b) => Number(b.unMember ?? false) - Number(a.unMember ?? false));
  entries ??= ordered.map((c) => {
    // the two-letter ISO code is no name in running text, and many are common acronyms ("GM", "AI",
    // "IS", "PR"); the one news writes as a name ("US") comes from data/country-names.yaml
    const aliases = new Set<string>([c.name.official, ...c.altSpellings.filter((a) => a !== c.cca2)]);
    for (const d of new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f])) {
      if (!d) continue;
      aliases.add(d);
      if (!/(?:s|sh|ch|ese)$/.test(d)) aliases.add(`${d}s`);
    }
    for (const capital of c.capital) {
      aliases.add(capital);
      capitals.add(capital);
      // "Washington D.C." is "Washington" in running text
      const bare = capital.replace(/,?\s+D\.C\.$/, '');
      aliases.add(bare);
      capitals.add(bare);
    }
    const name = c.name.common;
    return {
      name,
      kind: 'country' as const,
      aliases: [...aliases].filter((a) => a !== name && LATIN.test(a) && /\p{Lu}/u.test(a)).sort(),
    };
  });
  return entries.map((e) => ({ ...e, aliases: [...e.aliases] }));
}

/**
 * The capitals among the country aliases: a capital is also a city ("in Nairobi"), and some are common
 * words ("Male", "Victoria"), so the entity finder takes one only where the tagger sees a name.
 */
export function countryCapitals(): ReadonlySet<string> {
  countryEntries();
  return capitals;
}
