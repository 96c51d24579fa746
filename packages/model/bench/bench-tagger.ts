// Measures the entity tagger alone: model load time, then tokens and sentences per second over the
// GMB dev sentences (detokenised as an article prints them), tokenising included, three passes.
// Usage: pnpm bench:tagger
import { join } from 'node:path';
import { readConll, detokenize } from '../scripts/read-conll.js';
import { EntityTagger, tagEntities } from '../src/entity-tagger.js';

const datasets = process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '../../../../shared/datasets');
const sentences = readConll(join(datasets, 'ner/gmb-dev.conll'))
  .flat()
  .map((s) => detokenize(s.tokens).text);
const tokens = sentences.reduce((n, s) => n + s.split(' ').length, 0);
let t = performance.now();
const tagger = EntityTagger.load(new URL('../models/entity-tagger.bin.gz', import.meta.url));
console.log(`load: ${(performance.now() - t).toFixed(0)} ms (${tagger.keys.length} features)`);
for (let run = 1; run <= 3; run++) {
  t = performance.now();
  let spans = 0;
  for (const s of sentences) spans += tagEntities(s, tagger).length;
  const s = (performance.now() - t) / 1000;
  console.log(
    `pass ${run}: ${sentences.length} sentences, ~${tokens} tokens, ${spans} names in ${s.toFixed(2)} s: ${Math.round(tokens / s)} tokens/s`,
  );
}
