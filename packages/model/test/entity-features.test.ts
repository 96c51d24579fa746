import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceContext, wordShape } from '../src/entity-features.js';

/** FNV-1a over UTF-16 code units: how the tagger's features hash a string. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

describe('sentenceContext', () => {
  it("hashes each token's shape as the shape's string would hash", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 14 }), { minLength: 1, maxLength: 8 }),
        (words) => {
          const ctx = sentenceContext(
            words,
            words.map(() => true),
          );
          words.forEach((w, i) => {
            expect(ctx.shapes[i]).toBe(fnv(wordShape(w)));
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('clears what an earlier, longer sentence left in its arrays', () => {
    const long = Array.from({ length: 40 }, (_, i) => `Word${i}`);
    sentenceContext(
      long,
      long.map(() => true),
    );
    const words = ['the', 'cat', 'sat', 'on', 'the', 'mat', 'in', 'Paris'];
    const ctx = sentenceContext(words, [false, false, false, false, false, false, false, true]);
    expect(ctx.length).toBe(8);
    // only Paris and the two tokens before it are read
    expect([...ctx.words.subarray(0, 5)]).toEqual([0, 0, 0, 0, 0]);
    expect(ctx.words[7]).toBe(fnv('paris'));
    expect([...ctx.suffixes3.subarray(0, 7)]).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
