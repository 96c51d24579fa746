import { describe, expect, it } from 'vitest';
import { tellsMarketMove } from '../src/market-colour.js';

describe('tellsMarketMove', () => {
  it("reads a market's or an index's move", () => {
    expect(
      [
        'Harbour shares slid 3.1 percent on Thursday after the vote.',
        'Among the losers, the Kestrel index fared worst of all today.',
        'Norvale Transit shares closed down 2 percent.',
        'The Orvan index of leading shares falling 40 points to 3,120.',
      ].map(tellsMarketMove),
    ).toEqual([true, true, true, true]);
  });

  it('reads none where the market is no subject of a move, or nothing moves', () => {
    expect(
      [
        'Ticket sales in Asian markets fell 12 percent in March.',
        'The city sold the shares it held in the ferry line, losing 3 million.',
        'Trading on the exchange was suspended for a second day.',
        'The assembly rejected the transit levy on Thursday.',
      ].map(tellsMarketMove),
    ).toEqual([false, false, false, false]);
  });
});
