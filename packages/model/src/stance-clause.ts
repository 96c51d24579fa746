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
