import { describe, expect, it } from 'vitest';
import { EntityTagger } from '../src/entity-tagger.js';

describe('EntityTagger.row: a key by its fingerprint, then the key itself', () => {
  // keys that share their first slot (the low bits), their fingerprint (the top bits), or both: a key is
  // found only when the record's key is it, whatever else shares its slot or its fingerprint
  it('finds each key of the model and no other', () => {
    const keys: number[] = [];
    for (let i = 1; i <= 200; i++) {
      keys.push(((i * 0x9e3779b1) >>> 0) | 1);
      keys.push((0x5a5a0000 + i * 0x40000 + 7) >>> 0); // one first slot (low bits 7), fingerprints apart
      keys.push((0xbeef0000 | ((i * 131) & 0xffff)) >>> 0); // one fingerprint, first slots apart
    }
    const unique = [...new Set(keys)];
    const tagger = new EntityTagger(Uint32Array.from(unique), new Int16Array(unique.length * 9), 1);
    expect(unique.map((k) => tagger.row(k))).toEqual(unique.map((_, i) => i));
    const absent = [0x5a5a0007 + 201 * 0x40000, 0xbeef0000 | 0xffff, 0x12345678, 0x00000007, 0xffffffff];
    expect(absent.filter((k) => !unique.includes(k >>> 0)).map((k) => tagger.row(k >>> 0))).toEqual(
      absent.filter((k) => !unique.includes(k >>> 0)).map(() => -1),
    );
  });

  it('adds the weights of a row as the model file holds them', () => {
    const units = new Int16Array(2 * 9);
    units.set([3, -2, 1, 0, 5, 0, 0, 0, 0], 9);
    const tagger = new EntityTagger(Uint32Array.from([11, 0x80000001]), units, 0.5);
    expect([...tagger.weights]).toEqual([...units].map((u) => u * 0.5));
    expect(tagger.row(0x80000001)).toBe(1);
    expect(tagger.row(11)).toBe(0);
  });
});
