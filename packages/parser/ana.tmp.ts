import fs from 'node:fs';
import path from 'node:path';
import { datasetFiles, datasetsDir, halfOf } from './bench/datasets.js';
import { decodeText } from './src/decode.js';
import { classifyLines } from './src/text/classify-lines.js';
import { scoreLines } from './src/text/score-lines.js';
import { selectBody } from './src/text/select-body.js';
import { splitLines } from './src/text/split-lines.js';
const half = process.argv[2] ?? 'a';
const exp = JSON.parse(fs.readFileSync(path.join(datasetsDir(), 'trafilatura-eval/expected.json'), 'utf8'));
const norm = (s: string) => s.replace(/\s+/gu, ' ').trim();
const stats: Record<string, number> = {};
const add = (k: string) => (stats[k] = (stats[k] ?? 0) + 1);
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const name = path.basename(file, '.txt');
  if (halfOf(name) !== half || !exp[name]) continue;
  const d = decodeText(fs.readFileSync(file));
  if (!d.ok) continue;
  const { lines } = splitLines(d.text);
  const kinds = classifyLines(lines);
  const scores = scoreLines(lines, kinds);
  const region = selectBody(lines, kinds);
  if (!region) { add('no region'); continue; }
  const kept = new Set(region.keep);
  const texts = lines.map((l) => norm(l.text));
  for (const w of exp[name].with) {
    const s = norm(w);
    const i = texts.findIndex((t) => t.includes(s));
    if (i === -1 || kept.has(i)) continue;
    const dist = i < region.first ? i - region.first : i > region.last ? i - region.last : 0;
    const cls = dist === 0 ? 'inside' : dist < 0 ? (dist >= -3 ? 'above1-3' : dist >= -12 ? 'above4-12' : 'abovefar') : dist <= 3 ? 'below1-3' : dist <= 12 ? 'below4-12' : 'belowfar';
    add(cls);
    if (process.argv[3] && cls.startsWith(process.argv[3]))
      console.log(`${name.slice(0, 40)} line ${i} [${region.first}-${region.last}] ${kinds[i]} ${scores[i]} ${JSON.stringify(lines[i]!.text.slice(0, 100))}`);
  }
}
console.log(stats);
