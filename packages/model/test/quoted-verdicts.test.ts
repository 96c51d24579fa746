import { describe, expect, it } from 'vitest';
import { quotedVerdicts, verdictSaidForm } from '../src/quoted-verdicts.js';

/** The verdicts of a sentence, as words. */
const verdicts = (sentence: string) => quotedVerdicts(sentence).map((v) => v.text);

describe('quotedVerdicts', () => {
  it("takes a one-word quotation after a verb of judgement or of saying for the speaker's verdict", () => {
    expect(verdicts('Councillor Mara Holt called the toll plan "unacceptable" on Tuesday.')).toEqual([
      'unacceptable',
    ]);
    expect(verdicts('Ilse Vantakis described the rise as “reckless”.')).toEqual(['reckless']);
    expect(verdicts('The board said in a Jan. 5 letter that the fee was "excessive" at best.')).toEqual([
      'excessive',
    ]);
    expect(verdicts('Tobin Rask said he was "appalled" and "saddened".')).toEqual(['appalled', 'saddened']);
  });

  it("leaves the writer's epithet, a passive, a verb another clause or stop away, and a longer phrase", () => {
    expect(verdicts('Officials described the "smart" fares as a success.')).toEqual([]);
    expect(verdicts('What was called "Tollgate" by the papers ended in May.')).toEqual([]);
    expect(verdicts('The change is so-called "progress".')).toEqual([]);
    expect(verdicts('Holt said so. The fares were "steep".')).toEqual([]);
    expect(verdicts('Holt called the plan "deeply unfair".')).toEqual([]);
  });

  it('reads a verb of judgement and its object as "said" for the speaker patterns', () => {
    expect(verdictSaidForm('Mara Holt called Tobin Rask a "coward" on Tuesday.')).toBe(
      'Mara Holt said "coward" on Tuesday.',
    );
  });
});
