import { readDataJson } from './data-file.js';
import { placeWords, swapsWords, type WordPlaces } from './swapped-words.js';
import { lowerWord } from './text-stats.js';
import { type WordVectors, wordVectors } from './word-vectors.js';

/** A sentence prepared for comparison: its words, their vectors and what must agree between two claims. */
export interface ClaimText {
  /** Distinct lower-case words. */
  words: string[];
  /** Vector rank of each word (-1 when it has none). */
  ranks: number[];
  /**
   * Words that name one thing and read as another word's vector (see `meaningOf` of {@link claimText}):
   * two of them relate only when they are the same word (two neighbouring countries are not one, however
   * close their names' vectors).
   */
  named?: boolean[];
  /** Weight of each word: rarer words weigh more. */
  weights: number[];
  /** Adjacent word pairs, for word order. */
  bigrams: Set<string>;
  /** Numbers, normalised ("1,200" → "1200"). */
  numbers: Set<string>;
  /** Capitalised words after the first, lower-cased: names of actors and places. */
  names: Set<string>;
  /** Whether the sentence negates (odd count of not, no, never, n't ...). */
  negated: boolean;
  /** Where its words stand, to tell who did what to whom ({@link swapsWords}). */
  places: WordPlaces;
  /** Weighted mean vector, unit length (all zeros when no word has a vector). */
  mean: Float64Array;
}

const NEGATIONS = new Set(
  'not no never none nobody nothing neither nor without cannot denied denies deny refused refuses rejects rejected'.split(
    ' ',
  ),
);
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/**
 * The distinct words of a sentence as {@link claimText} reads them (lower case, in order of first use),
 * without the rest of its preparation.
 * @param text a sentence
 */
export function claimWords(text: string): string[] {
  return [...new Set(lowerClaimWords(text))];
}

/**
 * The words of a sentence as {@link claimText} reads them, lower case, in order, repeats kept: read once
 * when both {@link claimWords} and {@link relatedTextOfWords} are wanted of it.
 * @param text a sentence
 */
export function lowerClaimWords(text: string): string[] {
  return (text.match(TOKEN) ?? []).map(lowerWord);
}

/**
 * The part of a {@link ClaimText} that {@link relatedness} reads (and whether the sentence negates):
 * what claim matching needs of each of its thousands of statements, without the mean vector, word
 * pairs, numbers and names only the claim model's features read.
 */
export type RelatedText = Pick<ClaimText, 'words' | 'ranks' | 'named' | 'weights' | 'negated'>;

/**
 * Prepares a sentence for {@link relatedness} only: the same words, ranks, weights and negation as
 * {@link claimText} gives it (same parameters).
 * @param text a sentence
 * @param vectors the word vectors (the shipped ones by default)
 * @param weigh how much a word counts (see {@link claimText})
 * @param meaningOf the word whose vector gives a word its meaning (see {@link claimText})
 * @returns the prepared sentence
 */
export function relatedText(
  text: string,
  vectors: WordVectors = wordVectors(),
  weigh?: (word: string) => number,
  meaningOf?: (word: string) => string,
): RelatedText {
  return prepare(text.match(TOKEN) ?? [], vectors, weigh, meaningOf).related;
}

/**
 * {@link relatedText} of a sentence whose words are already read: the same result.
 * @param lower its {@link lowerClaimWords}
 * @param words its {@link claimWords} (the distinct words of `lower`, in order of first use)
 * @param vectors the word vectors (the shipped ones by default)
 * @param weigh how much a word counts (see {@link claimText})
 * @param meaningOf the word whose vector gives a word its meaning (see {@link claimText})
 * @returns the prepared sentence
 */
export function relatedTextOfWords(
  lower: readonly string[],
  words: string[],
  vectors: WordVectors = wordVectors(),
  weigh?: (word: string) => number,
  meaningOf?: (word: string) => string,
): RelatedText {
  return relatedOf(lower, words, vectors, weigh, meaningOf);
}

function prepare(
  raw: readonly string[],
  vectors: WordVectors,
  weigh?: (word: string) => number,
  meaningOf?: (word: string) => string,
): { related: RelatedText; lower: string[] } {
  const lower = raw.map(lowerWord);
  return { related: relatedOf(lower, [...new Set(lower)], vectors, weigh, meaningOf), lower };
}

/** The {@link RelatedText} of a sentence's lower-case words (`lower`) and its distinct ones (`words`). */
function relatedOf(
  lower: readonly string[],
  words: string[],
  vectors: WordVectors,
  weigh?: (word: string) => number,
  meaningOf?: (word: string) => string,
): RelatedText {
  const meant = words.map((w) => (meaningOf ? meaningOf(w) : w));
  const ranks = meant.map((w) => vectors.rank(w) ?? -1);
  const named = meant.map((w, i) => w !== words[i]);
  // rank 0 ("the") weighs ~0, rank 1,000 ~1.6, rank 10,000 ~3.9, a word without a vector 5.3
  const weights = weigh ? words.map(weigh) : ranks.map((r) => Math.log(1 + ((r < 0 ? 40_000 : r) + 1) / 200));
  let negations = 0;
  for (const w of lower) if (NEGATIONS.has(w) || w.endsWith("n't")) negations++;
  const related: RelatedText = { words, ranks, weights, negated: negations % 2 === 1 };
  if (named.some(Boolean)) related.named = named;
  return related;
}

/**
 * Prepares a sentence for {@link compareClaims}; prepare each sentence once when comparing many.
 * @param text a sentence
 * @param vectors the word vectors (the shipped ones by default)
 * @param weigh how much a word counts (by default: by its rank in the vectors, rarer words more)
 * @param meaningOf the word whose vector gives a word its meaning (by default itself; an actor word such
 *   as `actorunitedkingdom` has none of its own and can read as one of the actor's names)
 * @returns the prepared sentence
 */
export function claimText(
  text: string,
  vectors: WordVectors = wordVectors(),
  weigh?: (word: string) => number,
  meaningOf?: (word: string) => string,
): ClaimText {
  const raw = text.match(TOKEN) ?? [];
  const { related, lower } = prepare(raw, vectors, weigh, meaningOf);
  const { words, ranks, weights, named, negated } = related;
  const bigrams = new Set<string>();
  for (let i = 1; i < lower.length; i++) bigrams.add(`${lower[i - 1]} ${lower[i]}`);
  const numbers = new Set(lower.filter((w) => /^\d/.test(w)).map((w) => w.replace(/,/g, '')));
  const names = new Set<string>();
  raw.forEach((t, i) => {
    if (i > 0 && /^\p{Lu}/u.test(t)) names.add(lower[i] as string);
  });
  const mean = new Float64Array(100);
  ranks.forEach((r, i) => {
    if (r >= 0) vectors.addTo(mean, r, weights[i] as number);
  });
  let norm = 0;
  for (const x of mean) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < 100; d++) mean[d] = (mean[d] as number) / norm;
  const places = placeWords(lower);
  const prepared: ClaimText = { words, ranks, weights, bigrams, numbers, names, negated, places, mean };
  if (named) prepared.named = named;
  return prepared;
}

/**
 * How much two sentences speak of the same thing: each word's best match in the other sentence (1 for
 * the same word, the vectors' cosine for a related one), averaged with the words' weights, both ways.
 * Prepare the sentences with weights from their own collection (in-brief idf) to ask "same subject".
 * @param a a prepared sentence
 * @param b another
 * @returns a number in [0, 1]
 */
export function relatedness(a: RelatedText, b: RelatedText, vectors: WordVectors = wordVectors()): number {
  const [ab, ba] = align(a, b, vectors);
  return (ab + ba) / 2;
}

/** Names of the features {@link claimFeatures} returns, in order. */
export const CLAIM_FEATURES = [
  'align-mean',
  'align-min',
  'vector-cosine',
  'word-jaccard',
  'weighted-overlap',
  'bigram-jaccard',
  'numbers-differ',
  'negation-differs',
  'names-missing',
  'length-ratio',
] as const;

/**
 * How well the words of each sentence find a word of the same meaning in the other, weighed (a word
 * found as itself counts 1, else its best cosine above 0.4, rescaled): `[a in b, b in a]`. Each word
 * pair's cosine is computed once for both directions.
 */
function align(a: RelatedText, b: RelatedText, vectors: WordVectors): [number, number] {
  const inB = new Set(b.words);
  const inA = new Set(a.words);
  const bestA = new Float64Array(a.words.length);
  const bestB = new Float64Array(b.words.length);
  for (let i = 0; i < a.words.length; i++) {
    const r = a.ranks[i] as number;
    if (r < 0) continue;
    const named = a.named?.[i] === true;
    for (let j = 0; j < b.words.length; j++) {
      const s = b.ranks[j] as number;
      if (s < 0 || (named && b.named?.[j] === true)) continue;
      // below ~0.4 two words are merely from the same text, not one meaning: count them as unrelated
      const sim = (vectors.cosine(r, s) - 0.4) / 0.6;
      if (sim > (bestA[i] as number)) bestA[i] = sim;
      if (sim > (bestB[j] as number)) bestB[j] = sim;
    }
  }
  const side = (t: RelatedText, best: Float64Array, other: ReadonlySet<string>) => {
    let sum = 0;
    let total = 0;
    t.words.forEach((w, i) => {
      const weight = t.weights[i] as number;
      sum += weight * (other.has(w) ? 1 : (best[i] as number));
      total += weight;
    });
    return total > 0 ? sum / total : 0;
  };
  return [side(a, bestA, inB), side(b, bestB, inA)];
}

function jaccardOf<T>(a: ReadonlySet<T> | readonly T[], b: ReadonlySet<T> | readonly T[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const v of x) if (y.has(v)) shared++;
  const union = x.size + y.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * The similarity features of two prepared sentences (see {@link CLAIM_FEATURES}).
 * @param a the first sentence
 * @param b the second sentence
 * @param vectors the word vectors they were prepared with
 * @returns one number per feature
 */
export function claimFeatures(a: ClaimText, b: ClaimText, vectors: WordVectors = wordVectors()): number[] {
  const [ab, ba] = align(a, b, vectors);
  let cos = 0;
  for (let d = 0; d < 100; d++) cos += (a.mean[d] as number) * (b.mean[d] as number);
  const inB = new Set(b.words);
  let shared = 0;
  let total = 0;
  a.words.forEach((w, i) => {
    total += a.weights[i] as number;
    if (inB.has(w)) shared += a.weights[i] as number;
  });
  b.words.forEach((_, i) => {
    total += b.weights[i] as number;
  });
  const weightedOverlap = total > 0 ? (2 * shared) / total : 0;
  let numbersDiffer = 0;
  for (const n of a.numbers) if (!b.numbers.has(n)) numbersDiffer = 1;
  for (const n of b.numbers) if (!a.numbers.has(n)) numbersDiffer = 1;
  let missing = 0;
  for (const n of a.names) if (!inB.has(n)) missing++;
  const inA = new Set(a.words);
  for (const n of b.names) if (!inA.has(n)) missing++;
  const names = a.names.size + b.names.size;
  const la = a.words.length;
  const lb = b.words.length;
  return [
    (ab + ba) / 2,
    Math.min(ab, ba),
    cos,
    jaccardOf(a.words, b.words),
    weightedOverlap,
    jaccardOf(a.bigrams, b.bigrams),
    numbersDiffer,
    a.negated === b.negated ? 0 : 1,
    names === 0 ? 0 : missing / names,
    Math.min(la, lb) / Math.max(1, la, lb),
  ];
}

/** A logistic regression over {@link CLAIM_FEATURES}, as `data/same-claim.json` stores it. */
export interface ClaimModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Probability at or above which two sentences are one claim. */
  threshold: number;
  /** What the weights and the threshold were fitted on. */
  measuredOn: string;
}

let model: ClaimModel | undefined;

/** The shipped claim model, read once. */
export function claimModel(): ClaimModel {
  model ??= readDataJson<ClaimModel>('same-claim.json');
  return model;
}

/**
 * Compares two prepared sentences.
 * @param a the first sentence ({@link claimText})
 * @param b the second sentence
 * @param m the model (the shipped one by default)
 * @returns `same` when they state one claim, and the model's probability of that as `score`; two
 *   sentences that swap two words ({@link swapsWords}: who did what to whom) are not the same claim,
 *   whatever the score
 */
export function compareClaims(
  a: ClaimText,
  b: ClaimText,
  m: ClaimModel = claimModel(),
): { same: boolean; score: number } {
  const f = claimFeatures(a, b);
  let z = m.bias;
  f.forEach((x, i) => {
    z += x * (m.weights[i] ?? 0);
  });
  const score = 1 / (1 + Math.exp(-z));
  return { same: score >= m.threshold && !swapsWords(a.places, b.places), score };
}

/**
 * Whether two sentences state the same claim, in other words: word vectors for meaning, plus what must
 * agree (names, numbers, negation), weighed by a small logistic regression (`data/same-claim.json`).
 * @param a a sentence
 * @param b another sentence
 * @returns `same` and the probability `score` in [0, 1]
 */
export function sameClaim(a: string, b: string): { same: boolean; score: number } {
  return compareClaims(claimText(a), claimText(b));
}
