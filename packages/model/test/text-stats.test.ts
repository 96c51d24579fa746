import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../src/text-stats.js';

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
