// The cosine of two sources' vectors, one spread over all term ids, scaled down when they share few terms.
import type { StoryIds, Vector } from './story-vector.js';

// Two short texts sharing one rare word look alike; a similarity counts in full from 5 shared terms
// on. Measured with `pnpm eval:stories`: with zyte-dev singletons F1 0.955 either way (folds 0.93–0.97);
// with the trafilatura-eval English snippets (short texts) 0.928 without, 0.969 from 3, 0.975 from 5,
// 0.991 from 8 (but 0.949 with zyte-dev).
const MIN_SHARED = 5;
// A shared name counts as this much of a shared term: its word is shared too ("#Python" and "python"),
// so that two snippets sharing one name had shared two terms. Session 89, trafilatura-eval's English
// snippets whole set 0.979 -> 0.987 (two such pairs apart), fold 1 0.982 -> 0.988, the other sets unchanged;
// 0 (a name no shared term at all) gives 0.989 there but splits a Wikinews report from its cluster
// (readability-pages' set 0.984 -> 0.977) and zyte-dev's draws 0.930 -> 0.929.
const NAME_SHARE = 0.5;

/**
 * One vector spread over all term ids, so that another can be compared with it term by term; it stays
 * loaded while the same vector is compared with others.
 */
export class Spread {
  readonly #values: Float64Array;
  readonly #stamp: Uint32Array;
  /** 1 for each term id that is a name (`StoryIds.names`), which counts for part of a shared term. */
  readonly names: Uint8Array;
  #loaded: Vector | null = null;
  #round = 0;
  constructor(terms: StoryIds) {
    this.#values = new Float64Array(terms.size);
    this.#stamp = new Uint32Array(terms.size);
    this.names = terms.names();
  }
  /** Spreads `v`, unless it is the one already spread. */
  load(v: Vector): void {
    if (this.#loaded === v) return;
    this.#loaded = v;
    this.#round++;
    for (let k = 0; k < v.ids.length; k++) {
      const t = v.ids[k] as number;
      this.#stamp[t] = this.#round;
      this.#values[t] = v.values[k] as number;
    }
  }
  /** The loaded vector's value for a term, or undefined when it lacks the term. */
  get(t: number): number | undefined {
    return this.#stamp[t] === this.#round ? this.#values[t] : undefined;
  }
}

/**
 * The cosine of two unit vectors, scaled down when they share fewer than {@link MIN_SHARED} terms, a
 * name counting {@link NAME_SHARE} of one.
 */
export function cosine(a: Vector, b: Vector, spread: Spread): number {
  const [small, large] = a.ids.length < b.ids.length ? [a, b] : [b, a];
  spread.load(large);
  const names = spread.names;
  let s = 0;
  let shared = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const t = small.ids[k] as number;
    const o = spread.get(t);
    if (o !== undefined) {
      s += (small.values[k] as number) * o;
      shared += 1 - NAME_SHARE * (names[t] as number);
    }
  }
  return s * Math.min(1, shared / MIN_SHARED);
}
