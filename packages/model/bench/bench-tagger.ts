// Measures the entity finder alone on GMB dev (4,000 sentences, detokenised as an article prints
// them): model load, then the tagger by itself and the whole per-article step (`findEntities`:
// tagger, known names, aliases, roles), three passes each. Times are CPU time of this process
// (user + system), so other load on the machine does not inflate them.
// Usage: pnpm bench:tagger
import { join } from 'node:path';
import { detokenize, readConll } from '../scripts/read-conll.js';
import { EntityIndex } from '../src/entity-index.js';
import { EntityTagger, tagEntities } from '../src/entity-tagger.js';
import { findEntities } from '../src/find-entities.js';
import { defaultGazetteer } from '../src/knowledge-pack.js';

const datasets = process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '../../../../shared/datasets');
const sentences = readConll(join(datasets, 'ner/gmb-dev.conll'))
  .flat()
  .map((s) => detokenize(s.tokens).text);
const tokens = sentences.reduce((n, s) => n + s.split(' ').length, 0);
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let t = cpu();
const tagger = EntityTagger.load(new URL('../models/entity-tagger.bin.gz', import.meta.url));
console.log(`load: ${((cpu() - t) * 1000).toFixed(0)} ms (${tagger.keys.length} features)`);
t = cpu();
const index = new EntityIndex(defaultGazetteer());
console.log(`known names: ${((cpu() - t) * 1000).toFixed(0)} ms (${index.entries.length} entries)`);
const report = (what: string, seconds: number) =>
  console.log(
    `${what}: ${sentences.length} sentences, ~${tokens} tokens in ${seconds.toFixed(2)} s CPU: ${Math.round(tokens / seconds)} tokens/s, ${((seconds / sentences.length) * 1e6).toFixed(0)} µs/sentence`,
  );
for (let run = 1; run <= 3; run++) {
  t = cpu();
  for (const s of sentences) tagEntities(s, tagger);
  report(`tagger pass ${run}`, cpu() - t);
}
for (let run = 1; run <= 3; run++) {
  t = cpu();
  for (let i = 0; i < sentences.length; i += 20) findEntities(sentences.slice(i, i + 20), index, tagger);
  report(`findEntities pass ${run}`, cpu() - t);
}
