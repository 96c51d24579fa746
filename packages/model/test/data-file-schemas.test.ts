import { describe, expect, it } from 'vitest';
import { LowerPhrases, LowerWords } from '../src/data-file.js';

describe('LowerWords', () => {
  it('takes words in lower case letters', () => {
    expect(LowerWords.safeParse(['harbour', 'señal']).success).toBe(true);
  });

  it('takes no phrase, capital, apostrophe or empty list', () => {
    for (const list of [['of course'], ['Harbour'], ["editor's"], []])
      expect(LowerWords.safeParse(list).success, JSON.stringify(list)).toBe(false);
  });
});

describe('LowerPhrases', () => {
  it('takes words and phrases in lower case, an apostrophe within a word or opening it', () => {
    expect(LowerPhrases.safeParse(['harbour', 'of course', "editor's note", "'m afraid"]).success).toBe(true);
  });

  it('takes no capital, double or edge space, lone apostrophe, digit or empty list', () => {
    for (const list of [
      ['Of course'],
      ['of  course'],
      [' of course'],
      ['of course '],
      ["'"],
      ['route 9'],
      [],
    ])
      expect(LowerPhrases.safeParse(list).success, JSON.stringify(list)).toBe(false);
  });
});
