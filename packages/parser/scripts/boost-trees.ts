import type { LineModel } from '../src/text/line-model.js';

/** How the ensemble is grown. */
export interface BoostOptions {
  /** Number of trees. */
  trees: number;
  /** Depth of each tree (a tree of depth 3 has up to 8 leaves). */
  depth: number;
  /** What each tree's output is multiplied by. */
  rate: number;
  /** L2 penalty on a leaf's output (in hessian units). */
  lambda: number;
  /** The least summed hessian a leaf may hold (leaves of a few lines are noise). */
  minLeaf: number;
  /** Candidate thresholds per feature (quantiles of its values). */
  bins: number;
}

/** Defaults chosen by zyte-dev cross-validation (see the parser README). */
export const BOOST_DEFAULTS: BoostOptions = { trees: 120, depth: 3, rate: 0.1, lambda: 1, minLeaf: 0.02, bins: 32 };

/**
 * Fits gradient-boosted regression trees with the logistic loss (Newton steps per leaf) on weighted,
 * labelled rows; features are split at quantile thresholds.
 * @param x the rows' features
 * @param y their labels, 1 for article text and 0 for boilerplate
 * @param w their weights
 * @param names the feature names, stored in the model
 * @param options how the ensemble is grown
 * @returns the model
 */
export function boostTrees(
  x: readonly (readonly number[])[],
  y: readonly number[],
  w: readonly number[],
  names: readonly string[],
  options: BoostOptions = BOOST_DEFAULTS,
): LineModel {
  const n = x.length;
  const f = names.length;
  const cuts = names.map((_, j) => quantileCuts(x.map((r) => r[j] as number), options.bins));
  // bin[j][i]: the index of the first cut at or above row i's value of feature j
  const bin = cuts.map((c, j) => Uint8Array.from(x, (r) => binOf(c, r[j] as number)));
  let pos = 0;
  let all = 0;
  for (let i = 0; i < n; i++) {
    pos += (w[i] as number) * (y[i] as number);
    all += w[i] as number;
  }
  const prior = Math.min(0.99, Math.max(0.01, pos / all));
  const base = Math.log(prior / (1 - prior));
  const z = new Float64Array(n).fill(base);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const trees: LineModel['trees'] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-(z[i] as number)));
      g[i] = (w[i] as number) * (p - (y[i] as number));
      h[i] = Math.max(1e-9, (w[i] as number) * p * (1 - p));
    }
    const tree: LineModel['trees'][number] = { feature: [], threshold: [], left: [], right: [], value: [] };
    const grow = (rows: Int32Array, depth: number): number => {
      const k = tree.feature.length;
      tree.feature.push(-1);
      tree.threshold.push(0);
      tree.left.push(-1);
      tree.right.push(-1);
      tree.value.push(0);
      let gs = 0;
      let hs = 0;
      for (const i of rows) {
        gs += g[i] as number;
        hs += h[i] as number;
      }
      const split = depth < options.depth ? bestSplit(rows, gs, hs, bin, cuts, g, h, f, options) : null;
      if (split === null) {
        tree.value[k] = round((-gs / (hs + options.lambda)) * options.rate);
        return k;
      }
      const col = bin[split.feature] as Uint8Array;
      const left = rows.filter((i) => (col[i] as number) <= split.bin);
      const right = rows.filter((i) => (col[i] as number) > split.bin);
      tree.feature[k] = split.feature;
      tree.threshold[k] = (cuts[split.feature] as number[])[split.bin] as number;
      tree.left[k] = grow(left, depth + 1);
      tree.right[k] = grow(right, depth + 1);
      return k;
    };
    grow(Int32Array.from({ length: n }, (_, i) => i), 0);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let k = 0;
      while ((tree.feature[k] as number) >= 0)
        k =
          ((x[i] as number[])[tree.feature[k] as number] as number) <= (tree.threshold[k] as number)
            ? (tree.left[k] as number)
            : (tree.right[k] as number);
      z[i] = (z[i] as number) + (tree.value[k] as number);
    }
  }
  return { features: [...names], base: round(base), trees };
}

function bestSplit(
  rows: Int32Array,
  gs: number,
  hs: number,
  bin: readonly Uint8Array[],
  cuts: readonly number[][],
  g: Float64Array,
  h: Float64Array,
  f: number,
  options: BoostOptions,
): { feature: number; bin: number } | null {
  const parent = (gs * gs) / (hs + options.lambda);
  let best: { feature: number; bin: number; gain: number } | null = null;
  for (let j = 0; j < f; j++) {
    const m = (cuts[j] as number[]).length;
    if (m < 2) continue;
    const hg = new Float64Array(m);
    const hh = new Float64Array(m);
    const col = bin[j] as Uint8Array;
    for (const i of rows) {
      const b = col[i] as number;
      hg[b] = (hg[b] as number) + (g[i] as number);
      hh[b] = (hh[b] as number) + (h[i] as number);
    }
    let gl = 0;
    let hl = 0;
    for (let b = 0; b < m - 1; b++) {
      gl += hg[b] as number;
      hl += hh[b] as number;
      const hr = hs - hl;
      if (hl < options.minLeaf || hr < options.minLeaf) continue;
      const gr = gs - gl;
      const gain = (gl * gl) / (hl + options.lambda) + (gr * gr) / (hr + options.lambda) - parent;
      if (gain > 1e-9 && (best === null || gain > best.gain)) best = { feature: j, bin: b, gain };
    }
  }
  return best;
}

/** Up to `bins` distinct thresholds at the quantiles of the values (the last is the largest value). */
function quantileCuts(values: readonly number[], bins: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let q = 1; q <= bins; q++) cuts.add(round(sorted[Math.min(sorted.length - 1, Math.ceil((q / bins) * sorted.length) - 1)] as number));
  return [...cuts].sort((a, b) => a - b);
}

function binOf(cuts: readonly number[], v: number): number {
  let lo = 0;
  let hi = cuts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= (cuts[mid] as number)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}
