import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mayOpenAs, tabulateStarts } from '../src/word-starts.js';

describe('mayOpenAs', () => {
  it('says no only of a word none of the words is, lower-cased (with a final full stop dropped)', () => {
    const words = ['ltd', 'co', 'ag', 's', 'bhd', 'ésa', 'aé', 'sdn'];
    const table = tabulateStarts(words);
    const word = fc.oneof(
      fc.constantFrom(
        ...words.flatMap((w) => [w, w.toUpperCase(), `${w[0]?.toUpperCase()}${w.slice(1)}`, `${w}.`]),
      ),
      fc.string({ unit: 'binary', maxLength: 5 }),
      fc.string({ unit: fc.constantFrom('A', 'a', 'G', 'g', 'S', 's', '.', 'İ', 'É', 'K'), maxLength: 4 }),
    );
    fc.assert(
      fc.property(word, fc.boolean(), (w, dropsStop) => {
        const lower = w.toLowerCase();
        const key = dropsStop && lower.endsWith('.') ? lower.slice(0, -1) : lower;
        if (words.includes(key)) expect(mayOpenAs(table, w, dropsStop)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(mayOpenAs(table, 'Berlin')).toBe(false);
    expect(mayOpenAs(table, 'LTD')).toBe(true);
    expect(mayOpenAs(table, 'S.', true)).toBe(true);
    expect(mayOpenAs(table, 'S.')).toBe(false);
  });
});
