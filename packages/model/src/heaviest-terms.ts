// A source's heaviest terms, the most it is compared by, at unit length.
import type { Vector } from './story-vector.js';

/**
 * A source is its 120 heaviest terms. Two long pages on unrelated subjects share hundreds of everyday
 * words, each adding a little (two novels' "room", "sat", "looked"): over all terms the mean pair of 61
 * unrelated readability-pages pages measured 0.057, near pairs within a Wikinews cluster (0.136), and 29
 * of them made one story. Over the heaviest 120 those means are 0.015 and 0.131. `pnpm eval:stories`:
 * readability singletons 0.899 → 0.967 (folds 0.87–0.94 → 0.97–0.98), zyte 0.955 → 0.951, trafilatura
 * 0.975 either way; 60 and 80 split the clusters (0.89–0.93), 150 gives the same as 120.
 */
export const MAX_TERMS = 120;

/**
 * The {@link MAX_TERMS} heaviest of a source's first `kept` terms, in their order of first use, at
 * unit length (ties: the term used first), the length counting `alone` too: the squared weight its
 * terms in no other source add (see {@link LONE_SHARE}).
 */
export function heaviest(ids: Int32Array, values: Float64Array, kept: number, alone: number): Vector {
  // the MAX_TERMS-th largest weight: every term above it is kept, and those equal to it in order of
  // first use until there are MAX_TERMS (selected, not sorted: a sort of each source's weights took
  // a third of the weighing at 10,000 pages)
  const cut = kthSmallest(values.slice(0, kept), kept - MAX_TERMS);
  let ties = MAX_TERMS;
  for (let k = 0; k < kept; k++) if ((values[k] as number) > cut) ties--;
  const top = new Int32Array(MAX_TERMS);
  const weights = new Float64Array(MAX_TERMS);
  let n = 0;
  let norm = 0;
  for (let k = 0; k < kept; k++) {
    const v = values[k] as number;
    if (v > cut || (v === cut && ties-- > 0)) {
      top[n] = ids[k] as number;
      weights[n++] = v;
      norm += v ** 2;
    }
  }
  norm = Math.sqrt(norm + alone) || 1;
  for (let k = 0; k < n; k++) weights[k] = (weights[k] as number) / norm;
  return { ids: top, values: weights };
}

/** The `k`-th smallest of some numbers (from 0), as `a.sort()[k]` gives it; reorders `a`. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const x = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}
