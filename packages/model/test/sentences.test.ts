import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastWordBeforeStop, splitSentences } from '../src/sentences.js';

describe('lastWordBeforeStop', () => {
  it('captures what /(\\S+)\\.$/ captures', () => {
    const text = fc.array(fc.constantFrom('a', 'B', '.', ' ', '\u00a0', '\n', '(', 'é', '\u2009', '\ufeff'), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(text, (chars) => {
        const s = chars.join('');
        expect(lastWordBeforeStop(s)).toBe(/(\S+)\.$/.exec(s)?.[1]);
      }),
      { numRuns: 5000 },
    );
  });
});

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
