// Trains the learned join (src/text/far-join.ts): at the point where the body of a text scrape ends
// (after the bridge and strongestAfter) and a run of text follows past a box, a logistic model over the
// features of join-features.ts says whether that run is the article's own second half. Training
// points are labelled on zyte-dev (the run's word 4-gram shingles: half or more in the answer is a
// join) and on trafilatura-eval half A (a run holding a `with` snippet and no `without` one is a join,
// one holding a `without` snippet and no `with` one is not; a run holding none is not looked at). Each
// page gives its join points in order: after a join, the next run is a point too; after a refusal the
// page has no more. Half B and `eval:unseen`'s saved scrapes (`--dir`) are only scored, never trained
// on. Log loss, a little L2 shrinkage, Newton's method: deterministic.
// The pages of zyte-dev and half A cut in two by a box of their own furniture lines
// (`interrupted-body.ts`, as `eval:robustness --interrupted` cuts them) give points too, each run labelled
// by the body the hand rules find in the page as is (the learned join left out, so that the labels do not
// hang on the model): the cut is a join, the runs past the article's end as
// the page has them are as that body says; together they weigh CUT_WEIGHT of the real points (left out
// with --no-cuts). Half B's cut pages are scored, never trained on.
// Usage: pnpm --filter @briefing/parser train:join [--out FILE] [--check] [--cv] [--tree] [--list] [--no-cuts] [--dir UNSEEN_SCRAPES]
//   --out writes the model (data/join-model.json is the shipped one); --check exits 1 when the shipped
//   model is not what this run makes; --cv prints the leave-one-page-out log loss of each shrinkage,
//   --tree that of a decision tree of depth 1 to 3;
//   --list prints the training points (zyte-dev and half A) with their logits; --dir scores the points
//   of `pnpm eval:unseen --save-scrapes DIR`'s pages in aggregate (no page is named)
import fs from 'node:fs';
import path from 'node:path';
import type { BodyBlock } from '../src/extraction.js';
import type { BodyTrace } from '../src/text/body-region.js';
import {
  closedBetween,
  JOIN_CANDIDATE_MIN,
  type JoinPoint,
  joinLogit,
  joinPointsOf,
} from '../src/text/far-join.js';
import { JOIN_FEATURES } from '../src/text/join-features.js';
import {
  datasetFiles,
  datasetsDir,
  halfOf,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';
import { fitLogistic } from './fit-logistic.js';
import { interrupted } from './interrupted-body.js';
import { scrapeLines } from './scrape-lines.js';

/** Newton's rounds: the loss settles within 15. */
const ROUNDS = 30;
/**
 * Shrinkage, chosen by `--cv` (leave-one-page-out log loss on the training points): 1e-3 0.672, 1e-2
 * 0.399, 3e-2 0.365, 0.1 0.376, 0.3 0.420, 1 0.474 (the base rate 0.487). With the site-call stop
 * (session 73: 38 points, 9 joins) 1e-3 0.925, 1e-2 0.514, 3e-2 0.449, 0.1 0.447, 0.3 0.487, 1 0.538
 * (the base rate 0.547): 0.1 is no better by the loss and joins 1 of half A's 5 joins where 3e-2 joins 4.
 * Today's bodies (join89, session 84: 40 points, 11 joins): 1e-3 0.601, 1e-2 0.432, 3e-2 0.416, 0.1 0.430,
 * 0.3 0.469, 1 0.526 — 3e-2 again.
 */
const L2 = 0.03;
/** A run holding fewer shingles than this says too little of the answer to be a point (zyte-dev). */
const MIN_SHINGLES = 8;

const argv = process.argv.slice(2);
const out = optionValue(argv, '--out');
const unseen = optionValue(argv, '--dir');
const { norm } = await snippetScorer();
const dims = JOIN_FEATURES.length;

interface Point {
  x: number[];
  /** The page, the box's bounds and the run's opening words, for `--list`. */
  where: string;
  y: number;
  /** The reference shingles the run holds (zyte-dev, unseen) or 1 (trafilatura-eval). */
  good: number;
  bad: number;
  /** How much the point weighs in the fit: 1, or less for a point of a page cut on purpose. */
  weight?: number;
}

/** Word 4-gram shingles, as zyte's scorer counts them. */
function shingles(text: string): string[] {
  const w = text.match(/\w+/gu) ?? [];
  return w.slice(0, Math.max(0, w.length - 3)).map((_, i) => w.slice(i, i + 4).join(' '));
}

/**
 * The labelled join points of one page: `judge` says of a run's text whether it joins (1), not (0) or
 * cannot say (null), with what it holds of the article and of the rest.
 */
function pointsOf(
  name: string,
  data: Buffer,
  judge: (text: string) => { y: number | null; good: number; bad: number },
): Point[] {
  const trace: BodyTrace = { steps: [], runs: [], top: null, scores: [], dropped: new Map() };
  const { lines, kinds, words } = scrapeLines(data, norm, trace, false);
  const at = trace.steps.findLast((s) => s.step === 'strongestAfter');
  if (!at || !trace.top) return [];
  const points: Point[] = [];
  const text = (p: JoinPoint) =>
    lines
      .slice(p.cand.first, p.cand.last + 1)
      .map((l: BodyBlock) => l.text)
      .join('\n');
  // the points in order: the next is asked for only after a join
  const page = { lines, kinds, lengths: words, scores: trace.scores };
  joinPointsOf(page, at.first, at.last, (p) => {
    // a site's closing line in the box: the join never passes it, so it is no point
    if (closedBetween(page, p.last, p.cand.first)) return false;
    const { y, good, bad } = judge(text(p));
    if (y === null) return false;
    const where = `${name} ${p.last}-${p.cand.first} ${text(p).slice(0, 70).replace(/\s+/g, ' ')}`;
    points.push({ x: p.x, y, good, bad, where });
    return y === 1;
  });
  return points;
}

function zyteLike(answer: string): (text: string) => { y: number | null; good: number; bad: number } {
  const wanted = new Set(shingles(answer));
  return (t) => {
    const s = shingles(t);
    const good = s.filter((x) => wanted.has(x)).length;
    if (s.length < MIN_SHINGLES) return { y: null, good, bad: s.length - good };
    return { y: good * 2 >= s.length ? 1 : 0, good, bad: s.length - good };
  };
}

const sets: Record<string, Point[]> = { zyte: [], a: [], b: [], unseen: [] };
const expected = trafilaturaSnippets();
for (const file of datasetFiles('trafilatura-eval', 'text')) {
  const name = path.basename(file, '.txt');
  const item = expected[name];
  if (!item) continue;
  const points = pointsOf(name, fs.readFileSync(file), (t) => {
    const n = norm(t);
    const holds = (s: string) => n.includes(norm(s));
    const good = item.with.filter(holds).length;
    const bad = item.without.filter(holds).length;
    if (good > 0 && bad === 0) return { y: 1, good, bad };
    if (bad > 0 && good === 0) return { y: 0, good, bad };
    return { y: null, good, bad };
  });
  (sets[halfOf(name)] as Point[]).push(...points);
}
const truth = JSON.parse(
  fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
) as Record<string, { articleBody: string }>;
for (const file of datasetFiles('zyte-dev', 'text')) {
  const id = path.basename(file, '.txt');
  sets.zyte?.push(
    ...pointsOf(id.slice(0, 12), fs.readFileSync(file), zyteLike(truth[id]?.articleBody ?? '')),
  );
}
/**
 * How much the points of the cut pages weigh together, against the real points' count. Chosen by `--cv`
 * (leave-one-page-out log loss on the real points alone, a page's cut points held out with it; L2 0.03):
 * 0 0.449, 0.1 0.438, 0.3 0.455, 0.5 0.473, 1 0.508 — cut pages made more alike than real ones teach a
 * bolder join than real pages bear. Cut by another page's furniture instead (lines the page does not
 * repeat, `borrowedBoxes`): 0.1 0.467, 0.3 0.528, worse than none — what the own box teaches that real
 * pages bear out is that a box of lines the page repeats (its menu's) is crossed by the article.
 * Today's bodies (join89, session 84: 106 cut points; the best L2 of each): 0 0.4260, 0.1 0.4158, 0.3 0.4271,
 * 0.5 0.4400, 1 0.4658 — a tenth again.
 */
const CUT_WEIGHT = 0.1;
const cuts: Record<string, Point[]> = { zyte: [], a: [], b: [] };
if (!argv.includes('--no-cuts'))
  for (const [dataset, files] of [
    ['zyte', datasetFiles('zyte-dev', 'text')],
    ['trafilatura', datasetFiles('trafilatura-eval', 'text')],
  ] as const) {
    const pages = files.map((file) => {
      const source = fs.readFileSync(file, 'utf8');
      // the body the hand rules find, the learned join left out: the labels do not hang on the model
      const { lines, region } = scrapeLines(Buffer.from(source), norm, undefined, false);
      const body = (region?.keep ?? []).map((i) => (lines[i] as BodyBlock).text).join('\n');
      return { file, source, body };
    });
    pages.forEach(({ file, source, body }) => {
      const cut = body.trim() === '' ? null : interrupted(source, body);
      if (cut === null) return;
      const name = path.basename(file, '.txt');
      const set = dataset === 'zyte' ? 'zyte' : halfOf(name);
      const label = dataset === 'zyte' ? name.slice(0, 12) : name;
      cuts[set]?.push(...pointsOf(`cut:${label}`, Buffer.from(cut), zyteLike(body)));
    });
  }
if (unseen) {
  // scored in aggregate only: no page of it is printed
  const bodies = JSON.parse(fs.readFileSync(path.join(unseen, 'bodies.json'), 'utf8')) as Record<
    string,
    string
  >;
  for (const [name, body] of Object.entries(bodies))
    sets.unseen?.push(...pointsOf('', fs.readFileSync(path.join(unseen, `${name}.txt`)), zyteLike(body)));
}

/** Fits the logistic model to the points (L2 on all weights but the bias). */
function fit(points: readonly Point[], l2 = L2): number[] {
  return fitLogistic(
    {
      n: points.length,
      dims,
      feature: (i, d) => (points[i] as Point).x[d] as number,
      label: (i) => (points[i] as Point).y,
      weight: (i) => (points[i] as Point).weight ?? 1,
    },
    l2,
    ROUNDS,
  );
}

/** Prints how the model's joins fall on a set's points: right and wrong, and what they hold. */
function report(label: string, points: readonly Point[], w: readonly number[]): void {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0, good: 0, bad: 0 };
  for (const p of points) {
    const join = joinLogit(w, p.x) > 0;
    if (join && p.y === 1) c.tp++;
    if (join && p.y === 0) c.fp++;
    if (!join && p.y === 1) c.fn++;
    if (!join && p.y === 0) c.tn++;
    if (join) {
      c.good += p.good;
      c.bad += p.bad;
    }
  }
  const pos = points.filter((p) => p.y === 1).length;
  console.log(
    `${label.padEnd(8)} points ${points.length} (joins ${pos}): joined right ${c.tp}, wrong ${c.fp}, missed ${c.fn}; joined runs hold ${c.good} of the article, ${c.bad} not`,
  );
}

const real = [...(sets.zyte as Point[]), ...(sets.a as Point[])];
const cutTraining = [...(cuts.zyte as Point[]), ...(cuts.a as Point[])];
for (const p of cutTraining) p.weight = (CUT_WEIGHT * real.length) / cutTraining.length;
const training = [...real, ...cutTraining];
// with `--cv`, the shrinkage is chosen by leave-one-page-out log loss on the training points alone
if (argv.includes('--cv'))
  for (const l2 of [1e-3, 1e-2, 3e-2, 0.1, 0.3, 1]) {
    // a cut page's points are its page's: held out with it, and never scored (only real points are)
    const pageOf = (p: Point) => p.where.split(' ')[0]?.replace(/^cut:/, '');
    let loss = 0;
    let right = 0;
    for (const page of new Set(training.map(pageOf))) {
      const held = real.filter((p) => pageOf(p) === page);
      const wl = fit(
        training.filter((p) => pageOf(p) !== page),
        l2,
      );
      for (const p of held) {
        const q = Math.min(1 - 1e-6, Math.max(1e-6, 1 / (1 + Math.exp(-joinLogit(wl, p.x)))));
        loss -= p.y === 1 ? Math.log(q) : Math.log(1 - q);
        if (q > 0.5 === (p.y === 1)) right++;
      }
    }
    console.log(`cv L2 ${l2}: log loss ${(loss / real.length).toFixed(4)}, right ${right} of ${real.length}`);
  }
// with `--tree`, a tiny decision tree (Gini splits, depth 1 and 2) cross-validated the same way
if (argv.includes('--tree')) {
  type Node = { leaf: number } | { d: number; t: number; lo: Node; hi: Node };
  const gini = (ps: readonly Point[]) => {
    const n = ps.length;
    if (n === 0) return 0;
    const q = ps.filter((p) => p.y === 1).length / n;
    return n * 2 * q * (1 - q);
  };
  const grow = (ps: readonly Point[], depth: number): Node => {
    const q = (ps.filter((p) => p.y === 1).length + 0.5) / (ps.length + 1);
    if (depth === 0 || ps.length < 4) return { leaf: q };
    let best: { d: number; t: number; g: number } | null = null;
    for (let d = 1; d < dims; d++)
      for (const p of ps) {
        const t = p.x[d] as number;
        const lo = ps.filter((r) => (r.x[d] as number) <= t);
        const hi = ps.filter((r) => (r.x[d] as number) > t);
        if (lo.length < 2 || hi.length < 2) continue;
        const g = gini(lo) + gini(hi);
        if (best === null || g < best.g) best = { d, t, g };
      }
    if (best === null) return { leaf: q };
    const { d, t } = best;
    return {
      d,
      t,
      lo: grow(
        ps.filter((r) => (r.x[d] as number) <= t),
        depth - 1,
      ),
      hi: grow(
        ps.filter((r) => (r.x[d] as number) > t),
        depth - 1,
      ),
    };
  };
  const predict = (n: Node, x: readonly number[]): number =>
    'leaf' in n ? n.leaf : predict((x[n.d] as number) <= n.t ? n.lo : n.hi, x);
  for (const depth of [1, 2, 3]) {
    const pageOf = (p: Point) => p.where.split(' ')[0];
    let loss = 0;
    let right = 0;
    for (const page of new Set(training.map(pageOf))) {
      const tree = grow(
        training.filter((p) => pageOf(p) !== page),
        depth,
      );
      for (const p of training.filter((r) => pageOf(r) === page)) {
        const q = Math.min(1 - 1e-6, Math.max(1e-6, predict(tree, p.x)));
        loss -= p.y === 1 ? Math.log(q) : Math.log(1 - q);
        if (q > 0.5 === (p.y === 1)) right++;
      }
    }
    const tree = grow(training, depth);
    console.log(
      `tree depth ${depth}: cv log loss ${(loss / training.length).toFixed(4)}, right ${right} of ${training.length}; whole: ${JSON.stringify(tree, (k, v) => (k === 'd' ? JOIN_FEATURES[v] : typeof v === 'number' ? Number(v.toFixed(2)) : v))}`,
    );
  }
}
const w = fit(training);
console.log(`candidates weigh ${JOIN_CANDIDATE_MIN} or more; L2 ${L2}`);
for (const [k, name] of JOIN_FEATURES.entries())
  console.log(`  ${name.padEnd(18)} ${(w[k] as number).toFixed(3)}`);
for (const [label, points] of Object.entries(sets)) if (points.length > 0) report(label, points, w);
for (const [label, points] of Object.entries(cuts)) if (points.length > 0) report(`cut ${label}`, points, w);
// the training sets' points, to read (half B and the unseen pages are not listed)
if (argv.includes('--list'))
  for (const p of [...(sets.zyte as Point[]), ...(sets.a as Point[])])
    console.log(`${p.y} ${joinLogit(w, p.x).toFixed(2).padStart(6)} ${p.where}`);
const weights = Object.fromEntries(JOIN_FEATURES.map((f, k) => [f, Number((w[k] as number).toFixed(4))]));
const model = `${JSON.stringify(
  {
    about:
      'The learned join of text scrapes (src/text/far-join.ts): a logistic model of whether a run of text past a box after the body is its second half. Made by `pnpm --filter @briefing/parser train:join --out data/join-model.json` from zyte-dev and trafilatura-eval half A, as they are and cut in two by a box of their own furniture lines.',
    points: real.length,
    cutPoints: cutTraining.length,
    weights,
  },
  null,
  2,
)}\n`;
if (out) fs.writeFileSync(out, model);
// with `--check`, the shipped weights must be what this script makes
if (argv.includes('--check')) {
  const shipped = fs.readFileSync(new URL('../data/join-model.json', import.meta.url), 'utf8');
  if (shipped !== model) {
    console.error(
      'data/join-model.json is not what train:join makes: run it with --out data/join-model.json',
    );
    process.exit(1);
  }
  console.log('data/join-model.json is what train:join makes');
}
