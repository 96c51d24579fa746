import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { contentsTail } from '../src/text/contents-tail.js';

const TEXT = 'The ferry leaves the north quay at seven and calls at both islands before noon.';

/**
 * The body's end contentsTail finds on a page: a body of one sentence, then each of its headings over
 * a sentence, then the sections past it (a heading over a sentence each), then the lines given under
 * them (a contents list, a menu). Headings and the lines under read as `repeated` lines.
 * @returns the end found, and the body's own last line
 */
function tail(headings: string[], past: string[], under: string[]): [number, number] {
  const body = [TEXT, ...headings.flatMap((h) => [h, TEXT])];
  const texts = [...body, ...past.flatMap((h) => [h, TEXT]), 'Edit this page', ...under];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map(
    (t): LineKind => (t === TEXT ? 'sentence' : t === 'Edit this page' ? 'item' : 'repeated'),
  );
  const words = texts.map((t) => t.split(' ').length);
  return [contentsTail(lines, kinds, words, 0, body.length - 1), body.length - 1];
}

describe('contentsTail', () => {
  it('runs the body through the sections the contents list names after its own headings', () => {
    const [end, last] = tail(
      ['Timetable', 'Fares'],
      ['Bicycles', 'Reporting a problem'],
      ['On this page', 'Timetable', 'Fares', 'Bicycles', 'Reporting a problem'],
    );
    expect(end - last).toBe(4);
  });
  it('leaves a label the page repeats past the body, listed after no headings of the body', () => {
    expect(tail(['Timetable', 'Fares'], ['Jane Roe'], ['Jane Roe', 'Most read'])).toEqual([4, 4]);
    // listed in another order than the body's: a menu, not its contents
    expect(
      tail(['Timetable', 'Fares'], ['Bicycles'], ['Fares', 'Timetable', 'Bicycles', 'Lost property']),
    ).toEqual([4, 4]);
  });
  it('needs two of the body headings listed: one copy alone is a menu item', () => {
    expect(tail(['Fares'], ['Bicycles'], ['Fares', 'Bicycles', 'Lost property'])).toEqual([2, 2]);
  });
});
