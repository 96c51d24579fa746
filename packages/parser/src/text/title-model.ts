import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { TITLE_FEATURES } from './title-candidates.js';

/** A linear model that ranks the headline candidates of a page (`data/title-model.json`). */
export interface TitleModel {
  /** The feature names, in the order of {@link TITLE_FEATURES}. */
  features: string[];
  /** One weight per feature: a candidate's score is the sum of its features times these. */
  weights: number[];
}

let shipped: TitleModel | undefined;

/**
 * The shipped title model, read once (found through the package, also from a bundle).
 * @throws {TypeError} when the file does not name the features {@link TITLE_FEATURES} names, in order
 */
export function titleModel(): TitleModel {
  if (shipped === undefined) {
    const pkg = createRequire(import.meta.url).resolve('@briefing/parser/package.json');
    shipped = checkTitleModel(
      JSON.parse(readFileSync(new URL('data/title-model.json', pathToFileURL(pkg)), 'utf8')),
    );
  }
  return shipped;
}

/**
 * Checks the shape of a title model file: `{ "weights": { "<feature>": <number>, … } }` with one weight
 * per feature of {@link TITLE_FEATURES}, in that order (other fields, such as where it was trained, are
 * not read).
 * @param data the parsed JSON
 * @returns the model
 * @throws {TypeError} when the weights do not name {@link TITLE_FEATURES} in order, or one is no number
 */
export function checkTitleModel(data: unknown): TitleModel {
  const weights = (data as { weights?: unknown } | null)?.weights;
  const names = TITLE_FEATURES.join(', ');
  if (typeof weights !== 'object' || weights === null || Object.keys(weights).join(', ') !== names)
    throw new TypeError(
      `a title model weighs the features ${names}; got ${JSON.stringify(weights && Object.keys(weights))}`,
    );
  const values = Object.values(weights);
  if (!values.every(Number.isFinite))
    throw new TypeError(`a title model's weights are numbers; got ${JSON.stringify(weights)}`);
  return { features: [...TITLE_FEATURES], weights: values as number[] };
}

/**
 * The score of a candidate: its features times the model's weights.
 * @param model the model
 * @param features the candidate's features
 */
export function titleScore(model: TitleModel, features: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < features.length; k++) s += (features[k] as number) * (model.weights[k] ?? 0);
  return s;
}
