// Shows, for one zyte-dev page, what the parser kept against the benchmark's answer: each kept
// paragraph marked + (mostly in the answer) or - (mostly not), then the answer's paragraphs it missed.
// A tool for finding the next general rule, not a score (that is eval:extraction).
// Usage: pnpm --filter @briefing/parser diff:extraction <id> [html|text]
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetsDir } from './datasets.js';

const [id, format = 'html'] = process.argv.slice(2);
if (!id) throw new Error('usage: diff:extraction <id> [html|text]');
const root = path.join(datasetsDir(), 'zyte-dev');
const answer = JSON.parse(fs.readFileSync(path.join(root, 'ground-truth.json'), 'utf8'))[id]
  .articleBody as string;
const file = path.join(root, format, `${id}.${format === 'html' ? 'html' : 'txt'}`);
const kept = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.text ?? '';

/** Word 4-gram shingles, as the benchmark's metric counts them. */
const shingles = (s: string) => {
  const w = s.match(/\w+/gu) ?? [];
  return new Set(w.slice(0, Math.max(0, w.length - 3)).map((_, i) => w.slice(i, i + 4).join(' ')));
};
const share = (part: string, whole: Set<string>) => {
  const s = shingles(part);
  return s.size === 0 ? 1 : [...s].filter((x) => whole.has(x)).length / s.size;
};
const [inAnswer, inKept] = [shingles(answer), shingles(kept)];
console.log(`answer: ${answer.split(/\s+/).length} words; kept: ${kept.split(/\s+/).length} words`);
for (const p of kept.split('\n\n')) console.log(share(p, inAnswer) > 0.5 ? '+' : '-', p.slice(0, 140));
for (const p of answer.split('\n'))
  if (p.trim() && share(p, inKept) < 0.5) console.log('missed', p.slice(0, 140));
