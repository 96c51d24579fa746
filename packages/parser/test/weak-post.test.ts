import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { scoreLines } from '../src/text/score-lines.js';
import { weakPostEnd } from '../src/text/weak-post.js';

const TEXT = 'A faint glow over the harbour, taken on two clear nights from the old pier with a small lens.';
const DETAILS = [
  'Type: Digital photo',
  'Optics: Refractor',
  'Focal length: 480 mm',
  'Exposure: 40 x 5 minutes',
];
const PROSE =
  'The club meets on the first Friday of each month in the village hall, where members show the pictures they took and talk about the gear they used, the places they went and the weather they had.';
const MORE =
  'New members are welcome at any meeting, and the club lends its two telescopes to those who have none of their own, for a month at a time and free of charge, once they have been shown how to set them up.';

/** The body's new last line for a page whose body is its first line, followed by these lines. */
function postEnd(after: string[], body = [TEXT]): number {
  const texts = [...body, ...after];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = classifyLines(lines, undefined, true);
  return weakPostEnd(lines, kinds, scoreLines(lines, kinds), 0, body.length - 1);
}

describe('weakPostEnd', () => {
  it("takes a weak body's list in, up to the line that closes the post", () => {
    expect(postEnd(['Details', ...DETAILS, 'Previous', 'Next', 'Leave a comment', 'Name *'])).toBe(5);
  });
  it('leaves the body alone when no closing line follows, or the list is too short', () => {
    expect(postEnd(['Details', ...DETAILS, 'Previous', 'Next'])).toBe(0);
    expect(postEnd(['Details', ...DETAILS.slice(0, 2), 'Leave a comment'])).toBe(0);
  });
  it("does not pass another block's prose, nor move a body that weighs a paragraph", () => {
    expect(postEnd([...DETAILS, PROSE, 'Leave a comment'])).toBe(0);
    expect(postEnd([...DETAILS, 'Leave a comment'], [PROSE, MORE])).toBe(1);
  });
});
