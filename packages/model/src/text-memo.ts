/**
 * Results of a pure function of a text, kept for texts that come again: a result is kept only from a
 * text's second reading on (most texts never come again, and keeping every result made each pass's
 * garbage collector copy them all), for the texts seen last. Texts seen and results kept are each held
 * in two generations: when the current one is full it becomes the previous one and the oldest is
 * dropped, and a result found in the previous generation moves to the current one. So memory stays
 * bounded, and no list of uses is kept.
 */
export class TextMemo<T> {
  private current = new Map<string, T>();
  private previous = new Map<string, T>();
  private seen = new Set<string>();
  private seenBefore = new Set<string>();
  /** Look-ups answered from the memo. */
  hits = 0;
  /** Look-ups that computed their result. */
  misses = 0;

  /**
   * @param limit the results of one generation (so at most twice as many are kept)
   * @param seenLimit the texts of one generation of texts seen once
   * @throws {RangeError} for a limit under 1
   */
  constructor(
    readonly limit: number,
    readonly seenLimit: number = 8 * limit,
  ) {
    if (!(limit >= 1 && seenLimit >= 1))
      throw new RangeError(`a memo needs limits of at least 1, got ${limit} and ${seenLimit}`);
  }

  /**
   * The result for a text: the one kept, or `compute(text)`, kept when the text was seen before.
   * @param text the function's input
   * @param compute the pure function; its result must not be changed by the caller afterwards
   */
  get(text: string, compute: (text: string) => T): T {
    let found = this.current.get(text);
    if (found !== undefined) {
      this.hits++;
      return found;
    }
    found = this.previous.get(text);
    if (found !== undefined) this.hits++;
    else {
      this.misses++;
      found = compute(text);
      if (!this.seen.has(text) && !this.seenBefore.has(text)) {
        if (this.seen.size >= this.seenLimit) {
          this.seenBefore = this.seen;
          this.seen = new Set();
        }
        this.seen.add(text);
        return found;
      }
    }
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(text, found);
    return found;
  }

  /** Forgets every text seen and result kept (the counts too). */
  clear(): void {
    this.current = new Map();
    this.previous = new Map();
    this.seen = new Set();
    this.seenBefore = new Set();
    this.hits = 0;
    this.misses = 0;
  }
}
