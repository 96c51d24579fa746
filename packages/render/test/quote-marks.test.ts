import { describe, expect, it } from 'vitest';
import { curlQuotes, nestQuotes } from '../src/quote-marks.js';

describe('curlQuotes', () => {
  it('makes pairs of straight double marks curly, and leaves apostrophes, curly marks and an unpaired mark', () => {
    expect(
      [
        'Harbour board backs "Blue Line" ferry plan',
        '"We will not wait," the mayor said.',
        'The council\'s "final" offer',
        'Ferry "Osprey" and "Tern" resume (from "Monday")',
        'Tarnby’s “new” quay',
        'A 12" record and a "rare find',
        'He said "no',
        'word"word and "',
      ].map(curlQuotes),
    ).toEqual([
      'Harbour board backs “Blue Line” ferry plan',
      '“We will not wait,” the mayor said.',
      "The council's “final” offer",
      'Ferry “Osprey” and “Tern” resume (from “Monday”)',
      'Tarnby’s “new” quay',
      'A 12" record and a "rare find',
      'He said "no',
      'word"word and "',
    ]);
  });
});

describe('nestQuotes', () => {
  it('gives a quotation inside a quotation single marks, straight pairs or curly ones, and leaves the rest', () => {
    expect(
      [
        'Harbour board backs "Blue Line" ferry plan',
        'Harbour board backs “Blue Line” ferry plan',
        "The council's ‘final’ offer",
        'Tarnby’s quay',
        'A 12" record and a "rare find',
      ].map(nestQuotes),
    ).toEqual([
      'Harbour board backs ‘Blue Line’ ferry plan',
      'Harbour board backs ‘Blue Line’ ferry plan',
      "The council's ‘final’ offer",
      'Tarnby’s quay',
      'A 12" record and a "rare find',
    ]);
  });
});
