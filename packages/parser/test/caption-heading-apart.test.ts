import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { isCaption, showsCredit } from '../src/text/photo-caption.js';

const PARAGRAPH =
  'A second phase of work, on the windows of the ground floor, is to start in the autumn and should take six weeks, during which the branch will stay open.';
const SENTENCE = 'The service thanked readers for their patience while the branch was shut.';
const kinds: LineKind[] = ['short', 'short', 'sentence', 'short', 'prose'];

/**
 * A menu of two adjacent lines, then a sentence, a credit-like line and a paragraph, the credit-like
 * line `gap` source lines under the sentence.
 */
function lines(credit: string, gap: number): BodyBlock[] {
  return [
    { text: 'Branches', line: 1, column: 1, offset: 0 },
    { text: 'Events', line: 2, column: 1, offset: 0 },
    { text: SENTENCE, line: 10, column: 1, offset: 0 },
    { text: credit, line: 10 + gap, column: 1, offset: 100 },
    { text: PARAGRAPH, line: 12 + gap, column: 1, offset: 200 },
  ];
}

describe('showsCredit', () => {
  it("tells a picture's credit by a mark, capitals, a credit label or a given name", () => {
    expect(showsCredit('Jane Roe/Norvale Courier')).toBe(true);
    expect(showsCredit('© Kestrel Bank')).toBe(true);
    expect(showsCredit('Norvale AFP')).toBe(true);
    expect(showsCredit('Ana Ruiz')).toBe(true);
  });

  it('finds no sign in a heading or a label', () => {
    expect(showsCredit('Further Plans')).toBe(false);
    expect(showsCredit('Opening Hours')).toBe(false);
  });
});

describe('isCaption, a credit-like line set apart by a blank line', () => {
  it('reads a heading set apart under a paragraph’s last sentence as no credit', () => {
    expect(isCaption(2, lines('Further Plans', 2), kinds, true)).toBe(false);
  });

  it('reads nothing as set apart on a page with a blank line between all lines', () => {
    const apart = lines('Further Plans', 2).slice(2);
    expect(isCaption(0, apart, kinds.slice(2), true)).toBe(true);
  });

  it('leaves captions alone: a credit on the next line, or set apart with a sign', () => {
    expect(isCaption(2, lines('Further Plans', 1), kinds, true)).toBe(true); // a journal's or a body's name
    expect(isCaption(2, lines('Ana Ruiz', 2), kinds, true)).toBe(true);
    expect(isCaption(2, lines('Jane Roe/Norvale Courier', 2), kinds, true)).toBe(true);
  });
});
