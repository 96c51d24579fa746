import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachLetterWordKey } from '../src/letter-words.js';
import { termKey } from '../src/term-keys.js';

const PARTS = ['a', 'B', 'é', 'ß', '1', ' ', "'", '’', '-', 'ab', '.', '\n', '中'];
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

describe('forEachLetterWordKey', () => {
  it('visits the words of its pattern, keyed, or its first ones before a surrogate', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARTS, '𝐀'), { maxLength: 24 }), (chosen) => {
        const s = chosen.join('');
        const seen: [number, number, number][] = [];
        const whole = forEachLetterWordKey(s, (key, a, b) => seen.push([key, a, b]));
        const all = [...s.matchAll(WORD)].map((m) => [termKey(m[0]), m.index, m.index + m[0].length]);
        expect(whole).toBe(!/[\uD800-\uDFFF]/.test(s));
        if (whole) expect(seen).toEqual(all);
        else expect(seen).toEqual(all.slice(0, seen.length));
      }),
      { numRuns: 5000 },
    );
  });
});
