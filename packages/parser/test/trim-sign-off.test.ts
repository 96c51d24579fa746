import { describe, expect, it } from 'vitest';
import type { LineKind } from '../src/text/classify-lines.js';
import { addressesReader, pitchesToReader } from '../src/text/reader-address.js';
import { trimSignOff } from '../src/text/trim-sign-off.js';

const ARTICLE: [LineKind, string][] = [
  [
    'prose',
    'The harbour board agreed on Tuesday to rebuild the north pier, which storms have closed twice this winter, at a cost the board puts at two million.',
  ],
  [
    'prose',
    'Work should start in April and last until the autumn, the board said, and the ferry will use the south pier while the north one is shut to boats.',
  ],
];

/** Runs trimSignOff over the lines (each `[kind, text]`), the body taken from the first line to the end. */
function trimmed(rows: [LineKind, string][]): string[] {
  const lines = rows.map(([, text], i) => ({ text, line: i + 1, column: 1, offset: 0 }));
  const kinds = rows.map(([kind]) => kind);
  const last = trimSignOff(lines, kinds, 0, rows.length - 1);
  return rows.slice(0, last + 1).map(([, text]) => text);
}

describe('the reader addressed (data/reader-words.yaml)', () => {
  it('tells the second person, and the polite German one only inside a sentence', () => {
    expect(
      [
        'When you join us, you will get every issue.',
        'Mit zwei Euro kannst du unsere Arbeit tragen.',
        'Hier finden Sie alle Ausgaben.',
        'Sie sagte, der Hafen bleibe offen.',
        'Die Fischer und ihre Boote.',
        'The youth club opens at noon.',
      ].map(addressesReader),
    ).toEqual([true, true, true, false, false, false]);
  });

  it("tells a site's pitch: the reader addressed and the site speaking as we", () => {
    expect(pitchesToReader('When you join us, we send you every issue.')).toBe(true);
    expect(pitchesToReader('Mit zwei Euro kannst du unsere Arbeit tragen.')).toBe(true);
    expect(pitchesToReader('If you walk the pier at dawn, you will see the boats.')).toBe(false);
    expect(pitchesToReader('We rebuilt the pier in a year.')).toBe(false);
  });

  it('asks both words of one language: French "du" (of the) beside "nous" is no pitch', () => {
    expect(pitchesToReader('Le prix du pain, nous dit le boulanger, a doublé en un an.')).toBe(false);
    expect(pitchesToReader('Avec deux euros, vous soutenez notre travail.')).toBe(true);
    expect(pitchesToReader('Hier finden Sie unsere Ausgaben.')).toBe(true);
  });
});

describe("a site's pitch under its call to the reader", () => {
  it('leaves the body with the call that heads it', () => {
    expect(
      trimmed([
        ...ARTICLE,
        ['sentence', 'To read on, please subscribe to the Harbour Gazette.'],
        [
          'prose',
          'When you join the Gazette, you get every story from the coast and its towns, and we have been writing them for thirty years without a day off.',
        ],
        ['short', 'Join today to get:'],
        ['item', '— every issue'],
        ['item', '— the archive'],
      ]),
    ).toEqual(ARTICLE.map(([, text]) => text));
  });

  it("keeps a paragraph holding a call above it: the article's own appeal", () => {
    const appeal: [LineKind, string][] = [
      ...ARTICLE,
      [
        'prose',
        'So we ask the council for a plan of its own for the coast, and we ask you to support our call to the council by writing to your member this week.',
      ],
      [
        'prose',
        'If you see a boat in trouble off the pier, call the coastguard or us at once, as our volunteers can reach the north pier in ten minutes.',
      ],
    ];
    expect(trimmed(appeal)).toEqual(appeal.map(([, text]) => text));
  });

  it("stops at the article's last paragraph that does not speak to the reader", () => {
    const rows: [LineKind, string][] = [
      ...ARTICLE,
      ['sentence', 'To read on, please subscribe to the Harbour Gazette.'],
      [
        'prose',
        'The board will meet again in May to choose the firm that does the work, and the ferry company has asked to speak at that meeting about the timetable.',
      ],
    ];
    expect(trimmed(rows)).toEqual(rows.map(([, text]) => text));
  });
});
