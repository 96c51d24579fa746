import type { Article } from './article.js';
import type { Diagnostic } from './diagnostic.js';
import { LANE_A, unitA } from './term-keys.js';
import { letterOrDigitAt } from './text-stats.js';

/** Word shingles this long make the MinHash signature. */
const SHINGLE = 5;
/** Signature length: the Jaccard estimate's standard error is about 1/sqrt(128) ≈ 0.09. */
const HASHES = 128;
// Near-duplicate when ≥ 0.7 of the 5-word shingles are shared (estimated). Measured on zyte-dev by
// apps/cli/bench/measure-duplicates.ts: each parsed HTML page against its human-checked body (two
// copies of one article) 0.906 at the least, 0.938 at the 10th percentile, median 1 (60 pages); two
// different articles at most 0.016; spliced pairs' estimates off their exact Jaccard by 0.029 on average.
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

/**
 * The kept articles under each band key: an open-addressing hash table of keys, each with a chain of
 * entries (a kept article, the next entry), in typed arrays sized once. A `Map` and an array per key
 * took 0.5 s of CPU for 10,000 pages, most of it growing and collecting them.
 */
class BandTable {
  readonly #slots: Int32Array;
  readonly #heads: Int32Array;
  readonly #kept: Int32Array;
  readonly #next: Int32Array;
  #entries = 0;

  /** @param capacity the most entries it will hold */
  constructor(capacity: number) {
    // at most half full, so that a probe ends soon
    const size = 2 ** Math.ceil(Math.log2(Math.max(16, 2 * capacity)));
    this.#slots = new Int32Array(size).fill(-1);
    this.#heads = new Int32Array(size).fill(-1);
    this.#kept = new Int32Array(capacity);
    this.#next = new Int32Array(capacity);
  }

  /** The slot of a key (non-negative): its own, or the empty one where it would go. */
  #slot(key: number): number {
    const mask = this.#slots.length - 1;
    let i = key & mask;
    while (this.#slots[i] !== -1 && this.#slots[i] !== key) i = (i + 1) & mask;
    return i;
  }

  /** The key's latest entry, or -1. */
  first(key: number): number {
    return this.#heads[this.#slot(key)] as number;
  }

  /** The entry added under the same key before this one, or -1. */
  next(entry: number): number {
    return this.#next[entry] as number;
  }

  /** The kept article of an entry. */
  kept(entry: number): number {
    return this.#kept[entry] as number;
  }

  /** Adds a kept article under a key. */
  add(key: number, kept: number): void {
    const i = this.#slot(key);
    const e = this.#entries++;
    this.#kept[e] = kept;
    this.#next[e] = this.#heads[i] as number;
    this.#slots[i] = key;
    this.#heads[i] = e;
  }
}

/**
 * A band's key: a 30-bit hash of its positions' values (a small integer, which V8 stores unboxed). Two
 * signatures that agree on a band get the same key; two that do not may too, rarely, and are then
 * compared for nothing: every pair at {@link SAME} shares a band in full, so the kept articles do not
 * change. Strings of the values made 430,000 strings and as many arrays for 10,000 bench pages, and
 * with the GC they caused took 1.1 s of CPU on the main thread.
 */
function bandKey(b: number, signature: Uint32Array, from: number, to: number): number {
  let h = mix(b + 1);
  for (let i = from; i < to; i++) h = mix(h ^ (signature[i] as number));
  return h >>> 2;
}

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
  const byBand = new BandTable(order.length * BANDS.length);
  // the article each kept one was last compared with: a pair that shares many bands is compared once
  const comparedWith = new Int32Array(order.length).fill(-1);
  const keys = new Int32Array(BANDS.length);
  const diagnostics: Diagnostic[] = [];
  const dropped = new Set<Article>();
  for (const [n, a] of order.entries()) {
    const given = signatures(a);
    const signature = given === undefined ? signatureOf(a.text) : given;
    // the first kept article (in kept order) with the same URL or near-duplicate text
    let twinAt = a.url !== null ? (byUrl.get(a.url) ?? -1) : -1;
    if (signature !== null)
      for (let b = 0; b < BANDS.length; b++) {
        const [from, to] = BANDS[b] as (typeof BANDS)[number];
        const key = bandKey(b, signature, from, to);
        keys[b] = key;
        for (let e = byBand.first(key); e >= 0; e = byBand.next(e)) {
          const k = byBand.kept(e);
          if ((twinAt >= 0 && k >= twinAt) || comparedWith[k] === n) continue;
          comparedWith[k] = n;
          const other = (kept[k] as { signature: Uint32Array }).signature;
          if (similarity(other, signature) >= SAME) twinAt = k;
        }
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
      if (signature !== null) for (const key of keys) byBand.add(key, at);
    }
  }
  return { kept: articles.filter((a) => !dropped.has(a)), diagnostics };
}

/**
 * The MinHash signature of a text's 5-word shingles (lower-cased words), by one-permutation hashing
 * with optimal densification (Shrivastava, ICML 2017): each shingle's one hash picks one of 128 bins
 * by its top 7 bits and competes there by the other 25; a bin no shingle reached copies the bin its
 * own fixed sequence of probes reaches first. Two texts agree at a position with chance their Jaccard
 * similarity, as with 128 hash functions, at one hash a shingle.
 * @param text any text
 */
export function minHash(text: string): Uint32Array {
  const hashes = wordHashes(text);
  if (hashes.length === 0) return new Uint32Array(HASHES); // no words: like no other text
  return densified(binned(hashes));
}

/**
 * Each bin's least shingle value ({@link EMPTY} where none fell). A function of its own, apart from
 * {@link densified}: V8 compiles a long loop while it runs (on-stack replacement) and keeps that code
 * for the next call, and code that held `densified`'s rare branch (a bin left empty) deoptimised at it
 * on 1 page in 6 and ran the rest of the page in the interpreter, every time (`--trace-deopt`: 284
 * times in 1,000 bench pages).
 */
function binned(hashes: Uint32Array): Uint32Array {
  const count = Math.max(1, hashes.length - SHINGLE + 1);
  const sig = new Uint32Array(HASHES).fill(EMPTY);
  for (let i = 0; i < count; i++) {
    // a shingle's hash from its words' hashes, each mixed in at its place
    let h = 0;
    for (let k = i; k < i + SHINGLE && k < hashes.length; k++) h = mix(h ^ (hashes[k] as number));
    const bin = h >>> 25;
    const value = h & 0x1ffffff;
    if (value < (sig[bin] as number)) sig[bin] = value;
  }
  return sig;
}

/**
 * The hash of each word of a text (a run of letters and digits, lower-cased): FNV-1a, as `laneA`
 * from `LANE_A` gives it, read character by character with no string made for a word. With one hash a
 * shingle, a whole bench page (10,600 characters) takes 0.12 ms where the regex's words and 128 hash
 * functions took 0.70.
 */
function wordHashes(text: string): Uint32Array {
  // the first 10,000 words say whether two texts are copies; a 5 MB one-line file costs no more
  const lower = text.slice(0, MAX_CHARS).toLowerCase();
  const hashes = new Uint32Array(Math.min(MAX_WORDS, (lower.length >> 1) + 1));
  let n = 0;
  let h = LANE_A;
  let inWord = false;
  for (let i = 0; i < lower.length && n < hashes.length; i++) {
    const units = letterOrDigitAt(lower, i);
    if (units > 0) {
      for (let k = i; k < i + units; k++) h = unitA(h, lower.charCodeAt(k));
      inWord = true;
      i += units - 1;
    } else if (inWord) {
      hashes[n++] = h >>> 0;
      h = LANE_A;
      inWord = false;
    }
  }
  if (inWord && n < hashes.length) hashes[n++] = h >>> 0;
  return hashes.subarray(0, n);
}

/** No shingle fell in the bin (values have 25 bits, so none is this). */
const EMPTY = 0xffffffff;

/**
 * Fills each empty bin from the first filled one on its own probe sequence, the same for every text,
 * so two texts copy from the same bin whenever that bin is filled in both.
 */
function densified(sig: Uint32Array): Uint32Array {
  const probes = probeTable();
  const filled = sig.map((v) => (v === EMPTY ? 0 : 1));
  for (let bin = 0; bin < HASHES; bin++) {
    if (filled[bin]) continue;
    for (let k = bin * HASHES; ; k++) {
      const from = probes[k] as number;
      if (filled[from]) {
        sig[bin] = sig[from] as number;
        break;
      }
    }
  }
  return sig;
}

let probes: Uint8Array | undefined;

/**
 * {@link buildProbes}' table, built at the first text with an empty bin (1 bench page in 6), not when
 * the module loads: it cost 10–15 CPU ms (90,000 hashes, most in code not yet compiled) in every thread
 * that loads the model, also the main thread and the grouping thread, which make no signature.
 */
function probeTable(): Uint8Array {
  probes ??= buildProbes();
  return probes;
}

/**
 * Each bin's probe sequence (the top 7 bits of `mix(bin · 65536 + probe)` for probe 1, 2, …), each
 * other bin listed once where it first appears: it ends, since at least one bin is filled.
 */
function buildProbes(): Uint8Array {
  const table = new Uint8Array(HASHES * HASHES);
  for (let bin = 0; bin < HASHES; bin++) {
    const seen = new Uint8Array(HASHES);
    let n = 0;
    for (let probe = 1; n < HASHES; probe++) {
      const from = mix(bin * 0x10000 + probe) >>> 25;
      if (seen[from]) continue;
      seen[from] = 1;
      table[bin * HASHES + n++] = from;
    }
  }
  return table;
}

/** A 32-bit multiply-xorshift mix (murmur3's finaliser). */
function mix(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
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
