/** A fitted multinomial logistic regression: one weight row and one bias per class. */
export interface Softmax {
  weights: number[][];
  bias: number[];
}

/** How {@link fitSoftmax} fits. */
export interface SoftmaxOptions {
  /** The L2 shrinkage of the weights (not of the biases). */
  l2: number;
  /** Passes of full-batch gradient descent. */
  rounds: number;
  /** The step of gradient descent. */
  rate: number;
  /**
   * A factor per feature applied before fitting and folded back into the weights after: a feature
   * multiplied by k is shrunk k² times less and learnt k² times faster (1 for every feature by default).
   */
  scale?: readonly number[];
}

/**
 * Fits a multinomial logistic regression by full-batch gradient descent with L2 shrinkage, each class
 * weighed by the inverse of its frequency (so the rare positive class counts as much as the others).
 * @param rows feature vectors
 * @param labels class index per row
 * @param classes number of classes
 * @param options shrinkage, rounds, step and feature scales
 * @returns weights that apply to the features as given (the scales folded in)
 */
export function fitSoftmax(
  rows: readonly number[][],
  labels: readonly number[],
  classes: number,
  options: SoftmaxOptions,
): Softmax {
  const n = rows.length;
  const dims = rows[0]?.length ?? 0;
  const scale = options.scale ?? new Array<number>(dims).fill(1);
  const x = new Float64Array(n * dims);
  rows.forEach((row, i) => {
    for (let d = 0; d < dims; d++) x[i * dims + d] = (row[d] as number) * (scale[d] as number);
  });
  const w = new Float64Array(classes * dims);
  const b = new Float64Array(classes);
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y] = (counts[y] as number) + 1;
  const weight = counts.map((c) => n / (classes * Math.max(1, c)));
  const g = new Float64Array(classes * dims);
  const gb = new Float64Array(classes);
  const p = new Float64Array(classes);
  for (let r = 0; r < options.rounds; r++) {
    g.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      const at = i * dims;
      let top = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < classes; c++) {
        let s = b[c] as number;
        for (let d = 0; d < dims; d++) s += (w[c * dims + d] as number) * (x[at + d] as number);
        p[c] = s;
        if (s > top) top = s;
      }
      let sum = 0;
      for (let c = 0; c < classes; c++) {
        p[c] = Math.exp((p[c] as number) - top);
        sum += p[c] as number;
      }
      const y = labels[i] as number;
      const k = weight[y] as number;
      for (let c = 0; c < classes; c++) {
        const err = k * ((p[c] as number) / sum - (c === y ? 1 : 0));
        for (let d = 0; d < dims; d++)
          g[c * dims + d] = (g[c * dims + d] as number) + err * (x[at + d] as number);
        gb[c] = (gb[c] as number) + err;
      }
    }
    for (let j = 0; j < classes * dims; j++)
      w[j] = (w[j] as number) - options.rate * ((g[j] as number) / n + options.l2 * (w[j] as number));
    for (let c = 0; c < classes; c++) b[c] = (b[c] as number) - (options.rate * (gb[c] as number)) / n;
  }
  return {
    weights: Array.from({ length: classes }, (_, c) =>
      Array.from({ length: dims }, (_, d) => (w[c * dims + d] as number) * (scale[d] as number)),
    ),
    bias: Array.from(b),
  };
}
