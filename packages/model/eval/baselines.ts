import { contentWords } from '../src/text-stats.js';

/** A candidate sentence for an extractive baseline. */
export interface Candidate {
  text: string;
  /** Index of its document, and its position there (0 = lead). */
  doc: number;
  index: number;
}

type Vector = Map<string, number>;

function tfidf(sentences: readonly Candidate[]): Vector[] {
  const df = new Map<string, number>();
  const bags = sentences.map((s) => contentWords(s.text));
  for (const bag of bags) for (const w of new Set(bag)) df.set(w, (df.get(w) ?? 0) + 1);
  const n = sentences.length;
  return bags.map((bag) => {
    const v: Vector = new Map();
    for (const w of bag) v.set(w, (v.get(w) ?? 0) + 1);
    for (const [w, tf] of v) v.set(w, tf * Math.log(n / (df.get(w) ?? 1)));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [w, x] of a) {
    na += x * x;
    dot += x * (b.get(w) ?? 0);
  }
  for (const x of b.values()) nb += x * x;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** Takes sentences in score order, skipping near-repeats, until the summary has `words` words. */
function pick(sentences: readonly Candidate[], vectors: Vector[], scores: number[], words: number): string[] {
  const order = scores.map((s, i) => [s, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const taken: number[] = [];
  let count = 0;
  for (const [, i] of order) {
    if (count >= words) break;
    if (taken.some((t) => cosine(vectors[t] as Vector, vectors[i] as Vector) > 0.5)) continue;
    taken.push(i);
    count += (sentences[i] as Candidate).text.split(/\s+/).length;
  }
  return taken.map((i) => (sentences[i] as Candidate).text);
}

/**
 * LexRank (Erkan & Radev 2004), continuous degree centrality: PageRank over the tf-idf cosine graph
 * of all sentences (edges above 0.1), damping 0.85.
 * @param sentences candidate sentences of all documents
 * @param words summary length in words
 * @returns the chosen sentences, best first
 */
export function lexRank(sentences: readonly Candidate[], words = 100): string[] {
  const v = tfidf(sentences);
  const n = sentences.length;
  const edges: number[][] = v.map(() => []);
  const weights: number[][] = v.map(() => []);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const c = cosine(v[i] as Vector, v[j] as Vector);
      if (c <= 0.1) continue;
      edges[i]?.push(j);
      weights[i]?.push(c);
      edges[j]?.push(i);
      weights[j]?.push(c);
    }
  const out = weights.map((w) => w.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 50; it++) {
    const next = new Array<number>(n).fill(0.15 / n);
    for (let i = 0; i < n; i++) {
      if (!out[i]) continue;
      (edges[i] as number[]).forEach((j, k) => {
        next[j] =
          (next[j] as number) +
          (0.85 * (rank[i] as number) * ((weights[i] as number[])[k] as number)) / (out[i] as number);
      });
    }
    rank = next;
  }
  return pick(sentences, v, rank, words);
}

/**
 * Centroid (Radev et al. 2004): each sentence's cosine to the cluster's tf-idf centroid (its top 100
 * words), plus a small bonus for a document's lead sentences.
 * @param sentences candidate sentences of all documents
 * @param words summary length in words
 * @returns the chosen sentences, best first
 */
export function centroid(sentences: readonly Candidate[], words = 100): string[] {
  const v = tfidf(sentences);
  const sum: Vector = new Map();
  for (const x of v) for (const [w, s] of x) sum.set(w, (sum.get(w) ?? 0) + s);
  const centre: Vector = new Map([...sum].sort((a, b) => b[1] - a[1]).slice(0, 100));
  const scores = sentences.map((s, i) => cosine(v[i] as Vector, centre) + (s.index === 0 ? 0.1 : 0));
  return pick(sentences, v, scores, words);
}
