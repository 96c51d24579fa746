import type { StoryTerms } from '@briefing/model';
import { describe, expect, it } from 'vitest';
import { placeOf, StoryTermsArena } from '../src/story-terms-arena.js';

/** Terms of `n` words, their values told apart by `seed`. */
function terms(n: number, seed: number): StoryTerms {
  return {
    keys: Float64Array.from({ length: n }, (_, i) => seed * 1e6 + i + 0.5),
    weights: Uint32Array.from({ length: n }, (_, i) => seed + i),
    backgroundDocs: Uint32Array.from({ length: n }, (_, i) => seed * 7 + i),
  };
}

describe('StoryTermsArena', () => {
  it('gives back the same terms, side by side in one shared chunk', () => {
    const arena = new StoryTermsArena();
    const [a, b, empty] = [terms(3, 1), terms(5, 2), terms(0, 3)];
    const [x, y, z] = [arena.add(a), arena.add(b), arena.add(empty)];
    expect([x, y, z]).toEqual([a, b, empty]);
    expect(x.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(placeOf(x)).toMatchObject({ from: 0, to: 3 });
    expect(placeOf(y)).toMatchObject({ from: 3, to: 8 });
    expect(placeOf(z)).toMatchObject({ from: 8, to: 8 });
    expect(placeOf(x)?.chunk).toBe(placeOf(y)?.chunk);
  });

  it('starts a chunk of its own for terms larger than a chunk, and the next source after them', () => {
    const arena = new StoryTermsArena();
    const small = arena.add(terms(2, 1));
    const big = terms((1 << 20) + 1, 2);
    const placed = arena.add(big);
    const after = arena.add(terms(4, 3));
    // compared as bytes: a deep equality over a million numbers takes seconds
    const bytes = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    for (const k of ['keys', 'weights', 'backgroundDocs'] as const)
      expect(bytes(placed[k]).equals(bytes(big[k]))).toBe(true);
    expect(placeOf(placed)?.chunk).not.toBe(placeOf(small)?.chunk);
    expect(placeOf(after)?.chunk).not.toBe(placeOf(placed)?.chunk);
    expect(placeOf(after)).toMatchObject({ from: 0, to: 4 });
  });

  it('places no terms it does not hold, nor views that do not line up', () => {
    const arena = new StoryTermsArena();
    const own = terms(3, 1);
    expect(placeOf(own)).toBeNull();
    const held = arena.add(terms(6, 2));
    expect(placeOf({ ...held, weights: held.weights.subarray(1) })).toBeNull();
    expect(placeOf({ ...held, backgroundDocs: own.backgroundDocs })).toBeNull();
  });
});
