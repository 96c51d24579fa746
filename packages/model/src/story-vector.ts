// The term ids of a brief's sources, each with its share of general news, and a source's vector over them.
import { TermIds } from './term-keys.js';

/**
 * Added to a name's background count in a source's `StoryTerms` (counts stay far below it), to mark it:
 * two sources sharing a name share it twice, as the name and as its word, so that a shared name counts
 * for part of a shared term only (see `cosine`).
 */
export const NAME_TERM = 2 ** 31;

/**
 * The terms of a brief's sources as small integers ({@link TermIds}), each with its share of general
 * news texts, known from the first source that holds it.
 */
export class StoryIds extends TermIds {
  #docs = new Uint32Array(1 << 12);
  #names = new Uint8Array(1 << 12);
  /**
   * The id of a term key, noting in how many background texts the term occurs and whether it is a name.
   * @param backgroundDocs the count, plus {@link NAME_TERM} for a name
   */
  idWith(key: number, backgroundDocs: number): number {
    const id = this.id(key);
    if (id >= this.#docs.length) {
      const docs = new Uint32Array(this.#docs.length * 2);
      docs.set(this.#docs);
      this.#docs = docs;
      const names = new Uint8Array(docs.length);
      names.set(this.#names);
      this.#names = names;
    }
    const name = backgroundDocs >= NAME_TERM;
    this.#docs[id] = name ? backgroundDocs - NAME_TERM : backgroundDocs;
    this.#names[id] = name ? 1 : 0;
    return id;
  }
  /** Each term id's flag, 1 for a name (`#` and a capitalised word), at least {@link size} long. */
  names(): Uint8Array {
    return this.#names;
  }
  /** In how many background texts a term occurs. */
  backgroundDocs(id: number): number {
    return this.#docs[id] as number;
  }
}

/**
 * A source's terms in order of first use: their ids and counts (or weights), two flat arrays (12 bytes
 * a term, where a map of them took about 40).
 */
export interface Vector {
  ids: Int32Array;
  values: Float64Array;
}
