// Scores the parser on the extraction datasets (read ../shared/datasets/README.md):
// body F1 on zyte-dev/html and zyte-dev/text with the benchmark's own scorer, snippet
// precision/recall/F on trafilatura-eval/html and trafilatura-eval/text with trafilatura's metric
// (../shared/tools/score-snippets.mjs), and title/byline/site/date/lang accuracy on readability-pages.
// Usage: pnpm eval:extraction [--only zyte-html,zyte-text,traf-html,traf-text,meta] [--worst N] [--misses]
//                             [--half a|b | --halves] [--dump FILE] [--blind]
//   --only runs some of the sections; --worst N lists the N worst trafilatura-eval pages; --misses lists
//   each metadata miss (page, expected, found); --half scores only one half of trafilatura-eval (split by
//   a stable hash of the page name, see halfOf: look for rules on half A, check them on half B, the
//   stand-in for pages never seen); --halves parses trafilatura-eval once and scores the whole set and
//   each half; --dump FILE writes each trafilatura-eval page's missed and leaked snippets as JSON, to
//   compare two versions of a rule page by page (one trafilatura-eval section; with --halves, half A's
//   pages only, as half B is not to be looked at); --blind removes every class and id attribute from the
//   saved HTML pages before parsing them (a site whose names none of our word lists knows: what the
//   rules give from structure and text alone, the stand-in for layouts not seen); BRIEF_DATASETS=DIR
//   to point elsewhere.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import {
  datasetFiles,
  datasetsDir,
  halfOf,
  halfOption,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';
import { withoutNames } from './without-names.js';

interface SnippetScorer {
  countPage(
    item: { with: string[]; without: string[] },
    text: string,
  ): { missed: string[]; leaked: string[] };
}

const root = datasetsDir();
const tools = fs.realpathSync(path.resolve(root, '../tools'));
const argv = process.argv.slice(2);
const option = (name: string) => optionValue(argv, name);
const only = option('--only')?.split(',');
const wanted = (section: string) => !only || only.includes(section);
const worst = option('--worst') ?? '0';
const half = halfOption(argv);
const halves = argv.includes('--halves');
const dump = option('--dump');
const blind = argv.includes('--blind');

if (halves && half !== null) throw new Error('--half and --halves exclude each other');
if (dump && ['traf-html', 'traf-text'].filter(wanted).length !== 1)
  throw new Error('--dump writes one trafilatura-eval section: add --only traf-html or --only traf-text');
const snippets = dump ? await snippetScorer<SnippetScorer>() : null;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-eval-'));
const nameOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, '');

/**
 * The folder the scorer reads a set's answers from: the set itself, or (with --half) a copy in the
 * temporary folder of its expected.json and languages.json holding only the half's pages.
 */
function answersDir(set: string, part: 'a' | 'b' | null): string {
  const dir = path.join(root, set);
  if (part === null || set === 'zyte-dev') return dir;
  const into = path.join(tmp, `${set}-${part}`);
  if (fs.existsSync(into)) return into;
  fs.mkdirSync(into, { recursive: true });
  for (const file of ['expected.json', 'languages.json']) {
    const all = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>;
    const kept = Object.entries(all).filter(([name]) => halfOf(name) === part);
    fs.writeFileSync(path.join(into, file), JSON.stringify(Object.fromEntries(kept)));
  }
  return into;
}

try {
  for (const [set, short, scorer] of [
    ['zyte-dev', 'zyte', 'score-extraction.mjs'],
    ['trafilatura-eval', 'traf', 'score-snippets.mjs'],
  ] as const) {
    for (const format of ['html', 'text'] as const) {
      if (!wanted(`${short}-${format}`)) continue;
      const files = datasetFiles(set, format).filter(
        (file) => half === null || set === 'zyte-dev' || halfOf(nameOf(file)) === half,
      );
      const records = files.map((file) => {
        const data = fs.readFileSync(file);
        const r = parseArticle({ path: file, data: blind && format === 'html' ? withoutNames(data) : data });
        return { path: file, text: r.value?.text ?? '' };
      });
      const predictions = path.join(tmp, `${short}-${format}.json`);
      fs.writeFileSync(predictions, JSON.stringify(records));
      if (dump && set === 'trafilatura-eval') dumpSnippets(records, dump);
      // --halves: the same predictions scored against the whole set, then against each half's answers
      const parts = halves && set !== 'zyte-dev' ? ([null, 'a', 'b'] as const) : ([half] as const);
      for (const part of parts) {
        console.log(
          `\n## ${set}/${format} body${part && set !== 'zyte-dev' ? ` (half ${part.toUpperCase()})` : ''}`,
        );
        const partPredictions =
          part === half ? predictions : path.join(tmp, `${short}-${format}-${part}.json`);
        if (partPredictions !== predictions)
          fs.writeFileSync(
            partPredictions,
            JSON.stringify(records.filter((r) => halfOf(nameOf(r.path)) === part)),
          );
        const partWorst = halves && part !== 'a' ? '0' : worst;
        const extra = scorer === 'score-snippets.mjs' ? ['--worst', partWorst] : [];
        const run = spawnSync(
          process.execPath,
          [path.join(tools, scorer), answersDir(set, part), partPredictions, ...extra],
          { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
        const out = (run.stdout ?? '') + (run.stderr ?? '') + (run.error ? String(run.error) : '');
        // the per-language table and the worst pages are long: keep the totals unless asked (with --halves, half A's worst pages only)
        process.stdout.write(
          scorer === 'score-snippets.mjs' && partWorst === '0'
            ? out
                .split('\n')
                .filter((l) => /^(pages=|tp=|F=)/.test(l))
                .join('\n')
                .concat('\n')
            : out,
        );
      }
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * Writes each trafilatura-eval page's missed and leaked snippets (trafilatura's metric, the scorer's
 * own `countPage`) as JSON; with --halves only half A's pages, which are the ones to look at.
 * @param records the page files and the text extracted from each
 * @param file where to write
 */
function dumpSnippets(records: { path: string; text: string }[], file: string): void {
  if (!snippets) return;
  const expected = trafilaturaSnippets();
  const pages: Record<string, { missed: string[]; leaked: string[] }> = {};
  for (const r of records) {
    const name = nameOf(r.path);
    const item = expected[name];
    if (!item || (halves && halfOf(name) !== 'a')) continue;
    const { missed, leaked } = snippets.countPage(item, r.text);
    pages[name] = { missed, leaked };
  }
  fs.writeFileSync(file, JSON.stringify(pages, null, 1));
}

if (wanted('meta')) {
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
        f === 'publishedTime'
          ? (got[f] ?? '').slice(0, 10) === want.slice(0, 10)
          : norm(got[f]) === norm(want);
      if (ok) h.right++;
      else if (argv.includes('--misses'))
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
}
