import { describe, expect, it } from 'vitest';
import { isRatingAt, isRatingTerm } from '../src/rating-words.js';
import { tokenizeWords } from '../src/tokenize-words.js';

/** Whether `word`'s first occurrence in `sentence` is a rating's grade. */
const grade = (sentence: string, word: string) => {
  const tokens = tokenizeWords(sentence);
  return isRatingAt(
    tokens,
    tokens.findIndex((t) => t.text === word),
  );
};

describe("isRatingAt: a credit rating's grade", () => {
  it('reads a grade with a sign, a slash or in a sentence about ratings', () => {
    expect(grade('bonds cut to BBB- last week', 'BBB')).toBe(true);
    expect(grade("the sovereign's B-/Caa2 profile", 'Caa2')).toBe(true);
    expect(grade('Moody’s rates the debt Caa2', 'Caa2')).toBe(true);
    expect(grade("was downgraded to 'RD'", 'RD')).toBe(true);
  });

  it('leaves the same letters alone elsewhere', () => {
    expect(grade('complaints to the BBB rose', 'BBB')).toBe(false);
    expect(grade('traffic on the A1 was slow', 'A1')).toBe(false);
  });
});

describe("isRatingTerm: a rating agency's terms or an analyst's call", () => {
  it('reads names of terms only, and calls', () => {
    expect(isRatingTerm(['Stable', 'Outlook'])).toBe(true);
    expect(isRatingTerm(['Issuer', 'Default', 'Rating'])).toBe(true);
    expect(isRatingTerm(['Underweight'])).toBe(true);
    expect(isRatingTerm(['Fitch', 'Ratings'])).toBe(false);
  });
});
