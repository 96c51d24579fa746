// Trains the text scrapes' line model (data/line-model.json) on the labelled lines of zyte-dev and
// trafilatura-eval (BRIEF_DATASETS; see scripts/line-pages.ts and the data README).
// Usage: tsx scripts/train-line-model.ts [--out FILE] [--exclude-half a|b] [--folds K --fold I]
//   --exclude-half leaves one half of trafilatura-eval out (to score that half honestly), --folds K
//   --fold I leaves zyte-dev's fold I of K out (to score it by cross-validation); the shipped model is
//   trained on everything.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { halfOption, optionValue } from '../bench/datasets.js';
import { LINE_FEATURES } from '../src/text/line-features.js';
import type { LineModel } from '../src/text/line-model.js';
import { BOOST_DEFAULTS, boostTrees } from './boost-trees.js';
import { foldOf, type LabelledPage, labelledPages } from './line-pages.js';

/** Which pages a model is trained without. */
export interface HeldOut {
  /** A half of trafilatura-eval to leave out. */
  half?: 'a' | 'b' | null;
  /** A fold of zyte-dev to leave out: `[fold, folds]`. */
  fold?: [number, number] | null;
}

/**
 * What a zyte-dev page weighs against a trafilatura-eval page. zyte-dev's pages are the closest kind to
 * the held-out benchmark and are labelled line by line; trafilatura-eval's are labelled by a few
 * snippets each. Measured by zyte-dev cross-validation and half B (see the parser README).
 */
export const ZYTE_WEIGHT = Number(process.env.LM_ZW ?? 4);

/**
 * Trains a line model on the labelled pages but those held out.
 * @param pages the labelled pages, from labelledPages
 * @param held the pages to leave out
 * @returns the model
 */
export function trainLineModel(pages: readonly LabelledPage[], held: HeldOut = {}): LineModel {
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  for (const p of pages) {
    if (held.half && p.half === held.half) continue;
    if (held.fold && p.set === 'zyte-dev' && foldOf(p.name, held.fold[1]) === held.fold[0]) continue;
    const scale = p.set === 'zyte-dev' ? ZYTE_WEIGHT : 1;
    p.x.forEach((row, i) => {
      x.push(row);
      y.push(p.y[i] as number);
      w.push((p.w[i] as number) * scale);
    });
  }
  return boostTrees(x, y, w, LINE_FEATURES, BOOST_DEFAULTS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const out = optionValue(argv, '--out') ?? fileURLToPath(new URL('../data/line-model.json', import.meta.url));
  const folds = optionValue(argv, '--folds');
  const fold = optionValue(argv, '--fold');
  const model = trainLineModel(labelledPages(), {
    half: halfOption(argv.map((a) => (a === '--exclude-half' ? '--half' : a))),
    fold: folds && fold ? [Number(fold), Number(folds)] : null,
  });
  fs.writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`${out}: ${model.trees.length} trees, ${fs.statSync(out).size} bytes`);
}
