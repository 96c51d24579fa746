import vader from 'vader-sentiment';

/** How a sentence treats an entity. */
export type Stance = 'negative' | 'neutral' | 'positive';

/**
 * Compound scores at or beyond these are a stance: ±0.05, chosen for the best macro-F1 on NewsMTSC
 * mt-dev (0.56 there; 0.545 on rw-dev, which was not used to choose). A wider neutral band
 * (±0.10, best on rw-dev) scores 0.55 on mt-dev.
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
 * How much a sentence leans for or against the entity at `from`–`to`: VADER's compound score (lexicon
 * with negation, intensifiers and "but") over the clause around the mention.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @returns a number in [-1, 1], negative when the clause is hostile
 */
export function stanceScore(sentence: string, target: { from: number; to: number }): number {
  return vader.SentimentIntensityAnalyzer.polarity_scores(clauseAround(sentence, target)).compound;
}

/**
 * How a sentence treats the entity at `from`–`to` (VADER-style lexicon over the mention's clause).
 * @param sentence a sentence
 * @param target character offsets of the entity's mention in `sentence`
 * @returns `negative`, `neutral` or `positive`
 */
export function stanceToward(sentence: string, target: { from: number; to: number }): Stance {
  return stanceOf(stanceScore(sentence, target));
}

/**
 * The stance a {@link stanceScore} stands for.
 * @param score a compound score
 */
export function stanceOf(score: number): Stance {
  return score <= NEGATIVE_AT ? 'negative' : score >= POSITIVE_AT ? 'positive' : 'neutral';
}
