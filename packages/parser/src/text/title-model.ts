import { checkLinearModel, type LinearModel, readLinearModel } from './linear-model.js';
import { TITLE_FEATURES } from './title-features.js';

/** A linear model that ranks the headline candidates of a page (`data/title-model.json`). */
export type TitleModel = LinearModel;

let shipped: TitleModel | undefined;

/**
 * The shipped title model, read once (found through the package, also from a bundle).
 * @throws {TypeError} when the file does not name the features {@link TITLE_FEATURES} names, in order
 */
export function titleModel(): TitleModel {
  shipped ??= readLinearModel('data/title-model.json', TITLE_FEATURES, 'title');
  return shipped;
}

/**
 * Checks the shape of a title model file: one weight per feature of {@link TITLE_FEATURES}, in that
 * order (see {@link checkLinearModel}).
 * @param data the parsed JSON
 * @returns the model
 * @throws {TypeError} when the weights do not name {@link TITLE_FEATURES} in order, or one is no number
 */
export function checkTitleModel(data: unknown): TitleModel {
  return checkLinearModel(data, TITLE_FEATURES, 'title');
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
