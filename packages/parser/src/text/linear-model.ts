import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** A linear model of the package's data (`data/<name>-model.json`): one weight per named feature. */
export interface LinearModel {
  /** The feature names, in the order the model's features are computed. */
  features: string[];
  /** One weight per feature: a score is the sum of the features times these. */
  weights: number[];
}

/**
 * Reads a linear model file of the package (found through the package, also from a bundle).
 * @param file the file, relative to the package (`data/title-model.json`)
 * @param features the feature names the model must weigh, in order
 * @param what what the model is, for messages ("title", "join")
 * @returns the model
 * @throws {TypeError} when the file does not name `features`, in order (see {@link checkLinearModel})
 */
export function readLinearModel(file: string, features: readonly string[], what: string): LinearModel {
  const pkg = createRequire(import.meta.url).resolve('@briefing/parser/package.json');
  const data: unknown = JSON.parse(readFileSync(new URL(file, pathToFileURL(pkg)), 'utf8'));
  return checkLinearModel(data, features, what);
}

/**
 * Checks the shape of a linear model file: `{ "weights": { "<feature>": <number>, … } }` with one weight
 * per feature, in order (other fields, such as where it was trained, are not read).
 * @param data the parsed JSON
 * @param features the feature names the model must weigh, in order
 * @param what what the model is, for messages ("title", "join")
 * @returns the model
 * @throws {TypeError} when the weights do not name `features` in order, or one is no number
 */
export function checkLinearModel(data: unknown, features: readonly string[], what: string): LinearModel {
  const weights = (data as { weights?: unknown } | null)?.weights;
  const names = features.join(', ');
  if (typeof weights !== 'object' || weights === null || Object.keys(weights).join(', ') !== names)
    throw new TypeError(
      `a ${what} model weighs the features ${names}; got ${JSON.stringify(weights && Object.keys(weights))}`,
    );
  const values = Object.values(weights);
  if (!values.every(Number.isFinite))
    throw new TypeError(`a ${what} model's weights are numbers; got ${JSON.stringify(weights)}`);
  return { features: [...features], weights: values as number[] };
}
