import type { Article } from './article.js';
import type { Diagnostic } from './diagnostic.js';

/** Word shingles this long make the MinHash signature. */
const SHINGLE = 5;
/** Signature length: the Jaccard estimate's standard error is about 1/sqrt(128) ≈ 0.09. */
const HASHES = 128;
// Near-duplicate when ≥ 0.7 of the 5-word shingles are shared (estimated). Measured on zyte-dev by
// apps/cli/bench/measure-duplicates.ts: each parsed HTML page against its human-checked body (two
// copies of one article) 0.75 at the least, 0.91 at the 10th percentile, 0.98 median (60 pages); two
// different articles at most 0.016.
const SAME = 0.7;
const MAX_WORDS = 10_000;
const MAX_CHARS = 200_000;

/**
 * Bands of the signature for finding candidate copies: 42 bands of 3 positions and one of 2. Two
 * signatures at {@link SAME} agree on at least 90 of 128 positions, so they differ in at most 38 and
 * agree in full on at least 5 of the 43 bands: every near-duplicate shares a band, and only pairs
 * that share one are compared (all pairs took 50 million comparisons for 10,000 pages).
 */
const BANDS = Array.from({ length: 43 }, (_, b) => [3 * b, Math.min(HASHES, 3 * b + 3)] as const);

/** The signature of an article's text, or null when it is too short to tell a copy from a coincidence. */
export function signatureOf(text: string): Uint32Array | null {
  return partsAtLeast(text, 4 * SHINGLE) ? minHash(text) : null;
}

/** Whether `text.split(/\s+/)` has at least `n` parts, found without splitting the whole text. */
function partsAtLeast(text: string, n: number): boolean {
  const space = /\s+/g;
  let parts = 1;
  while (parts < n && space.exec(text) !== null) parts++;
  return parts >= n;
}

/**
 * Drops the second and later copies of an article reached twice — the same URL, or near-duplicate text
 * (a syndicated copy, a page saved twice): MinHash over 5-word shingles, keeping the earliest
 * published (then the first by id). Each dropped copy becomes an `info` diagnostic naming the kept one.
 * @param articles the sources
 * @param signatures each article's {@link signatureOf}, when already computed (in a worker, say);
 *   computed here otherwise
 * @returns the kept articles in their input order, and the diagnostics
 */
export function dropDuplicates(
  articles: readonly Article[],
  signatures: (article: Article) => Uint32Array | null | undefined = () => undefined,
): { kept: Article[]; diagnostics: Diagnostic[] } {
  const order = [...articles].sort(
    (a, b) =>
      (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const kept: { article: Article; signature: Uint32Array | null }[] = [];
  // the first kept article with each URL, and the kept articles holding each band of a signature
  const byUrl = new Map<string, number>();
  const byBand = new Map<string, number[]>();
  const diagnostics: Diagnostic[] = [];
  const dropped = new Set<Article>();
  for (const a of order) {
    const given = signatures(a);
    const signature = given === undefined ? signatureOf(a.text) : given;
    // the first kept article (in kept order) with the same URL or near-duplicate text
    let twinAt = a.url !== null ? (byUrl.get(a.url) ?? -1) : -1;
    const keys =
      signature === null
        ? []
        : BANDS.map(([from, to], b) => `${b}:${signature.subarray(from, to).join(',')}`);
    for (const key of keys)
      for (const k of byBand.get(key) ?? []) {
        if (twinAt >= 0 && k >= twinAt) break;
        const other = (kept[k] as { signature: Uint32Array }).signature;
        if (similarity(other, signature as Uint32Array) >= SAME) twinAt = k;
      }
    const twin = twinAt >= 0 ? kept[twinAt] : undefined;
    if (twin) {
      dropped.add(a);
      diagnostics.push({
        severity: 'info',
        message: `left out: the same article as ${twin.article.path}${twin.article.url !== null && twin.article.url === a.url ? ' (same URL)' : ' (near-duplicate text)'}`,
        ruleId: 'duplicate-source',
        source: 'model',
        file: a.path,
      });
    } else {
      const at = kept.push({ article: a, signature }) - 1;
      if (a.url !== null && !byUrl.has(a.url)) byUrl.set(a.url, at);
      for (const key of keys) {
        const list = byBand.get(key);
        if (list) list.push(at);
        else byBand.set(key, [at]);
      }
    }
  }
  return { kept: articles.filter((a) => !dropped.has(a)), diagnostics };
}

/**
 * The MinHash signature of a text's 5-word shingles (lower-cased words): for each of 128 hash
 * functions, the smallest hash of any shingle.
 * @param text any text
 */
export function minHash(text: string): Uint32Array {
  // the first 10,000 words say whether two texts are copies; a 5 MB one-line file costs no more
  const words = (
    text
      .slice(0, MAX_CHARS)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, MAX_WORDS);
  if (words.length === 0) return new Uint32Array(HASHES); // no words: like no other text
  const count = Math.max(1, words.length - SHINGLE + 1);
  const bases = new Uint32Array(count);
  for (let i = 0; i < count; i++) bases[i] = shingleHash(words, i, Math.min(words.length, i + SHINGLE));
  const sig = new Uint32Array(HASHES);
  // one hash function at a time over all shingles: a tight loop over one typed array
  for (let h = 0; h < HASHES; h++) {
    const seed = SEEDS[h] as number;
    let min = 0xffffffff;
    for (let i = 0; i < count; i++) {
      // h-th hash: a multiply-xorshift of the shingle's hash with a per-function seed
      let x = Math.imul((bases[i] as number) ^ seed, 0x9e3779b1) >>> 0;
      x = (x ^ (x >>> 15)) >>> 0;
      x = Math.imul(x, 0x85ebca6b) >>> 0;
      x = (x ^ (x >>> 13)) >>> 0;
      if (x < min) min = x;
    }
    sig[h] = min;
  }
  return sig;
}

/**
 * The estimated Jaccard similarity of two MinHash signatures: the share of positions that agree.
 * @param a a signature from {@link minHash}
 * @param b another
 */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

const SEEDS = Uint32Array.from({ length: HASHES }, (_, i) => fnv1a(`seed-${i}`));

/** {@link fnv1a} of `words[from..to)` joined by spaces, without joining them. */
function shingleHash(words: readonly string[], from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let k = from; k < to; k++) {
    if (k > from) h = Math.imul(h ^ 32, 0x01000193);
    const w = words[k] as string;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
