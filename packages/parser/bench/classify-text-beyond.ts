// What the text beyond the body holds: for each text scrape, the nearest run of text after the body
// (and, apart, before it) that weighs at least --min and stands within --gap lines of it, which the
// bridge of `selectBody` did not take, and how much of it is article: on trafilatura-eval the snippets
// it holds that must be kept (`with`) and must not (`without`), on zyte-dev its word 4-gram shingles in
// and out of the answer. Counted by how far the run stands (within SHORT_BOX, within MAX_BRIDGE, farther):
// the ceiling of any rule that bridges a box to such text. A tool for choosing the next rule, not a
// score; rows are listed only for half A and zyte-dev (half B stands in for pages never seen).
// Usage: pnpm --filter @briefing/parser classify:text-beyond [--gap 16] [--min 60] [--list]
import fs from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../src/extraction.js';
import type { BodyTrace } from '../src/text/body-region.js';
import { runEnd } from '../src/text/run-end.js';
import {
  datasetFiles,
  datasetsDir,
  halfOf,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';
import { scrapeLines } from './scrape-lines.js';

const argv = process.argv.slice(2);
const GAP = Number(optionValue(argv, '--gap') ?? 16);
const MIN = Number(optionValue(argv, '--min') ?? 60);
const list = argv.includes('--list');
/** select-body's SHORT_BOX and MAX_BRIDGE: the bands the gaps are counted in. */
const BANDS: [number, string][] = [
  [8, 'within 8 lines'],
  [12, 'within 12 lines'],
  [Number.POSITIVE_INFINITY, 'farther'],
];
const { norm } = await snippetScorer();

/** Word 4-gram shingles, as zyte's scorer counts them. */
function shingles(text: string): string[] {
  const w = text.match(/\w+/gu) ?? [];
  return w.slice(0, Math.max(0, w.length - 3)).map((_, i) => w.slice(i, i + 4).join(' '));
}

/** The nearest strong run after the body and before it, as [first, last, score], or null. */
function beyond(scores: ArrayLike<number>, first: number, last: number, runs: BodyTrace['runs']) {
  let after: [number, number, number] | null = null;
  for (let j = last + 1; j < scores.length && j - last - 1 <= GAP && after === null; j++) {
    if ((scores[j] as number) <= 0) continue;
    const end = runEnd(scores, j);
    if (end.score >= MIN) after = [j, end.at, end.score];
    else j = end.at;
  }
  let before: [number, number, number] | null = null;
  for (let r = runs.length - 1; r >= 0 && before === null; r--) {
    const run = runs[r] as BodyTrace['runs'][number];
    if (run.last >= first || run.score < MIN) continue;
    if (first - run.last - 1 > GAP) break;
    before = [run.first, run.last, run.score];
  }
  return { after, before };
}

const totals = new Map<string, [number, number, number]>();
const rows: string[] = [];
/** Counts one run beyond the body: its set and side, its gap's band, what it holds of the article. */
function count(set: string, side: string, gap: number, good: number, bad: number, row: string): void {
  const band = (BANDS.find(([max]) => gap <= max) as [number, string])[1];
  const key = `${set} | ${side} | ${band}`;
  const t = totals.get(key) ?? [0, 0, 0];
  totals.set(key, [t[0] + 1, t[1] + good, t[2] + bad]);
  if (list && set !== 'trafilatura-eval half B') rows.push(`${key} | ${row} | ${good}/${bad}`);
}

/** Looks beyond the body of one page; `judge` says what a stretch of lines holds (article, not). */
function look(set: string, name: string, data: Buffer, judge: (text: string) => [number, number]): void {
  const trace: BodyTrace = { steps: [], runs: [], top: null, scores: [], dropped: new Map() };
  const { lines, region } = scrapeLines(data, norm, trace);
  if (region === null) return;
  const { after, before } = beyond(trace.scores, region.first, region.last, trace.runs);
  const text = (from: number, to: number) =>
    lines
      .slice(from, to + 1)
      .map((l: BodyBlock) => l.text)
      .join('\n');
  if (after) {
    const [good, bad] = judge(text(after[0], after[1]));
    const row = `${name} body ${region.first}-${region.last}, text ${after[0]}-${after[1]} (${Math.round(after[2])})`;
    count(set, 'after', after[0] - region.last - 1, good, bad, row);
  }
  if (before) {
    const [good, bad] = judge(text(before[0], before[1]));
    const row = `${name} body ${region.first}-${region.last}, text ${before[0]}-${before[1]} (${Math.round(before[2])})`;
    count(set, 'before', region.first - before[1] - 1, good, bad, row);
  }
}

const expected = trafilaturaSnippets();
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const name = path.basename(file, '.txt');
  const item = expected[name];
  if (!item) continue;
  look(`trafilatura-eval half ${halfOf(name).toUpperCase()}`, name, fs.readFileSync(file), (t) => {
    const n = norm(t);
    const holds = (s: string) => n.includes(norm(s));
    return [item.with.filter(holds).length, item.without.filter(holds).length];
  });
}
const truth = JSON.parse(
  fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
) as Record<string, { articleBody: string }>;
for (const file of datasetFiles('zyte-dev', 'text')) {
  const id = path.basename(file, '.txt');
  const answer = new Set(shingles(truth[id]?.articleBody ?? ''));
  look('zyte-dev', id.slice(0, 12), fs.readFileSync(file), (t) => {
    const s = shingles(t);
    const inside = s.filter((x) => answer.has(x)).length;
    return [inside, s.length - inside];
  });
}

if (list) console.log(rows.sort().join('\n'));
console.log(
  `\nruns of text weighing ${MIN} or more within ${GAP} lines of the body, not taken (trafilatura-eval: snippets with/without held; zyte-dev: shingles in/out of the answer)`,
);
for (const [key, [pages, good, bad]] of [...totals].sort())
  console.log(`  ${key}: ${pages} pages, ${good}/${bad}`);
