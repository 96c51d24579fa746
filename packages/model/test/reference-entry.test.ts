import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citedLines, isReferenceEntry, mayBeListHeading } from '../src/reference-entry.js';

describe('citedLines: the quick tests before the patterns', () => {
  // the list heading's pattern as reference-entry.ts writes it
  const LIST_HEADING = /^\s*\p{Lu}\p{L}*(?:\s+\p{L}+){0,3}:?\s*$/u;
  const pieces = [
    'References',
    'Notes',
    'see',
    'also',
    'É',
    'é',
    'Σ',
    '𝐀',
    ':',
    '.',
    '1',
    ' ',
    '  ',
    '\t',
    '\u00a0',
    '\u3000',
    '"',
  ];

  it('passes every line the heading pattern takes', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 10 }), (parts) => {
        const line = parts.join('');
        if (LIST_HEADING.test(line)) expect(mayBeListHeading(line)).toBe(true);
      }),
      { numRuns: 30000 },
    );
    expect(
      ['References', '  Further reading: ', 'Éditions', 'He said so.', 'see also'].map(mayBeListHeading),
    ).toEqual([true, true, true, false, false]);
  });

  it('still reads a heading over an entry and an access stamp', () => {
    const text = 'He said so.\nReferences:\n"The report". Example News. Retrieved 4 May 2021.\nThat was all.';
    expect(citedLines(text)).toEqual([
      [12, 23],
      [24, 73],
    ]);
    expect(isReferenceEntry('Archived from the original on 3 May 2020.')).toBe(true);
    expect(isReferenceEntry('Data retrieved in May.')).toBe(false);
  });
});
