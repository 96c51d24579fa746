import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthNameDate, yearMonthDayDate } from '../src/text/written-dates.js';

// lines of the parts the two readers look for, with years of other centuries and bare numbers beside them
const parts = fc.constantFrom(
  ...['1', '14', '09', '3.', '31', '2', '19', '20', '192', '2021', '1999', '1899', '2100', '20022'],
  ...['Januar', 'mayo', 'ledna', 'Juli', 'März', 'listopad', 'মে', 'Norvale', 'de', 'del', 'the'],
  ...['年', '月', '日', '년', '월', '일'],
);
const gaps = fc.constantFrom(' ', ' ', ', ', ' / ', '/', '. ', '', '\u00a0');
const lines = fc
  .array(fc.tuple(parts, gaps), { maxLength: 8 })
  .map((pairs) => pairs.map(([part, gap]) => part + gap).join(''));

describe('the written dates of other languages', () => {
  it('read a line without a year of this or the last century as they read it with one set apart', () => {
    // "|2000" after the line opens no date of its own and joins none of the line's: with it, the line
    // always has the year the readers ask for first, and the readers run their patterns in full
    fc.assert(
      fc.property(lines, (line) => {
        expect(monthNameDate(line)).toEqual(monthNameDate(`${line}|2000`));
        expect(yearMonthDayDate(line)).toEqual(yearMonthDayDate(`${line}|2000`));
      }),
      { numRuns: 3000 },
    );
    expect(monthNameDate('Norvale, 14 Januar 2022')).toEqual({ date: '2022-01-14', index: 9, end: 23 });
    expect(monthNameDate('Norvale, 14 Januar 1899')).toBeNull();
    expect(yearMonthDayDate('2025年4月1日')).toEqual({ date: '2025-04-01', index: 0, end: 9 });
  });
});
