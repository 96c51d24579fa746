import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey } from '../src/entity-index.js';

// nameKey as written before its fast path for plain names: the reference
const byReplacing = (name: string) =>
  name
    .replace(/’/g, "'")
    .replace(/\./g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

describe('nameKey: the form a name is looked up by', () => {
  it('drops dots and a leading "the", straightens apostrophes, joins white space', () => {
    expect(['The U.S.', 'the  Hague ', 'O’Neill Group', 'Theo Ruiz'].map(nameKey)).toEqual([
      'us',
      'hague',
      "o'neill group",
      'theo ruiz',
    ]);
  });

  it('is the same on plain names and others as the replacements are', () => {
    const parts = fc.constantFrom(
      ..."tThHeE .’'\u00a0\t\nxAİ\u2009\u3000ſ".split(''),
      'the ',
      'The ',
      'THE  ',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }), (p) => {
        const name = p.join('');
        expect(nameKey(name)).toBe(byReplacing(name));
      }),
      { numRuns: 20000 },
    );
  });
});
