// Scores saved-HTML extraction as a held-out test: body F1 on zyte-dev/html (the benchmark's scorer),
// and trafilatura-eval/html split in two halves by a stable hash of the page name (the first bit of
// the name's SHA-1: even = half A, odd = half B; `halfOf` of bench/datasets.ts, as eval:extraction --half). Rules are
// looked for on half A and zyte-dev only; half B stands in for pages never seen.
// Usage: pnpm --filter @briefing/parser eval:html-halves [--worst N] [--dump FILE]
//   --worst N lists the N worst half-A pages (missed | leaked); --dump FILE writes each half-A page's
//   missed and leaked snippets as JSON, to compare two versions of a rule page by page.
//   Half B's pages are never listed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetFiles, datasetsDir, halfOf, optionValue } from './datasets.js';

type Counts = { tp: number; fp: number; fn: number; tn: number };
type Page = Counts & { missed: string[]; leaked: string[] };
interface SnippetScorer {
  countPage(item: { with: string[]; without: string[] }, text: string): Page;
  scores(c: Counts): { precision: number; recall: number; f1: number };
}

const root = datasetsDir();
const tools = fs.realpathSync(path.resolve(root, '../tools'));
const argv = process.argv.slice(2);
const option = (name: string) => optionValue(argv, name);
const worst = Number(option('--worst') ?? '0');
const dump = option('--dump');
const nameOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');
const textOf = (file: string) => parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '';

// zyte-dev: the benchmark's own scorer, run on a temporary predictions file
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-halves-'));
try {
  const predictions = path.join(tmp, 'zyte-html.json');
  const records = datasetFiles('zyte-dev', 'html').map((file) => ({ path: file, text: textOf(file) }));
  fs.writeFileSync(predictions, JSON.stringify(records));
  const run = spawnSync(
    process.execPath,
    [path.join(tools, 'score-extraction.mjs'), path.join(root, 'zyte-dev'), predictions],
    { encoding: 'utf8' },
  );
  const line = (run.stdout ?? '').split('\n').find((l) => l.startsWith('n=')) ?? run.stderr;
  console.log(`zyte-dev html  ${line}`);
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

// trafilatura-eval: trafilatura's metric, per half
const scorer = (await import(path.join(tools, 'score-snippets.mjs'))) as SnippetScorer;
const expected = JSON.parse(
  fs.readFileSync(path.join(root, 'trafilatura-eval', 'expected.json'), 'utf8'),
) as Record<string, { with: string[]; without: string[] }>;
const totals = { a: { tp: 0, fp: 0, fn: 0, tn: 0, pages: 0 }, b: { tp: 0, fp: 0, fn: 0, tn: 0, pages: 0 } };
const pagesA: Record<string, { missed: string[]; leaked: string[] }> = {};
for (const file of datasetFiles('trafilatura-eval', 'html')) {
  const name = nameOf(file);
  const item = expected[name];
  if (!item) continue;
  const half = halfOf(name);
  const c = scorer.countPage(item, textOf(file));
  const t = totals[half];
  t.tp += c.tp;
  t.fp += c.fp;
  t.fn += c.fn;
  t.tn += c.tn;
  t.pages++;
  if (half === 'a') pagesA[name] = { missed: c.missed, leaked: c.leaked };
}
for (const half of ['a', 'b'] as const) {
  const t = totals[half];
  const s = scorer.scores(t);
  console.log(
    `traf-eval html half ${half.toUpperCase()} pages=${t.pages} tp=${t.tp} fn=${t.fn} fp=${t.fp} F=${s.f1.toFixed(4)} P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)}`,
  );
}
if (worst > 0) {
  const ranked = Object.entries(pagesA)
    .filter(([, p]) => p.missed.length + p.leaked.length > 0)
    .sort((x, y) => y[1].missed.length + y[1].leaked.length - (x[1].missed.length + x[1].leaked.length));
  for (const [name, p] of ranked.slice(0, worst))
    console.log(
      `  ${name}: ${p.missed.map((s) => s.slice(0, 50)).join(' / ') || '-'} | ${p.leaked.map((s) => s.slice(0, 50)).join(' / ') || '-'}`,
    );
}
if (dump) fs.writeFileSync(dump, JSON.stringify(pagesA, null, 1));
