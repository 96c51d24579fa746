import { describe, expect, it } from 'vitest';
import { stanceToward } from '../src/stance-toward.js';

const at = (sentence: string, mention: string) => {
  const from = sentence.indexOf(mention);
  return stanceToward(sentence, { from, to: from + mention.length });
};

describe('stanceToward', () => {
  it('reads praise, blame and plain report', () => {
    expect(at('Critics accuse Nordbank of greed and reckless lending.', 'Nordbank')).toBe('negative');
    expect(at('Nordbank has been a reliable and generous partner.', 'Nordbank')).toBe('positive');
    expect(at('Nordbank reported its quarterly results on Tuesday.', 'Nordbank')).toBe('neutral');
  });

  it('flips a negated word', () => {
    expect(at('The mayor is not a good leader.', 'mayor')).toBe('negative');
  });

  it('reads the clause around the mention, so two people in one sentence can be treated apart', () => {
    const sentence = 'Smith praised the generous plan, but Jones was accused of fraud and lies.';
    expect(at(sentence, 'Smith')).toBe('positive');
    expect(at(sentence, 'Jones')).toBe('negative');
  });
});
