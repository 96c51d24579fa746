// Scores the parser on the extraction datasets (read ../shared/datasets/README.md):
// body F1 on zyte-dev/html and zyte-dev/text with the benchmark's own scorer, and
// title/byline/site/date/lang accuracy on readability-pages.
// Usage: pnpm eval:extraction [--misses]   (--misses lists each metadata miss: page, expected, found;
// BRIEF_DATASETS=DIR to point elsewhere)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetsDir, zyteFiles } from './datasets.js';

const root = datasetsDir();
const scorer = path.resolve(root, '../tools/score-extraction.mjs');

for (const format of ['html', 'text'] as const) {
  const records = zyteFiles(format).map((file) => {
    const r = parseArticle({ path: file, data: fs.readFileSync(file) });
    return { path: file, text: r.value?.text ?? '' };
  });
  const predictions = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'brief-eval-')), `${format}.json`);
  fs.writeFileSync(predictions, JSON.stringify(records));
  console.log(`\n## zyte-dev/${format} body`);
  const run = spawnSync(process.execPath, [scorer, path.join(root, 'zyte-dev'), predictions], {
    encoding: 'utf8',
  });
  process.stdout.write(run.stdout + run.stderr);
}

const norm = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .replace(/^by\s+/, '')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
const fields = ['title', 'byline', 'siteName', 'publishedTime', 'lang'] as const;
const hits = Object.fromEntries(fields.map((f) => [f, { right: 0, of: 0 }]));
const pagesDir = path.join(root, 'readability-pages');
for (const page of fs.readdirSync(pagesDir).sort()) {
  const expected = JSON.parse(fs.readFileSync(path.join(pagesDir, page, 'expected-metadata.json'), 'utf8'));
  const file = path.join(pagesDir, page, 'source.html');
  const a = parseArticle({ path: file, data: fs.readFileSync(file) }).value;
  const got: Record<(typeof fields)[number], string | null> = {
    title: a?.title ?? null,
    byline: a?.authors.join(', ') || null,
    siteName: a?.outlet ?? null,
    publishedTime: a?.published ?? null,
    lang: a?.language ?? null,
  };
  for (const f of fields) {
    const want = expected[f] as string | null;
    if (want === null || want === undefined || want === '') continue;
    const h = hits[f] as { right: number; of: number };
    h.of++;
    const ok =
      f === 'publishedTime' ? (got[f] ?? '').slice(0, 10) === want.slice(0, 10) : norm(got[f]) === norm(want);
    if (ok) h.right++;
    else if (process.argv.includes('--misses'))
      console.log(
        `  miss ${f.padEnd(13)} ${page.padEnd(36)} ${JSON.stringify(want).slice(0, 60)} | ${JSON.stringify(got[f]).slice(0, 60)}`,
      );
  }
}
console.log('\n## readability-pages metadata (accuracy over pages that state the field)');
for (const f of fields) {
  const h = hits[f] as { right: number; of: number };
  console.log(`  ${f.padEnd(14)} ${(h.right / (h.of || 1)).toFixed(3)}  (${h.right}/${h.of})`);
}
