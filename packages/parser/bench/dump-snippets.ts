// Writes, for each trafilatura-eval page, the snippets the parser missed and leaked, as JSON on stdout,
// so that two versions of a rule can be compared page by page (diff two dumps).
// Usage: pnpm --filter @briefing/parser dump:snippets [html|text] [--half a|b] > before.json
//   --half keeps one half of the pages (see halfOf in datasets.ts): look at failures on half A only.
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetFiles, datasetsDir, halfOf, halfOption } from './datasets.js';

const format = process.argv[2] === 'html' ? 'html' : 'text';
const half = halfOption(process.argv);
const expected = JSON.parse(
  fs.readFileSync(path.join(datasetsDir(), 'trafilatura-eval', 'expected.json'), 'utf8'),
) as Record<string, { with: string[]; without: string[] }>;
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
const out: Record<string, { missed: string[]; leaked: string[] }> = {};
for (const file of datasetFiles('trafilatura-eval', format)) {
  const name = path.basename(file).replace(/\.[^.]+$/, '');
  const item = expected[name];
  if (!item || (half !== null && halfOf(name) !== half)) continue;
  const text = norm(parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '');
  out[name] = {
    missed: item.with.filter((w) => !text.includes(norm(w))),
    leaked: item.without.filter((w) => text.includes(norm(w))),
  };
}
console.log(JSON.stringify(out, null, 1));
