import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyCounts, keyOfLanes, LANE_A, LANE_B, laneA, laneB, TermIds, termKey } from '../src/term-keys.js';

describe('termKey', () => {
  it('gives an integer below 2^53, the same for the same text', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = termKey(s);
        expect(Number.isSafeInteger(k) && k >= 0).toBe(true);
        expect(termKey(`${s}`)).toBe(k);
      }),
    );
  });

  it("gives a phrase the key its first word's lanes go on to over the rest", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (first, second) => {
        const [a, b] = [laneA(LANE_A, first), laneB(LANE_B, first)];
        expect(keyOfLanes(laneA(laneA(a, ' '), second), laneB(laneB(b, ' '), second))).toBe(
          termKey(`${first} ${second}`),
        );
      }),
    );
  });

  it('gives 400,000 distinct short terms 400,000 distinct keys', () => {
    // words and two-word phrases as framing counts them: a brief's worth, and more
    const seen = new Set<number>();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 400_000; i++) {
      let w = '';
      for (let n = i; n > 0 || w === ''; n = Math.floor(n / 26)) w += letters[n % 26];
      seen.add(termKey(i % 2 ? w : `${w} ${w.slice(1)}`));
    }
    expect(seen.size).toBe(400_000);
  });
});

describe('TermIds', () => {
  // the ids do not depend on the size the table is first made for: one article's tables start small
  it.each([undefined, 1])(
    'numbers keys in order of first sight, through its growth (made for %s)',
    (made) => {
      const table = new TermIds(made);
      const expected = new Map<number, number>();
      // 30,000 draws of 10,000 keys of all sizes up to 2^53: the table grows from 4,096 slots (by default) to 32,768
      let seed = 1;
      for (let i = 0; i < 30_000; i++) {
        seed = (Math.imul(seed, 48271) >>> 0) % 0x7fffffff;
        const key = termKey(String(seed % 10_000));
        if (!expected.has(key)) expected.set(key, expected.size);
        expect(table.id(key)).toBe(expected.get(key));
      }
      expect(table.size).toBe(expected.size);
      for (const [key, id] of expected) {
        expect(table.id(key)).toBe(id);
        expect(table.key(id)).toBe(key);
      }
      expect(table.size).toBe(expected.size);
    },
  );

  it('finds the id a key was given and gives none to a key it has not seen', () => {
    const table = new TermIds(1);
    const keys = Array.from({ length: 5_000 }, (_, i) => termKey(`term ${i}`));
    for (const key of keys.slice(0, 2_500)) table.id(key);
    for (const [i, key] of keys.entries()) expect(table.find(key)).toBe(i < 2_500 ? i : -1);
    expect(table.size).toBe(2_500);
  });
});

describe('KeyCounts', () => {
  it('answers as a Map of the same entries, the last of a repeated key kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 53 - 1 }), fc.nat()), { maxLength: 60 }),
        fc.array(fc.integer({ min: 0, max: 2 ** 53 - 1 }), { maxLength: 20 }),
        (entries, others) => {
          const table = new KeyCounts(
            entries.map(([key]) => key),
            entries.map(([, count]) => count),
          );
          const map = new Map(entries);
          for (const key of [...map.keys(), ...others]) expect(table.get(key)).toBe(map.get(key));
        },
      ),
    );
  });
});
