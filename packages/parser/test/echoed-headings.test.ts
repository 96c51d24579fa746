import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { echoedHeadings } from '../src/text/short-subheadings.js';

const PROSE =
  'The Norvale council voted on Tuesday to keep the night buses running through the winter, after a month of meetings with riders and drivers across the eastern districts.';
const SENTENCE = 'The depot stays open until the last bus has come in.';

/**
 * The headings found on a page: every line kept but the `repeated` lines of one or two words, which are
 * the caller's labels.
 */
function found(rows: [string, LineKind][]): number[] {
  const lines = rows.map(([text], i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = rows.map(([, kind]) => kind);
  const labels = rows.flatMap(([text, kind], i) =>
    kind === 'repeated' && text.split(' ').length <= 2 ? [i] : [],
  );
  const keep = rows.map((_, i) => i).filter((i) => !labels.includes(i));
  return echoedHeadings(labels, keep, lines, kinds);
}

describe('echoedHeadings', () => {
  it('keeps a heading printed once more between two paragraphs, or above it in a list of short lines', () => {
    expect(
      found([
        ['Fares', 'repeated'],
        ['Timetables', 'short'],
        [PROSE, 'prose'],
        ['Fares', 'repeated'],
        [SENTENCE, 'sentence'],
      ]),
    ).toEqual([3]);
    expect(
      found([
        [PROSE, 'prose'],
        ['Night fares', 'repeated'],
        [PROSE, 'prose'],
        [SENTENCE, 'sentence'],
        ['Night fares', 'repeated'],
        [SENTENCE, 'sentence'],
      ]),
    ).toEqual([1]);
  });
  it("leaves a box's label printed over each of its boxes, and a line whose copy is not a list's", () => {
    expect(
      found([
        [PROSE, 'prose'],
        ['Podcast', 'repeated'],
        [PROSE, 'prose'],
        ['Podcast', 'repeated'],
        [PROSE, 'prose'],
        ['Podcast', 'repeated'],
        [PROSE, 'prose'],
      ]),
    ).toEqual([]);
    // between sentences, its copy under it or beside a line of text: a teaser's or a reply's label
    expect(
      found([
        [SENTENCE, 'sentence'],
        ['Transit', 'repeated'],
        [SENTENCE, 'sentence'],
        ['Transit', 'repeated'],
        ['Norvale opens tram line to stadium', 'short'],
      ]),
    ).toEqual([]);
    expect(
      found([
        [SENTENCE, 'sentence'],
        ['Transit', 'repeated'],
        [SENTENCE, 'sentence'],
        ['Transit', 'repeated'],
        [SENTENCE, 'sentence'],
      ]),
    ).toEqual([]);
  });
});
