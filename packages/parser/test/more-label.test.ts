import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { moreLabelItems } from '../src/text/more-label.js';
import { opensOnMoreWord } from '../src/text/opening-labels.js';

/** The lines `moreLabelItems` leaves out of a body of these lines, all kept, with these kinds. */
function leftOut(rows: [LineKind, string][]): number[] {
  const lines = rows.map(([, text], i): BodyBlock => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = rows.map(([kind]) => kind);
  return moreLabelItems(
    rows.map((_, i) => i),
    lines,
    kinds,
    undefined,
  ).sort((a, b) => a - b);
}

const BODY: [LineKind, string][] = [
  ['prose', 'The harbour board voted on Tuesday to rebuild the old ferry pier before the summer season.'],
  ['prose', 'The ferry pier has been closed since a storm damaged its timber piles two winters ago.'],
  ['prose', 'Harbour staff said the rebuilt pier would take larger ferry boats and a new waiting room.'],
];

describe('moreLabelItems', () => {
  it('takes a "more" label ending in a colon and the headlines under it, not the paragraph after them that speaks of the article', () => {
    expect(
      leftOut([
        ...BODY,
        ['sentence', 'More on the harbour works:'],
        ['item', 'Lighthouse keepers remember the long winters'],
        [
          'prose',
          'The board expects the ferry pier to reopen in June, with the timber piles replaced by steel.',
        ],
      ]),
    ).toEqual([3, 4]);
  });
  it('takes the label and all under it when that speaks of other things', () => {
    expect(
      leftOut([
        ...BODY,
        ['sentence', 'Further reading from our archive:'],
        ['prose', 'Orchard growers fear a late frost could cost them most of this year’s apple blossom.'],
      ]),
    ).toEqual([3, 4]);
  });
  it('leaves a subheading without a colon, and a label over nothing', () => {
    expect(leftOut([...BODY, ['short', 'More money for the pier'], BODY[0] as [LineKind, string]])).toEqual(
      [],
    );
    expect(leftOut([...BODY, ['sentence', 'More information:']])).toEqual([]);
  });
});

describe('opensOnMoreWord', () => {
  it('reads the word at the line start, after marks, where a word ends', () => {
    expect(opensOnMoreWord(':: Relevantes aus dem Archiv:')).toBe(true);
    expect(opensOnMoreWord('Weitere Informationen zum Thema:')).toBe(true);
    expect(opensOnMoreWord('Moreover, the board said:')).toBe(false);
    expect(opensOnMoreWord('The board wants more:')).toBe(false);
  });
});
