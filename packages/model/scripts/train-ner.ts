// Trains the entity tagger (averaged perceptron, see src/entity-tagger.ts) on GMB train and writes
// models/entity-tagger.bin.gz; prints exact-span precision/recall/F1 on GMB dev and WikiGold.
// Usage: pnpm train:ner [--epochs N] [--min-count N]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  candidateTokens,
  ENTITY_TAGS,
  entityFeatures,
  FEATURES_PER_TOKEN,
  START_TAG,
  sentenceContext,
} from '../src/entity-features.js';
import { bestAllowed, EntityTagger } from '../src/entity-tagger.js';
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
const weights = new Map<number, Float64Array>();
const totals = new Map<number, Float64Array>();
const stamps = new Map<number, Float64Array>();
const counts = new Map<number, number>();
let step = 0;

function row(map: Map<number, Float64Array>, f: number): Float64Array {
  let r = map.get(f);
  if (!r) {
    r = new Float64Array(K);
    map.set(f, r);
  }
  return r;
}

function update(f: number, k: number, delta: number) {
  const w = row(weights, f);
  const t = row(totals, f);
  const s = row(stamps, f);
  t[k] = (t[k] as number) + (step - (s[k] as number)) * (w[k] as number);
  s[k] = step;
  w[k] = (w[k] as number) + delta;
}

function predict(feats: Uint32Array, prev: number): number {
  const scores = new Float64Array(K);
  for (const f of feats) {
    const w = weights.get(f);
    if (w) for (let k = 0; k < K; k++) scores[k] = (scores[k] as number) + (w[k] as number);
  }
  return bestAllowed(scores, prev);
}

const feats = new Uint32Array(FEATURES_PER_TOKEN);
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
    const look = candidateTokens(s.tokens);
    const ctx = sentenceContext(s.tokens, look);
    const tags: number[] = [];
    for (let i = 0; i < s.tokens.length; i++) {
      if (!look[i]) {
        tags.push(0);
        continue;
      }
      step++;
      entityFeatures(ctx, i, tags[i - 1] ?? START_TAG, tags[i - 2] ?? START_TAG, feats);
      const guess = predict(feats, tags[i - 1] ?? 0);
      const gold = tagIndex.get(s.tags[i] as string) ?? 0;
      if (epoch === 1) for (const f of feats) counts.set(f, (counts.get(f) ?? 0) + 1);
      if (guess !== gold) {
        wrong++;
        for (const f of feats) {
          update(f, gold, 1);
          update(f, guess, -1);
        }
      }
      tags.push(guess);
    }
  }
  console.error(`epoch ${epoch}: ${wrong} mistakes`);
}

// average, prune
const kept: [number, Float64Array][] = [];
for (const [f, w] of weights) {
  if ((counts.get(f) ?? 0) < MIN_COUNT) continue;
  const t = totals.get(f) as Float64Array;
  const s = stamps.get(f) as Float64Array;
  const avg = new Float64Array(K);
  let any = false;
  for (let k = 0; k < K; k++) {
    avg[k] = ((t[k] as number) + (step - (s[k] as number)) * (w[k] as number)) / step;
    if (Math.abs(avg[k] as number) >= 0.01) any = true;
  }
  if (any) kept.push([f, avg]);
}
kept.sort((a, b) => a[0] - b[0]);
const keys = Uint32Array.from(kept.map(([f]) => f));
const flat = new Float64Array(kept.length * K);
kept.forEach(([, w], i) => {
  flat.set(w, i * K);
});
const out = join(import.meta.dirname, '../models/entity-tagger.bin.gz');
const gz = gzipSync(EntityTagger.encode(keys, flat), { level: 9 });
writeFileSync(out, gz);
console.log(`wrote ${out}: ${kept.length} features, ${(gz.length / 1024 / 1024).toFixed(2)} MB`);

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
