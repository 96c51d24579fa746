import { describe, expect, it } from 'vitest';
import { endsPastInitials } from '../src/text/ends-past-initials.js';

describe('endsPastInitials', () => {
  it('does not count the stop after a lone capital as a sentence end', () => {
    expect(endsPastInitials('Anna K.-Tomas R. Bruno L. Carla M.-Anna K. Daniel P.-Tomas')).toBe(false);
    expect(endsPastInitials('J. Roe and K. Doe')).toBe(false);
  });
  it('counts the other sentence ends', () => {
    expect(endsPastInitials('The plan was approved. Work starts in May')).toBe(true);
    expect(endsPastInitials('Built by the EU. Funded by the state')).toBe(true);
    expect(endsPastInitials('計画は承認された。工事は五月に始まる')).toBe(true);
  });
});
