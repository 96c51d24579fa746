import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readYamlData } from '../src/data-file.js';
import { modelFile } from '../src/model-files.js';
import { isOrganisationHead, isOrganisationWord, isTradeWord } from '../src/organisation-words.js';
import { isQuoteMark } from '../src/span-words.js';

/** The lists of `data/organisation-words.yaml` the three look-ups read. */
const lists = readYamlData(modelFile('data/organisation-words.yaml')) as Record<
  'words' | 'newspapers' | 'trades',
  string[]
>;
const words = new Set(lists.words);
const newspapers = new Set(lists.newspapers);
const trades = new Set(lists.trades);
const withoutFullStop = (w: string) => (w.endsWith('.') ? w.slice(0, -1) : w);

/** The look-ups as they read before their first two letters were asked first (issue 17). */
const before = {
  isOrganisationWord: (w: string) => words.has(withoutFullStop(w.toLowerCase())),
  isOrganisationHead: (w: string) =>
    words.has(withoutFullStop(w.toLowerCase())) || newspapers.has(w.toLowerCase()),
  isTradeWord: (w: string) => trades.has(w.toLowerCase()),
};

describe('the organisation words asked by their first two letters first', () => {
  it('answer as the lists do, in any case, with a full stop or not, and for any other word', () => {
    const listed = [...words, ...newspapers, ...trades];
    const word = fc.oneof(
      fc.constantFrom(
        ...listed.flatMap((w) => [
          w,
          w.toUpperCase(),
          `${w[0]?.toUpperCase()}${w.slice(1)}`,
          `${w}.`,
          `${w.slice(0, 1)}.`,
          w.slice(0, 2),
        ]),
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.string({ unit: fc.constantFrom('C', 'c', 'O', 'o', '.', 'İ', 'K', 'ı', 'S', 's'), maxLength: 4 }),
    );
    fc.assert(
      fc.property(word, (w) => {
        expect(isOrganisationWord(w)).toBe(before.isOrganisationWord(w));
        expect(isOrganisationHead(w)).toBe(before.isOrganisationHead(w));
        expect(isTradeWord(w)).toBe(before.isTradeWord(w));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isQuoteMark', () => {
  it('is the pattern it replaced, of every unit alone and of longer tokens', () => {
    const QUOTE = /^["“”'‘’]$/u;
    for (let c = 0; c < 0x10000; c++) {
      const w = String.fromCharCode(c);
      expect(isQuoteMark(w)).toBe(QUOTE.test(w));
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('"', "'", '’', '“', 'a', '\n'), maxLength: 3 }), (w) => {
        expect(isQuoteMark(w)).toBe(QUOTE.test(w));
      }),
    );
  });
});
