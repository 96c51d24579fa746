import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachCapitalisedWord } from '../src/capitalised-words.js';
import { countWords } from '../src/text-stats.js';
import { readTextWords } from '../src/text-words.js';

const PARTS = ['a', 'B', 'Ü', 'ß', '1', ' ', ',', ';', ':', '.', "'", '-', '_', 'Ab', 'Xyz', '\n', 'é', 'Ж'];

describe('readTextWords', () => {
  it.each([
    ['in the BMP', PARTS],
    ['outside it too', [...PARTS, '𝐀']],
  ])(
    'counts the words countWords counts and finds the words forEachCapitalisedWord finds, characters %s',
    (_, parts) => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 24 }), (chosen) => {
          const s = chosen.join('');
          const found: number[] = [];
          forEachCapitalisedWord(s, (a, b) => found.push(a, b));
          const read = readTextWords(s);
          expect([read.count, [...read.capitalised]]).toEqual([countWords(s), found]);
        }),
        { numRuns: 5000 },
      );
    },
  );

  // texts of more capitalised words than the first table holds (32 words): it grows, by a size kept
  // beside it, and the texts come as one- and two-byte strings, flat and joined (speed104)
  it('finds the words forEachCapitalisedWord finds in texts of many capitalised words', () => {
    const word = fc.constantFrom('Norvale', 'Kestrel', 'Union', 'Ölby', 'and', 'the', ',', '.', 'Жар');
    fc.assert(
      fc.property(fc.array(word, { minLength: 60, maxLength: 400 }), fc.boolean(), (words, joined) => {
        const s = joined ? `x ${words.join(' ')}` : ['x', ...words].join(' ');
        const found: number[] = [];
        forEachCapitalisedWord(s, (a, b) => found.push(a, b));
        const read = readTextWords(s);
        expect([read.count, [...read.capitalised]]).toEqual([countWords(s), found]);
      }),
      { numRuns: 300 },
    );
  });
});
