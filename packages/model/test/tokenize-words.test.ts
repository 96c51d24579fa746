import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeWords } from '../src/tokenize-words.js';

// the pattern tokenizeWords reads by character codes, as it was written before: the reference
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:(?:[-&.]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|\S/gu;
const byPattern = (text: string) =>
  [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
const words = (text: string) => tokenizeWords(text).map((t) => t.text);

describe('tokenizeWords: news tokens with offsets', () => {
  it('keeps dotted abbreviations, titles before a name, inner hyphens and apostrophes whole', () => {
    expect(words("Gen. Ana al-Amin of the U.S. met O'Brien’s aide at AT&T, 3.5 km away.")).toEqual([
      'Gen.',
      'Ana',
      'al-Amin',
      'of',
      'the',
      'U.S.',
      'met',
      "O'Brien",
      '’s',
      'aide',
      'at',
      'AT&T',
      ',',
      '3.5',
      'km',
      'away',
      '.',
    ]);
  });

  it('splits as the pattern does on any text of letters, marks and spaces (ASCII or not)', () => {
    const chars = fc.constantFrom(
      ..."aAsSZx. .-&'’_1\u00a0\u2009\n\téÉßİǅ“”—²\u2028ſKüÖ×÷µªʰ\u0301٣€\u3000".split(''),
      '𝐀',
      '\ud835',
      'Gen. ',
      'U.S.',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(tokenizeWords(text)).toEqual(byPattern(text));
      }),
      { numRuns: 20000 },
    );
  });
});
