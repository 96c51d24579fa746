import { negationSet, scoreValence, type ValenceLexicon, valenceLexicon } from './score-valence.js';
import { clauseAround } from './stance-clause.js';
import { wordVectors } from './word-vectors.js';

/** Words on each side of a mention whose vectors describe its context. */
const WINDOW = 6;
/** Dimensions of a word vector. */
const DIMS = 100;

/** Names of the scalar features of {@link stanceFeatures}, in order; the window vectors follow them. */
export const STANCE_SCALARS = [
  'clause',
  'sentence',
  'left',
  'right',
  'clausePositive',
  'clauseNegative',
  'inQuote',
  'hasQuote',
  'position',
  'clauseLength',
  'left1to3',
  'left4to10',
  'right1to3',
  'right4to10',
  'decayed',
  'antiPrefix',
  'possessive',
] as const;

/** Length of a {@link stanceFeatures} vector: the scalars, then the mean vectors left and right. */
export const STANCE_FEATURE_COUNT = STANCE_SCALARS.length + 3 * DIMS;

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * The features a stance model reads for the entity at `from`–`to`: the VADER-style valence of the
 * mention's clause, of the sentence, and of the words just before and after; the positive and negative
 * mass in the clause; whether the mention stands inside a quotation; where it stands; and the mean word
 * vector of the words on each side (which carry verbs of attack, praise and reporting).
 * @param sentence a sentence
 * @param target character offsets of the mention
 * @param lexicon the valence lexicon (the shipped one by default)
 * @returns {@link STANCE_FEATURE_COUNT} numbers
 */
export function stanceFeatures(
  sentence: string,
  target: { from: number; to: number },
  lexicon: ValenceLexicon = valenceLexicon(),
): number[] {
  const clause = clauseAround(sentence, target);
  const left: string[] = [];
  const right: string[] = [];
  for (const m of sentence.matchAll(TOKEN)) {
    const at = m.index ?? 0;
    if (at + m[0].length <= target.from) left.push(m[0]);
    else if (at >= target.to) right.push(m[0]);
  }
  const near = { left: left.slice(-WINDOW), right: right.slice(0, WINDOW) };
  let positive = 0;
  let negative = 0;
  for (const w of clause.match(TOKEN) ?? []) {
    const v = lexicon.words[w.toLowerCase()] ?? 0;
    if (v > 0) positive += v;
    else negative -= v;
  }
  const before = sentence.slice(0, target.from);
  const quotes = (before.match(/["“”]/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  const words = left.length + right.length + 1;
  const scalars = [
    scoreValence(clause, lexicon),
    scoreValence(sentence, lexicon),
    scoreValence(near.left.join(' '), lexicon),
    scoreValence(near.right.join(' '), lexicon),
    Math.min(1, positive / 4),
    Math.min(1, negative / 4),
    opened || quotes % 2 === 1 ? 1 : 0,
    /["“”]/.test(sentence) ? 1 : 0,
    left.length / words,
    Math.min(1, (clause.match(TOKEN) ?? []).length / 30),
    valenceSum([...left].reverse().slice(0, 3), lexicon),
    valenceSum([...left].reverse().slice(3, 10), lexicon),
    valenceSum(right.slice(0, 3), lexicon),
    valenceSum(right.slice(3, 10), lexicon),
    decayedValence(left, right, lexicon),
    /\banti-\s*$/i.test(before) ? 1 : 0,
    /^['’]s\b/.test(sentence.slice(target.to)) ? 1 : 0,
  ];
  const clauseWords = (clause.match(TOKEN) ?? []).filter(
    (w) => !sentence.slice(target.from, target.to).includes(w),
  );
  return [...scalars, ...meanVector(near.left), ...meanVector(near.right), ...meanVector(clauseWords)];
}

/**
 * The summed lexicon valence of some words (÷4, capped to ±1), each flipped when a negation precedes it.
 * @param words words as written
 * @param lexicon the valence lexicon
 */
function valenceSum(words: readonly string[], lexicon: ValenceLexicon): number {
  let sum = 0;
  const negations = negationSet(lexicon);
  words.forEach((w, i) => {
    const v = lexicon.words[w.toLowerCase()] ?? 0;
    const prev = (words[i - 1] ?? '').toLowerCase();
    sum += negations.has(prev) || prev.endsWith("n't") ? -0.74 * v : v;
  });
  return Math.max(-1, Math.min(1, sum / 4));
}

/**
 * The lexicon valence of all words of the sentence, each divided by its distance in words to the mention.
 * @param left words before the mention
 * @param right words after it
 * @param lexicon the valence lexicon
 */
function decayedValence(left: readonly string[], right: readonly string[], lexicon: ValenceLexicon): number {
  let sum = 0;
  left.forEach((w, i) => {
    sum += (lexicon.words[w.toLowerCase()] ?? 0) / (left.length - i);
  });
  right.forEach((w, i) => {
    sum += (lexicon.words[w.toLowerCase()] ?? 0) / (i + 1);
  });
  return Math.max(-1, Math.min(1, sum / 4));
}

/**
 * The mean vector of the words that have one (zeros when none has).
 * @param words words as written
 */
function meanVector(words: readonly string[]): number[] {
  const vectors = wordVectors();
  const sum = new Float64Array(DIMS);
  let n = 0;
  for (const w of words) {
    const rank = vectors.rank(w.toLowerCase());
    if (rank === undefined) continue;
    vectors.addTo(sum, rank, 1);
    n++;
  }
  return Array.from(sum, (x) => (n === 0 ? 0 : x / n));
}
