import { describe, expect, it } from 'vitest';
import { tellsPendingDecision } from '../src/pending-decisions.js';

describe('tellsPendingDecision', () => {
  it('finds a decision still to be taken', () => {
    expect(tellsPendingDecision('The ministry is considering a loan to Norvale Transit.')).toBe(true);
    expect(tellsPendingDecision('Shareholders will vote on the merger.')).toBe(true);
    expect(tellsPendingDecision('The court is expected to rule on the appeal.')).toBe(true);
    expect(tellsPendingDecision('The council has yet to decide on the route.')).toBe(true);
    expect(tellsPendingDecision('The Kestrel Union faces a strict deadline.')).toBe(true);
    expect(tellsPendingDecision('A decision is expected from the regulator.')).toBe(true);
  });
  it('leaves a past deliberation, a decision taken and one inside a quotation', () => {
    expect(tellsPendingDecision('The drivers had been considering a walkout since January.')).toBe(false);
    expect(tellsPendingDecision('Shareholders voted for the merger.')).toBe(false);
    expect(tellsPendingDecision('"We will vote against it," the chair said.')).toBe(false);
  });
});
