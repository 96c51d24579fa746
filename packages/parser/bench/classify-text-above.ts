// Counts, in aggregate only, whether each reference keeps the lines of text a scrape's body leaves out
// just above it: every line of 8 words or more within 6 lines over the body's first, not kept, sorted by
// its place — the line right under the headline with the page's date or byline (a stamp, `isStamp`)
// between it and the body (the headline's dek), another line over a stamp, a line with no stamp between
// 1–2 or 3–6 lines up — and counted as in the reference, out of it, or (trafilatura-eval's snippets name
// only some lines) unscored. It asks, before a rule takes the title's dek or a lead over the byline in,
// whether the answers agree that it is the article's: trafilatura-eval's snippets, zyte-dev's answers and
// Readability's bodies (`--dir`, as `pnpm eval:unseen --save-scrapes DIR` writes them) each have their
// own convention. Prints counts and pages per cell, never a page.
// Usage: pnpm --filter @briefing/parser classify:text-above [--half a|b | --zyte | --dir DIR]
import fs from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../src/extraction.js';
import { parseArticle } from '../src/index.js';
import { isStamp } from '../src/text/lead-under-stamp.js';
import {
  datasetFiles,
  datasetsDir,
  halfOf,
  halfOption,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';
import { scrapeLines } from './scrape-lines.js';

const argv = process.argv.slice(2);
const dir = optionValue(argv, '--dir');
const zyte = argv.includes('--zyte');
const half = halfOption(argv) ?? 'a';
const { norm } = await snippetScorer();
/** Lines this far over the body are read (a title, its dek, a byline and a date line or two). */
const ABOVE = 6;
/** A line of fewer words is a label, a name or a credit, not a dek or a lead. */
const MIN_WORDS = 8;
/** This many of a line's first characters, normalised, found in a reference body mark it as kept there. */
const PREFIX = 60;

type Verdict = 'in' | 'out' | 'unscored';
/** A page to read: its file, and how its reference judges a line. */
const pages: { file: string; judge: (line: string) => Verdict }[] = [];
const inBody = (body: string) => {
  const reference = norm(body);
  return (line: string): Verdict => (reference.includes(norm(line).slice(0, PREFIX)) ? 'in' : 'out');
};
let label: string;
if (dir !== undefined || zyte) {
  const bodies: Record<string, string> = {};
  if (dir !== undefined)
    Object.assign(bodies, JSON.parse(fs.readFileSync(path.join(dir, 'bodies.json'), 'utf8')));
  else {
    const truth = JSON.parse(
      fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
    ) as Record<string, { articleBody: string }>;
    for (const [name, t] of Object.entries(truth)) bodies[name] = t.articleBody;
  }
  const folder = dir ?? path.join(datasetsDir(), 'zyte-dev', 'text');
  for (const [name, body] of Object.entries(bodies)) {
    const file = path.join(folder, `${name}.txt`);
    if (fs.existsSync(file)) pages.push({ file, judge: inBody(body) });
  }
  label = dir !== undefined ? `the scrapes of ${dir}` : 'zyte-dev text';
} else {
  const expected = trafilaturaSnippets();
  for (const file of datasetFiles('trafilatura-eval', 'text')) {
    const item = expected[path.basename(file, '.txt')];
    if (!item || halfOf(path.basename(file, '.txt')) !== half) continue;
    const judge = (line: string): Verdict => {
      const n = norm(line);
      if (item.with.some((s) => n.includes(norm(s)))) return 'in';
      return item.without.some((s) => n.includes(norm(s))) ? 'out' : 'unscored';
    };
    pages.push({ file, judge });
  }
  label = `trafilatura-eval text, half ${half.toUpperCase()}`;
}

const cells = new Map<string, Record<Verdict, number> & { pages: Set<number> }>();
pages.forEach(({ file, judge }, page) => {
  const data = fs.readFileSync(file);
  const { lines, words, region } = scrapeLines(data, norm);
  if (region === null) return;
  const title = norm(parseArticle({ path: file, data }).value?.title ?? '');
  const keep = new Set(region.keep);
  let stamped = false;
  for (let i = region.first - 1; i >= Math.max(0, region.first - ABOVE); i--) {
    const text = (lines[i] as BodyBlock).text;
    if (isStamp(text)) stamped = true;
    if (keep.has(i) || isStamp(text) || (words[i] as number) < MIN_WORDS) continue;
    const underTitle = i > 0 && title !== '' && norm((lines[i - 1] as BodyBlock).text).includes(title);
    const place = stamped
      ? underTitle
        ? 'the headline’s dek, over a stamp'
        : 'another line over a stamp'
      : region.first - i <= 2
        ? 'no stamp, 1–2 lines up'
        : 'no stamp, 3–6 lines up';
    const cell = cells.get(place) ?? { in: 0, out: 0, unscored: 0, pages: new Set<number>() };
    cell[judge(text)]++;
    cell.pages.add(page);
    cells.set(place, cell);
  }
});

console.log(
  `lines of ${MIN_WORDS}+ words left out within ${ABOVE} lines over the body, ${label} (${pages.length} pages)`,
);
console.log('place                              in  out  unscored  pages');
for (const [place, c] of [...cells].sort())
  console.log(
    `${place.padEnd(34)} ${String(c.in).padStart(3)} ${String(c.out).padStart(4)} ${String(c.unscored).padStart(9)} ${String(c.pages.size).padStart(6)}`,
  );
