import { describe, expect, it } from 'vitest';
import { type SharedClaimRank, sharedClaimOrder } from '../src/shared-claim-order.js';

const rank = (name: string, r: Partial<SharedClaimRank>) => ({
  name,
  rank: {
    disputed: false,
    sources: 2,
    score: 0.5,
    newest: '2026-03-02',
    position: [0, 0],
    ...r,
  } as SharedClaimRank,
});

describe('sharedClaimOrder', () => {
  it('ranks disputed, then most sources, most central, newest report, place in the sources', () => {
    const claims = [
      rank('second source, same day', { position: [1, 0] }),
      rank('later in the first source', { position: [0, 120] }),
      rank('newer report', { newest: '2026-03-04' }),
      rank('undated', { newest: '' }),
      rank('more central', { score: 0.9 }),
      rank('three sources', { sources: 3, score: 0.1 }),
      rank('disputed', { disputed: true, score: 0.1 }),
      rank('first in the first source', {}),
    ];
    expect(claims.sort((a, b) => sharedClaimOrder(a.rank, b.rank)).map((c) => c.name)).toEqual([
      'disputed',
      'three sources',
      'more central',
      'newer report',
      'first in the first source',
      'later in the first source',
      'second source, same day',
      'undated',
    ]);
  });

  it('gives the same order whatever order the claims come in', () => {
    const claims = [
      rank('a', { position: [2, 5] }),
      rank('b', { position: [0, 9] }),
      rank('c', { position: [1, 0] }),
    ];
    const order = (list: typeof claims) =>
      [...list].sort((a, b) => sharedClaimOrder(a.rank, b.rank)).map((c) => c.name);
    expect(order(claims)).toEqual(['b', 'c', 'a']);
    expect(order([...claims].reverse())).toEqual(['b', 'c', 'a']);
  });
});
