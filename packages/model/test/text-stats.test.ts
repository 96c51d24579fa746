import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termKey } from '../src/term-keys.js';
import {
  contentWords,
  countLetterRuns,
  countWords,
  forEachContentWordKey,
  sentenceWordsOf,
} from '../src/text-stats.js';

describe('countWords', () => {
  it('counts the runs of letters, digits and _ that /[\\p{L}\\p{N}_]+/gu finds', () => {
    const words = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
    for (const unit of ['binary', 'grapheme-composite'] as const)
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
          expect(countWords(text)).toBe(words(text));
        }),
        { numRuns: 3000 },
      );
    expect(countWords('Bağdat’ta 2024_rapor, 𝐀𝐁 ve ½ — \ud800x 日本語')).toBe(
      words('Bağdat’ta 2024_rapor, 𝐀𝐁 ve ½ — \ud800x 日本語'),
    );
  });
});

describe('countLetterRuns', () => {
  it('counts the runs that /[\\p{L}\\p{N}]+/gu finds, up to the most asked', () => {
    const runs = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
    for (const unit of ['binary', 'grapheme-composite'] as const)
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 60 }), fc.integer({ min: 0, max: 12 }), (text, most) => {
          expect(countLetterRuns(text)).toBe(runs(text));
          expect(countLetterRuns(text, most)).toBe(Math.min(most, runs(text)));
        }),
        { numRuns: 3000 },
      );
    const text = 'Bağdat’ta 2024_rapor, 𝐀𝐁 ve ½ — \ud800x 日本語';
    expect(countLetterRuns(text)).toBe(runs(text));
  });
});

describe('forEachContentWordKey', () => {
  it('gives the keys of the words contentWords gives, in order', () => {
    const keys = (text: string) => {
      const out: number[] = [];
      forEachContentWordKey(text, (k) => out.push(k));
      return out;
    };
    // words joined by hyphens and apostrophes, stop words, letters outside the BMP, lone surrogates
    const unit = fc.constantFrom(
      ...['a', 'Bc', 'd', '-', "'", ' ', '’', 'The', '9', 'É', '\u0130', '𝐀', '\ud835', '.'],
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(keys(text)).toEqual(contentWords(text).map(termKey));
      }),
      { numRuns: 3000 },
    );
    for (const unit of ['binary', 'grapheme-composite'] as const)
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
          expect(keys(text)).toEqual(contentWords(text).map(termKey));
        }),
        { numRuns: 2000 },
      );
  });
});

describe('sentenceWordsOf', () => {
  it("gives each sentence's distinct content word keys, ascending, one after the other", () => {
    const sentence = fc
      .array(fc.constantFrom('tax', 'cuts', 'the', 'Tax', 'rates', 'rose', ' ', '. ', '-', 'ï'), {
        maxLength: 200,
      })
      .map((p) => ({ text: p.join('') }));
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 8 }), (sentences) => {
        const { keys, ends } = sentenceWordsOf(sentences);
        let from = 0;
        sentences.forEach((s, i) => {
          const own: number[] = [];
          forEachContentWordKey(s.text, (k) => own.push(k));
          expect([...keys.subarray(from, ends[i])]).toEqual([...new Set(own)].sort((a, b) => a - b));
          from = ends[i] as number;
        });
        expect(keys.length).toBe(from);
      }),
    );
  });
});
