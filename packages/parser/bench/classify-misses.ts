// Sorts the snippets of trafilatura-eval text scrapes that the parser misses into classes, by where
// the line holding each stands against the body the rules chose: text the scrape lacks, a wrong block
// (no snippet of the page found), above the body (a title or dek line, a lead trimmed, a lead cut off
// by a box), below it (short lines or end notes, a second half cut off by a box), or inside it (a
// line the rules dropped, by its kind). A tool for choosing the next rule, not a score: the classes
// are counted, and listed only for half A (half B stands in for pages never seen).
// Usage: pnpm --filter @briefing/parser classify:misses [--half a|b] [--list] [--class PREFIX]
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../src/decode.js';
import type { BodyBlock } from '../src/extraction.js';
import { parseArticle } from '../src/index.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { selectBody } from '../src/text/select-body.js';
import { splitLines } from '../src/text/split-lines.js';
import { datasetFiles, datasetsDir, halfOf, halfOption, optionValue } from './datasets.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = argv.includes('--list') && half === 'a';
const only = optionValue(argv, '--class');
const root = path.join(datasetsDir(), 'trafilatura-eval');
const expected = JSON.parse(fs.readFileSync(path.join(root, 'expected.json'), 'utf8')) as Record<
  string,
  { with: string[]; without: string[] }
>;
// the scorer's own normalisation (Python's \s)
const tools = fs.realpathSync(path.resolve(datasetsDir(), '../tools'));
const { norm } = (await import(path.join(tools, 'score-snippets.mjs'))) as { norm: (s: string) => string };
/** Lines this near the body's edge are its title, dek or lead above it, its end notes below it. */
const NEAR = 3;
/** A box between the body and a missed line is short up to this many lines (select-body's MAX_BRIDGE). */
const BOX = 12;

const counts = new Map<string, number>();
const rows: string[] = [];
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const name = path.basename(file, '.txt');
  const item = expected[name];
  if (!item || halfOf(name) !== half) continue;
  const data = fs.readFileSync(file);
  const article = parseArticle({ path: file, data }).value;
  const out = norm(article?.text ?? '');
  const missed = item.with.filter((w) => !out.includes(norm(w)));
  if (missed.length === 0) continue;
  const found = item.with.length - missed.length;
  const decoded = decodeText(data);
  const lines = decoded.ok ? splitLines(decoded.text).lines : [];
  const kinds = classifyLines(lines);
  const region = lines.length > 0 ? selectBody(lines, kinds) : null;
  const keep = new Set(region?.keep ?? []);
  // each line's place in the page's lines joined by one space
  const starts: number[] = [];
  let joined = '';
  for (const l of lines) {
    starts.push(joined.length);
    joined += `${norm(l.text)} `;
  }
  const lineAt = (at: number) => {
    let i = 0;
    while (i + 1 < starts.length && (starts[i + 1] as number) <= at) i++;
    return i;
  };
  for (const snippet of missed) {
    const s = norm(snippet);
    const at = joined.indexOf(s);
    let cls: string;
    let a = -1;
    if (at === -1) cls = 'absent: not in the scrape';
    else {
      a = lineAt(at);
      const b = lineAt(at + s.length - 1);
      cls = classOf(a, b);
    }
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    if (list && (!only || cls.startsWith(only))) {
      const l = lines[a] as BodyBlock | undefined;
      rows.push(
        `${cls} | ${name} | line ${a} [${region?.first}-${region?.last}] ${a >= 0 ? kinds[a] : ''} ${l ? wordsIn(l.text) : ''}w\n    ${s.slice(0, 100)}\n    » ${(l?.text ?? '').slice(0, 140)}`,
      );
    }
  }

  function classOf(a: number, b: number): string {
    if (region === null) return 'wrong block: no body';
    const kind = kinds[a] as string;
    const isTitle = (i: number) =>
      !!article?.title && norm(article.title) === norm((lines[i] as BodyBlock).text);
    if (a >= region.first && b <= region.last) {
      for (let i = a; i <= b; i++) if (!keep.has(i)) return `inside: dropped ${kinds[i]}`;
      if (a === region.first && isTitle(a)) return 'inside: first line taken as the title';
      return 'inside: kept line cut (prefix, byline)';
    }
    // no snippet of the page found, and the line far from the body: another block was taken
    const far = (gap: number) => found === 0 && gap - 1 > BOX;
    if (b < region.first) {
      const gap = region.first - b;
      if (far(gap)) return 'wrong block (above it)';
      if (gap <= NEAR && isTitle(a)) return 'above: the title';
      if (gap <= NEAR)
        return kind === 'prose' ? 'above: lead trimmed (prose)' : `above: title/dek line (${kind})`;
      return gap - 1 <= BOX
        ? 'above: cut off by a box (up to 12 lines)'
        : 'above: cut off by a long box or far';
    }
    if (a > region.last) {
      const gap = a - region.last;
      if (far(gap)) return 'wrong block (below it)';
      if (gap <= NEAR && kind !== 'prose') return `below: short line at the end (${kind})`;
      return gap - 1 <= BOX
        ? 'below: cut off by a box (up to 12 lines)'
        : 'below: cut off by a long box or far';
    }
    return 'straddles the body edge';
  }
}

if (list) console.log(rows.sort().join('\n'));
const total = [...counts.values()].reduce((x, y) => x + y, 0);
console.log(`\nmissed 'with' snippets of trafilatura-eval text, half ${half.toUpperCase()}: ${total}`);
for (const [cls, n] of [...counts].sort((x, y) => y[1] - x[1]))
  console.log(`${String(n).padStart(5)}  ${cls}`);
