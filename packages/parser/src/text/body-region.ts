// The region of lines selectBody keeps as the article, and what a bench tool can ask it to note.

/** A contiguous run of lines judged to be the article, as indices into the lines. */
export interface BodyRegion {
  first: number;
  last: number;
  /** The indices of the lines kept as body within the region. */
  keep: number[];
  /**
   * Where the readers of the headline, the date and the byline look above, when not `first`: a text
   * scrape's body taken from a short run that only the lower first-run floor lets win (see selectBody's
   * FIRST_SHARE), joined over a box to the run the floor of before takes, whose head stands over that run
   * (a browser notice or a teaser over the menu, then the headline and date line over the article).
   */
  head?: number;
}

/** A run of lines whose running score stays above zero: its bounds and its best sum. */
export type Run = { first: number; last: number; score: number };

/**
 * What a bench tool can ask `selectBody` to note (`classify:text-steps`): the region's bounds after
 * each step, the runs and the strongest one, and why each line inside the final region was left out.
 */
export interface BodyTrace {
  steps: { step: string; first: number; last: number }[];
  runs: readonly Run[];
  top: Run | null;
  scores: ArrayLike<number>;
  /** The reason each line of the region that was not kept was dropped. */
  dropped: Map<number, string>;
}
