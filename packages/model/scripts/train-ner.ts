// Trains the entity tagger (averaged perceptron, see src/entity-tagger.ts) on GMB train and writes
// models/entity-tagger.tsv.gz; prints exact-span precision/recall/F1 on GMB dev and WikiGold.
// Usage: pnpm train:ner [--epochs N] [--min-count N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { candidateTokens, ENTITY_TAGS, entityFeatures, wordShape } from '../src/entity-features.js';
import { EntityTagger } from '../src/entity-tagger.js';
import { type ConllSentence, readConll } from './read-conll.js';

const datasets = process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '../../../../shared/datasets');
const args = process.argv.slice(2);
const opt = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
/** 5 epochs: dev F1 stops rising after 4-5 on GMB. */
const EPOCHS = opt('--epochs', 5);
/** Features seen fewer times are dropped from the file: keeps it under 2 MB for ~1 point of F1. */
const MIN_COUNT = opt('--min-count', 3);
const K = ENTITY_TAGS.length;
const tagIndex = new Map<string, number>(ENTITY_TAGS.map((t, i) => [t, i]));

const train = readConll(join(datasets, 'ner/gmb-train.conll')).flat();
const weights = new Map<string, Float64Array>();
const totals = new Map<string, Float64Array>();
const stamps = new Map<string, Float64Array>();
const counts = new Map<string, number>();
let step = 0;

function row(map: Map<string, Float64Array>, f: string): Float64Array {
  let r = map.get(f);
  if (!r) {
    r = new Float64Array(K);
    map.set(f, r);
  }
  return r;
}

function update(f: string, k: number, delta: number) {
  const w = row(weights, f);
  const t = row(totals, f);
  const s = row(stamps, f);
  t[k] = (t[k] as number) + (step - (s[k] as number)) * (w[k] as number);
  s[k] = step;
  w[k] = (w[k] as number) + delta;
}

function predict(feats: string[], prev: string): number {
  const scores = new Float64Array(K);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < K; k++) scores[k] = (scores[k] as number) + (w[k] as number);
  }
  let best = 0;
  for (let k = 1; k < K; k++) {
    const tag = ENTITY_TAGS[k] as string;
    if (tag.startsWith('I-') && prev.slice(2) !== tag.slice(2)) continue;
    if ((scores[k] as number) > (scores[best] as number)) best = k;
  }
  return best;
}

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  const order = train.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  let wrong = 0;
  for (const idx of order) {
    const s = train[idx] as ConllSentence;
    const lower = s.tokens.map((w) => w.toLowerCase());
    const shapes = s.tokens.map(wordShape);
    const look = candidateTokens(s.tokens);
    const tags: string[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (!look[i]) {
        tags.push('O');
        continue;
      }
      step++;
      const feats = entityFeatures(lower, shapes, i, tags[i - 1] ?? '^', tags[i - 2] ?? '^');
      const guess = predict(feats, tags[i - 1] ?? 'O');
      const gold = tagIndex.get(s.tags[i] as string) ?? 0;
      if (epoch === 1) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
      if (guess !== gold) {
        wrong++;
        for (const f of feats) {
          update(f, gold, 1);
          update(f, guess, -1);
        }
      }
      tags.push(ENTITY_TAGS[guess] as string);
    }
  }
  console.error(`epoch ${epoch}: ${wrong} mistakes`);
}

// average, round, prune
const lines: string[] = [];
for (const [f, w] of weights) {
  if ((counts.get(f) ?? 0) < MIN_COUNT) continue;
  const t = totals.get(f) as Float64Array;
  const s = stamps.get(f) as Float64Array;
  const pairs: string[] = [];
  for (let k = 0; k < K; k++) {
    const avg = ((t[k] as number) + (step - (s[k] as number)) * (w[k] as number)) / step;
    const v = Math.round(avg * 100) / 100;
    if (v !== 0) pairs.push(`${k}:${v}`);
  }
  if (pairs.length > 0) lines.push(`${f}\t${pairs.join(' ')}`);
}
lines.sort();
const out = join(import.meta.dirname, '../models/entity-tagger.tsv.gz');
const gz = gzipSync(`${lines.join('\n')}\n`, { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${lines.length} features, ${(gz.length / 1024 / 1024).toFixed(2)} MB`);

const tagger = EntityTagger.load(out);
for (const [name, file] of [
  ['gmb-dev', 'ner/gmb-dev.conll'],
  ['wikigold', 'ner/wikigold.conll'],
] as const) {
  const { p, r, f } = spanF1(tagger, readConll(join(datasets, file)).flat());
  console.log(`${name.padEnd(9)} exact spans  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`);
}

function spans(tags: readonly string[]): Set<string> {
  const out = new Set<string>();
  let open: [string, number] | null = null;
  tags.forEach((t, i) => {
    if (open && !(t.startsWith('I-') && t.slice(2) === open[0])) {
      out.add(`${open[0]}:${open[1]}:${i}`);
      open = null;
    }
    if (t.startsWith('B-') || (t.startsWith('I-') && !open)) open = [t.slice(2), i];
  });
  if (open) out.add(`${(open as [string, number])[0]}:${(open as [string, number])[1]}:${tags.length}`);
  return out;
}

function spanF1(tagger: EntityTagger, sentences: ConllSentence[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of sentences) {
    const gold = spans(s.tags);
    const got = spans(tagger.tag(s.tokens));
    for (const g of got) if (gold.has(g)) tp++;
    fp += [...got].filter((g) => !gold.has(g)).length;
    fn += [...gold].filter((g) => !got.has(g)).length;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f: (2 * p * r) / Math.max(1e-9, p + r) };
}
