// Scores the stance model on the NewsMTSC dev sets (rw: real-world mix, mt: several people a sentence):
// macro-F1 over negative/neutral/positive and accuracy, against the majority class. The honest figures
// are cross-set: fitted on one dev set by the code of `train:stance`, scored on the other. The shipped
// weights (`data/stance.json`) saw both sets, so their row is in-sample.
// Usage: pnpm eval:stance   (BRIEF_DATASETS=DIR to point elsewhere)
import { stanceModel } from '../src/stance-toward.js';
import { fitStance, type StanceSet, scoreStance, stanceSet } from './cross-stance.js';
import { macroF1 } from './stance-targets.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const sets = { rw: stanceSet('rw'), mt: stanceSet('mt') };
const majority = (set: StanceSet) => {
  const gold = set.targets.map((t) => t.gold);
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neutral';
  return macroF1(
    gold.map(() => top),
    gold,
  );
};
console.log('scored on  fitted on          targets  F1m    acc   | majority F1m  acc');
for (const [test, train] of [
  ['mt', 'rw'],
  ['rw', 'mt'],
] as const) {
  const set = sets[test];
  const base = majority(set);
  const rows: [string, { f1: number; accuracy: number }][] = [
    [`${train}-dev (cross)`, scoreStance(fitStance([sets[train]]), set)],
    ['both (shipped)', scoreStance(stanceModel(), set)],
  ];
  for (const [label, got] of rows)
    console.log(
      `${`${test}-dev`.padEnd(10)} ${label.padEnd(18)} ${String(set.targets.length).padStart(7)}  ${pct(got.f1)}  ${pct(got.accuracy)} | ${pct(base.f1)}  ${pct(base.accuracy)}`,
    );
}
