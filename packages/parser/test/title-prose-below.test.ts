import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../src/extraction.js';
import { titleCandidates } from '../src/text/title-candidates.js';
import { TITLE_FEATURES } from '../src/text/title-features.js';

const lines = (texts: string[]): BodyBlock[] =>
  texts.map((text, i) => ({ text, line: i + 1, column: 1, offset: i * 100 }));
const k = TITLE_FEATURES.indexOf('proseBelow');
const marks = (texts: string[]) => {
  const page = lines(texts);
  const body = texts.length - 1;
  return titleCandidates(page, body, () => false, [(page[body] as BodyBlock).text]).map((c) => [
    c.text.split(' ')[0],
    c.features[k],
  ]);
};

describe("a headline candidate's dek under it (proseBelow)", () => {
  it('marks the lines above a long line that says what the body says, not that line', () => {
    expect(
      marks([
        'Ferry timetable for the winter islands',
        'Wisdom found around the harbour wall',
        'An interview with the harbour master Ines Valdar, whose crews have kept the island ferries running',
        'Share this page',
        'The harbour master Ines Valdar has kept the island ferries running through twelve winters of storms.',
      ]),
    ).toEqual([
      ['Ferry', 1],
      ['Wisdom', 1],
      ['An', 0],
      ['Share', 0],
    ]);
  });

  it('reads no dek in a long line that the body does not echo, nor in a date and byline line', () => {
    expect(
      marks([
        'Wisdom found around the harbour wall',
        'Our small newsroom has covered the coast, its towns and its weather since the first edition',
        'Monday November 18, 2024 7:45 am GMT by Ines Valdar Harbour Desk',
        'The harbour master Ines Valdar has kept the island ferries running through twelve winters of storms.',
      ]),
    ).toEqual([
      ['Wisdom', 0],
      ['Our', 0],
      ['Monday', 0],
    ]);
  });
});
