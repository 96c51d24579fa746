// For large briefs: sources as alike as two single sources must be, joined into connected groups.
import { appendToList } from './append-to-list.js';
import { SMALL_GROUP_MARGIN } from './link-average.js';
import type { StoryIds, Vector } from './story-vector.js';
import { topIndicesOf } from './top-of.js';
import { cosine, Spread } from './vector-cosine.js';

/** A source's heaviest terms that {@link linkSparse} indexes. */
const TOP_TERMS = 15;

/**
 * For large briefs: two sources are one story when they are as alike as two single sources must be
 * for {@link linkAverage}, and stories are the connected groups. Only pairs sharing two of their 15
 * heaviest terms are compared (terms held by more than 100 sources are skipped), so the cost grows
 * with the number of sources rather than its square.
 */
export function linkSparse(vectors: readonly Vector[], threshold: number, terms: StoryIds): number[][] {
  const top = vectors.map((v) => {
    // the positions of the heaviest terms, then their ids in the same array: no list of a source's
    // positions to choose from, nor a second list
    const heaviest = topIndicesOf(
      v.ids.length,
      TOP_TERMS,
      (x, y) =>
        (v.values[y] as number) - (v.values[x] as number) ||
        (terms.key(v.ids[x] as number) < terms.key(v.ids[y] as number) ? -1 : 1),
    );
    for (let k = 0; k < heaviest.length; k++) heaviest[k] = v.ids[heaviest[k] as number] as number;
    return heaviest;
  });
  const postings = new Map<number, number[]>();
  const spread = new Spread(terms);
  top.forEach((terms, i) => {
    for (const t of terms) {
      appendToList(postings, t, i);
    }
  });
  const parent = vectors.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  // how many top terms each later source shares with source i, and which sources those are in order of
  // first meeting (as a map of them iterates): arrays reused for every source, not a map a source
  const shared = new Uint8Array(vectors.length);
  const met: number[] = [];
  top.forEach((terms, i) => {
    for (const t of terms) {
      const docs = postings.get(t) as number[];
      if (docs.length > 100) continue;
      for (const j of docs) {
        if (j <= i) continue;
        if (shared[j] === 0) met.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
    }
    for (const j of met) {
      const count = shared[j] as number;
      shared[j] = 0;
      if (count < 2) continue;
      const s = cosine(vectors[i] as Vector, vectors[j] as Vector, spread);
      if (s > threshold + SMALL_GROUP_MARGIN) parent[find(j)] = find(i);
    }
    met.length = 0;
  });
  const byRoot = new Map<number, number[]>();
  vectors.forEach((_, i) => {
    const r = find(i);
    appendToList(byRoot, r, i);
  });
  return [...byRoot.values()];
}
