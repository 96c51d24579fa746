// Does a learned per-line model tell article text from furniture better than the rules? Trains a
// logistic model of whether a line of a text scrape is article text, from the features the parser
// computes anyway (line-features.ts), on ONE set, and scores it line by line on that set and on the
// sets it did not see, beside the rules (the lines selectBody keeps) and the sign of the hand score.
// Labels: in trafilatura-eval, a line holding part of a snippet the body must hold is text, one holding
// part of a snippet it must not hold is not, the other lines are not looked at; in zyte-dev every line
// is looked at, text when the answer holds it (whole as a paragraph, or inside one for a line of
// LONG_LINE words or more). Log loss, a little L2 shrinkage, Newton's method: deterministic.
// It also counts, for margins 0-3, how often the model sure by that margin overrules the rules rightly
// (a line they left out that is text, a kept line that is not) and wrongly.
// Usage: pnpm --filter @briefing/parser train:lines [--train a|b|zyte] [--no-region] [--balanced]
//   [--out FILE]   (--no-region: the features of the rules' region left out; --balanced: both classes
//   weigh alike; --out writes the weights as JSON)
import fs from 'node:fs';
import path from 'node:path';
import { decodeText } from '../src/decode.js';
import type { BodyBlock } from '../src/extraction.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { handScores } from '../src/text/hand-scores.js';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { splitLines } from '../src/text/split-lines.js';
import {
  datasetFiles,
  datasetsDir,
  halfOf,
  optionValue,
  snippetScorer,
  trafilaturaSnippets,
} from './datasets.js';
import { fitLogistic } from './fit-logistic.js';
import { LINE_FEATURES, lineFeatures, lineLogit } from './line-features.js';
import { joinedLines } from './scrape-lines.js';

/** Newton's rounds: the loss changes by less than 1e-9 after 15 on either set. */
const ROUNDS = 25;
/**
 * Shrinkage, as train:titles uses. Trained on half A (right on A · B · zyte-dev): 1e-3 0.927 · 0.909 ·
 * 0.940; 1e-2 0.923 · 0.903 · 0.934; 1e-4 0.926 · 0.911 · 0.939; the rules 0.923 · 0.903 · 0.946.
 */
const L2 = 1e-3;
/** A line this long (in words) is text when zyte-dev's answer holds it anywhere, a shorter one as a paragraph. */
const LONG_LINE = 4;

type Part = 'a' | 'b' | 'zyte';
interface Lines {
  rows: number[];
  labels: number[];
  /** 1 when the rules kept the line in the body. */
  kept: number[];
  /** 1 when the line's hand score is above 0. */
  hand: number[];
  pages: number;
}

const argv = process.argv.slice(2);
const train = (optionValue(argv, '--train') ?? 'a') as Part;
if (!['a', 'b', 'zyte'].includes(train)) throw new Error(`--train takes a, b or zyte, got ${train}`);
const withRegion = !argv.includes('--no-region');
const out = optionValue(argv, '--out');
const { norm } = await snippetScorer();
const dims = LINE_FEATURES.length;

/** The labelled lines of a set (trafilatura-eval's half, or zyte-dev) with their features. */
function collect(part: Part): Lines {
  const expected = trafilaturaSnippets();
  const truth =
    part === 'zyte'
      ? (JSON.parse(
          fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
        ) as Record<string, { articleBody: string }>)
      : null;
  const set: Lines = { rows: [], labels: [], kept: [], hand: [], pages: 0 };
  for (const file of datasetFiles(part === 'zyte' ? 'zyte-dev' : 'trafilatura-eval', 'text')) {
    const name = path.basename(file, '.txt');
    const item = expected[name];
    const answer = truth?.[name]?.articleBody;
    if (truth ? answer === undefined : !item || halfOf(name) !== part) continue;
    const decoded = decodeText(fs.readFileSync(file));
    if (!decoded.ok) continue;
    const lines = joinWrappedLines(splitLines(decoded.text).lines, decoded.text);
    if (lines.length === 0) continue;
    set.pages++;
    const words = lines.map((l) => wordsIn(l.text));
    const kinds = classifyLines(lines, words, true);
    const { scores } = handScores(lines, kinds, words, true);
    const region = selectBody(lines, kinds, { words });
    const x = lineFeatures(lines, kinds, words, scores, withRegion ? region : null);
    const kept = new Set(region?.keep ?? []);
    const label = new Map<number, number>();
    if (answer !== undefined) {
      const body = norm(answer);
      const paragraphs = new Set(answer.split('\n').map((p) => norm(p).trim()));
      lines.forEach((l, i) => {
        const text = norm(l.text).trim();
        const text_ = paragraphs.has(text) || ((words[i] as number) >= LONG_LINE && body.includes(text));
        label.set(i, text_ ? 1 : 0);
      });
    } else if (item) labelBySnippets(lines, item, label);
    for (const [i, value] of [...label].sort((p, q) => p[0] - q[0])) {
      if (value === -1 || words[i] === 0) continue;
      for (let d = 0; d < dims; d++) set.rows.push(x[i * dims + d] as number);
      set.labels.push(value);
      set.kept.push(kept.has(i) ? 1 : 0);
      set.hand.push((scores[i] as number) > 0 ? 1 : 0);
    }
  }
  return set;
}

/** Labels the lines that hold part of a snippet: 1 for `with`, 0 for `without`, -1 for both. */
function labelBySnippets(
  lines: readonly BodyBlock[],
  item: { with: string[]; without: string[] },
  label: Map<number, number>,
): void {
  const { joined, lineAt } = joinedLines(lines, norm);
  const mark = (snippet: string, value: number, all: boolean) => {
    const s = norm(snippet).trim();
    if (s.length === 0) return;
    // a text snippet counts once found; a furniture snippet leaks wherever it stands
    for (let at = joined.indexOf(s); at !== -1; at = all ? joined.indexOf(s, at + 1) : -1)
      for (let i = lineAt(at); i <= lineAt(at + s.length - 1); i++)
        label.set(i, label.has(i) && label.get(i) !== value ? -1 : value);
  };
  for (const s of item.with) mark(s, 1, false);
  for (const s of item.without) mark(s, 0, true);
}

/** Fits the weights (see {@link fitLogistic}), both classes weighing alike with --balanced. */
function fit(set: Lines): number[] {
  const n = set.labels.length;
  const positives = set.labels.filter((y) => y === 1).length;
  const weightOf = (y: number) =>
    !argv.includes('--balanced') ? 1 : y === 1 ? n / (2 * positives) : n / (2 * (n - positives));
  const x = Float64Array.from(set.rows);
  return fitLogistic(
    {
      n,
      dims,
      feature: (i, d) => x[i * dims + d] as number,
      label: (i) => set.labels[i] as number,
      weight: (i) => weightOf(set.labels[i] as number),
    },
    L2,
    ROUNDS,
  );
}

/** One set's line accuracy under the model, the rules and the hand score's sign, and the overrulings. */
function report(part: Part, set: Lines, w: readonly number[]): void {
  const n = set.labels.length;
  const x = Float64Array.from(set.rows);
  const z = set.labels.map((_, i) => lineLogit(w, x, i));
  const share = (says: (i: number) => boolean) =>
    (set.labels.filter((y, i) => says(i) === (y === 1)).length / n).toFixed(3);
  const texts = set.labels.filter((y) => y === 1).length;
  console.log(
    `${part === 'zyte' ? 'zyte-dev' : `trafilatura-eval half ${part.toUpperCase()}`}${part === train ? ' (trained on)' : ''}: ` +
      `${n} lines of ${set.pages} pages (${texts} text); right: model ${share((i) => (z[i] as number) > 0)}, ` +
      `rules ${share((i) => set.kept[i] === 1)}, hand score > 0 ${share((i) => set.hand[i] === 1)}`,
  );
  for (const margin of [0, 1, 2, 3]) {
    const c = { addRight: 0, addWrong: 0, dropRight: 0, dropWrong: 0 };
    for (let i = 0; i < n; i++) {
      const zi = z[i] as number;
      const text = set.labels[i] === 1;
      if (set.kept[i] === 0 && zi > margin) c[text ? 'addRight' : 'addWrong']++;
      if (set.kept[i] === 1 && zi < -margin) c[text ? 'dropWrong' : 'dropRight']++;
    }
    console.log(
      `  margin ${margin}: adds ${c.addRight} right / ${c.addWrong} wrong, drops ${c.dropRight} right / ${c.dropWrong} wrong`,
    );
  }
}

const trained = collect(train);
const w = fit(trained);
for (const part of ['a', 'b', 'zyte'] as const) report(part, part === train ? trained : collect(part), w);
if (out) {
  const model = {
    about: 'A logistic model of whether a line of a text scrape is article text (bench/line-features.ts).',
    trainedOn: `${train === 'zyte' ? 'zyte-dev' : `trafilatura-eval half ${train}`} text`,
    weights: Object.fromEntries(LINE_FEATURES.map((f, d) => [f, Number((w[d] as number).toFixed(4))])),
  };
  fs.writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
}
