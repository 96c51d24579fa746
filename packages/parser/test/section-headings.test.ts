import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { sectionHeadings } from '../src/text/short-subheadings.js';

const PROSE =
  'The Norvale council voted on Tuesday to keep the night buses running through the winter, after a month of meetings with riders and drivers across the eastern districts.';

/**
 * The headings found on a page of a paragraph of prose, a short line (the caller's label), the lines
 * under it and a paragraph of prose to close; every line but the label kept unless `dropped` names it.
 */
function found(rows: [string, LineKind][], dropped: number[] = []): number[] {
  const all: [string, LineKind][] = [[PROSE, 'prose'], ...rows, [PROSE, 'prose']];
  const lines = all.map(([text], i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = all.map(([, kind]) => kind);
  const words = all.map(([text]) => text.split(' ').length);
  const keep = all.map((_, i) => i).filter((i) => i !== 1 && !dropped.includes(i));
  return sectionHeadings([1], keep, lines, kinds, words);
}

describe('sectionHeadings', () => {
  it('takes a one- or two-word line under a paragraph and over its section for a heading', () => {
    expect(
      found([
        ['Our verdict', 'short'],
        ['The figure is twice what the council measured.', 'sentence'],
      ]),
    ).toEqual([1]);
    expect(
      found([
        ['Qualified clubs', 'short'],
        ['- Kestrel Union (Group A): third season', 'item'],
      ]),
    ).toEqual([1]);
  });
  it('leaves a label over a line the body leaves out, a box of one line, a teaser or a short line', () => {
    expect(
      found(
        [
          ['Video', 'short'],
          ['Watch the meeting again', 'short'],
        ],
        [2],
      ),
    ).toEqual([]);
    const poll: [string, LineKind][] = [
      ["Readers' poll", 'short'],
      ['Would you take the night bus?', 'sentence'],
      ['Yes', 'short'],
    ];
    expect(found(poll, [3])).toEqual([]);
    expect(
      found([
        ['Transit', 'short'],
        ['Norvale opens tram line to stadium', 'short'],
      ]),
    ).toEqual([]);
    expect(
      found([
        ['Transit', 'short'],
        ['Norvale opens tram line to stadium', 'repeated'],
      ]),
    ).toEqual([]);
  });
  it('leaves the label of a box of other pages and a line that ends as a sentence or a label', () => {
    expect(
      found([
        ['Further reading', 'short'],
        ['How the night network was planned.', 'sentence'],
      ]),
    ).toEqual([]);
    expect(
      found([
        ['Photo:', 'short'],
        ['The depot at dawn, seen from the bridge.', 'sentence'],
      ]),
    ).toEqual([]);
  });
});
