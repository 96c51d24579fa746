// Fits data/stance.json: a multinomial logistic regression over src/stance-features.ts. First the honest
// figures — trained on NewsMTSC rw-dev, scored on mt-dev, and the reverse — then the shipped weights on
// both sets together (so the shipped model has no held-out dev figure of its own; the test sets are
// elsewhere). Usage: pnpm --filter @briefing/model run train:stance   (BRIEF_DATASETS=DIR to point elsewhere)
import fs from 'node:fs';
import { fitStance, scoreStance, stanceSet } from '../bench/cross-stance.js';

const rw = stanceSet('rw');
const mt = stanceSet('mt');
const f = (x: number) => x.toFixed(3);
const toMt = scoreStance(fitStance([rw]), mt);
const toRw = scoreStance(fitStance([mt]), rw);
const model = fitStance([rw, mt]);
const round = (x: number) => Math.round(x * 1e4) / 1e4;
const shipped = {
  ...model,
  weights: model.weights.map((row) => row.map(round)),
  bias: model.bias.map(round),
  measuredOn:
    `NewsMTSC rw-dev + mt-dev (${rw.targets.length + mt.targets.length} targets), classes weighed by inverse frequency, L2 0.01, word-vector features fitted 3x larger. ` +
    `Cross-set before: rw->mt macro-F1 ${f(toMt.f1)} acc ${f(toMt.accuracy)}; mt->rw macro-F1 ${f(toRw.f1)} acc ${f(toRw.accuracy)}`,
};
const file = new URL('../data/stance.json', import.meta.url);
fs.writeFileSync(file, `${JSON.stringify(shipped)}\n`);
console.log(shipped.measuredOn);
console.log(`wrote ${file.pathname} (format it with biome before committing)`);
