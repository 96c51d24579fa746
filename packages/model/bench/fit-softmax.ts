import { stanceProbabilities as probabilities } from '../src/stance-toward.js';

/** A fitted multinomial logistic regression: one weight row and one bias per class. */
export interface Softmax {
  weights: number[][];
  bias: number[];
}

/**
 * Fits a multinomial logistic regression by full-batch gradient descent with L2 shrinkage, each class
 * weighed by the inverse of its frequency (so the rare positive class counts as much as the others).
 * @param rows feature vectors
 * @param labels class index per row
 * @param classes number of classes
 * @param l2 the shrinkage
 * @param rounds passes over the data
 */
export function fitSoftmax(
  rows: readonly number[][],
  labels: readonly number[],
  classes: number,
  l2 = 1e-3,
  rounds = 1500,
): Softmax {
  const dims = rows[0]?.length ?? 0;
  const w = Array.from({ length: classes }, () => new Float64Array(dims));
  const b = new Float64Array(classes);
  const counts = new Array<number>(classes).fill(0);
  for (const y of labels) counts[y] = (counts[y] as number) + 1;
  const weight = counts.map((c) => rows.length / (classes * Math.max(1, c)));
  const rate = 0.5;
  for (let r = 0; r < rounds; r++) {
    const g = Array.from({ length: classes }, () => new Float64Array(dims));
    const gb = new Float64Array(classes);
    rows.forEach((x, i) => {
      const p = probabilities(
        {
          classes: [],
          weights: w.map((row) => row as unknown as number[]),
          bias: Array.from(b),
          measuredOn: '',
        },
        x,
      );
      const y = labels[i] as number;
      const k = weight[y] as number;
      for (let c = 0; c < classes; c++) {
        const err = k * ((p[c] as number) - (c === y ? 1 : 0));
        const gc = g[c] as Float64Array;
        for (let d = 0; d < dims; d++) gc[d] = (gc[d] as number) + err * (x[d] as number);
        gb[c] = (gb[c] as number) + err;
      }
    });
    for (let c = 0; c < classes; c++) {
      const wc = w[c] as Float64Array;
      const gc = g[c] as Float64Array;
      for (let d = 0; d < dims; d++)
        wc[d] = (wc[d] as number) - rate * ((gc[d] as number) / rows.length + l2 * (wc[d] as number));
      b[c] = (b[c] as number) - (rate * (gb[c] as number)) / rows.length;
    }
  }
  return { weights: w.map((row) => Array.from(row)), bias: Array.from(b) };
}
