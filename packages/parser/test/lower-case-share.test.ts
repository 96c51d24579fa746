import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowerCaseShare } from '../src/text/lower-case-share.js';

/** The definition the walk over the characters stands for. */
function byWords(text: string): number {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.filter((w) => /^\p{Ll}/u.test(w)).length / (words.length || 1);
}

describe('lowerCaseShare', () => {
  it('gives the share of split words holding a letter that open in lower case', () => {
    for (const text of [
      '',
      '   ',
      'the Minister said',
      ' x  Y ',
      '\u00a0a\u2003B\u3000c\ufeffD',
      '\ud835\udc1a bc', // a mathematical small a (beyond the BMP) opens a word in lower case
      '\ud835\udc00b c',
      '\udc00a lone',
      'é É ß',
      '1 2 a — “quoted” (paren)',
    ])
      expect(lowerCaseShare(text), JSON.stringify(text)).toBe(byWords(text));
  });

  it('agrees with the definition on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\t', '\u00a0', '\u2009', '\u3000', 'a', 'B', 'é', 'Σ', 'σ', '1', '-', '“'),
      fc.string({ unit: 'binary', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(lowerCaseShare(text)).toBe(byWords(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
