// Scores the stance model on the NewsMTSC dev sets (rw: real-world mix, mt: several people a sentence):
// macro-F1 over negative/neutral/positive and accuracy, against the majority class. The honest figures
// are cross-set: fitted on one dev set by the code of `train:stance`, scored on the other; and 5-fold
// over both sets (folds by sentence, so two targets of one sentence never sit on both sides), which
// estimates the held-out test sets, drawn from the same sources as the dev sets. The shipped weights
// (`data/stance.json`) saw both sets, so their row is in-sample; the lean table is out-of-fold.
// Usage: pnpm eval:stance   (BRIEF_DATASETS=DIR to point elsewhere)

import { CLEAR_LEAN, stanceModel, stanceProbabilities } from '../src/stance-toward.js';
import { CLASSES, fitStance, type StanceSet, scoreStance, stanceSet } from './cross-stance.js';
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
/** Out-of-fold predictions over both sets: 5 folds by a hash of the sentence. */
const FOLDS = 5;
const foldOf = (sentence: string) => {
  let h = 0;
  for (let i = 0; i < sentence.length; i++) h = (h * 31 + sentence.charCodeAt(i)) >>> 0;
  return h % FOLDS;
};
const outOfFold = new Map<StanceSet, string[]>(Object.values(sets).map((s) => [s, []]));
/** Each target's out-of-fold verdict and lean (p(positive) − p(negative)), for the lean table. */
const verdicts: { gold: string; pred: string; lean: number }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = Object.values(sets).map((s) => ({
    ...s,
    targets: s.targets.filter((t) => foldOf(t.sentence) !== k),
    rows: s.rows.filter((_, i) => foldOf((s.targets[i] as StanceSet['targets'][0]).sentence) !== k),
    facts: s.facts.filter((_, i) => foldOf((s.targets[i] as StanceSet['targets'][0]).sentence) !== k),
  }));
  const model = fitStance(train);
  for (const s of Object.values(sets))
    s.targets.forEach((t, i) => {
      if (foldOf(t.sentence) !== k) return;
      const p = s.facts[i] ? [0, 1, 0] : stanceProbabilities(model, s.rows[i] as number[]);
      const pred = CLASSES[p.indexOf(Math.max(...p))] as string;
      (outOfFold.get(s) as string[])[i] = pred;
      verdicts.push({ gold: t.gold, pred, lean: (p[2] as number) - (p[0] as number) });
    });
}
for (const s of Object.values(sets))
  console.log(
    `${s.name}-dev: ${s.facts.filter(Boolean).length} targets whose sentence states a figure or an event of theirs (stanceFact), read as neutral`,
  );
console.log('scored on  fitted on          targets  F1m    acc   | majority F1m  acc');
for (const [test, train] of [
  ['mt', 'rw'],
  ['rw', 'mt'],
] as const) {
  const set = sets[test];
  const base = majority(set);
  const rows: [string, { f1: number; accuracy: number }][] = [
    [`${train}-dev (cross)`, scoreStance(fitStance([sets[train]]), set)],
    [
      'both, 5-fold',
      macroF1(
        outOfFold.get(set) as string[],
        set.targets.map((t) => t.gold),
      ),
    ],
    ['both (shipped)', scoreStance(stanceModel(), set)],
  ];
  for (const [label, got] of rows)
    console.log(
      `${`${test}-dev`.padEnd(10)} ${label.padEnd(18)} ${String(set.targets.length).padStart(7)}  ${pct(got.f1)}  ${pct(got.accuracy)} | ${pct(base.f1)}  ${pct(base.accuracy)}`,
    );
}

// How far the model's polar verdicts can be trusted as they lean more: what `clearStance` and the claims'
// disputes rely on (CLEAR_LEAN). Out-of-fold verdicts of the 5-fold row over both sets, so no verdict
// comes from weights that saw its sentence
console.log('\nlean ≥   polar verdicts  right   opposite polarity   (both sets, 5-fold)');
for (const m of [0, 0.2, 0.3, CLEAR_LEAN, 0.5]) {
  const kept = verdicts.filter((v) => v.pred !== 'neutral' && Math.abs(v.lean) >= m);
  const right = kept.filter((v) => v.pred === v.gold).length;
  const opposite = kept.filter((v) => v.gold !== 'neutral' && v.gold !== v.pred).length;
  console.log(
    `${m.toFixed(1).padStart(6)}  ${String(kept.length).padStart(14)}  ${pct(right / kept.length)}  ${pct(opposite / kept.length)}`,
  );
}
