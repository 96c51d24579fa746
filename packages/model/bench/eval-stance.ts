// Scores stanceToward on the NewsMTSC dev sets (rw: real-world mix, mt: several people a sentence):
// macro-F1 over negative/neutral/positive and accuracy, against the majority class.
// Usage: pnpm eval:stance   (BRIEF_DATASETS=DIR to point elsewhere)
import { stanceToward } from '../src/stance-toward.js';
import { macroF1, readStanceTargets } from './stance-targets.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log('set      targets  F1m    acc   | majority F1m  acc');
for (const set of ['rw', 'mt'] as const) {
  const targets = readStanceTargets(set);
  const gold = targets.map((t) => t.gold);
  const got = macroF1(
    targets.map((t) => stanceToward(t.sentence, t)),
    gold,
  );
  const counts = new Map<string, number>();
  for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
  const majority = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'neutral';
  const base = macroF1(
    gold.map(() => majority),
    gold,
  );
  console.log(
    `${`${set}-dev`.padEnd(8)} ${String(targets.length).padStart(7)}  ${pct(got.f1)}  ${pct(got.accuracy)} | ${pct(base.f1)}  ${pct(base.accuracy)}`,
  );
}
