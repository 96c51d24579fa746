import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { linkBoxLines } from '../src/text/link-box.js';

const TEXT = 'The harbour committee met on Monday to agree the summer timetable for the ferry.';

/** The link-box lines found in a box of short lines between two paragraphs. */
function found(box: string[]): number[] {
  const texts = [TEXT, ...box, TEXT];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((t): LineKind => (t === TEXT ? 'prose' : 'short'));
  return [...linkBoxLines(lines, kinds, 0, texts.length - 1)].sort((a, b) => a - b);
}

describe('linkBoxLines', () => {
  it('leaves out a box of links under a pointer, but for its last line over the text', () => {
    expect(found(['Related articles', 'Council approves the budget', 'Storm closes the airport'])).toEqual([
      1, 2,
    ]);
  });
  it('keeps a box of figures: amounts, prices, times are the article’s data', () => {
    expect(found(['Print Recipe', '500 g Strong Flour', '7 g Dried Yeast', '300 ml Warm Water'])).toEqual([]);
  });
  it('counts no date stamp as a figure: a teaser list dates each headline', () => {
    expect(
      found([
        'Related articles',
        'Council approves the budget',
        '14 May 2024',
        'Storm closes the airport',
        '12 May 2024',
      ]),
    ).toEqual([1, 2, 3, 4]);
  });
  it('counts no date written inside a line as a figure: an archive lists its posts by date', () => {
    expect(
      found([
        'Recent videos',
        'Dec 2, 2018 Harbour Festival - Opening Night on the Quay - Fireworks over the Bay Dec 2, 2018',
        'Nov 9, 2018 Lifeboat Crew - Night Rescue Drill off the North Cliffs - Behind the Scenes Nov 9, 2018',
        'Nov 8, 2018 Island Choir - Spring Concert in the Old Chapel - Songs of the Sea Nov 8, 2018',
      ]),
    ).toEqual([1, 2, 3]);
  });
});
