/**
 * Where the stretch of a sentence that speaks about the words at `from`–`to` starts and ends: from the
 * last clause break before them (`;`, `,`, ` but `, an opening quote) to the next one after.
 * @param sentence a sentence
 * @param target character offsets of the entity's mention
 * @returns the clause's character offsets in `sentence`, the mention included
 */
export function clauseSpan(
  sentence: string,
  target: { from: number; to: number },
): { from: number; to: number } {
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
  return { from: cut < 0 ? 0 : cut + 1, to: stop < 0 ? sentence.length : target.to + stop };
}

/**
 * The stretch of a sentence that speaks about the words at `from`–`to` ({@link clauseSpan}).
 * @param sentence a sentence
 * @param target character offsets of the entity's mention
 * @returns the clause, the mention included
 */
export function clauseAround(sentence: string, target: { from: number; to: number }): string {
  const span = clauseSpan(sentence, target);
  return sentence.slice(span.from, span.to);
}
