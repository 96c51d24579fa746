import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { teaserAbovePointer } from '../src/text/teaser-above-pointer.js';

const PARAGRAPH =
  'The council had put two plans to the vote, a cheaper repair of the broken sections or a new wall a metre higher along the whole front, and the town chose the second one by a wide margin.';
const NEXT =
  'The mayor said the town would hold a meeting next month to explain how the work will be phased, and which parts of the harbour will stay open to boats while the builders are there.';

/** The teaser lines found in a body made of these lines, as their texts. */
function teasers(texts: string[]): string[] {
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const found = teaserAbovePointer(lines, classifyLines(lines), 0, lines.length - 1);
  return [...found].map((i) => texts[i] as string);
}

describe('teaserAbovePointer', () => {
  it('leaves out a headline and its cut-off blurb closed by a pointer between paragraphs', () => {
    expect(
      teasers([
        PARAGRAPH,
        'Mountain village reopens its ski lift after a decade of repairs',
        'After ten years without visitors, the hotels of the valley hope that the',
        'Read more',
        NEXT,
      ]),
    ).toEqual([
      'Mountain village reopens its ski lift after a decade of repairs',
      'After ten years without visitors, the hotels of the valley hope that the',
    ]);
  });
  it('keeps what a line ending in a colon introduces', () => {
    expect(
      teasers([
        PARAGRAPH,
        'To run all the tests once the tools are installed, type:',
        'make check all',
        'Read more',
        'A network of computers that anyone can rent for an hour.',
      ]),
    ).toEqual([]);
  });
  it('keeps the line above a pointer that heads what is under it ("See also", "Read more:")', () => {
    for (const label of ['See also', 'Read more:'])
      expect(
        teasers([
          PARAGRAPH,
          'Mountain village reopens its ski lift after a decade of repairs',
          label,
          'A network of computers that anyone can rent for an hour.',
        ]),
      ).toEqual([]);
  });
});
