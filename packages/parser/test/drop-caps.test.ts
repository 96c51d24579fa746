import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { joinDropCaps } from '../src/text/drop-caps.js';

/** The texts of these lines after `joinDropCaps`. */
function joined(texts: string[]): string[] {
  return joinDropCaps(
    texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: i * 10 })),
  ).map((l) => l.text);
}

describe('joinDropCaps', () => {
  it("joins a paragraph's first letter, on a line of its own, to the rest of its word", () => {
    expect(joined(['Share', 'T', 'he harbour reopened on Monday.', 'More'])).toEqual([
      'Share',
      'The harbour reopened on Monday.',
      'More',
    ]);
  });
  it('keeps the first line position of the letter', () => {
    const lines = [0, 1].map(
      (i): BodyBlock => ({
        text: ['W', 'hen the tide turned'][i] as string,
        line: i + 3,
        column: 1,
        offset: i * 2 + 5,
      }),
    );
    expect(joinDropCaps(lines)).toEqual([{ text: 'When the tide turned', line: 3, column: 1, offset: 5 }]);
  });
  it("leaves an index's letters, a capital over a capital and a lone letter at the end", () => {
    expect(joined(['A', 'B', 'berries and jams'])).toEqual(['A', 'B', 'berries and jams']);
    expect(joined(['I', 'Did it again'])).toEqual(['I', 'Did it again']);
    expect(joined(['Contents', 'Z'])).toEqual(['Contents', 'Z']);
  });
});
