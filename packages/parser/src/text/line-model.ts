import { readFileSync } from 'node:fs';
import { LINE_FEATURES } from './line-features.js';

/**
 * A line model: an ensemble of small regression trees whose summed outputs are the log-odds that a
 * line is article text (gradient boosting with the logistic loss). Each tree is stored as parallel
 * arrays over its nodes: an inner node tests `feature[k] <= threshold[k]` and goes to `left[k]` or
 * `right[k]`; a leaf has feature -1 and its output in `value[k]`.
 */
export interface LineModel {
  /** The feature names the model was trained on, in order (checked against {@link LINE_FEATURES}). */
  features: string[];
  /** The log-odds every line starts from. */
  base: number;
  trees: { feature: number[]; threshold: number[]; left: number[]; right: number[]; value: number[] }[];
}

/** The model shipped with the parser (`data/line-model.json`, rebuilt by `scripts/train-line-model.ts`). */
const SHIPPED = new URL('../../data/line-model.json', import.meta.url);
const loaded = new Map<string, LineModel | null>();

/**
 * Reads the line model: the file named by `BRIEF_LINE_MODEL` when set (`off` for none, so the hand
 * rules alone decide), else the shipped one; each file is read once.
 * @returns the model, or null when switched off
 * @throws when the file cannot be read or was trained on other features than the parser computes
 */
export function lineModel(): LineModel | null {
  const where = process.env.BRIEF_LINE_MODEL ?? '';
  let model = loaded.get(where);
  if (model !== undefined) return model;
  if (where === 'off') model = null;
  else {
    model = JSON.parse(readFileSync(where === '' ? SHIPPED : where, 'utf8')) as LineModel;
    if (model.features.join(',') !== LINE_FEATURES.join(',')) {
      throw new Error(
        `line model ${where || SHIPPED.pathname} was trained on other features than the parser computes: rebuild it with scripts/train-line-model.ts`,
      );
    }
  }
  loaded.set(where, model);
  return model;
}

/**
 * The probability that a line is article text, by the model.
 * @param model a line model
 * @param x the line's features, from lineFeatures
 * @returns a number between 0 and 1
 */
export function predictLine(model: LineModel, x: readonly number[]): number {
  let z = model.base;
  for (const t of model.trees) {
    let k = 0;
    while ((t.feature[k] as number) >= 0)
      k = (x[t.feature[k] as number] as number) <= (t.threshold[k] as number) ? (t.left[k] as number) : (t.right[k] as number);
    z += t.value[k] as number;
  }
  return 1 / (1 + Math.exp(-z));
}
