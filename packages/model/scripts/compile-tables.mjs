// Writes the tables a parse thread would otherwise derive from the data at its start (part of the
// build, after tsc), as JSON under `dist/data/`: the country entries (`world-countries` and the
// background counts), the background counts by term key, the index of the built-in names (the
// countries first: the index is made of them), the valence lexicon's words by key, the measure
// codes' kinds, and the entity tagger's model decoded (binary). Derived in
// place, in code not yet compiled, they were most of a thread's first page; `readCompiledTable` reads
// one only when it is at least as new as each file it comes from, so an edited data file is read as it is.
// Usage: node scripts/compile-tables.mjs (in packages/model, after `tsc`)
import { mkdirSync, writeFileSync } from 'node:fs';
import { BACKGROUND_KEYS_TABLE, backgroundKeyTable } from '../dist/background-df.js';
import { BUILT_IN_INDEX_TABLE, builtInIndexTable } from '../dist/built-in-index.js';
import { COUNTRY_TABLE, countryTable } from '../dist/country-entries.js';
import { DECODED_TAGGER_TABLE, shippedTagger } from '../dist/entity-tagger.js';
import { VALENCE_WORDS_TABLE, valenceWordTable } from '../dist/find-stances.js';
import { MEASURE_CODES_TABLE, measureCodeTable } from '../dist/measure-codes.js';

const to = new URL('../dist/data/', import.meta.url);
mkdirSync(to, { recursive: true });
writeFileSync(new URL(COUNTRY_TABLE, to), JSON.stringify(countryTable()));
writeFileSync(new URL(BACKGROUND_KEYS_TABLE, to), JSON.stringify(backgroundKeyTable()));
writeFileSync(new URL(BUILT_IN_INDEX_TABLE, to), JSON.stringify(builtInIndexTable()));
writeFileSync(new URL(VALENCE_WORDS_TABLE, to), JSON.stringify(valenceWordTable()));
writeFileSync(new URL(MEASURE_CODES_TABLE, to), JSON.stringify(measureCodeTable()));
writeFileSync(new URL(DECODED_TAGGER_TABLE, to), shippedTagger().decoded());
