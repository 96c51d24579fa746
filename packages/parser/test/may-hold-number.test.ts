import { describe, expect, it } from 'vitest';
import { mayHoldNumber } from '../src/text/may-hold-number.js';

describe('mayHoldNumber', () => {
  it('is true for every code point that is a number (\\p{N}), alone and inside text', () => {
    const missed: string[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (/\p{N}/u.test(ch) && !(mayHoldNumber(ch) && mayHoldNumber(`a ${ch} b`)))
        missed.push(c.toString(16));
    }
    expect(missed).toEqual([]);
  });

  it('is false for text without numbers, curly quotes and dashes included', () => {
    expect(mayHoldNumber('The minister’s “plan” — and its critics…')).toBe(false);
    expect(mayHoldNumber('Ministerin Müller über die Straße')).toBe(false);
    expect(mayHoldNumber('In 2024')).toBe(true);
  });
});
