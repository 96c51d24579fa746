// Shows how the text-scrape rules read one page: each line with its kind and score, `#` when kept,
// and, for a trafilatura-eval page, W on lines holding a snippet that must be kept and X on lines
// holding one that must not. A tool for finding the next general rule, not a score.
// Usage: pnpm --filter @briefing/parser diff:lines <trafilatura-eval name | path to a .txt> [from] [to]
import fs from 'node:fs';
import path from 'node:path';
import { classifyLines } from '../src/text/classify-lines.js';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { scoreLines } from '../src/text/score-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { datasetsDir } from './datasets.js';

const [name, from = '0', to = '100000'] = process.argv.slice(2);
if (!name) throw new Error('usage: diff:lines <name | file.txt> [from] [to]');
const set = path.join(datasetsDir(), 'trafilatura-eval');
const file = name.endsWith('.txt') ? name : path.join(set, 'text', `${name}.txt`);
const expected = name.endsWith('.txt')
  ? { with: [], without: [] }
  : JSON.parse(fs.readFileSync(path.join(set, 'expected.json'), 'utf8'))[name];
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
// the scrape's lines as extract-text splits them (near enough for looking: no Markdown markers dropped)
const lines = joinWrappedLines(
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .map((raw, i) => ({ text: raw.replace(/\s+/g, ' ').trim(), line: i + 1, column: 1, offset: 0 }))
    .filter((l) => l.text),
);
const kinds = classifyLines(lines, undefined, true);
const scores = scoreLines(lines, kinds);
const kept = new Set(selectBody(lines, kinds)?.keep ?? []);
for (let i = Number(from); i < Math.min(lines.length, Number(to)); i++) {
  const t = norm((lines[i] as { text: string }).text);
  const w = expected.with.some((s: string) => t.includes(norm(s))) ? 'W' : ' ';
  const x = expected.without.some((s: string) => t.includes(norm(s))) ? 'X' : ' ';
  const mark = kept.has(i) ? '#' : ' ';
  console.log(
    `${String(i).padStart(4)} ${mark}${w}${x} ${(kinds[i] as string).padEnd(8)} ${String(Math.round(scores[i] as number)).padStart(5)} ${t.slice(0, 110)}`,
  );
}
