import { JOIN_FEATURES } from './join-features.js';
import { checkLinearModel, type LinearModel, readLinearModel } from './linear-model.js';

/** The learned join's logistic model (`data/join-model.json`): a point joins when its score is above 0. */
export type JoinModel = LinearModel;

let shipped: JoinModel | undefined;

/**
 * The shipped join model, read once (found through the package, also from a bundle).
 * @throws {TypeError} when the file does not name the features {@link JOIN_FEATURES} names, in order
 */
export function joinModel(): JoinModel {
  shipped ??= readLinearModel('data/join-model.json', JOIN_FEATURES, 'join');
  return shipped;
}

/**
 * Checks the shape of a join model file: one weight per feature of {@link JOIN_FEATURES}, in that order
 * (see {@link checkLinearModel}).
 * @param data the parsed JSON
 * @returns the model
 * @throws {TypeError} when the weights do not name {@link JOIN_FEATURES} in order, or one is no number
 */
export function checkJoinModel(data: unknown): JoinModel {
  return checkLinearModel(data, JOIN_FEATURES, 'join');
}
