import * as en from 'chrono-node/en';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATELINE_PARTS } from '../src/text/find-published.js';

// what chrono's English reads besides dates: weekdays, times, spans, numbers of one to three digits,
// with separators that make no date in numbers; and a few month-like pieces the test must let through
const PIECES = [
  'Monday',
  'mon',
  'Tue.',
  'Thurs',
  'friday',
  'Sat',
  'sun.',
  'weekend',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'hour',
  'minutes',
  'quarter',
  'ago',
  'before',
  'earlier',
  'later',
  'after',
  'from now',
  'within',
  'in',
  'for',
  'on',
  'of',
  'the',
  'a',
  'few',
  'three',
  'twelve',
  'first',
  'twenty-first',
  'this',
  'last',
  'next',
  'at',
  'from',
  'to',
  'until',
  'till',
  'through',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  "o'clock",
  'at night',
  'in the morning',
  'tomorrow',
  'yesterday',
  'today',
  'noon',
  'T',
  'Z',
  'BC',
  'AD',
  'CE',
  '0',
  '5',
  '12',
  '31',
  '99',
  '123',
  '10:30',
  '9:05:07',
  '7',
  '24',
  ' ',
  ' ',
  ' ',
  ',',
  '.',
  '/',
  '-',
  ':',
  '(',
  ')',
  '–',
  '+',
  'ſ',
  'K',
  'İ',
  'x',
  'news',
  'Ma',
  'Dec',
  'jan',
  '2024',
  '3/4',
  '1.5',
  'y',
  'De',
  'c',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(' '));

describe('DATELINE_PARTS', () => {
  it('lets through every line where chrono finds a date a dateline can be', () => {
    fc.assert(
      fc.property(fc.oneof(text, spaced), (t) => {
        if (DATELINE_PARTS.test(t)) return;
        // what findDateline takes from chrono: not counted from today, the month and the day or year stated
        const dated = en.strict
          .parse(t)
          .filter(
            (r) =>
              !r.tags().has('result/relativeDate') &&
              r.start.isCertain('month') &&
              (r.start.isCertain('day') || r.start.isCertain('year')),
          );
        expect(dated.map((r) => r.text)).toEqual([]);
      }),
      { numRuns: 4000 },
    );
  });

  it('lets through the dates in numbers and the months', () => {
    for (const line of ['2024', '5/3', '05.01.2020', '3-4', 'Sept. 5', 'DEC 1'])
      expect(DATELINE_PARTS.test(line), line).toBe(true);
    expect(DATELINE_PARTS.test('Monday 10:30 a.m., three days ago')).toBe(false);
  });
});
