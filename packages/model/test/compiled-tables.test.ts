import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_KEYS_TABLE, backgroundKeyTable } from '../src/background-df.js';
import { BUILT_IN_INDEX_TABLE, builtInIndexTable } from '../src/built-in-index.js';
import { COUNTRY_TABLE, countryTable } from '../src/country-entries.js';
import { EntityIndex } from '../src/entity-index.js';
import { DECODED_TAGGER_TABLE, EntityTagger, shippedTagger } from '../src/entity-tagger.js';
import { VALENCE_WORDS_TABLE, valenceWordTable } from '../src/find-stances.js';
import { MEASURE_CODES_TABLE, measureCodeTable } from '../src/measure-codes.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** A table the build wrote under dist/data (scripts/compile-tables.mjs). */
const built = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../dist/data/${name}`, import.meta.url), 'utf8'));

describe('the tables the build derives for a parse thread', () => {
  it('holds the country entries and capitals as countryTable derives them', () => {
    expect(built(COUNTRY_TABLE)).toEqual(countryTable());
  });

  it('holds the background counts by key as backgroundKeyTable derives them', () => {
    expect(built(BACKGROUND_KEYS_TABLE)).toEqual(backgroundKeyTable());
  });

  it('holds the built-in names and their index as builtInIndexTable derives them', () => {
    expect(built(BUILT_IN_INDEX_TABLE)).toEqual(builtInIndexTable());
  });

  it('holds the valence lexicon words and their keys as valenceWordTable derives them', () => {
    expect(built(VALENCE_WORDS_TABLE)).toEqual(valenceWordTable());
  });

  it('holds the measure codes and their kinds as measureCodeTable derives them', () => {
    expect(built(MEASURE_CODES_TABLE)).toEqual(measureCodeTable());
  });

  it('holds the entity tagger decoded, read back to the same keys and weights', () => {
    const file = new URL(`../dist/data/${DECODED_TAGGER_TABLE}`, import.meta.url);
    const shipped = shippedTagger();
    // compared as bytes: a deep equality over the 2 MB of weights took 11 s alone and over 60 s on a
    // loaded machine (the suite's time limit)
    const same = (a: ArrayBufferView, b: ArrayBufferView) =>
      Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(
        Buffer.from(b.buffer, b.byteOffset, b.byteLength),
      );
    expect(same(readFileSync(file), shipped.decoded())).toBe(true);
    const read = EntityTagger.loadDecoded(file);
    expect(read && same(read.keys, shipped.keys) && same(read.units, shipped.units)).toBe(true);
    expect(read?.unit).toBe(shipped.unit);
    const words = ['Ana', 'Ruiz', 'of', 'the', 'Bank', 'of', 'England', 'said', 'so', '.'];
    expect(read?.tag(words)).toEqual(shipped.tag(words));
  });

  it('makes an index from its table that finds what the derived index finds', () => {
    const { entries, index } = builtInIndexTable();
    const derived = new EntityIndex(entries);
    const read = new EntityIndex(entries, index);
    expect(read.table()).toEqual(derived.table());
    const sentence = 'The U.S. and the WHO met in Nairobi; Kenyan officials and NATO said so.';
    const tokens = tokenizeWords(sentence);
    expect(read.matches(tokens, sentence)).toEqual(derived.matches(tokens, sentence));
    expect(read.matches(tokens, sentence).length).toBeGreaterThan(3);
  });
});
