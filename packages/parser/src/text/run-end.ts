/**
 * The best end of the run of lines that starts at line `start`, kept while its running total of scores
 * stays above zero: where the run's text is worth the most, and that worth.
 * @param scores the lines' scores (see scoreLines)
 * @param start the run's first line
 * @returns its best last line and the scores' sum up to it (`start` and 0 when no sum is above zero)
 */
export function runEnd(scores: ArrayLike<number>, start: number): { at: number; score: number } {
  let sum = 0;
  let best = { at: start, score: 0 };
  for (let j = start; j < scores.length; j++) {
    sum += scores[j] as number;
    if (sum <= 0) break;
    if (sum > best.score) best = { at: j, score: sum };
  }
  return best;
}
