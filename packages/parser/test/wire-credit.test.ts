import { describe, expect, it } from 'vitest';
import { findWireCredit } from '../src/text/find-outlet.js';

describe('findWireCredit: a news agency in the dateline', () => {
  it('reads the agency after a place, or alone once the date is cut', () => {
    expect(findWireCredit('WASHINGTON (AP) — The Senate passed the bill.')).toEqual({
      outlet: 'AP',
      placed: true,
      rest: 18,
    });
    expect(findWireCredit('KYIV, Ukraine (AP) — Drones struck the city.')?.outlet).toBe('AP');
    expect(findWireCredit('Hamburg (dpa/lno) – Trotz eines Gesprächs …')?.outlet).toBe('dpa');
    expect(findWireCredit('(Reuters) - Oil prices fell on Monday.')).toEqual({
      outlet: 'Reuters',
      placed: false,
      rest: 12,
    });
  });

  it('wants brackets, a dash and a sentence after them', () => {
    expect(findWireCredit('The agency (ARS) said on Monday that cases rose.')).toBeNull();
    expect(findWireCredit('WASHINGTON — The Senate passed the bill.')).toBeNull();
    expect(findWireCredit('NATO (the alliance) - which met on Monday')).toBeNull();
  });
});
