import { readFileSync } from 'node:fs';
import path from 'node:path';
import { stanceFact } from '../src/stance-facts.js';
import { datasetDir } from './datasets.js';

// gmb-dev by default; gmb-train (ten times larger, no rule tuned on it either) to read more rare cues
const set = process.argv[2] === 'gmb-train' ? 'gmb-train' : 'gmb-dev';
const blocks = readFileSync(path.join(datasetDir('ner'), `${set}.conll`), 'utf8').split(/\n\s*\n/);
let mentions = 0;
let fired = 0;
for (const b of blocks) {
  const rows = b
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('-DOCSTART'))
    .map((l) => l.split('\t'));
  let text = '';
  const spans: { from: number; to: number }[] = [];
  let open: { from: number; to: number } | null = null;
  for (const [tok, tag] of rows as [string, string][]) {
    const glue = text === '' || /^(?:'s|[,.%;:)]|n't)$/.test(tok) || text.endsWith('(') || text.endsWith('$');
    if (!glue) text += ' ';
    const from = text.length;
    text += tok;
    if (tag?.startsWith('B-') || (tag?.startsWith('I-') && !open)) {
      if (open) spans.push(open);
      open = { from, to: text.length };
    } else if (tag?.startsWith('I-') && open) open.to = text.length;
    else if (open) {
      spans.push(open);
      open = null;
    }
  }
  if (open) spans.push(open);
  for (const s of spans) {
    mentions++;
    const f = stanceFact(text, s);
    if (f) {
      fired++;
      console.log(`${f} [${text.slice(s.from, s.to)}] ${text}`);
    }
  }
}
console.log(`entity mentions: ${mentions}, read as facts: ${fired}`);
