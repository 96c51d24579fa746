import { describe, expect, it } from 'vitest';
import { sameClaim } from '../src/same-claim.js';

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
