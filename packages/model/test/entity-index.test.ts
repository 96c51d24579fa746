import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../src/entity-index.js';
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
