import { describe, expect, it } from 'vitest';
import {
  anyCaseForms,
  bylineWords,
  bylineWordsOf,
  firstUnits,
  withSpacedOpening,
  writtenForms,
} from '../src/text/byline-words.js';

describe('byline words (data/byline-words.yaml)', () => {
  it('reads every language, and English alone', () => {
    expect(bylineWordsOf('en')).toEqual([
      'by',
      'written by',
      'words by',
      'posted by',
      'published by',
      'submitted by',
      'author:',
      'by:',
      'written by:',
    ]);
    expect(bylineWordsOf('xx')).toEqual([]);
    for (const w of ['by', 'von', 'par', 'por', 'przez', 'door', 'av', 'af'])
      expect(bylineWords().has(w), w).toBe(true);
  });

  it('writes a word in lower case, capitalised or in capitals, each word of a phrase apart', () => {
    const forms = new RegExp(`^${writtenForms(['by', 'written by'])}$`, 'u');
    for (const yes of ['by', 'By', 'BY', 'Written by', 'written By', 'WRITTEN BY'])
      expect(forms.test(yes), yes).toBe(true);
    for (const no of ['bY', 'WRITTEN by', 'Written  by', 'writtenby', 'b.y'])
      expect(forms.test(no), no).toBe(false);
  });

  it('lets through, by its first unit, every line whose opening the pattern reads', () => {
    const words = bylineWordsOf('en');
    const firsts = firstUnits(words);
    const forms = new RegExp(`^${writtenForms(words)}`, 'u');
    const rests = words.flatMap((w) => [w.slice(1), w.toUpperCase().slice(1)]);
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      for (const rest of rests)
        if (forms.test(ch + rest) && !firsts.has(c)) expect.fail(`U+${c.toString(16)} before "${rest}"`);
    }
  });

  it('matches a word in any case with the `i` flag, the longest phrase first, any spacing between', () => {
    const any = new RegExp(`^${anyCaseForms(['by', 'written by', 'von'])}(?=\\s)`, 'iu');
    const cases: [string, string][] = [
      ['By Jane Roe', 'By'],
      ['WRITTEN  BY Jane Roe', 'WRITTEN  BY'],
      ['written by Jane Roe', 'written by'],
      ['von Jane Roe', 'von'],
    ];
    for (const [line, opening] of cases) expect(any.exec(line)?.[0], line).toBe(opening);
    expect(any.test('Bylines of the week')).toBe(false);
  });
});

describe('withSpacedOpening', () => {
  it("puts back the space between a byline's word and the name run into it", () => {
    expect(withSpacedOpening('ByAna Ruiz')).toBe('By Ana Ruiz');
    expect(withSpacedOpening('PorAna Ruiz')).toBe('Por Ana Ruiz');
    expect(withSpacedOpening('VonAna Ruiz')).toBe('Von Ana Ruiz');
  });
  it('leaves a word that only opens so, a name in capitals, and two-letter openings', () => {
    for (const line of ['Bylines are short.', 'BYU Cougars', 'DiMarco', 'AvAlon', 'Parade', 'ParisMatch'])
      expect(withSpacedOpening(line)).toBe(line);
  });
});
