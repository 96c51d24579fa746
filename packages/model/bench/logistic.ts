/** A fitted logistic regression. */
export interface Logistic {
  weights: number[];
  bias: number;
}

/**
 * Fits a logistic regression by full-batch gradient descent with a little L2 shrinkage.
 * @param rows feature vectors
 * @param labels 0 or 1 per row
 * @param rounds passes over the data
 * @returns the weights and the bias
 */
export function fitLogistic(rows: readonly number[][], labels: readonly number[], rounds = 20000): Logistic {
  const dims = rows[0]?.length ?? 0;
  const w = new Array<number>(dims).fill(0);
  let b = 0;
  const rate = 0.5;
  const l2 = 1e-4;
  for (let r = 0; r < rounds; r++) {
    const g = new Array<number>(dims).fill(0);
    let gb = 0;
    rows.forEach((x, i) => {
      let z = b;
      for (let d = 0; d < dims; d++) z += (w[d] as number) * (x[d] as number);
      const err = 1 / (1 + Math.exp(-z)) - (labels[i] as number);
      for (let d = 0; d < dims; d++) g[d] = (g[d] as number) + err * (x[d] as number);
      gb += err;
    });
    for (let d = 0; d < dims; d++)
      w[d] = (w[d] as number) - rate * ((g[d] as number) / rows.length + l2 * (w[d] as number));
    b -= (rate * gb) / rows.length;
  }
  return { weights: w, bias: b };
}

/**
 * Probability of the positive class.
 * @param m the model
 * @param x a feature vector
 */
export function predictLogistic(m: Logistic, x: readonly number[]): number {
  let z = m.bias;
  x.forEach((v, d) => {
    z += v * (m.weights[d] ?? 0);
  });
  return 1 / (1 + Math.exp(-z));
}

/** Accuracy, precision, recall and F1 of the positive class. */
export function binaryScores(pred: readonly boolean[], gold: readonly number[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  pred.forEach((p, i) => {
    const g = gold[i] === 1;
    if (p === g) right++;
    if (p && g) tp++;
    else if (p) fp++;
    else if (g) fn++;
  });
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { accuracy: right / Math.max(1, pred.length), precision, recall, f1 };
}

/** Pearson correlation of two equally long series. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  const n = x.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] as number) - mx;
    const dy = (y[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}
