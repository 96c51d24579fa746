import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { listedSubheadings } from '../src/text/short-subheadings.js';

const TEXT = 'The ferry leaves the north quay at seven and calls at both islands before noon.';

/**
 * The listed subheadings found on a page: a body of one sentence, then each heading over a sentence of
 * its own, then the lines given under the body (a contents list, a menu), all read as `repeated` lines.
 */
function found(headings: string[], under: string[]): number[] {
  const body = [TEXT, ...headings.flatMap((h) => [h, TEXT])];
  const texts = [...body, ...under];
  const lines = texts.map((text, i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = texts.map((t): LineKind => (t === TEXT ? 'sentence' : 'repeated'));
  const words = texts.map((t) => t.split(' ').length);
  return [...listedSubheadings(lines, kinds, words, 0, body.length - 1)];
}

describe('listedSubheadings', () => {
  it('takes the headings a contents list under the body gives again in their order', () => {
    expect(
      found(['Timetable', 'Fares', 'Bicycles'], ['On this page', 'Timetable', 'Fares', 'Bicycles']),
    ).toEqual([1, 3, 5]);
  });
  it('leaves a label the body repeats, and labels a menu lists in another order or far apart', () => {
    expect(found(['Video', 'Video'], ['Video', 'Audio'])).toEqual([]);
    expect(found(['Islands', 'Coast'], ['Coast', 'Harbours', 'Islands'])).toEqual([]);
    expect(found(['Coast', 'Islands'], ['Coast', 'Harbours', 'Hills', 'Lakes', 'Rivers', 'Islands'])).toEqual(
      [],
    );
  });
  it('needs two headings listed: one copy alone is a menu item', () => {
    expect(found(['Fares'], ['Fares', 'Timetable'])).toEqual([]);
  });
});
