import { scoreValence, type ValenceLexicon } from './score-valence.js';

/** How a sentence treats an entity. */
export type Stance = 'negative' | 'neutral' | 'positive';

/**
 * Compound scores at or beyond these are a stance: ±0.05 (VADER's own), the best macro-F1 on NewsMTSC
 * mt-dev (0.575; rw-dev, not used to choose, 0.569).
 */
const NEGATIVE_AT = -0.05;
const POSITIVE_AT = 0.05;

/**
 * The stretch of a sentence that speaks about the words at `from`–`to`: from the last clause break
 * before them (`;`, `,`, ` but `, an opening quote) to the next one after.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention
 * @returns the clause, the mention included
 */
export function clauseAround(sentence: string, target: { from: number; to: number }): string {
  const left = sentence.slice(0, target.from);
  const right = sentence.slice(target.to);
  const cut = Math.max(
    left.lastIndexOf(';'),
    left.lastIndexOf(' but '),
    left.lastIndexOf(','),
    left.lastIndexOf('“'),
    left.lastIndexOf('"'),
  );
  const stop = right.search(/[;,”"]| but /);
  return sentence.slice(cut < 0 ? 0 : cut + 1, stop < 0 ? sentence.length : target.to + stop);
}

/**
 * How much a sentence leans for or against the entity at `from`–`to`: the VADER-style compound score
 * ({@link scoreValence}: lexicon with negation, intensifiers and "but") of the clause around the mention.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @param lexicon the valence lexicon (the shipped one by default)
 * @returns a number in [-1, 1], negative when the clause is hostile
 */
export function stanceScore(
  sentence: string,
  target: { from: number; to: number },
  lexicon?: ValenceLexicon,
): number {
  return scoreValence(clauseAround(sentence, target), lexicon);
}

/**
 * How a sentence treats the entity at `from`–`to` (VADER-style lexicon over the mention's clause).
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @param lexicon the valence lexicon (the shipped one by default)
 * @returns `negative`, `neutral` or `positive`
 */
export function stanceToward(
  sentence: string,
  target: { from: number; to: number },
  lexicon?: ValenceLexicon,
): Stance {
  return stanceOf(stanceScore(sentence, target, lexicon));
}

/**
 * The stance a {@link stanceScore} stands for.
 * @param score a compound score
 */
export function stanceOf(score: number): Stance {
  return score <= NEGATIVE_AT ? 'negative' : score >= POSITIVE_AT ? 'positive' : 'neutral';
}
