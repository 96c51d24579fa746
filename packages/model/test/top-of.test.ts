import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topIndicesOf, topOf } from '../src/top-of.js';

describe('topOf', () => {
  it('keeps what a stable sort keeps first, ties in list order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ score: fc.integer({ min: 0, max: 5 }), at: fc.nat(1000) })),
        fc.integer({ min: 0, max: 12 }),
        (items, k) => {
          const compare = (a: { score: number }, b: { score: number }) => b.score - a.score;
          expect(topOf(items, k, compare)).toEqual([...items].sort(compare).slice(0, k));
        },
      ),
    );
  });

  it('keeps of the indices what a stable sort of them keeps first', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 })), fc.integer({ min: 0, max: 12 }), (scores, k) => {
        const compare = (a: number, b: number) => (scores[b] as number) - (scores[a] as number);
        expect(topIndicesOf(scores.length, k, compare)).toEqual([...scores.keys()].sort(compare).slice(0, k));
      }),
    );
  });
});
