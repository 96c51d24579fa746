// CPU cost of one stanceToward call (features + the model), what findStances pays per actor mention:
// every NewsMTSC dev target (rw + mt, 785) three times a run, 12 runs, after two warm-up runs.
// Usage: pnpm --filter @briefing/model run bench:stance   (BRIEF_DATASETS=DIR to point elsewhere)
import { stanceToward } from '../src/stance-toward.js';
import { readStanceTargets } from './stance-targets.js';

const targets = [...readStanceTargets('rw'), ...readStanceTargets('mt')];
const run = () => {
  const start = process.cpuUsage();
  for (let k = 0; k < 3; k++) for (const t of targets) stanceToward(t.sentence, t);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / (3 * targets.length);
};
run();
run();
const runs = Array.from({ length: 12 }, run).sort((a, b) => a - b);
console.log(
  `stanceToward: ${(runs[6] as number).toFixed(1)} µs CPU a call (median of 12 runs; fastest ${(runs[0] as number).toFixed(1)}) over ${targets.length} NewsMTSC dev targets`,
);
