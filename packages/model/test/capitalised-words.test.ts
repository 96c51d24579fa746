import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPITALISED_WORD, forEachCapitalisedWord } from '../src/capitalised-words.js';

const PARTS = ['a', 'B', 'Ü', 'ß', '1', ' ', ',', ';', ':', '.', "'", '-', 'Ab', 'Xyz', '\n', 'é'];

describe('forEachCapitalisedWord', () => {
  it.each([
    ['in the BMP', PARTS],
    ['outside it too', [...PARTS, '𝐀']],
  ])('finds what its pattern finds, characters %s', (_, parts) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (chosen) => {
        const s = chosen.join('');
        const found: [number, number][] = [];
        forEachCapitalisedWord(s, (a, b) => found.push([a, b]));
        expect(found).toEqual([...s.matchAll(CAPITALISED_WORD)].map((m) => [m.index, m.index + m[0].length]));
      }),
      { numRuns: 5000 },
    );
  });
});
