import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { openingCaption } from '../src/text/opening-caption.js';

/** The answer of `openingCaption` for the first of the given lines, read as a text scrape's. */
function captionOf(...texts: string[]): 0 | 1 | 2 {
  const lines: BodyBlock[] = texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: 0 }));
  const words = texts.map((t) => wordsIn(t));
  const kinds = classifyLines(lines, words, true);
  return openingCaption(0, lines, kinds, words[0] as number);
}

const LEAD =
  'The council opened the new pier on Tuesday after two years of building, and the first ferry left the harbour at eight with forty passengers on board.';

describe('openingCaption', () => {
  it('tells a caption closing in names in brackets after its stop', () => {
    expect(captionOf('A cargo ship leaves the harbour on Tuesday. (AP)', LEAD)).toBe(1);
    expect(captionOf('Fuel prices keep rising in the city. (Foto Daily Post: Jane Roe)', LEAD)).toBe(1);
  });

  it('tells a caption closing in names and an agency after its stop', () => {
    expect(
      captionOf(
        'A man rides a bicycle past the old harbour wall on Tuesday. The council says the new pier will bring the island’s post and its shop’s goods by ferry again. Jane ROE / AFP',
        LEAD,
      ),
    ).toBe(1);
  });

  it('tells a one-sentence caption over a credit alone in brackets, and takes the credit too', () => {
    expect(captionOf('An artist’s drawing of the new pier at dusk.', '(Image: © Harbour Trust)', LEAD)).toBe(
      2,
    );
  });

  it('leaves a note, initials, a wire lead and a plain sentence alone', () => {
    expect(captionOf('The video was released on Monday. (Published Monday, Nov. 18)', LEAD)).toBe(0);
    expect(captionOf('The shuttle carried more freight than ever before last year. (cm)', LEAD)).toBe(0);
    expect(
      captionOf(
        'The government will raise the tax on fuel from next month, the finance minister said on Monday, after a week of talks with the parties of the coalition about how to pay for the new roads and the schools that the budget had left out. (AFP)',
        LEAD,
      ),
    ).toBe(0);
    expect(captionOf('The pier opened on Tuesday after two years of work.', LEAD)).toBe(0);
  });
});
