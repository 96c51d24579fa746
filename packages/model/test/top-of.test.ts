import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topOf } from '../src/top-of.js';

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
});
