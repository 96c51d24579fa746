import {
  negationSet,
  scoreValence,
  type ValenceLexicon,
  valenceLexicon,
  WORD_TOKEN,
} from './score-valence.js';
import { stanceAsides } from './stance-asides.js';
import { clauseSpan } from './stance-clause.js';
import { type WordVectors, wordVectors } from './word-vectors.js';

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

/**
 * Length of a {@link stanceFeatures} vector: the scalars, then the mean vectors of the words left and right
 * of the mention, of its clause, and of the whole sentence weighed by nearness to the mention.
 */
export const STANCE_FEATURE_COUNT = STANCE_SCALARS.length + 4 * DIMS;

/**
 * The features a stance model reads for the entity at `from`–`to`: the VADER-style valence of the
 * mention's clause, of the sentence, and of the words just before and after; the positive and negative
 * mass in the clause; whether the mention stands inside a quotation; where it stands; the mean word
 * vector of the words on each side and of its clause (which carry verbs of attack, praise and reporting);
 * and the mean vector of all words of the sentence, each weighed by 1 / its distance in words to the mention.
 * A connective aside is not read, nor the valence of a gain of someone's own standing ({@link stanceAsides}:
 * "on the other hand", "secure its influence").
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
  // both the same length as the sentence, so the mention's offsets hold
  const { text, valenceText } = stanceAsides(sentence, target);
  const span = clauseSpan(text, target);
  const clause = valenceText.slice(span.from, span.to);
  const mention = text.slice(target.from, target.to);
  const vectors = wordVectors();
  // Each word of the sentence once: as written (blank where its valence is not read), lower-cased, its
  // vector's rank, and where it stands
  const left: string[] = [];
  const right: string[] = [];
  const leftRanks: (number | undefined)[] = [];
  const rightRanks: (number | undefined)[] = [];
  const clauseRanks: (number | undefined)[] = [];
  let clauseWords = 0;
  let positive = 0;
  let negative = 0;
  for (const m of text.matchAll(WORD_TOKEN)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const lower = m[0].toLowerCase();
    const rank = vectors.rank(lower);
    const read = valenceText === text || valenceText.charCodeAt(at) !== 32;
    if (end <= target.from) {
      left.push(read ? m[0] : '');
      leftRanks.push(rank);
    } else if (at >= target.to) {
      right.push(read ? m[0] : '');
      rightRanks.push(rank);
    }
    if (at < span.from || end > span.to) continue;
    clauseWords++;
    const v = read ? (lexicon.words[lower] ?? 0) : 0;
    if (v > 0) positive += v;
    else negative -= v;
    if (!mention.includes(m[0])) clauseRanks.push(rank);
  }
  const before = text.slice(0, target.from);
  const quotes = (before.match(/["“”]/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length > (before.match(/”/g) ?? []).length;
  const words = left.length + right.length + 1;
  const out = [
    scoreValence(clause, lexicon),
    scoreValence(valenceText, lexicon),
    scoreValence(left.slice(-WINDOW).join(' '), lexicon),
    scoreValence(right.slice(0, WINDOW).join(' '), lexicon),
    Math.min(1, positive / 4),
    Math.min(1, negative / 4),
    opened || quotes % 2 === 1 ? 1 : 0,
    /["“”]/.test(text) ? 1 : 0,
    left.length / words,
    Math.min(1, clauseWords / 30),
    valenceSum([...left].reverse().slice(0, 3), lexicon),
    valenceSum([...left].reverse().slice(3, 10), lexicon),
    valenceSum(right.slice(0, 3), lexicon),
    valenceSum(right.slice(3, 10), lexicon),
    decayedValence(left, right, lexicon),
    /\banti-\s*$/i.test(before) ? 1 : 0,
    /^['’]s\b/.test(text.slice(target.to)) ? 1 : 0,
  ];
  meanVector(out, leftRanks.slice(-WINDOW), vectors);
  meanVector(out, rightRanks.slice(0, WINDOW), vectors);
  meanVector(out, clauseRanks, vectors);
  nearnessVector(out, leftRanks, rightRanks, vectors);
  return out;
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
 * Appends the mean vector of the words that have one (zeros when none has).
 * @param out the features so far, extended in place by {@link DIMS} numbers
 * @param ranks the words' vector ranks (`undefined` for a word without one)
 * @param vectors the word vectors
 */
function meanVector(out: number[], ranks: readonly (number | undefined)[], vectors: WordVectors): void {
  const sum = new Float64Array(DIMS);
  let n = 0;
  for (const rank of ranks) {
    if (rank === undefined) continue;
    vectors.addTo(sum, rank, 1);
    n++;
  }
  for (let d = 0; d < DIMS; d++) out.push(n === 0 ? 0 : (sum[d] as number) / n);
}

/**
 * Appends the mean vector of the words of a sentence, each weighed by 1 / its distance in words to the
 * mention (1 for the words just before and after it); words without a vector count for nothing.
 * @param out the features so far, extended in place by {@link DIMS} numbers
 * @param left vector ranks of the words before the mention
 * @param right vector ranks of the words after it
 * @param vectors the word vectors
 */
function nearnessVector(
  out: number[],
  left: readonly (number | undefined)[],
  right: readonly (number | undefined)[],
  vectors: WordVectors,
): void {
  const sum = new Float64Array(DIMS);
  let total = 0;
  for (let i = 0; i < left.length; i++) {
    const rank = left[left.length - 1 - i];
    if (rank === undefined) continue;
    vectors.addTo(sum, rank, 1 / (i + 1));
    total += 1 / (i + 1);
  }
  for (let i = 0; i < right.length; i++) {
    const rank = right[i];
    if (rank === undefined) continue;
    vectors.addTo(sum, rank, 1 / (i + 1));
    total += 1 / (i + 1);
  }
  for (let d = 0; d < DIMS; d++) out.push(total === 0 ? 0 : (sum[d] as number) / total);
}
