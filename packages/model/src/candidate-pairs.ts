// The pairs of statements worth comparing for a claim: those of other sources sharing the rarest words.
import type { Statement } from './claim-statement.js';
import { topIndicesOf } from './top-of.js';

/** Candidates compared per statement, those sharing the most rare words first. */
const CANDIDATES = 8;

/** Pairs of statements from different sources that share the rarest words, a few per statement. */
export function* candidatePairs(statements: readonly Statement[]): Generator<[number, number]> {
  // word ids are a vocabulary's small integers: counts and weights in arrays, not maps
  let top = 0;
  for (const { s } of statements)
    for (let k = s.wordsFrom; k < s.wordsTo; k++)
      if ((s.wordIds[k] as number) > top) top = s.wordIds[k] as number;
  const df = new Uint32Array(top + 1);
  for (const { s } of statements)
    for (let k = s.wordsFrom; k < s.wordsTo; k++) {
      const w = s.wordIds[k] as number;
      df[w] = (df[w] as number) + 1;
    }
  const rareLimit = Math.max(8, Math.ceil(statements.length * 0.05));
  const index = new Map<number, number[]>();
  statements.forEach(({ s }, i) => {
    for (let k = s.wordsFrom; k < s.wordsTo; k++) {
      const w = s.wordIds[k] as number;
      if ((df[w] as number) > rareLimit) continue;
      const list = index.get(w);
      if (list === undefined) index.set(w, [i]);
      else if (list.length < 50) list.push(i);
    }
  });
  // each statement's source as a number, compared for each posting read
  const sourceNumbers = new Map<string, number>();
  const sourceOf = Int32Array.from(statements, ({ s }) => {
    const k = sourceNumbers.get(s.article.id);
    if (k !== undefined) return k;
    sourceNumbers.set(s.article.id, sourceNumbers.size);
    return sourceNumbers.size - 1;
  });
  // a shared word counts by its rarity, so that one rare word shared outranks two common ones
  const n = Math.max(2, statements.length);
  // the summed rarity of the words each later statement shares with statement i, and which those are
  // (the same sums in the same order as a map of them; sorted with the same total order)
  const sums = new Float64Array(statements.length);
  const seen = new Uint8Array(statements.length);
  const touched: number[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = (statements[i] as Statement).s;
    const own = sourceOf[i] as number;
    for (let u = s.wordsFrom; u < s.wordsTo; u++) {
      const w = s.wordIds[u] as number;
      const list = index.get(w);
      if (list === undefined) continue;
      const rarity = Math.log(n / ((df[w] as number) || 1));
      // a list holds statement numbers in ascending order: those after i are at its end
      for (let k = list.length - 1; k >= 0; k--) {
        const j = list[k] as number;
        if (j <= i) break;
        if (sourceOf[j] === own) continue;
        if (seen[j] === 0) {
          seen[j] = 1;
          touched.push(j);
        }
        sums[j] = (sums[j] as number) + rarity;
      }
    }
    // the best few kept as they come, not all of them sorted (a total order: ties go by number)
    const best = topIndicesOf(
      touched.length,
      CANDIDATES,
      (a, b) =>
        (sums[touched[b] as number] as number) - (sums[touched[a] as number] as number) ||
        (touched[a] as number) - (touched[b] as number),
    ).map((k) => touched[k] as number);
    for (const j of touched) {
      sums[j] = 0;
      seen[j] = 0;
    }
    touched.length = 0;
    for (const j of best) yield [i, j];
  }
}
