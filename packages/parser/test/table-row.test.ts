import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTableRow, opensNumber, splitCount } from '../src/text/mark-runs.js';

/** The row test as it was written before the walk (the oracle). */
function byTokens(text: string): boolean {
  const tokens = text.split(/\s+/);
  const numbers = tokens.filter((t) => /^[-+]?\p{N}[\p{N}.,:%]*$/u.test(t)).length;
  return tokens.length >= 4 && numbers >= 2 && numbers / tokens.length >= 0.34;
}

describe('isTableRow', () => {
  it('tells table rows', () => {
    expect(isTableRow('1. FC Köln 34 20 8 6 60:30 68')).toBe(true);
    expect(isTableRow('In 2019 the club won 3 of its 34 games and lost the rest of them.')).toBe(false);
  });

  it('agrees with the split tokens on any text', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '-', '+', '.', ',', ':', '%'),
      fc.constantFrom('1', '42', '²', '½', '٣', '\ud835\udfce', 'Ⅻ', '〇', '²³', '-5', '+3', '1:0'),
      fc.constantFrom('a', 'FC', 'é', 'Köln', '\ud835\udc00', '\ud800'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const text = units.join('');
        expect(isTableRow(text)).toBe(byTokens(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('opens a number token on the code units its pattern names, and no others', () => {
    const pattern = /[-+0-9\u00b2\u00b3\u00b9\u00bc-\u00be\u0660-\u1fff\u2070-\uffff]/;
    for (let c = 0; c <= 0xffff; c++)
      if (opensNumber(c) !== pattern.test(String.fromCharCode(c))) expect.fail(`U+${c.toString(16)}`);
  });

  it('counts the parts of a split line without splitting it', () => {
    const unit = fc.constantFrom(
      ' ',
      '  ',
      '\t',
      '\u00a0',
      '\u3000',
      '\u2028',
      '\ufeff',
      'a',
      'Q',
      ':',
      'é',
      '1',
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.nat(25), (units, cut) => {
        const text = units.join('');
        const end = Math.min(cut, text.length);
        expect(splitCount(text, end)).toBe(text.slice(0, end).split(/\s+/).length);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
