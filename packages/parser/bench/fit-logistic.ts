// The logistic fit the bench's trainers share (train-join-model.ts, train-line-model.ts): log loss, L2
// shrinkage on every weight but the bias (weight 0), Newton's method from zero weights: deterministic.

/** What {@link fitLogistic} fits: `n` points of `dims` features each, the first the bias (1). */
export interface LogisticData {
  /** How many points. */
  n: number;
  /** How many features a point has. */
  dims: number;
  /** Feature `d` of point `i`. */
  feature(i: number, d: number): number;
  /** The label of point `i`, 0 or 1. */
  label(i: number): number;
  /** How much point `i` weighs in the loss (default 1). */
  weight?(i: number): number;
}

/**
 * Fits a logistic model by Newton's method: each round solves (H + L2) step = gradient.
 * @param data the points
 * @param l2 the shrinkage of every weight but the bias
 * @param rounds Newton's rounds
 * @returns one weight per feature
 */
export function fitLogistic(data: LogisticData, l2: number, rounds: number): number[] {
  const { n, dims } = data;
  const w = new Array<number>(dims).fill(0);
  for (let round = 0; round < rounds; round++) {
    const grad = new Array<number>(dims).fill(0);
    const hess = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
    // the loss is the weighted mean: a point of weight 0 changes nothing
    let total = 0;
    for (let i = 0; i < n; i++) {
      let logit = 0;
      for (let d = 0; d < dims; d++) logit += data.feature(i, d) * (w[d] as number);
      const y = data.label(i);
      const weight = data.weight?.(i) ?? 1;
      total += weight;
      const p = 1 / (1 + Math.exp(-logit));
      const g = (p - y) * weight;
      const h = p * (1 - p) * weight;
      for (let d = 0; d < dims; d++) {
        const xd = data.feature(i, d);
        grad[d] = (grad[d] as number) + g * xd;
        const row = hess[d] as number[];
        for (let e = 0; e < dims; e++) row[e] = (row[e] as number) + h * xd * data.feature(i, e);
      }
    }
    for (let d = 0; d < dims; d++) {
      grad[d] = (grad[d] as number) / total + (d === 0 ? 0 : l2 * (w[d] as number));
      const row = hess[d] as number[];
      for (let e = 0; e < dims; e++) row[e] = (row[e] as number) / total + (d === e && d !== 0 ? l2 : 0);
    }
    const step = solve(hess, grad);
    for (let d = 0; d < dims; d++) w[d] = (w[d] as number) - (step[d] as number);
  }
  return w;
}

/** Solves a x = b by Gaussian elimination with partial pivoting (a and b are overwritten). */
function solve(a: number[][], b: number[]): number[] {
  const m = b.length;
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++)
      if (Math.abs((a[r] as number[])[c] as number) > Math.abs((a[pivot] as number[])[c] as number))
        pivot = r;
    [a[c], a[pivot]] = [a[pivot] as number[], a[c] as number[]];
    [b[c], b[pivot]] = [b[pivot] as number, b[c] as number];
    const top = a[c] as number[];
    const lead = top[c] as number;
    if (Math.abs(lead) < 1e-12) continue; // a feature no point has
    for (let r = c + 1; r < m; r++) {
      const row = a[r] as number[];
      const f = (row[c] as number) / lead;
      if (f === 0) continue;
      for (let k = c; k < m; k++) row[k] = (row[k] as number) - f * (top[k] as number);
      b[r] = (b[r] as number) - f * (b[c] as number);
    }
  }
  const x = new Array<number>(m).fill(0);
  for (let c = m - 1; c >= 0; c--) {
    const row = a[c] as number[];
    if (Math.abs(row[c] as number) < 1e-12) continue;
    let s = b[c] as number;
    for (let k = c + 1; k < m; k++) s -= (row[k] as number) * (x[k] as number);
    x[c] = s / (row[c] as number);
  }
  return x;
}
