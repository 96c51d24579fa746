// Where `relatedness` (find-claims' measure, in-collection word weights) best separates STS-B headlines
// pairs at each level of the STS score: the thresholds behind find-claims' SUBJECT_MIN (>= 2.5, "on the
// same subject"), VERSION_MIN (>= 3, "roughly equivalent") and DETAIL_MIN (>= 4, "mostly equivalent:
// only unimportant details differ"). Best F1 on train; the same threshold scored on dev.
// With `--jaccard`, the same for the Jaccard similarity of content words (`jaccard`, what key points'
// supporting sources read): the threshold behind select-key-points' RESTATED.
// Usage: pnpm --filter @briefing/model exec tsx bench/relatedness-levels.ts [--jaccard]
import { jaccard, Vocabulary } from '../src/text-stats.js';
import { type ClaimPair, readClaimPairs, relatednessOf } from './claim-pairs.js';
import { binaryScores } from './logistic.js';

const sets = readClaimPairs();
/** Each pair's Jaccard similarity of content words. */
function overlaps(pairs: readonly ClaimPair[]): number[] {
  const vocabulary = new Vocabulary();
  return pairs.map((p) =>
    jaccard(vocabulary.idsOfSentence({ text: p.s1 }, false), vocabulary.idsOfSentence({ text: p.s2 }, false)),
  );
}
/** Each pair's share of the shorter sentence's content words that the other holds. */
function containment(pairs: readonly ClaimPair[]): number[] {
  const vocabulary = new Vocabulary();
  return pairs.map((p) => {
    const a = vocabulary.idsOfSentence({ text: p.s1 }, false);
    const b = vocabulary.idsOfSentence({ text: p.s2 }, false);
    const j = jaccard(a, b);
    const x = a.wordsTo - a.wordsFrom;
    const y = b.wordsTo - b.wordsFrom;
    // shared = j * union, union = x + y - shared
    const shared = (j * (x + y)) / (1 + j);
    return Math.min(x, y) === 0 ? 0 : shared / Math.min(x, y);
  });
}
const measure = process.argv.includes('--jaccard')
  ? overlaps
  : process.argv.includes('--containment')
    ? containment
    : relatednessOf;
const train = sets.get('headlines-train') ?? [];
const dev = sets.get('headlines-dev') ?? [];
const [rTrain, rDev] = [measure(train), measure(dev)];
console.log('STS >=  threshold  train F1  dev F1  dev acc');
for (const level of [2.5, 3, 3.5, 4, 4.5]) {
  const gold = (pairs: readonly ClaimPair[]) => pairs.map((p) => ((p.score as number) >= level ? 1 : 0));
  let best = { t: 0, f1: -1 };
  for (let t = 0.05; t <= 0.95; t += 0.01) {
    const { f1 } = binaryScores(
      rTrain.map((r) => r >= t),
      gold(train),
    );
    if (f1 > best.f1) best = { t, f1 };
  }
  const d = binaryScores(
    rDev.map((r) => r >= best.t),
    gold(dev),
  );
  console.log(
    `${String(level).padEnd(6)} ${best.t.toFixed(2).padStart(9)}  ${best.f1.toFixed(3).padStart(8)}  ${d.f1.toFixed(3).padStart(6)}  ${d.accuracy.toFixed(3).padStart(7)}`,
  );
}
