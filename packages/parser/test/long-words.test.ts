import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longWords } from '../src/text/count-words.js';

// the pattern the walk replaced is the oracle
const byPattern = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];

describe('longWords', () => {
  it('gives the lower-cased runs of four letters or more, as the pattern did (fast-check)', () => {
    const unit = fc.oneof(
      fc.constantFrom(
        'a',
        'Z',
        'é',
        'İ',
        'ß',
        'Σ',
        'ǅ',
        'ﬀ',
        '日',
        '𝐀',
        '𝟎',
        '\ud800',
        '\udc00',
        '²',
        '3',
        '_',
      ),
      fc.constantFrom(' ', '-', "'", '\u0301', '\u00a0'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(longWords(text)).toEqual(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps repeats, in order', () => {
    expect(longWords('Policy and POLICY, the Ministry’s plans')).toEqual([
      'policy',
      'policy',
      'ministry',
      'plans',
    ]);
  });
});
