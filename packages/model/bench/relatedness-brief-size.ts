// Whether find-claims' relatedness thresholds, fitted with word weights (idf) over all of STS-B
// headlines, hold in a brief of a few sources, where a word's in-brief document frequency is read
// from a few dozen statements: each pair is scored with the weights of a small collection (the pair
// and SMALL other sentences of its set, drawn with a fixed seed), plain and blended with the weights
// general English gives a word (its rank in the word vectors, as `claimText` weighs words by default).
// Prints precision, recall and F1 at SUBJECT_MIN (0.54, STS >= 2.5) for each weighting.
// Usage: pnpm --filter @briefing/model exec tsx bench/relatedness-brief-size.ts
import { claimText, relatedness } from '../src/same-claim.js';
import { wordVectors } from '../src/word-vectors.js';
import { type ClaimPair, readClaimPairs } from './claim-pairs.js';
import { binaryScores } from './logistic.js';

const SUBJECT_MIN = 0.54;
const LEVEL = 2.5;
const SMALL = Number(process.env.SMALL ?? 14);
const vectors = wordVectors();
const rankWeight = (w: string) => {
  const r = vectors.rank(w);
  return Math.log(1 + ((r === undefined ? 40_000 : r) + 1) / 200);
};

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Weigh = (df: ReadonlyMap<string, number>, n: number) => (w: string) => number;
const local: Weigh = (df, n) => (w) => Math.log(n / (df.get(w) ?? 1));
const blended =
  (k: number): Weigh =>
  (df, n) =>
  (w) =>
    (n / (n + k)) * Math.log(n / (df.get(w) ?? 1)) + (k / (n + k)) * rankWeight(w);

function score(pairs: readonly ClaimPair[], weigh: Weigh, small: boolean): number[] {
  const texts = pairs.flatMap((p) => [p.s1, p.s2]);
  const wordsOf = texts.map((t) => claimText(t, vectors, () => 1).words);
  const dfOf = (ids: readonly number[]) => {
    const df = new Map<string, number>();
    for (const i of ids) for (const w of wordsOf[i] as string[]) df.set(w, (df.get(w) ?? 0) + 1);
    return df;
  };
  const all = dfOf(texts.map((_, i) => i));
  const random = seeded(17);
  return pairs.map((p, k) => {
    let df = all;
    let n = texts.length;
    if (small) {
      const ids = [2 * k, 2 * k + 1];
      while (ids.length < SMALL + 2) ids.push(Math.floor(random() * texts.length));
      df = dfOf(ids);
      n = ids.length;
    }
    const w = weigh(df, n);
    return relatedness(claimText(p.s1, vectors, w), claimText(p.s2, vectors, w), vectors);
  });
}

const sets = readClaimPairs();
console.log(`collection: the pair and ${SMALL} other sentences; STS >= ${LEVEL} at ${SUBJECT_MIN}`);
console.log('set              weights                P      R      F1     best t  best F1');
for (const name of ['headlines-train', 'headlines-dev', 'headlines-test']) {
  const pairs = sets.get(name) ?? [];
  const gold = pairs.map((p) => ((p.score as number) >= LEVEL ? 1 : 0));
  const rows: [string, number[]][] = [
    ['whole set, idf', score(pairs, local, false)],
    ['small, idf', score(pairs, local, true)],
    ['small, rank', score(pairs, () => rankWeight, true)],
    ...[10, 30, 100].map((k): [string, number[]] => [`small, blend k=${k}`, score(pairs, blended(k), true)]),
    ['whole set, blend k=30', score(pairs, blended(30), false)],
  ];
  for (const [label, r] of rows) {
    const at = binaryScores(
      r.map((x) => x >= SUBJECT_MIN),
      gold,
    );
    let best = { t: 0, f1: -1 };
    for (let t = 0.3; t <= 0.95; t += 0.01) {
      const { f1 } = binaryScores(
        r.map((x) => x >= t),
        gold,
      );
      if (f1 > best.f1) best = { t, f1 };
    }
    console.log(
      `${name.padEnd(16)} ${label.padEnd(22)} ${at.precision.toFixed(3)}  ${at.recall.toFixed(3)}  ${at.f1.toFixed(3)}  ${best.t.toFixed(2)}    ${best.f1.toFixed(3)}`,
    );
  }
}
