import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordCount, wordsIn } from '../src/text/count-words.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const byRegex = (text: string) => text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0;

describe('word counts', () => {
  it('count as the regexes they replace, in one pass (fast-check)', () => {
    const char = fc.constantFrom(
      'a',
      'Z',
      '_',
      '3',
      ' ',
      '-',
      'é',
      '日',
      '本',
      'ア',
      '한',
      '⺀',
      '〇',
      '𝐀',
      '\ud800',
      '²',
    );
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (cs) => {
        const text = cs.join('');
        const cjk = text.match(CJK)?.length ?? 0;
        expect(wordCount(text)).toBe(byRegex(text));
        expect(wordsIn(text)).toBe(
          cjk === 0 ? byRegex(text) : byRegex(text.replace(CJK, ' ')) + Math.ceil(cjk / 2),
        );
      }),
      { numRuns: 1000 },
    );
  });
});
