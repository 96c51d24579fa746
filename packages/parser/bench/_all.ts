import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';

const root = '/work/shared/datasets/zyte-dev';
const gt = JSON.parse(fs.readFileSync(path.join(root, 'ground-truth.json'), 'utf8'));
const tok = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const sh = (t: string[]) => {
  const m = new Map<string, number>();
  if (t.length < 4) {
    if (t.length) m.set(t.join(' '), 1);
    return m;
  }
  for (let i = 0; i + 4 <= t.length; i++) {
    const k = t.slice(i, i + 4).join(' ');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};
let P = 0,
  R = 0,
  n = 0;
const rows: string[] = [];
for (const f of fs.readdirSync(path.join(root, 'text')).sort()) {
  const id = f.replace(/\.txt$/, '');
  const r = parseArticle({ path: f, data: fs.readFileSync(path.join(root, 'text', f)) });
  const a = sh(tok(gt[id].articleBody)),
    b = sh(tok(r.value?.text ?? ''));
  let tp = 0,
    fp = 0,
    fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) ?? 0,
      y = b.get(k) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const p = tp + fp ? tp / (tp + fp) : 0,
    rr = tp + fn ? tp / (tp + fn) : 0;
  P += p;
  R += rr;
  n++;
  rows.push(`${id.slice(0, 9)} p=${p.toFixed(2)} r=${rr.toFixed(2)} fp=${fp} fn=${fn}`);
}
P /= n;
R /= n;
if (process.argv[2]) console.log(rows.join('\n'));
console.log(`F1=${((2 * P * R) / (P + R)).toFixed(3)} P=${P.toFixed(3)} R=${R.toFixed(3)}`);
