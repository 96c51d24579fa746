import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { wordsIn } from '../src/text/count-words.js';
import { teaserSeparators } from '../src/text/lead-over-teasers.js';

/** The separators `teaserSeparators` reads in a box of these lines, or null. */
function separators(texts: string[]): number[] | null {
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const found = teaserSeparators(lines, texts.map(wordsIn), 0, texts.length - 1);
  return found && [...found].sort((a, b) => a - b);
}

const [A, B, C] = [
  'Bakery on the market square closes after ninety years of bread',
  'Cyclists ask for a safer lane on the coast road',
  'School choir wins the national contest with a song about the sea',
];

describe('teaserSeparators', () => {
  it('reads headlines set apart by counts, times or a recurring label', () => {
    expect(separators(['Most read', '10482', A, '8113', B, '6720', C])).toEqual([1, 3, 5]);
    expect(separators([A, '07:15 p. m.', B, '06:40 p. m.', C])).toEqual([1, 3]);
    expect(separators([A, 'Read the article', B, 'Read the article', C, 'Read the article'])).toEqual([
      1, 3, 5,
    ]);
  });
  it('reads no teasers in a menu, a slider repeating one line, or a list without separators', () => {
    expect(separators(['Politics', 'Sport', 'Culture', 'Politics', 'Sport', 'Culture'])).toBeNull();
    const slide = 'We have repaired sails and kites since 2006';
    expect(separators([slide, 'Contact us', slide, 'Contact us', slide, 'Contact us'])).toBeNull();
    expect(separators([A, B, C, 'Share', 'Print'])).toBeNull();
    // spacer lines (no word) stand between any lines
    expect(separators([A, '\u200b', B, '\u200b', C])).toBeNull();
  });
});
