import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { factsRowsTail } from '../src/text/facts-rows.js';

const TEXT = 'The Norvale ferry carries bicycles and prams on the lower deck at every crossing this summer.';

/**
 * The body's end factsRowsTail finds under a body of one sentence: the lines between (read as
 * `short`), then the rows (read as `item`, as markLabelledLists turns them).
 * @returns the end found less the body's own last line (0: no rows joined)
 */
function tail(between: string[], rows: string[]): number {
  const texts = [TEXT, ...between, ...rows, 'Share this article'];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((_, i): LineKind => (i === 0 ? 'sentence' : i > between.length ? 'item' : 'short'));
  kinds[texts.length - 1] = 'short';
  const words = texts.map((t) => t.split(' ').length);
  return factsRowsTail(lines, kinds, words, 0, 0);
}

describe('factsRowsTail', () => {
  it('runs the body through a box of short "Label: value" rows past a label', () => {
    expect(tail(['Ferry facts:'], ['Deck: lower', 'Bicycles: 12', 'Crossing: 40 minutes'])).toBe(4);
  });
  it('leaves a contact box, a post’s stamps and rows that share no word of the body', () => {
    expect(
      tail(['Press office'], ['Phone: 0301 555 1234', 'Ferry desk: Kestrel Union', 'Fax: 0301 555 1299']),
    ).toBe(0);
    expect(tail([], ['Ferry notes: Jana Roe', 'Published: 3 May 2026', 'Updated: 5 May 2026'])).toBe(0);
    expect(tail([], ['Colour: grey', 'Size: large', 'Price: 12 euros'])).toBe(0);
  });
  it('needs three rows: two are a label and its value, not a box', () => {
    expect(tail([], ['Deck: lower', 'Bicycles: 12'])).toBe(0);
  });
});
