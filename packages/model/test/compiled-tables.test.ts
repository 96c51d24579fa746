import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_KEYS_TABLE, backgroundKeyTable } from '../src/background-df.js';
import { COUNTRY_TABLE, countryTable } from '../src/country-entries.js';

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
});
