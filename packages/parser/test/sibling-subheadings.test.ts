import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { siblingSubheadings } from '../src/text/short-subheadings.js';

const TEXT = 'The discs bite hard in the wet on the long descent into town.';

/** The subheadings found on a page of one sentence, then each heading over a sentence of its own. */
function found(headings: string[]): number[] {
  const texts = [TEXT, ...headings.flatMap((h) => [h, TEXT])];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((t): LineKind => (t === TEXT ? 'sentence' : 'short'));
  const words = texts.map((t) => t.split(' ').length);
  return [...siblingSubheadings(lines, kinds, words, 0, texts.length - 1)];
}

describe('siblingSubheadings', () => {
  it('takes three or more distinct short lines between sentences for headings', () => {
    expect(found(['Range', 'Brakes', 'Comfort'])).toEqual([1, 3, 5]);
  });
  it('leaves one or two alone: a label stands alone', () => {
    expect(found(['Trending', 'Range'])).toEqual([]);
  });
  it('counts the same text once, and no line that ends as a sentence, a pointer or a form field does', () => {
    expect(found(['Video', 'video', 'VIDEO'])).toEqual([]);
    expect(found(['Range', 'Photo:', 'Read more…', 'Password*'])).toEqual([]);
  });
});
