import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { compiledTableFile } from './data-file.js';
import {
  BIAS_FEATURE,
  candidateTokens,
  ENTITY_TAGS,
  entityFeatures,
  FEATURES_PER_TOKEN,
  START_TAG,
  sentenceContext,
} from './entity-features.js';
import { ModelFileError } from './errors.js';
import { modelFile } from './model-files.js';
import { type Token, textsOf, tokenizeWords } from './tokenize-words.js';

/** A CoNLL-2003 entity type: person, organisation, location, or other name (nationalities, events). */
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'MISC';

/** A name the tagger found in a sentence: offsets into that sentence, and its first and last token. */
export interface EntitySpan {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  from: number;
  to: number;
}

const MODEL_FILE = 'models/entity-tagger.bin.gz';
const MAGIC = 0x3152454e; // "NER1"
const DECODED_MAGIC = 0x4552454e; // "NERE" (the float32 weights of "NERD" are the file's int16 now)
const K = ENTITY_TAGS.length;
/** A record of {@link EntityTagger}: a key (4 bytes) and its 9 int16 units (18), then 2 bytes unused. */
const RECORD_BYTES = 24;
const RECORD_INTS = RECORD_BYTES / 4;
const RECORD_UNITS = RECORD_BYTES / 2;

/**
 * An averaged-perceptron tagger over tokens (IOB2, greedy left to right, two tags of history) with
 * hashed features. Only tokens with a capital letter and the connectors between them are scored
 * (see `candidateTokens`).
 */
export class EntityTagger {
  /**
   * Open addressing, one 32-bit word a slot: the row plus 1 in its low {@link rowBits} bits (0: empty), the
   * key's top bits above them as a fingerprint, so that a key not in the model is mostly told by the slots
   * alone, and a slot is half the size a key and a row were (issue 17).
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly rowBits: number;
  /**
   * Each row's key and its 9 units together, in 24-byte records (the key at byte 0 as `records`, the
   * units at bytes 4–21 as `recordUnits`), so that the key checked on a fingerprint's match and the
   * weights added then are read from one place.
   */
  private readonly records: Int32Array;
  private readonly recordUnits: Int16Array;
  /** The row of feature 0, the bias, which is the same for every token (-1: not in the model). */
  private readonly bias: number;
  private readonly features = new Uint32Array(FEATURES_PER_TOKEN);
  private readonly scores = new Float32Array(K);

  /**
   * @param keys feature keys (32-bit hashes, never 0)
   * @param units `keys.length × 9` weights in units of `unit`, row by row, in the order of `ENTITY_TAGS`,
   *   as the model file holds them: kept so (18 bytes a row, not 36 as float32), a weight being
   *   `Math.fround(units[i] * unit)`, which is what the float32 row held, so every sum is the same
   * @param unit the weight unit (a float32 value)
   */
  constructor(
    readonly keys: Uint32Array,
    readonly units: Int16Array,
    readonly unit: number,
  ) {
    let size = 1;
    while (size < keys.length * 2) size <<= 1;
    const mask = size - 1;
    let rowBits = 1;
    while (keys.length + 1 >= 2 ** rowBits) rowBits++;
    const rowMask = 2 ** rowBits - 1;
    // filled through locals by index: a thread makes this before its first English page, in code not
    // yet compiled (a closure a key and the fields read each time took twice as long)
    const slots = new Int32Array(size);
    const buffer = new ArrayBuffer(keys.length * RECORD_BYTES);
    const records = new Int32Array(buffer);
    const recordUnits = new Int16Array(buffer);
    for (let row = 0; row < keys.length; row++) {
      const key = keys[row] as number;
      let at = key & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = (key & ~rowMask) | (row + 1);
      records[row * RECORD_INTS] = key | 0;
      for (let k = 0; k < K; k++) recordUnits[row * RECORD_UNITS + 2 + k] = units[row * K + k] as number;
    }
    this.mask = mask;
    this.rowBits = rowBits;
    this.slots = slots;
    this.records = records;
    this.recordUnits = recordUnits;
    this.bias = this.row(BIAS_FEATURE);
  }

  /** The weights as float32, row by row (`keys.length × 9`): what the tagger adds, for tests and tools. */
  get weights(): Float32Array {
    const out = new Float32Array(this.units.length);
    for (let i = 0; i < out.length; i++) out[i] = (this.units[i] as number) * this.unit;
    return out;
  }

  /**
   * Reads a model file: gzip of `"NER1"`, the feature count n (uint32 LE), the weight unit (float32
   * LE), n keys (uint32 LE), then n × 9 weights (int16 LE, in units).
   * @param file path or file URL of the model
   * @returns the tagger
   * @throws {ModelFileError} `E_MODEL_FILE` when the file is not such a model
   */
  static load(file: string | URL): EntityTagger {
    const bytes = gunzipSync(readFileSync(file));
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = bytes.byteLength >= 12 ? view.getUint32(4, true) : 0;
    if (
      bytes.byteLength < 12 ||
      view.getUint32(0, true) !== MAGIC ||
      bytes.byteLength !== 12 + n * 4 + n * K * 2
    )
      throw new ModelFileError(`${String(file)}: not an entity tagger model (NER1)`);
    const unit = view.getFloat32(8, true);
    const keys = new Uint32Array(n);
    const units = new Int16Array(n * K);
    for (let i = 0; i < n; i++) keys[i] = view.getUint32(12 + i * 4, true);
    const base = 12 + n * 4;
    for (let i = 0; i < n * K; i++) units[i] = view.getInt16(base + i * 2, true);
    return new EntityTagger(keys, units, unit);
  }

  /**
   * Reads a model as {@link EntityTagger.decoded} wrote it: no inflating and no weights to convert.
   * @param file path or file URL
   * @returns the tagger, or null when the file is not such a model for this machine (another byte order)
   */
  static loadDecoded(file: string | URL): EntityTagger | null {
    const bytes = readFileSync(file);
    // a copy of its own, so that the arrays are aligned and hold nothing else
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    if (buffer.byteLength < 12) return null;
    const head = new Uint32Array(buffer, 0, 2);
    const n = head[1] as number;
    if (head[0] !== DECODED_MAGIC || buffer.byteLength !== 12 + n * 4 + n * K * 2) return null;
    const unit = new Float32Array(buffer, 8, 1)[0] as number;
    return new EntityTagger(new Uint32Array(buffer, 12, n), new Int16Array(buffer, 12 + n * 4, n * K), unit);
  }

  /**
   * A tagger's keys and weights as they are in memory, for {@link EntityTagger.loadDecoded}: `"NERE"`
   * and the feature count as two uint32, the weight unit (float32), the keys, then the int16 weights in
   * units, all in this machine's byte order (the build writes it for the machine that runs it; another
   * reads the magic wrong and falls back to the model file).
   * @returns the bytes
   */
  decoded(): Uint8Array {
    const n = this.keys.length;
    const out = new Uint8Array(12 + n * 4 + n * K * 2);
    new Uint32Array(out.buffer, 0, 2).set([DECODED_MAGIC, n]);
    new Float32Array(out.buffer, 8, 1)[0] = this.unit;
    new Uint32Array(out.buffer, 12, n).set(this.keys);
    new Int16Array(out.buffer, 12 + n * 4, n * K).set(this.units);
    return out;
  }

  /**
   * Writes a model in the format {@link EntityTagger.load} reads (before gzip).
   * @param keys feature keys
   * @param weights `keys.length × 9` weights
   * @returns the bytes
   */
  static encode(keys: Uint32Array, weights: Float32Array | Float64Array): Uint8Array {
    const n = keys.length;
    const bytes = new Uint8Array(12 + n * 4 + n * K * 2);
    const view = new DataView(bytes.buffer);
    let max = 0;
    for (const w of weights) max = Math.max(max, Math.abs(w));
    // the largest weight takes the whole int16 range; the smallest kept are still tens of units
    const unit = Math.fround(max / 32767 || 1);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, n, true);
    view.setFloat32(8, unit, true);
    keys.forEach((k, i) => {
      view.setUint32(12 + i * 4, k, true);
    });
    const base = 12 + n * 4;
    weights.forEach((w, i) => {
      view.setInt16(base + i * 2, Math.round(w / unit), true);
    });
    return bytes;
  }

  /**
   * Tags the tokens of one sentence.
   * @param words the tokens
   * @returns one IOB2 tag index (into `ENTITY_TAGS`) per token
   */
  tagIndices(words: readonly string[]): Uint8Array {
    const tags = new Uint8Array(words.length);
    const look = candidateTokens(words);
    if (!look.includes(true)) return tags;
    const ctx = sentenceContext(words, look);
    const { features, scores, recordUnits: units, unit, bias } = this;
    for (let i = 0; i < words.length; i++) {
      if (!look[i]) continue;
      const prev = i > 0 ? (tags[i - 1] as number) : 0;
      // only the tags that may follow the previous one are scored: O, the four B-, and the one I- of
      // the previous tag's type (bestAllowed reads no other); each tag's sum is added in the same order
      const inside = prev === 0 ? 0 : ((prev + 1) >> 1) << 1;
      // the bias first: 0 + w is w, so starting from its row adds exactly as the loop did
      if (bias < 0) scores.fill(0);
      else for (let k = 0; k < K; k++) scores[k] = (units[bias * RECORD_UNITS + 2 + k] as number) * unit;
      entityFeatures(ctx, i, i > 0 ? prev : START_TAG, i > 1 ? (tags[i - 2] as number) : START_TAG, features);
      for (let f = 1; f < FEATURES_PER_TOKEN; f++) {
        const row = this.row(features[f] as number);
        if (row < 0) continue;
        const base = row * RECORD_UNITS + 2;
        // a weight is its float32 (`Math.fround` of units × unit, as the float32 rows held it), then added
        scores[0] = (scores[0] as number) + Math.fround((units[base] as number) * unit);
        scores[1] = (scores[1] as number) + Math.fround((units[base + 1] as number) * unit);
        scores[3] = (scores[3] as number) + Math.fround((units[base + 3] as number) * unit);
        scores[5] = (scores[5] as number) + Math.fround((units[base + 5] as number) * unit);
        scores[7] = (scores[7] as number) + Math.fround((units[base + 7] as number) * unit);
        if (inside > 0)
          scores[inside] = (scores[inside] as number) + Math.fround((units[base + inside] as number) * unit);
      }
      tags[i] = bestAllowed(scores, prev);
    }
    return tags;
  }

  /**
   * Tags the tokens of one sentence.
   * @param words the tokens
   * @returns one IOB2 tag per token
   */
  tag(words: readonly string[]): string[] {
    return [...this.tagIndices(words)].map((t) => ENTITY_TAGS[t] as string);
  }

  /**
   * The row of a feature key: its fingerprint asked of the slots first, the key itself (in its record)
   * on a match.
   * @param key a feature key (32-bit hash)
   * @returns its row in `keys`, or -1 when the model has no such key
   */
  row(key: number): number {
    const want = key | 0;
    const shift = this.rowBits;
    const print = key >>> shift;
    let at = key & this.mask;
    for (;;) {
      const slot = this.slots[at] as number;
      if (slot === 0) return -1;
      if (slot >>> shift === print) {
        const row = (slot & ((1 << shift) - 1)) - 1;
        if (this.records[row * RECORD_INTS] === want) return row;
      }
      at = (at + 1) & this.mask;
    }
  }
}

/**
 * The best tag that may follow tag `prev` (I-X only after B-X or I-X).
 * @param scores one score per tag
 * @param prev the previous tag's index
 * @returns the chosen tag's index
 */
export function bestAllowed(scores: ArrayLike<number>, prev: number): number {
  let best = 0;
  const prevType = prev === 0 ? -1 : (prev + 1) >> 1;
  for (let k = 1; k < K; k++) {
    // odd = B-, even = I-; an I- tag needs the same type before it
    if (k % 2 === 0 && k >> 1 !== prevType) continue;
    if ((scores[k] as number) > (scores[best] as number)) best = k;
  }
  return best;
}

let shipped: EntityTagger | null = null;

/** The name under `dist/data/` of the shipped model as {@link EntityTagger.decoded} writes it. */
export const DECODED_TAGGER_TABLE = 'entity-tagger.bin';

/**
 * The tagger of the model shipped in this package (trained on GMB news by `scripts/train-ner.ts`),
 * loaded on first use: from the decoded copy the build wrote when there is one (inflating the model and
 * converting its 420,000 weights took 30-45 of 45-60 CPU ms of a thread's first English page).
 */
export function entityTagger(): EntityTagger {
  if (shipped === null) {
    const decoded = compiledTableFile(DECODED_TAGGER_TABLE, [modelFile(MODEL_FILE)]);
    shipped = (decoded && EntityTagger.loadDecoded(decoded)) ?? shippedTagger();
  }
  return shipped;
}

/**
 * Reads the shipped model file itself (what {@link entityTagger} reads when the build wrote no decoded
 * copy), for the build to write that copy.
 */
export function shippedTagger(): EntityTagger {
  return EntityTagger.load(modelFile(MODEL_FILE));
}

/**
 * The types of `ENTITY_TAGS`' B- tags, in their order, written as literals: a type sliced off its tag
 * was a string of its own each time, where the mending steps' literals ('PER', 'ORG') are V8's
 * internalised strings, and comparing the two kinds had steps compiled for one deoptimise on the other
 * ("wrong instance type"; issue 17). A test pins it to the tags.
 */
export const SPAN_TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

/**
 * A new empty list of spans that V8 holds as a list of objects, as it holds the tagger's spans: an empty
 * array literal is a list of small integers until an object is put in it, and the mending steps, given
 * both kinds, deoptimised on "wrong map" when the second first came (the spans of a sentence read with
 * no tagger: 86,000 of 111,000 calls of `mendSpans` over 2,000 bench pages; issue 17).
 */
export function noSpans(): EntitySpan[] {
  const out: EntitySpan[] = [NO_SPAN];
  out.pop();
  return out;
}
const NO_SPAN: EntitySpan = { type: 'MISC', text: '', start: 0, end: 0, from: 0, to: 0 };

/**
 * Reads spans off IOB2 tags.
 * @param tokens the tokens
 * @param tags their tag indices
 * @param text the sentence the tokens' offsets point into
 * @returns the spans in order
 */
export function spansOf(tokens: readonly Token[], tags: ArrayLike<number>, text: string): EntitySpan[] {
  const out: EntitySpan[] = [];
  let from = -1;
  let type = 0;
  const close = (to: number) => {
    if (from >= 0) {
      const start = (tokens[from] as Token).start;
      const end = (tokens[to] as Token).end;
      out.push({
        type: SPAN_TYPES[type - 1] as EntityType,
        text: text.slice(start, end),
        start,
        end,
        from,
        to,
      });
    }
    from = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const tag = tags[i] as number;
    if (tag % 2 === 1) {
      close(i - 1);
      from = i;
      type = (tag + 1) >> 1;
    } else if (tag === 0) close(i - 1);
  }
  close(tokens.length - 1);
  return out;
}

/**
 * Finds the names in one sentence: people, organisations, places and other names (nationalities,
 * events), with the shipped tagger.
 * @param sentence one sentence
 * @param tagger another tagger (tests, evals)
 * @returns the spans, offsets into the sentence
 */
export function tagEntities(sentence: string, tagger: EntityTagger = entityTagger()): EntitySpan[] {
  const tokens = tokenizeWords(sentence);
  return spansOf(tokens, tagger.tagIndices(textsOf(tokens)), sentence);
}
