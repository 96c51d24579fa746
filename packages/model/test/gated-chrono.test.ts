import * as de from 'chrono-node/de';
import * as en from 'chrono-node/en';
import * as fr from 'chrono-node/fr';
import * as nl from 'chrono-node/nl';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { strictEnglish, withPatternsKept } from '../src/gated-chrono.js';

// pieces of dates and of what stands near them, in several cases, with the characters that fold
// oddly under /i (long s, Kelvin sign, dotted I) and separators
const PIECES = [
  'January',
  'jan',
  'Jan.',
  'FEB',
  'march',
  'Mar',
  'Apr.',
  'May',
  'june',
  'Jul',
  'August',
  'Sept.',
  'sep',
  'Oct',
  'nov.',
  'December',
  'Monday',
  'mon',
  'Tue.',
  'wednesday',
  'Thurs.',
  'thu',
  'FRI',
  'Sat',
  'sun.',
  'weekend',
  'weekday',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'MONTHS',
  'year',
  'years',
  'hour',
  'minutes',
  'second',
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
  'an',
  'few',
  'several',
  'couple',
  'half',
  'three',
  'twelve',
  'first',
  'twenty-first',
  'third',
  'this',
  'last',
  'next',
  'at',
  'from',
  'to',
  'until',
  'am',
  'pm',
  'a.m.',
  "o'clock",
  'at night',
  'T',
  'Z',
  'BC',
  'AD',
  '2024',
  '1999',
  '0',
  '5',
  '12',
  '31',
  '99',
  '2',
  '13',
  '2024-03-05',
  '12:30',
  '5/3',
  '05.01.2020',
  '3/2024',
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
  'ſ',
  'K',
  'İ',
  'x',
  'news',
  'Mayor',
  'Monet',
  'sunny',
  'Today',
  'Oktober',
  'mai',
  'für',
  'während',
  'il y a',
  'binnen',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const spaced = fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }).map((parts) => parts.join(' '));
const texts = fc.oneof(text, spaced);

/** What a result says, as plain data. */
function plain(results: ReturnType<typeof en.strict.parse>) {
  return results.map((r) => ({
    index: r.index,
    text: r.text,
    tags: [...r.tags()].sort(),
    start: r.start.date().getTime(),
    certain: (['year', 'month', 'day', 'weekday', 'hour', 'minute'] as const).map((k) =>
      r.start.isCertain(k) ? r.start.get(k) : null,
    ),
    end: r.end?.date().getTime() ?? null,
  }));
}

/** The day relative dates count from, the same for both parsers compared (not the clock). */
const reference = new Date(Date.UTC(2024, 5, 15, 12));

describe('strictEnglish', () => {
  it('gives what chrono gives, for any text', () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(plain(strictEnglish.parse(t, reference))).toEqual(plain(en.strict.parse(t, reference)));
      }),
      { numRuns: 3000 },
    );
  });

  it('skips a parser only where its pattern matches nowhere', () => {
    // chrono runs a parser's pattern on the text and on what follows each match: a parser left out
    // must match no end of the text
    fc.assert(
      fc.property(texts, (t) => {
        const kept = strictEnglish.chronoFor(t).parsers;
        for (const parser of en.strict.parsers) {
          if (kept.includes(parser)) continue;
          const pattern = parser.pattern({ text: t, option: {} } as never);
          for (let i = 0; i < t.length; i++) expect(pattern.exec(t.slice(i))).toBeNull();
        }
      }),
      { numRuns: 1500 },
    );
  });

  it('has a test for every parser of the strict English configuration', () => {
    const kept = strictEnglish.chronoFor('').parsers.map((p) => p.constructor.name);
    expect(kept).toEqual([]);
  });

  it('reads a dateline as chrono does', () => {
    const line = 'Saturday 26 December 2020, 10:30 am';
    expect(plain(strictEnglish.parse(line, reference))).toEqual(plain(en.strict.parse(line, reference)));
    expect(strictEnglish.parse(line)[0]?.text).toBe('Saturday 26 December 2020, 10:30 am');
  });
});

describe('withPatternsKept', () => {
  it('gives what each language gives', () => {
    const kept = [de, fr, nl].map((l) => [l.strict, withPatternsKept(l.strict)] as const);
    fc.assert(
      fc.property(texts, (t) => {
        // one reference for both: "2024 second later" counts from it, and two clocks a moment apart
        // had given two times (one run in about ten)
        for (const [chrono, same] of kept)
          expect(plain(same.parse(t, reference))).toEqual(plain(chrono.parse(t, reference)));
      }),
      { numRuns: 500 },
    );
  });
});
