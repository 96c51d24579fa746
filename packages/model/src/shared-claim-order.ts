/**
 * What a shared claim is ranked by when a brief shows only some of them: read off its statements before
 * the claim is told (see {@link sharedClaimOrder}).
 */
export interface SharedClaimRank {
  /** Whether a source disputes it: disputed claims come first (a brief shows them apart). */
  disputed: boolean;
  /** How many distinct sources make it. */
  sources: number;
  /** The best score of its statements (`ScoredSentence.score`: how central the statement is to the brief). */
  score: number;
  /** The day of its newest report (`YYYY-MM-DD`, or a shorter stamp), `''` when no report is dated. */
  newest: string;
  /** Where its best statement stands in the sources: the source's place, then the statement's offset. */
  position: readonly [number, number];
}

/**
 * The order of shared claims, first shown first: disputed ones, then those most sources make, then those
 * whose statement is most central to the brief, then those of the newest report, then by where their
 * statement stands in the sources. It never reads the claim's text, so a claim a new join adds or drops
 * moves the others only by what it is, not by where its words fall in the alphabet.
 * @param a one claim's rank
 * @param b another's
 * @returns a comparator's answer, as for `Array.prototype.sort`
 */
export function sharedClaimOrder(a: SharedClaimRank, b: SharedClaimRank): number {
  return (
    Number(b.disputed) - Number(a.disputed) ||
    b.sources - a.sources ||
    b.score - a.score ||
    (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0) ||
    a.position[0] - b.position[0] ||
    a.position[1] - b.position[1]
  );
}
