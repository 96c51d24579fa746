import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { JOIN_FEATURES } from './join-features.js';

/** The learned join's logistic model (`data/join-model.json`): one weight per join feature. */
export interface JoinModel {
  /** The feature names, in the order of {@link JOIN_FEATURES}. */
  features: string[];
  /** One weight per feature: a point joins when the sum of its features times these is above 0. */
  weights: number[];
}

let shipped: JoinModel | undefined;

/**
 * The shipped join model, read once (found through the package, also from a bundle).
 * @throws {TypeError} when the file does not name the features {@link JOIN_FEATURES} names, in order
 */
export function joinModel(): JoinModel {
  if (shipped === undefined) {
    const pkg = createRequire(import.meta.url).resolve('@briefing/parser/package.json');
    shipped = checkJoinModel(
      JSON.parse(readFileSync(new URL('data/join-model.json', pathToFileURL(pkg)), 'utf8')),
    );
  }
  return shipped;
}

/**
 * Checks the shape of a join model file: `{ "weights": { "<feature>": <number>, … } }` with one weight
 * per feature of {@link JOIN_FEATURES}, in that order (other fields, such as how it was made, are not
 * read).
 * @param data the parsed JSON
 * @returns the model
 * @throws {TypeError} when the weights do not name {@link JOIN_FEATURES} in order, or one is no number
 */
export function checkJoinModel(data: unknown): JoinModel {
  const weights = (data as { weights?: unknown } | null)?.weights;
  const names = JOIN_FEATURES.join(', ');
  if (typeof weights !== 'object' || weights === null || Object.keys(weights).join(', ') !== names)
    throw new TypeError(
      `a join model weighs the features ${names}; got ${JSON.stringify(weights && Object.keys(weights))}`,
    );
  const values = Object.values(weights);
  if (!values.every(Number.isFinite))
    throw new TypeError(`a join model's weights are numbers; got ${JSON.stringify(weights)}`);
  return { features: [...JOIN_FEATURES], weights: values as number[] };
}
