import { describe, expect, it } from 'vitest';
import { negatesWhatOtherStates, saysOpposite, saysOtherOrder } from '../src/opposite-words.js';

describe('saysOpposite: one fact said with words of opposite meaning', () => {
  it('reads an opposite word said of a word both sentences share', () => {
    expect(
      saysOpposite(
        'Andes Copper said the tunnel had passed a safety inspection in January.',
        'The tunnel failed its safety inspection in January.',
      ),
    ).toBe(true);
    expect(saysOpposite('Shares in the bank rose 4 percent.', 'Shares in the bank fell 2 percent.')).toBe(
      true,
    );
  });

  it('reads a negated opposite as agreeing ("did not approve" against "rejected")', () => {
    expect(
      saysOpposite('The board did not approve the expansion.', 'The board rejected the expansion.'),
    ).toBe(false);
  });

  it('reads no contradiction when one sentence holds both words, or they are said of other things', () => {
    expect(
      saysOpposite(
        "Caldera's drug was approved in Europe in 2024 but rejected in the US.",
        'Caldera Pharma’s drug was rejected by the FDA in 2024.',
      ),
    ).toBe(false);
    expect(
      saysOpposite('Oil prices rose on Monday.', 'The airline said its passenger numbers fell sharply.'),
    ).toBe(false);
  });
});

describe('negatesWhatOtherStates: a word one sentence negates and the other states', () => {
  it('reads the negated word against the same word stated', () => {
    expect(
      negatesWhatOtherStates(
        'The faculty union said it had not been consulted before the cuts were announced.',
        'Over the past three months we consulted the faculty senate and the faculty union on every option.',
      ),
    ).toBe(true);
  });

  it('negates only the first content word of the clause, and nothing in "not only" or "not … until"', () => {
    expect(
      negatesWhatOtherStates(
        'For parents, the advice has not changed: check the batch number.',
        'Parents should check the batch number on the tin.',
      ),
    ).toBe(false);
    expect(
      negatesWhatOtherStates(
        'Deliveries to the first customer are not due until October.',
        'Three years after it was first due, the jet has been rolled out.',
      ),
    ).toBe(false);
    expect(negatesWhatOtherStates('Not only prices rose.', 'Prices rose.')).toBe(false);
  });

  it('reads both negated alike as agreeing', () => {
    expect(
      negatesWhatOtherStates('The union was never consulted.', 'The union had not been consulted.'),
    ).toBe(false);
  });
});

describe('saysOtherOrder: one thing before an event in one sentence, after it in the other', () => {
  it('before against after, said of one event', () => {
    expect(
      saysOtherOrder(
        'The airline warned investors about the cost before the walkout began.',
        'Management told investors of the cost only after the walkout had ended.',
      ),
    ).toBe(true);
    expect(
      saysOtherOrder(
        'The board reported the incident two days after it discovered the attack and before any data was published.',
        'The board reported the breach only after the hackers had published data.',
      ),
    ).toBe(true);
  });

  it('not of other events, not both in one sentence, not the same order', () => {
    expect(saysOtherOrder('She left before the vote.', 'He arrived after the speech.')).toBe(false);
    expect(
      saysOtherOrder('It was announced before the vote.', 'It was announced before the vote began.'),
    ).toBe(false);
    expect(saysOtherOrder('Talks before and after the vote failed.', 'Talks after the vote failed.')).toBe(
      false,
    );
  });
});
