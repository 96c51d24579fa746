import { readDataFile } from './data-file.js';

/** Dimensions of each vector in `data/word-vectors.i8`. */
const DIMS = 100;

/**
 * Word vectors (skip-gram, 100 dimensions, unit length, stored as signed bytes) of the 40,000 most
 * frequent English words, with each word's frequency rank. See `data/README.md` for where they come from.
 */
export class WordVectors {
  readonly #index = new Map<string, number>();
  readonly #bytes: Int8Array;
  /**
   * The vectors as floats (float loops run several times faster than byte loops), each unpacked when
   * first used: a brief uses a few thousand of the 40,000, and unpacking all 4 million bytes at once cost
   * 60-90 ms of every brief with claims or stances.
   */
  readonly #values: Float32Array;
  /** Whether each word's vector is unpacked into `#values` yet. */
  readonly #unpacked: Uint8Array;

  /**
   * @param words the words, most frequent first
   * @param bytes `words.length * 100` signed bytes, one vector after another, each scaled by 127
   */
  constructor(words: readonly string[], bytes: Int8Array) {
    words.forEach((w, i) => {
      this.#index.set(w, i);
    });
    this.#bytes = bytes;
    this.#values = new Float32Array(bytes.length);
    this.#unpacked = new Uint8Array(words.length);
  }

  /** Unpacks a word's vector into `#values` when it is not yet. */
  #unpack(rank: number): void {
    if (this.#unpacked[rank] === 1) return;
    const at = rank * DIMS;
    for (let i = at; i < at + DIMS; i++) this.#values[i] = (this.#bytes[i] as number) / 127;
    this.#unpacked[rank] = 1;
  }

  /**
   * The frequency rank of a word (0 for the most frequent), or `undefined` when it has no vector.
   * @param word a lower-case word
   */
  rank(word: string): number | undefined {
    return this.#index.get(word);
  }

  /**
   * Cosine similarity of two words' vectors.
   * @param a rank of the first word
   * @param b rank of the second word
   * @returns a number in [-1, 1]
   */
  cosine(a: number, b: number): number {
    this.#unpack(a);
    this.#unpack(b);
    const v = this.#values;
    let dot = 0;
    const x = a * DIMS;
    const y = b * DIMS;
    for (let d = 0; d < DIMS; d++) dot += (v[x + d] as number) * (v[y + d] as number);
    return dot;
  }

  /**
   * Adds a word's vector, times a weight, into a sum.
   * @param sum the running sum (length 100), changed in place
   * @param rank the word's rank
   * @param weight the factor
   */
  addTo(sum: Float64Array, rank: number, weight: number): void {
    this.#unpack(rank);
    const at = rank * DIMS;
    for (let d = 0; d < DIMS; d++) sum[d] = (sum[d] as number) + (this.#values[at + d] as number) * weight;
  }
}

let shared: WordVectors | undefined;

/**
 * The first words of the shipped word list (`data/word-vectors.txt`, most frequent first), lower case.
 * @param count how many
 */
export function mostFrequentWords(count: number): Set<string> {
  return new Set(readDataFile('word-vectors.txt').toString('utf8').split('\n', count).filter(Boolean));
}

/**
 * The word vectors shipped in `data/`, read once on first use.
 * @returns the shared instance
 */
export function wordVectors(): WordVectors {
  if (shared) return shared;
  const words = readDataFile('word-vectors.txt').toString('utf8').split('\n').filter(Boolean);
  const buffer = readDataFile('word-vectors.i8');
  shared = new WordVectors(words, new Int8Array(buffer.buffer, buffer.byteOffset, words.length * DIMS));
  return shared;
}
