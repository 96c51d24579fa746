import { describe, expect, it } from 'vitest';
import { builtInIndex } from '../src/built-in-index.js';
import { findEntities } from '../src/find-entities.js';
import { splitSentences } from '../src/sentences.js';

/** The names of the entities of a text, as `findEntities` reads them with the built-in index. */
function namesOf(text: string): string[] {
  const sentences = splitSentences(text).map((s) => s.text);
  return findEntities(sentences, builtInIndex())
    .map((e) => e.name)
    .sort();
}

// reads tallyOf and tallyMention wrote so that each step is also taken by common input (issue 17)
describe('the edge reads of a mention', () => {
  it("keeps a generation's full stop in the name, and none after a common name", () => {
    expect(namesOf('The firm hired Andrew J. Evans Jr. in May. Its rival hired Maria Lopez.')).toEqual([
      'Andrew J. Evans Jr.',
      'Maria Lopez',
    ]);
  });

  it('reads a word opening a line and paired by a slash with a lower-case word as none, not one before a slash alone', () => {
    expect(namesOf('Increases/reduces the amount of error.\nThe vote was held in Kenya on Monday.')).toEqual([
      'Kenya',
    ]);
    expect(namesOf('Increases/\nThe vote was held in Kenya on Monday.')).toEqual(['Increases', 'Kenya']);
  });
});
