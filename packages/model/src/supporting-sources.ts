import type { WordRange } from './text-stats.js';

/** A sentence as {@link supportingSources} reads it: its source and its word ids (the range). */
export interface SourcedWords extends WordRange {
  article: { id: string };
}

/** Which points (a bit each, 32 a pass) use each word id; all zero between calls. */
let marks = new Uint32Array(1 << 10);

/** The tests a sentence passes to support a point, beside its similarity ({@link supportingSources}). */
export interface SupportTests<T> {
  /** the least similarity that counts as support */
  threshold: number;
  /** whether a sentence's report is of other days than a point's, if that matters */
  apart?: (point: T, sentence: T) => boolean;
  /** the least similarity that counts as support from such a report (default `threshold`) */
  apartThreshold?: number;
  /**
   * whether a sentence states what the point does not (other figures), so that it supports it at no
   * similarity; asked only of sentences similar enough otherwise
   */
  differs?: (point: T, sentence: T) => boolean;
  /**
   * whether a sentence tells of another event than the point (another day, the opposite move), so that
   * it does not support it; asked only of sentences that support it otherwise
   */
  otherEvent?: (point: T, sentence: T) => boolean;
}

/**
 * For each point, the sources with a sentence whose words have a Jaccard similarity of `threshold` or
 * more with the point's ({@link jaccard}'s value), the point's own source among them, sorted. All points
 * are measured in one pass over the sentences (each word id marked with a bit per point using it), not
 * one pass a point: a brief's six key points and each story's three read every sentence once, not 9×.
 * @param points the points (at most 32 share a pass; more take more passes)
 * @param sentences the sentences that may support them
 * @param tests the least similarity and the other tests a supporting sentence passes
 * @returns each point's supporting source ids, ascending
 */
export function supportingSources<T extends SourcedWords>(
  points: readonly T[],
  sentences: readonly T[],
  tests: SupportTests<T>,
): string[][] {
  const { threshold, apart, apartThreshold = threshold, differs, otherEvent } = tests;
  // a story of one source (most stories of a large brief): every point and sentence is of that source,
  // so each point's supporters are that source alone, with nothing to measure
  const only = points[0]?.article.id;
  if (
    only !== undefined &&
    points.every((p) => p.article.id === only) &&
    sentences.every((t) => t.article.id === only)
  ) {
    return points.map(() => [only]);
  }
  const found = points.map((p) => new Set([p.article.id]));
  for (let from = 0; from < points.length; from += 32) {
    const group = points.slice(from, from + 32);
    let top = 0;
    for (const p of group)
      for (let k = p.wordsFrom; k < p.wordsTo; k++)
        if ((p.wordIds[k] as number) > top) top = p.wordIds[k] as number;
    if (top >= marks.length) marks = new Uint32Array(Math.max(top + 1, marks.length * 2));
    group.forEach((p, bit) => {
      for (let k = p.wordsFrom; k < p.wordsTo; k++) {
        const id = p.wordIds[k] as number;
        marks[id] = (marks[id] as number) | (1 << bit);
      }
    });
    const shared = new Int32Array(group.length);
    for (let i = 0; i < sentences.length; i++) {
      const t = sentences[i] as T;
      const words = t.wordIds;
      const to = t.wordsTo;
      let any = 0;
      for (let k = t.wordsFrom; k < to; k++) {
        let m = marks[words[k] as number] as number;
        if (m === 0) continue;
        any |= m;
        for (; m !== 0; m &= m - 1) {
          const bit = 31 - Math.clz32(m & -m);
          shared[bit] = (shared[bit] as number) + 1;
        }
      }
      // a sentence sharing no word with a point has similarity 0 with it
      for (; any !== 0; any &= any - 1) {
        const bit = 31 - Math.clz32(any & -any);
        const n = shared[bit] as number;
        shared[bit] = 0;
        const p = group[bit] as T;
        const size = p.wordsTo - p.wordsFrom;
        // the same arithmetic as jaccard's (shared over union), so the same ties
        const similarity = n / (size + (to - t.wordsFrom) - n);
        if (
          similarity >= threshold &&
          (similarity >= apartThreshold || apart === undefined || !apart(p, t)) &&
          (differs === undefined || !differs(p, t)) &&
          (otherEvent === undefined || !otherEvent(p, t))
        )
          (found[from + bit] as Set<string>).add(t.article.id);
      }
    }
    for (const p of group) for (let k = p.wordsFrom; k < p.wordsTo; k++) marks[p.wordIds[k] as number] = 0;
  }
  return found.map((set) => [...set].sort());
}
