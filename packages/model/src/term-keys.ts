/**
 * A term as a number: a 53-bit hash of its text, the same in every thread. Worker threads count an
 * article's terms under these keys, and the thread that joins the articles gives each key a small id
 * without seeing the text again (interning the strings of 10,000 bench pages took 5 of the 34 s of the
 * cross-article step). Two terms of one brief share a key with a chance of about n² / 2⁵⁴: 1 in 700
 * for 5 million distinct terms, and then only their counts are pooled.
 * @param term the term's text
 * @returns an integer in [0, 2⁵³)
 */
export function termKey(term: string): number {
  // two 32-bit multiplicative hashes of the UTF-16 units, each finished with murmur3's mix
  return keyOfLanes(laneA(LANE_A, term), laneB(LANE_B, term));
}

/** Where {@link termKey}'s two hashes start: a text's lanes go on from these over its units. */
export const LANE_A = 0x811c9dc5;
export const LANE_B = 0x9747b28c;

/**
 * The first of {@link termKey}'s hashes, gone on from `h` over a text's units: the lanes of a phrase
 * are those of its first word gone on over the rest, so a phrase's key needs no string of the phrase.
 */
export function laneA(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = unitA(h, text.charCodeAt(i));
  return h;
}

/** {@link laneA} gone on over one UTF-16 unit, for loops that read a text's words by character code. */
export function unitA(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** The second of {@link termKey}'s hashes, gone on from `h` over a text's units (see {@link laneA}). */
export function laneB(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = unitB(h, text.charCodeAt(i));
  return h;
}

/** {@link laneB} gone on over one UTF-16 unit (see {@link unitA}). */
export function unitB(h: number, c: number): number {
  return Math.imul(h ^ c, 0x5bd1e995);
}

/** The key of a text whose lanes ({@link laneA}, {@link laneB}) are `a` and `b`. */
export function keyOfLanes(a: number, b: number): number {
  return (mix(b) >>> 11) * 0x1_0000_0000 + (mix(a) >>> 0);
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * The keys one article's {@link TermIds} is first made for: of the 999 articles of 1,000 bench pages,
 * 75 % have at most 613 story terms and 515 framing terms (median 362 and 281); a table made for
 * 2,048, 64 KB zero-filled for each of them, was made twice an article.
 */
export const ARTICLE_TERMS = 512;

/** What a {@link TermIds} holds, plain typed arrays that another thread can revive it from. */
export interface TermIdsState {
  keys: Float64Array<ArrayBuffer>;
  ids: Int32Array<ArrayBuffer>;
  byId: Float64Array<ArrayBuffer>;
  size: number;
}

/**
 * Gives term keys ({@link termKey}) small ids, 0, 1, 2… in order of first sight: an open-addressing
 * table over typed arrays, so that a million keys cost 24 MB and no garbage.
 */
export class TermIds {
  #keys: Float64Array<ArrayBuffer>;
  #ids: Int32Array<ArrayBuffer>;
  #byId: Float64Array<ArrayBuffer>;
  #size = 0;

  /**
   * @param expected how many keys the table is first made for (it grows past them; the ids do not
   *   depend on it): 2,048 by default
   */
  constructor(expected = 1 << 11) {
    let slots = 16;
    while (slots < expected * 2) slots *= 2;
    this.#keys = new Float64Array(slots).fill(-1);
    this.#ids = new Int32Array(slots);
    this.#byId = new Float64Array(slots / 2);
  }

  /**
   * A table whose state another thread made ({@link TermIds.state}): the same ids.
   * @param state its arrays and size, as `state` gave them (taken over, not copied)
   */
  static revived(state: TermIdsState): TermIds {
    const table = new TermIds(1);
    table.#keys = state.keys;
    table.#ids = state.ids;
    table.#byId = state.byId;
    table.#size = state.size;
    return table;
  }

  /**
   * The table's arrays and size, to hand to another thread (transfer their buffers) and revive there
   * ({@link TermIds.revived}); the table is not to be used once they are handed over.
   */
  state(): TermIdsState {
    return { keys: this.#keys, ids: this.#ids, byId: this.#byId, size: this.#size };
  }

  /** How many keys have ids. */
  get size(): number {
    return this.#size;
  }

  /**
   * The id of a key, given on first sight.
   * @param key a {@link termKey}
   */
  id(key: number): number {
    const mask = this.#keys.length - 1;
    for (let slot = (key >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = this.#keys[slot] as number;
      if (k === key) return this.#ids[slot] as number;
      if (k === -1) {
        const id = this.#size++;
        this.#keys[slot] = key;
        this.#ids[slot] = id;
        if (id >= this.#byId.length) this.#byId = grown(this.#byId);
        this.#byId[id] = key;
        // at most half full, so that a probe meets an empty slot soon
        if (this.#size * 2 > this.#keys.length) this.#rehash();
        return id;
      }
    }
  }

  /**
   * The id a key was given, without giving one.
   * @param key a {@link termKey}
   * @returns its id, or -1 when it has none
   */
  find(key: number): number {
    const mask = this.#keys.length - 1;
    for (let slot = (key >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = this.#keys[slot] as number;
      if (k === key) return this.#ids[slot] as number;
      if (k === -1) return -1;
    }
  }

  /**
   * The key an id was given to.
   * @param id an id this table gave
   */
  key(id: number): number {
    return this.#byId[id] as number;
  }

  #rehash(): void {
    const keys = new Float64Array(this.#keys.length * 2).fill(-1);
    const ids = new Int32Array(keys.length);
    const mask = keys.length - 1;
    for (let id = 0; id < this.#size; id++) {
      const key = this.#byId[id] as number;
      let slot = (key >>> 0) & mask;
      while (keys[slot] !== -1) slot = (slot + 1) & mask;
      keys[slot] = key;
      ids[slot] = id;
    }
    this.#keys = keys;
    this.#ids = ids;
  }
}

function grown(a: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * A fixed table from term keys ({@link termKey}) to counts, over one typed array: a look-up reads one
 * array where a `Map` of such keys hashes a heap number (`storyTermsOf` looks up every word of a text).
 * Each slot holds its key and its count side by side, so that a look-up in a table too large for the
 * cache (the 30,000 background words: 768 KB) misses it once, not twice.
 */
export class KeyCounts {
  /** Slot `s` is `slots[2s]` (its key, -1 for none) and `slots[2s + 1]` (its count). */
  readonly #slots: Float64Array;
  /**
   * A bit for the low bits of each key held (eight bits a key): a key whose bit is clear is not held,
   * answered from a table small enough to stay in the cache (most words of a text are in no lexicon).
   */
  readonly #filter: Uint32Array;

  /**
   * @param keys the keys; a key given twice keeps the last count
   * @param counts each key's count, at the key's index (a whole number below 2³²)
   */
  constructor(keys: ArrayLike<number>, counts: ArrayLike<number>) {
    let size = 16;
    // at most half full, so that a probe meets an empty slot soon
    while (size < keys.length * 2) size *= 2;
    // filled through locals, two columns, not a pair a key: a parse thread makes the background table
    // (12,222 keys) before its first page, in code not yet compiled
    const slots = new Float64Array(size * 2);
    for (let s = 0; s < size; s++) slots[2 * s] = -1;
    let bits = 1 << 10;
    while (bits < keys.length * 8) bits *= 2;
    const filter = new Uint32Array(bits >>> 5);
    const mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      let slot = (key >>> 0) & mask;
      while (slots[2 * slot] !== -1 && slots[2 * slot] !== key) slot = (slot + 1) & mask;
      slots[2 * slot] = key;
      slots[2 * slot + 1] = counts[i] as number;
      const bit = (key >>> 0) & (bits - 1);
      filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
    }
    this.#slots = slots;
    this.#filter = filter;
  }

  /**
   * The count of a key, or undefined when it has none.
   * @param key a {@link termKey}
   */
  get(key: number): number | undefined {
    const low = key >>> 0;
    const filter = this.#filter;
    const bit = low & ((filter.length << 5) - 1);
    if (((filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return undefined;
    const slots = this.#slots;
    const mask = (slots.length >>> 1) - 1;
    for (let slot = low & mask; ; slot = (slot + 1) & mask) {
      const k = slots[2 * slot] as number;
      if (k === key) return slots[2 * slot + 1] as number;
      if (k === -1) return undefined;
    }
  }
}
