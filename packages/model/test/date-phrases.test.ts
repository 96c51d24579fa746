import { describe, expect, it } from 'vitest';
import { datePhraseWords } from '../src/date-phrases.js';

describe('datePhraseWords: the words of a sentence that say when, not what', () => {
  it('reads a run of calendar words with a unit in it, its modifiers with it', () => {
    expect(datePhraseWords('In the first quarter of last year, the operator had reported a loss.')).toBe(
      'first quarter of last year',
    );
    expect(datePhraseWords('It intends to cut the number to 300 by the end of 2030.')).toBe('end of 2030');
    expect(datePhraseWords("The index fell from Monday's close on June 1, 2029.")).toBe(
      "Monday's June 1 2029",
    );
  });

  it('leaves a modifier with no unit beside it, and a sentence with no date phrase', () => {
    expect(datePhraseWords('It was the first gain at the end of the strike.')).toBeNull();
    expect(datePhraseWords('The last train may leave early.')).toBeNull();
  });
});
