import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/sentences.js';

describe('splitSentences', () => {
  it('does not split after abbreviations and initials, and keeps offsets', () => {
    const text =
      'Gen. Michael Kurilla met U.S. officials on Jan. 5. George W. Bush spoke.\n\nA new paragraph.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      'Gen. Michael Kurilla met U.S. officials on Jan. 5.',
      'George W. Bush spoke.',
      'A new paragraph.',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
