// Counts what the body of text scrapes loses, in aggregate, by where the lost line sits and what it
// looks like: (a) its place — inside the body (the test that left it out), before the body (the body
// started late: the step that cut it, or why the selection never reached it), after the body (it ended
// early), a wrong block chosen, no body — and (b) its shape — length band, how it ends (a stop, a colon,
// neither), list-like (a bullet, a number, an item or row line), one of a run of short lines between two
// paragraphs. Beside the body lost in each cell stands the other text the same place and shape leave out
// (the furniture a rule taking the cell in would let in), so a cell pays only where the first outweighs
// the second. Each cell shows the counts and on how many pages; no page's name, URL or text is printed.
// With `--dir DIR`, the pages are a folder of `<name>.txt` scrapes beside a `bodies.json` of reference
// bodies (`pnpm eval:unseen --save-scrapes DIR` writes one: its pages are the check, so read none of
// them); with `--zyte`, zyte-dev's text pages: both counted in the benchmark's word 4-gram shingles (a
// line left out: its shingles in the reference that no kept line holds are body lost, the others
// furniture left out), with the recall a cell costs (its share of the reference's shingles, averaged
// over pages as the benchmark's recall is). With `--half a|b` (the default a), trafilatura-eval's text
// pages, counted in snippets: `with` snippets missed, `without` snippets left out, by their first line.
// `--list CELL` prints the snippets of cells starting with CELL, for half A only.
// Usage: pnpm --filter @briefing/parser classify:text-places [--half a|b | --zyte | --dir DIR] [--detail] [--top N] [--list CELL]
import fs from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../src/extraction.js';
import { parseArticle } from '../src/index.js';
import type { BodyTrace } from '../src/text/body-region.js';
import type { LineKind } from '../src/text/classify-lines.js';
import { datasetFiles, datasetsDir, halfOption, optionValue, snippetScorer } from './datasets.js';
import { scrapeLines } from './scrape-lines.js';
import { snippetPages } from './snippet-pages.js';
import { droppedBy } from './text-steps.js';

const argv = process.argv.slice(2);
const dir = optionValue(argv, '--dir');
const zyte = argv.includes('--zyte');
const half = halfOption(argv) ?? 'a';
/** With `--detail`, a line never held is split by its gap to the body, a wrong block by its run's share. */
const detail = argv.includes('--detail');
const top = Number(optionValue(argv, '--top') ?? 40);
const listed = dir || zyte || half !== 'a' ? undefined : optionValue(argv, '--list');

/** A cell's counts: body lost and furniture left out, with the pages each is on. */
type Cell = {
  body: number;
  furniture: number;
  recall: number;
  bodyPages: Set<number>;
  furnPages: Set<number>;
};
const byPlace = new Map<string, Cell>();
const byShape = new Map<string, Cell>();
const byStepShape = new Map<string, Cell>();
const rows: string[] = [];
const totals = { pages: 0, reference: 0, missed: 0, unplaced: 0, recall: 0 };

/**
 * Adds to a cell.
 * @param table the table
 * @param key the cell
 * @param page the page's number (pages are counted, never named)
 * @param body body lost
 * @param furniture furniture left out
 * @param recall the recall the body lost costs (shingle mode)
 */
function add(
  table: Map<string, Cell>,
  key: string,
  page: number,
  body: number,
  furniture: number,
  recall = 0,
) {
  const c = table.get(key) ?? {
    body: 0,
    furniture: 0,
    recall: 0,
    bodyPages: new Set<number>(),
    furnPages: new Set<number>(),
  };
  c.body += body;
  c.furniture += furniture;
  c.recall += recall;
  if (body > 0) c.bodyPages.add(page);
  if (furniture > 0) c.furnPages.add(page);
  table.set(key, c);
}

/** Where a line left out stands, from the step that left it out (`droppedBy`), in coarse places. */
function placeOf(step: string): string {
  const cut = /^cut: (.*) \((before|after)\)$/.exec(step);
  if (cut) return `${cut[2] === 'before' ? 'started late' : 'ended early'}: cut by ${cut[1]}`;
  const never = /^selection: (before|after), (.*)$/.exec(step);
  if (never) return `${never[1] === 'before' ? 'started late' : 'ended early'}: never held, ${never[2]}`;
  if (step.startsWith('selection: wrong block')) return `wrong block: ${step.slice(23)}`;
  return step;
}

/** The benchmark's words: runs of letters, digits and `_`. */
const WORD = /[\p{L}\p{N}_]+/gu;
/** A line ends like a sentence: a stop, perhaps closed by a quote or a bracket. */
const STOP = /[.!?…。！？]["”’»)\]“‘«‹›]*$/u;
/** A line opens like a list's item: a bullet or a number with a stop or bracket. */
const BULLET = /^\s*(?:[-–—•·*▪●◦►✓]|\d{1,3}[.)])\s/u;
/** Short lines: at most this many words; a paragraph: at least PARAGRAPH words. */
const SHORT = 9;
const PARAGRAPH = 20;

/**
 * The shape of line i: its length band, how it ends, and whether it is list-like or one of a run of
 * short lines with a paragraph on both sides.
 */
function shapeOf(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: readonly number[],
  i: number,
) {
  const w = words[i] as number;
  const band = w <= 3 ? '1-3w' : w <= SHORT ? '4-9w' : w < PARAGRAPH ? '10-19w' : w < 40 ? '20-39w' : '40+w';
  const text = (lines[i] as BodyBlock).text.trim();
  const end = STOP.test(text) ? 'stop' : text.endsWith(':') ? 'colon' : 'no stop';
  const form: string[] = [];
  if (BULLET.test(text) || kinds[i] === 'item' || kinds[i] === 'row') form.push('list-like');
  if (w <= SHORT) {
    let a = i;
    while (a > 0 && (words[a - 1] as number) <= SHORT) a--;
    let b = i;
    while (b + 1 < words.length && (words[b + 1] as number) <= SHORT) b++;
    if (
      a > 0 &&
      b + 1 < words.length &&
      (words[a - 1] as number) >= PARAGRAPH &&
      (words[b + 1] as number) >= PARAGRAPH
    )
      form.push(
        `short run of ${b - a + 1 <= 4 ? '1-4' : b - a + 1 <= 12 ? '5-12' : '13+'} between paragraphs`,
      );
  }
  return [band, end, ...form].join(', ');
}

/** Which lines a page's selection left out, and the step and shape of each. */
function pageLines(data: Buffer, norm: (s: string) => string) {
  const trace: BodyTrace = { steps: [], runs: [], top: null, scores: [], dropped: new Map() };
  const page = scrapeLines(data, norm, trace);
  const keep = new Set(page.region?.keep ?? []);
  const cellOf = (a: number, b: number, found: boolean) => {
    const place = placeOf(droppedBy(trace, page.region, keep, a, b, found, detail));
    const shape = shapeOf(page.lines, page.kinds, page.words, a);
    return { place, shape: `${place.split(':')[0]} | ${shape}`, stepShape: `${place} | ${shape}` };
  };
  return { ...page, trace, keep, cellOf };
}

if (dir) {
  const bodies = JSON.parse(fs.readFileSync(path.join(dir, 'bodies.json'), 'utf8')) as Record<string, string>;
  countShingles(Object.entries(bodies).map(([name, body]) => [path.join(dir, `${name}.txt`), body]));
} else if (zyte) {
  const truth = JSON.parse(
    fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
  );
  countShingles(
    datasetFiles('zyte-dev', 'text').map((f) => [f, truth[path.basename(f, '.txt')].articleBody as string]),
  );
} else await countSnippets();

/**
 * Counts each page's reference shingles missed by the place and shape of the line left out that holds
 * them, and the other shingles of those lines as furniture left out.
 * @param pages each page's scrape file and reference body
 */
function countShingles(pages: [string, string][]): void {
  pages.forEach(([file, body], p) => {
    if (!fs.existsSync(file)) return;
    totals.pages++;
    const data = fs.readFileSync(file);
    const reference = shingles(body);
    // what the parser gives, as the eval scores it (the title taken off the body's first line and all)
    const got = shingles(parseArticle({ path: path.basename(file), data }).value?.text ?? '');
    const { lines, region, keep, cellOf } = pageLines(data, (s) => s);
    let held = 0;
    for (const s of got) if (reference.has(s)) held++;
    const missed = new Set([...reference].filter((s) => !got.has(s)));
    totals.reference += reference.size;
    totals.missed += missed.size;
    totals.recall += missed.size / Math.max(1, reference.size);
    // the page's words in order with the line of each, so that a 4-gram over two lines is placed too
    const tokens: string[] = [];
    const lineOf: number[] = [];
    lines.forEach((l, i) => {
      for (const w of l.text.match(WORD) ?? []) {
        tokens.push(w);
        lineOf.push(i);
      }
    });
    const lost = new Map<number, number>();
    const other = new Map<number, number>();
    const seen = new Set<string>();
    for (let j = 0; j + 4 <= tokens.length; j++) {
      const s = tokens.slice(j, j + 4).join(' ');
      if (seen.has(s) || got.has(s)) continue;
      // the line left out that holds most of its words (a kept line's 4-gram missed: the step after selection)
      const at = new Map<number, number>();
      for (let k = j; k < j + 4; k++) at.set(lineOf[k] as number, (at.get(lineOf[k] as number) ?? 0) + 1);
      const out = [...at].filter(([i]) => !keep.has(i)).sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      const line = out.length > 0 ? (out[0] as [number, number])[0] : -1 - (lineOf[j] as number);
      const into = missed.has(s) ? lost : reference.has(s) ? null : other;
      if (into === null) continue;
      seen.add(s);
      into.set(line, (into.get(line) ?? 0) + 1);
    }
    let placed = 0;
    for (const i of new Set([...lost.keys(), ...other.keys()])) {
      const body = lost.get(i) ?? 0;
      placed += body;
      const recall = body / Math.max(1, reference.size);
      // a body holding under a tenth of the reference was taken from the wrong block
      const cell =
        i < 0
          ? {
              place: 'kept by the selection, left out after it',
              shape: 'after the selection',
              stepShape: 'after the selection',
            }
          : cellOf(i, i, region !== null && held >= reference.size / 10);
      add(byPlace, cell.place, p, body, other.get(i) ?? 0, recall);
      add(byShape, cell.shape, p, body, other.get(i) ?? 0, recall);
      add(byStepShape, cell.stepShape, p, body, other.get(i) ?? 0, recall);
    }
    totals.unplaced += missed.size - placed;
  });
  totals.recall /= Math.max(1, totals.pages);
  for (const t of [byPlace, byShape, byStepShape])
    for (const c of t.values()) c.recall /= Math.max(1, totals.pages);
}

/** Counts trafilatura-eval's snippets left out (`with` missed, `without` dropped) by their first line's cell. */
async function countSnippets(): Promise<void> {
  const { norm } = await snippetScorer();
  let p = 0;
  for (const { name, data, item, out } of snippetPages('text', half, norm)) {
    p++;
    totals.pages++;
    const { lines, kinds, words, region, joined, lineAt, cellOf } = pageLines(data, norm);
    const found = item.with.some((w) => out.includes(norm(w)));
    for (const [snippets, wanted] of [
      [item.with, true],
      [item.without, false],
    ] as const) {
      for (const snippet of snippets) {
        const s = norm(snippet);
        if (wanted) totals.reference++;
        if (out.includes(s)) continue;
        const at = joined.indexOf(s);
        if (wanted) totals.missed++;
        if (at === -1) {
          if (wanted) totals.unplaced++;
          continue;
        }
        const a = lineAt(at);
        const { place, shape, stepShape } = cellOf(a, lineAt(at + s.length - 1), found && region !== null);
        add(byPlace, place, p, wanted ? 1 : 0, wanted ? 0 : 1);
        add(byShape, shape, p, wanted ? 1 : 0, wanted ? 0 : 1);
        add(byStepShape, stepShape, p, wanted ? 1 : 0, wanted ? 0 : 1);
        if (listed && (place.startsWith(listed) || shape.startsWith(listed) || stepShape.startsWith(listed)))
          rows.push(
            `${stepShape} | ${wanted ? 'missed' : 'furniture'} | ${name} | line ${a} [${region?.first}-${region?.last}] ${kinds[a]} ${words[a]}w\n    » ${(lines[a] as BodyBlock).text.slice(0, 160)}`,
          );
      }
    }
  }
}

/** The benchmark's word 4-gram shingles of a text (the whole text when it has fewer than four words). */
function shingles(text: string): Set<string> {
  const words = text.match(WORD) ?? [];
  if (words.length > 0 && words.length < 4) return new Set([words.join(' ')]);
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}

/** Prints a table's cells, most body lost first (at most `limit`). */
function print(table: Map<string, Cell>, limit: number): void {
  const unit = dir || zyte;
  console.log(
    `${'body'.padStart(7)}${unit ? ' recall' : ''} ${'pages'.padStart(5)} | ${'furn'.padStart(7)} ${'pages'.padStart(5)}  cell`,
  );
  for (const [key, c] of [...table].sort((x, y) => y[1].body - x[1].body).slice(0, limit))
    console.log(
      `${String(c.body).padStart(7)}${unit ? ` ${c.recall.toFixed(4)}` : ''} ${String(c.bodyPages.size).padStart(5)} | ${String(c.furniture).padStart(7)} ${String(c.furnPages.size).padStart(5)}  ${key}`,
    );
}

if (rows.length > 0) console.log(rows.sort().join('\n'));
const set = dir
  ? 'the folder given'
  : zyte
    ? 'zyte-dev text'
    : `trafilatura-eval text, half ${half.toUpperCase()}`;
const unit = dir || zyte ? 'reference shingles' : '`with` snippets';
console.log(
  `\n${set}: ${totals.pages} pages, ${totals.reference} ${unit}, ${totals.missed} missed` +
    `${dir || zyte ? ` (recall lost ${totals.recall.toFixed(4)})` : ''}, ${totals.unplaced} of them on no line left out (not in the scrape${dir || zyte ? ', or kept elsewhere on the page' : ''})`,
);
console.log(`\nbody lost | furniture left out, by place`);
print(byPlace, Number.POSITIVE_INFINITY);
console.log(`\nbody lost | furniture left out, by place and the lost line's shape (the ${top} largest)`);
print(byShape, top);
console.log(`\nbody lost | furniture left out, by step and the lost line's shape (the ${top} largest)`);
print(byStepShape, top);
