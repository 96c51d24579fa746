// The term ids of a brief's sources, each with its share of general news, and a source's vector over them.
import { TermIds } from './term-keys.js';

/**
 * The terms of a brief's sources as small integers ({@link TermIds}), each with its share of general
 * news texts, known from the first source that holds it.
 */
export class StoryIds extends TermIds {
  #docs = new Uint32Array(1 << 12);
  /** The id of a term key, noting in how many background texts the term occurs. */
  idWith(key: number, backgroundDocs: number): number {
    const id = this.id(key);
    if (id >= this.#docs.length) {
      const docs = new Uint32Array(this.#docs.length * 2);
      docs.set(this.#docs);
      this.#docs = docs;
    }
    this.#docs[id] = backgroundDocs;
    return id;
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
