import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';

const root = '/work/shared/datasets/zyte-dev';
const gt = JSON.parse(fs.readFileSync(path.join(root, 'ground-truth.json'), 'utf8'));
const id = process.argv[2] as string;
const full = fs.readdirSync(path.join(root, 'text')).find((f) => f.startsWith(id)) as string;
const file = path.join(root, 'text', full);
const src = fs.readFileSync(file, 'utf8');
const r = parseArticle({ path: file, data: fs.readFileSync(file) });
const truth = (gt[full.replace(/\.txt$/, '')].articleBody as string).replace(/\s+/g, ' ');
const keptLines = new Set(r.value?.blocks.map((b) => b.position.line) ?? []);
src.split('\n').forEach((l, i) => {
  const t = l.replace(/\s+/g, ' ').trim();
  if (!t) return;
  const inGt = truth.includes(t.slice(0, 60)) ? 'G' : ' ';
  const kept = keptLines.has(i + 1) ? 'K' : ' ';
  const flag = inGt !== ' ' && kept === ' ' ? '!MISS' : inGt === ' ' && kept !== ' ' ? '!EXTRA' : '';
  console.log(`${String(i + 1).padStart(4)} ${inGt}${kept} ${flag.padEnd(6)} ${t.slice(0, 130)}`);
});
console.log(
  JSON.stringify({ ...r.value, text: undefined, blocks: undefined }),
  r.diagnostics.map((d) => d.message),
);
