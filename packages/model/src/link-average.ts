// Average-linkage merging of all pairs of sources into stories, small groups needing a margin.
import type { StoryIds, Vector } from './story-vector.js';
import { cosine, Spread } from './vector-cosine.js';

/**
 * Two single sources need 0.035 + 0.25 ≈ 0.29 (same-day reports of one event measured 0.29–0.55 on
 * zyte-dev, unrelated pages on one subject up to 0.25); a source and a group of 30 need 0.08.
 * On `pnpm eval:stories` margins 0.22–0.28 keep F1 ≥ 0.91 on every set; 0.3 splits clusters.
 */
export const SMALL_GROUP_MARGIN = 0.25;

/**
 * Average linkage over all pairs: `sum[a][b]` holds the summed similarity between groups a and b, so a
 * merge updates one row (n² memory, about n³/6 steps in all: fine up to {@link MAX_PAIRWISE} sources).
 */
export function linkAverage(vectors: readonly Vector[], threshold: number, terms: StoryIds): number[][] {
  const n = vectors.length;
  const spread = new Spread(terms);
  const sum: Float64Array[] = vectors.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i] as Vector, vectors[j] as Vector, spread);
      (sum[i] as Float64Array)[j] = s;
      (sum[j] as Float64Array)[i] = s;
    }
  }
  // groups[k] lists member indices, or is null once merged into another
  const groups: (number[] | null)[] = vectors.map((_, i) => [i]);
  for (;;) {
    let best = 0;
    let pair: [number, number] | null = null;
    for (let a = 0; a < n; a++) {
      const ga = groups[a];
      if (!ga) continue;
      const row = sum[a] as Float64Array;
      for (let b = a + 1; b < n; b++) {
        const gb = groups[b];
        if (!gb) continue;
        const size = ga.length * gb.length;
        // the mean of few similarities is noisy: small groups must be closer to be merged
        const margin = (row[b] as number) / size - threshold - SMALL_GROUP_MARGIN / Math.sqrt(size);
        if (margin > best) {
          best = margin;
          pair = [a, b];
        }
      }
    }
    if (pair === null) break;
    const [a, b] = pair;
    groups[a] = [...(groups[a] as number[]), ...(groups[b] as number[])].sort((x, y) => x - y);
    groups[b] = null;
    const ra = sum[a] as Float64Array;
    const rb = sum[b] as Float64Array;
    for (let c = 0; c < n; c++) {
      const v = (ra[c] as number) + (rb[c] as number);
      ra[c] = v;
      (sum[c] as Float64Array)[a] = v;
    }
  }
  return groups.filter((g): g is number[] => g !== null);
}
