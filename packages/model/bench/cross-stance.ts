import { stanceFeatures } from '../src/stance-features.js';
import type { StanceModel } from '../src/stance-toward.js';
import { stanceProbabilities } from '../src/stance-toward.js';
import { fitSoftmax } from './fit-softmax.js';
import { macroF1, readStanceTargets, type StanceTarget } from './stance-targets.js';

/** The classes of the stance model, in order. */
export const CLASSES = ['negative', 'neutral', 'positive'] as const;
/** L2 shrinkage: the best of 1e-3, 1e-2, 3e-2 by the mean of the two cross-set macro-F1s. */
const L2 = 1e-2;
/** Passes of gradient descent. */
const ROUNDS = 800;

/** A NewsMTSC dev set with each target's features. */
export interface StanceSet {
  name: 'rw' | 'mt';
  targets: StanceTarget[];
  rows: number[][];
}

/**
 * Reads a NewsMTSC dev set and computes the features of each target.
 * @param name `rw` or `mt`
 */
export function stanceSet(name: 'rw' | 'mt'): StanceSet {
  const targets = readStanceTargets(name);
  return { name, targets, rows: targets.map((t) => stanceFeatures(t.sentence, t)) };
}

/**
 * Fits the stance model on some sets.
 * @param sets the training sets
 */
export function fitStance(sets: readonly StanceSet[]): StanceModel {
  const rows = sets.flatMap((s) => s.rows);
  const labels = sets.flatMap((s) => s.targets.map((t) => CLASSES.indexOf(t.gold)));
  const fit = fitSoftmax(rows, labels, CLASSES.length, L2, ROUNDS);
  return { classes: [...CLASSES], weights: fit.weights, bias: fit.bias, measuredOn: '' };
}

/**
 * Macro-F1 and accuracy of a model on a set.
 * @param model the model
 * @param set the set
 */
export function scoreStance(model: StanceModel, set: StanceSet): { f1: number; accuracy: number } {
  const pred = set.rows.map((x) => {
    const p = stanceProbabilities(model, x);
    return model.classes[p.indexOf(Math.max(...p))] as string;
  });
  return macroF1(
    pred,
    set.targets.map((t) => t.gold),
  );
}
