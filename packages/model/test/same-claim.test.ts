import { describe, expect, it } from 'vitest';
import {
  claimWords,
  lowerClaimWords,
  relatedText,
  relatedTextOfWords,
  sameClaim,
} from '../src/same-claim.js';
import { placeWords, swapsWords } from '../src/swapped-words.js';

describe('sameClaim', () => {
  it('joins a statement and its paraphrase, not a statement on another subject', () => {
    expect(
      sameClaim('The council approved the budget on Friday.', 'On Friday the council passed the budget.')
        .same,
    ).toBe(true);
    expect(
      sameClaim(
        'The council approved the budget on Friday.',
        'Heavy rain flooded the northern valley overnight.',
      ).same,
    ).toBe(false);
  });

  it('scores a negated or renumbered version below the same statement', () => {
    const base = 'The plant will cost 40 million euros to build.';
    const same = sameClaim(base, 'Building the plant will cost 40 million euros.').score;
    expect(sameClaim(base, 'The plant will cost 65 million euros to build.').score).toBeLessThan(same);
    expect(sameClaim(base, 'The plant will not cost 40 million euros to build.').score).toBeLessThan(same);
  });
});

describe('swapsWords', () => {
  const swaps = (a: string, b: string) =>
    swapsWords(placeWords(lowerClaimWords(a)), placeWords(lowerClaimWords(b)));

  it('tells who did what to whom: two words that take each other’s places', () => {
    const there = 'Flights from Boston to Denver were cancelled on Monday.';
    const back = 'Flights from Denver to Boston were cancelled on Monday.';
    expect(swaps(there, back)).toBe(true);
    expect(swaps('Ames beat Borg in the final.', 'Borg beat Ames in the final.')).toBe(true);
    // the model alone reads the two as one claim (score 0.99): the swap makes them two
    expect(sameClaim(there, back)).toEqual({ same: false, score: expect.any(Number) });
    expect(sameClaim(there, back).score).toBeGreaterThan(0.9);
  });

  it('lets a phrase move or two neighbours change order without a swap', () => {
    const temple = 'A gunman killed six people at a Wisconsin temple.';
    expect(swaps(temple, 'A gunman killed six people at a temple in Wisconsin.')).toBe(false);
    expect(sameClaim(temple, 'A gunman killed six people at a temple in Wisconsin.').same).toBe(true);
    expect(swaps('The Sikh temple reopened.', 'The temple Sikh reopened.')).toBe(false);
    expect(
      swaps('On Friday the council passed the budget.', 'The council passed the budget on Friday.'),
    ).toBe(false);
  });

  it('reads no swap across a word of what two parties do with each other', () => {
    // who met whom is one meeting, whoever is named first
    expect(swaps('Aldo Varga met Berit Lund at the palace.', 'Lund met Varga at the palace.')).toBe(false);
    expect(swaps('Varga held talks with Lund on Friday.', 'Lund held talks with Varga on Friday.')).toBe(
      false,
    );
    // a few words apart only: across more, the word may be another clause's
    expect(
      swaps(
        'Varga met reporters after the long trial that had cleared Lund.',
        'Lund met reporters after the long trial that had cleared Varga.',
      ),
    ).toBe(true);
    // and across any other word the roles change
    expect(swaps('Varga beat Lund at the palace.', 'Lund beat Varga at the palace.')).toBe(true);
  });
});

describe('relatedTextOfWords', () => {
  it('gives what relatedText gives of the words lowerClaimWords and claimWords read', () => {
    const weigh = (w: string) => w.length / 3;
    const meaningOf = (w: string) => (w === 'actorfrance' ? 'france' : w);
    for (const text of [
      'The Council’s vote wasn’t close: 1,200 members said no, not yes.',
      'actorfrance said France’s budget rose 3.5% in 2024 — never before so fast.',
      '',
    ]) {
      const lower = lowerClaimWords(text);
      expect(claimWords(text)).toEqual([...new Set(lower)]);
      expect(relatedTextOfWords(lower, claimWords(text), undefined, weigh, meaningOf)).toEqual(
        relatedText(text, undefined, weigh, meaningOf),
      );
    }
  });
});
