// Rebuilds data/background-df.json: in how many of a set of general news texts each content word
// occurs, so that groupStories can tell a story's own words from words every news text uses.
// Source: the GMB train extract of /work/shared/datasets/ner (Voice of America news, public-domain
// text), cut into pseudo-documents of 15 sentences (document breaks are not marked in the extract).
// Words in fewer than 3 pseudo-documents are left out (groupStories treats them as rare).
// Usage: pnpm --filter @briefing/model run build:background-df
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentWords } from '../src/text-stats.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const datasets = process.env.BRIEF_DATASETS ?? resolve(here, '../../../../shared/datasets');
const SENTENCES_PER_DOC = 15;
const MIN_DF = 3;

const sentences = readFileSync(join(datasets, 'ner/gmb-train.conll'), 'utf8')
  .split(/\n\s*\n/)
  .map((block) =>
    block
      .split('\n')
      .map((l) => l.split('\t')[0] ?? '')
      .join(' '),
  )
  .filter((s) => s.trim() !== '');
const df = new Map<string, number>();
let docs = 0;
for (let i = 0; i < sentences.length; i += SENTENCES_PER_DOC) {
  docs++;
  for (const w of new Set(contentWords(sentences.slice(i, i + SENTENCES_PER_DOC).join(' '))))
    df.set(w, (df.get(w) ?? 0) + 1);
}
const kept = Object.fromEntries([...df].filter(([, n]) => n >= MIN_DF).sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(
  resolve(here, '../data/background-df.json'),
  `${JSON.stringify({ source: 'GMB train (Voice of America news), 15-sentence pseudo-documents', docs, df: kept })}\n`,
);
console.log(`${docs} pseudo-documents, ${Object.keys(kept).length} words kept`);
