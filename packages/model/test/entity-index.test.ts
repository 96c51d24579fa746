import { describe, expect, it } from 'vitest';
import { EntityIndex, lowerLatin1 } from '../src/entity-index.js';
import { tokenizeWords } from '../src/tokenize-words.js';

const index = new EntityIndex([
  { name: 'United States', kind: 'country', aliases: ['U.S.', 'USA'] },
  { name: 'O’Hara Group', kind: 'organisation', aliases: [] },
  { name: 'Zürich Insurance', kind: 'organisation', aliases: [] },
  { name: 'Soviet Union', kind: 'country', aliases: ['former Soviet Union'] },
]);
const found = (sentence: string) =>
  index.matches(tokenizeWords(sentence), sentence).map((m) => sentence.slice(m.start, m.end));

describe('EntityIndex.matches: known names by their tokens’ keys', () => {
  // the words are passed over by a hash of their keys before one is made: dots dropped, curly
  // apostrophes straightened and capitals lowered as the key has them, a word outside ASCII asked whole
  it('finds a name written with dots, a curly apostrophe, capitals or letters outside ASCII', () => {
    expect(found('The U.S. and USA met the O’Hara Group and O’HARA GROUP, then Zürich Insurance.')).toEqual([
      'U.S.',
      'USA',
      'O’Hara Group',
      'O’HARA GROUP',
      'Zürich Insurance',
    ]);
    expect(
      found("Then O'Hara Group asked the former Soviet Union; Us and Zurich Insurance did not."),
    ).toEqual(["O'Hara Group", 'former Soviet Union']);
  });
});

describe('EntityIndex: names in Latin-1 and beyond', () => {
  // a word's units up to Latin-1 are lowered as `toLowerCase` lowers them (À–Þ but × 32 on) before the
  // hash bits are asked; a word with a unit beyond Latin-1 is asked whole
  const latin = new EntityIndex([
    { name: 'Ærø Ferries', kind: 'organisation', aliases: [] },
    { name: 'Łódź Ventures', kind: 'organisation', aliases: [] },
  ]);
  const inLatin = (sentence: string) =>
    latin.matches(tokenizeWords(sentence), sentence).map((m) => sentence.slice(m.start, m.end));

  it('lowers each Latin-1 unit as toLowerCase does, alone and beside a sigma, a dotted I or a curly quote', () => {
    for (let c = 0; c <= 0xff; c++) {
      const unit = String.fromCharCode(c);
      // where the unit stands in each text lower-cased ("İ" lower-cased is two units)
      const texts: [string, number][] = [
        [unit, 0],
        [`Σ${unit}Σ`, 1],
        [`İ${unit}’`, 2],
      ];
      for (const [text, at] of texts) expect(text.toLowerCase().charCodeAt(at)).toBe(lowerLatin1(c));
    }
  });

  it('finds such names in any case, by their tokens and whole', () => {
    expect(inLatin('Ærø Ferries, ÆRØ FERRIES, Łódź Ventures and ŁÓDŹ VENTURES; not Aero Ferries.')).toEqual([
      'Ærø Ferries',
      'ÆRØ FERRIES',
      'Łódź Ventures',
      'ŁÓDŹ VENTURES',
    ]);
    expect(
      ['ÆRØ FERRIES', 'ærø ferries', 'ŁÓDŹ VENTURES', 'Aero Ferries'].map((n) => latin.lookup(n)),
    ).toEqual([0, 0, 1, undefined]);
  });
});

describe('EntityIndex.lookup: a name by its key', () => {
  // a name its key only lower-cases, in ASCII, is first asked of a bit a key's hash: those bits are for
  // every key, so every such name that is a key is still found
  it('finds a known name in any case, with dots, a curly apostrophe or letters outside ASCII', () => {
    const names = ['United States', 'UNITED STATES', 'united states', 'U.S.', 'usa', 'the USA'];
    expect(names.map((n) => index.lookup(n))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(
      ['O’Hara Group', "O'HARA GROUP", 'Zürich Insurance', 'ZÜRICH INSURANCE'].map((n) => index.lookup(n)),
    ).toEqual([1, 1, 2, 2]);
    expect(['Former Soviet Union', 'Soviet'].map((n) => index.lookup(n))).toEqual([3, undefined]);
  });

  it('finds no name that is no key', () => {
    expect(
      ['United', 'States United', 'Zurich Insurance', 'O Hara Group', ''].map((n) => index.lookup(n)),
    ).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
