import { readDataJson } from './data-file.js';
import type { ValenceLexicon } from './score-valence.js';
import { stanceFact } from './stance-facts.js';
import { STANCE_FEATURE_COUNT, stanceFeatures } from './stance-features.js';

export { clauseAround } from './stance-clause.js';

/** How a sentence treats an entity. */
export type Stance = 'negative' | 'neutral' | 'positive';

/** The stance model as `data/stance.json` stores it (see `data/README.md`). */
export interface StanceModel {
  /** The classes, in the order of `weights` and `bias`. */
  classes: Stance[];
  /** One row of {@link STANCE_FEATURE_COUNT} weights per class. */
  weights: number[][];
  /** One bias per class. */
  bias: number[];
  /** What the weights were fitted on, and the cross-set figures measured before. */
  measuredOn: string;
}

let shared: StanceModel | undefined;

/**
 * The shipped stance model (multinomial logistic regression over {@link stanceFeatures}), read once.
 * @returns the model
 * @throws Error when the file's weights do not match the features
 */
export function stanceModel(): StanceModel {
  if (shared) return shared;
  const model = readDataJson<StanceModel>('stance.json');
  if (model.weights.some((row) => row.length !== STANCE_FEATURE_COUNT))
    throw new Error(`data/stance.json: expected ${STANCE_FEATURE_COUNT} weights a class`);
  shared = model;
  return shared;
}

/**
 * The model's class probabilities for one feature vector.
 * @param model a stance model
 * @param x a {@link stanceFeatures} vector
 * @returns one probability per class of `model.classes`
 */
export function stanceProbabilities(model: StanceModel, x: readonly number[]): number[] {
  const z = model.bias.map((bias, c) => {
    let s = bias;
    const w = model.weights[c] as number[];
    for (let d = 0; d < x.length; d++) s += (w[d] as number) * (x[d] as number);
    return s;
  });
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}

/** The stance model's verdict on one mention: its most probable class and p(positive) − p(negative). */
function verdict(
  sentence: string,
  target: { from: number; to: number },
  lexicon: ValenceLexicon | undefined,
): { top: Stance; lean: number } {
  // a figure that moved or harm that befell the entity is no lean toward it (stanceFact)
  if (stanceFact(sentence, target) !== null) return { top: 'neutral', lean: 0 };
  const model = stanceModel();
  const p = stanceProbabilities(model, stanceFeatures(sentence, target, lexicon));
  const of = (c: Stance) => p[model.classes.indexOf(c)] ?? 0;
  return {
    top: model.classes[p.indexOf(Math.max(...p))] ?? 'neutral',
    lean: of('positive') - of('negative'),
  };
}

/**
 * How much a sentence leans for or against the entity at `from`–`to`: the stance model's probability of
 * positive minus that of negative.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @param lexicon the valence lexicon the features read (the shipped one by default)
 * @returns a number in [-1, 1], negative when the sentence is hostile to the entity
 */
export function stanceScore(
  sentence: string,
  target: { from: number; to: number },
  lexicon?: ValenceLexicon,
): number {
  return verdict(sentence, target, lexicon).lean;
}

/**
 * How a sentence treats the entity at `from`–`to`: the most probable class of the stance model
 * (`data/stance.json`), which reads the valence of the mention's clause and of the words around it
 * (VADER-style lexicon with negation), quotation, position, and the word vectors of its context.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @param lexicon the valence lexicon the features read (the shipped one by default)
 * @returns `negative`, `neutral` or `positive`
 */
export function stanceToward(
  sentence: string,
  target: { from: number; to: number },
  lexicon?: ValenceLexicon,
): Stance {
  return verdict(sentence, target, lexicon).top;
}

/**
 * How far a sentence must lean for {@link clearStance} to call it: p(positive) − p(negative) of 0.4 or
 * more either way. On both NewsMTSC dev sets, out-of-fold (5 folds by sentence, so no verdict comes from
 * weights that saw its sentence), the model's polar verdicts at that lean are right 71 % of the time and of
 * the opposite polarity 6.7 % (all polar verdicts: 59 % and 13 %), so that two sources found on opposite
 * sides are more likely opposed than not (`pnpm eval:stance` prints the table).
 */
export const CLEAR_LEAN = 0.4;

/**
 * The stance of a sentence toward an entity when the model is clear about it: `negative` or
 * `positive` when that is the most probable class and the sentence leans at least {@link CLEAR_LEAN}
 * that way, else null.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @param lexicon the valence lexicon the features read (the shipped one by default)
 * @returns the clear stance, or null
 */
export function clearStance(
  sentence: string,
  target: { from: number; to: number },
  lexicon?: ValenceLexicon,
): 'negative' | 'positive' | null {
  const { top, lean } = verdict(sentence, target, lexicon);
  return clearSide(top, lean);
}

/**
 * The side of a stance verdict when it is clear: its most probable class when that is polar and leans
 * {@link CLEAR_LEAN} or more that way, else null.
 * @param top the most probable class
 * @param lean p(positive) − p(negative)
 */
export function clearSide(top: Stance, lean: number): 'negative' | 'positive' | null {
  if (top === 'positive' && lean >= CLEAR_LEAN) return 'positive';
  if (top === 'negative' && lean <= -CLEAR_LEAN) return 'negative';
  return null;
}
