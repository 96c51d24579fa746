import { createHash } from 'node:crypto';
import type { Article } from './article.js';
import { backgroundDf, backgroundKeyCounts } from './background-df.js';
import { forEachCapitalisedWord } from './capitalised-words.js';
import { citedLines } from './reference-entry.js';
import { ARTICLE_TERMS, keyOfLanes, LANE_A, LANE_B, TermIds, termKey, unitA, unitB } from './term-keys.js';
import { contentWords, forEachContentWordKey } from './text-stats.js';
import { topIndicesOf } from './top-of.js';

/** A story: the sources that report the same events, in the order of {@link groupStories}. */
export interface StoryGroup {
  /** Stable id: a hash of the earliest source's URL (else its id), so it survives new sources. */
  id: string;
  /** Source ids, earliest first. */
  sourceIds: string[];
}

/** What {@link groupStories} reads of a source besides its terms. */
export type StorySource = Pick<Article, 'id' | 'published' | 'url'>;

/**
 * All {@link groupStories} reads of a brief, as plain data (typed arrays and strings) that can be sent to
 * another thread: the sources, each one's terms, and each one's actors, in the same order.
 */
export interface StoryGroupingInput {
  sources: StorySource[];
  terms: StoryTerms[];
  actors: string[][];
}

/**
 * Groups the sources of a {@link StoryGroupingInput} into stories: {@link groupStories} of its parts.
 * @param input the sources, their terms and actors
 * @returns the stories, the one whose earliest source is earliest first
 */
export function groupStoriesOf(input: StoryGroupingInput): StoryGroup[] {
  const termsOf = new Map(input.sources.map((s, i) => [s, input.terms[i] as StoryTerms]));
  const actorsOf = new Map(input.sources.map((s, i) => [s.id, input.actors[i] ?? []]));
  return groupSources(input.sources, (s) => termsOf.get(s) as StoryTerms, actorsOf, THRESHOLD);
}

/** Choices for {@link groupStories}. */
export interface GroupStoriesOptions {
  /** Actor names per source id (shared actors and places pull sources together). */
  actorsOf?: ReadonlyMap<string, readonly string[]>;
  /** Similarity above which two groups are one story (average linkage). */
  threshold?: number;
  /** A source's terms when already counted (by {@link storyTermsOf}, in a worker thread, say). */
  termsOf?: (article: Article) => StoryTerms | undefined;
}

// Measured by `pnpm eval:stories` (3 Wikinews clusters of 30 + 61 zyte-dev pages, whole set and three
// folds): with the margin and local share below, 0.03–0.04 keep every set's B-cubed F1 at 0.93–0.97;
// 0.02 merges unrelated pages (0.82 on the whole set), 0.05 and above splits clusters.
const THRESHOLD = 0.035;
// The title says what the story is: its words count this many times the body's.
const TITLE_WEIGHT = 3;
// Names (capitalised words inside sentences) carry the actors and places; on the same set weights
// 1, 2 and 3 give F1 0.938, 0.955 and 0.943.
const NAME_WEIGHT = 2;
// A shared actor counts as a term used this many times. `pnpm eval:stories` with the actors a brief
// finds, whole-set F1 zyte / readability / trafilatura singletons: 2 gives 0.946 / 0.980 / 0.971, 3
// 0.949 / 0.980 / 0.973, 4 0.946 / 0.974 / 0.973, 6 0.946 / 0.964 / 0.973.
const ACTOR_WEIGHT = 3;
const MAX_CHARS = 100_000;
// How much a word's share of these sources counts beside its share of general news: 1 down-weights a
// story's core words as much as common ones once the story is most of the brief (folds F1 0.90–0.92),
// 0.2–0.3 gives 0.93–0.97 on every set, 0 (general news only) 0.91–0.98.
const LOCAL_SHARE = 0.3;
// Two short texts sharing one rare word look alike; a similarity counts in full from 5 shared terms
// on. Measured with `pnpm eval:stories`: with zyte-dev singletons F1 0.955 either way (folds 0.93–0.97);
// with the trafilatura-eval English snippets (short texts) 0.928 without, 0.969 from 3, 0.975 from 5,
// 0.991 from 8 (but 0.949 with zyte-dev).
const MIN_SHARED = 5;
// A source is its 120 heaviest terms. Two long pages on unrelated subjects share hundreds of everyday
// words, each adding a little (two novels' "room", "sat", "looked"): over all terms the mean pair of 61
// unrelated readability-pages pages measured 0.057, near pairs within a Wikinews cluster (0.136), and 29
// of them made one story. Over the heaviest 120 those means are 0.015 and 0.131. `pnpm eval:stories`:
// readability singletons 0.899 → 0.967 (folds 0.87–0.94 → 0.97–0.98), zyte 0.955 → 0.951, trafilatura
// 0.975 either way; 60 and 80 split the clusters (0.89–0.93), 150 gives the same as 120.
const MAX_TERMS = 120;
// A term in one source only is in no other's vector, so it adds nothing to a cosine's products; left out of
// the source's length too, the words a few unrelated pages happen to share ("team", "held", "stage") made
// all of its length, and two such pages looked alike: in 100 draws of 8 sources from `pnpm eval:stories`'
// set, 88 merged sources of other stories. Such terms count this much of their weight's square in the
// length: 0.1 gives the draws B-cubed precision 0.720 -> 0.927, recall 0.966 -> 0.918 (F1 0.810 -> 0.918;
// 46 draws merge other stories), the whole set and its folds unchanged (0.949; 0.970 / 0.971 / 0.932); on
// sets not chosen on, trafilatura-eval's singletons 0.973 -> 0.975 (draws 0.934 -> 0.981, 55 -> 14
// merging), readability-pages' 0.974 either way (draws 0.855 -> 0.910, 84 -> 43). 0.15 and more split
// two short reports of one event in other words (fixture `claims-other-words`: no claim across
// stories); 0.25 gives the draws 0.896 (precision 0.967, recall 0.849), 0.5 0.852.
// A source with more than MAX_TERMS terms others share counts them too: measured over its 120 heaviest
// shared terms alone, two long pages sharing only everyday words ("like", "idea", "really") were as alike
// as one story's reports (0.30–0.56), and made 9 of the 46 draws that merged. Counted: draws 0.918 ->
// 0.926 (46 -> 37 merging), whole set 0.957 -> 0.948 (two long reports of one trade talk, 0.298 -> 0.276,
// split), folds unchanged; not chosen on, readability-pages' draws 0.910 -> 0.938 (43 -> 16), whole 0.980
// -> 0.977, trafilatura-eval's draws 0.980 and whole 0.975 unchanged (one fold 1.000 -> 0.989).
const LONE_SHARE = 0.1;
// Above this many sources the all-pairs merge (n² memory, ~n³/6 steps) gives way to linkSparse.
const MAX_PAIRWISE = 600;
/** A source's heaviest terms that {@link linkSparse} indexes. */
const TOP_TERMS = 15;
// Two single sources need 0.035 + 0.25 ≈ 0.29 (same-day reports of one event measured 0.29–0.55 on
// zyte-dev, unrelated pages on one subject up to 0.25); a source and a group of 30 need 0.08.
// On `pnpm eval:stories` margins 0.22–0.28 keep F1 ≥ 0.91 on every set; 0.3 splits clusters.
const SMALL_GROUP_MARGIN = 0.25;

/**
 * Groups a brief's sources into stories, articles about the same events: TF-IDF over their words,
 * names, titles and shared actors (document frequencies from general news plus these sources), cosine
 * similarity, then average-linkage merging while two groups are closer than the threshold plus a
 * margin that shrinks as the groups grow. Deterministic and independent of input order.
 * @param articles the sources
 * @param options actors per source and the merge threshold
 * @returns the stories, the one whose earliest source is earliest first
 */
export function groupStories(articles: readonly Article[], options: GroupStoriesOptions = {}): StoryGroup[] {
  return groupSources(
    articles,
    (a) => options.termsOf?.(a) ?? storyTermsOf(a),
    options.actorsOf,
    options.threshold ?? THRESHOLD,
  );
}

/** Two sources' likeness as {@link groupStories} weighs it, and the shared terms it comes from. */
export interface SourceLikeness {
  /** The sources' ids, in the order they were given. */
  ids: [string, string];
  /** Their similarity: the cosine of their vectors, scaled down when they share few terms. */
  similarity: number;
  /**
   * Each shared term's {@link termKey} (a word; `#` and a name in lower case; `@` and an actor's name)
   * and its part of the cosine, the largest first.
   */
  shared: { key: number; part: number }[];
}

/**
 * The likeness of every two sources of a brief as {@link groupStories} weighs it, with the terms it comes
 * from: what explains a merge (`pnpm eval:stories --merges`). The groups' margins are not applied.
 * @param articles the sources
 * @param options actors per source, as for {@link groupStories}
 * @returns one entry for each two sources, the first given first
 */
export function likenessOfSources(
  articles: readonly Article[],
  options: Pick<GroupStoriesOptions, 'actorsOf'> = {},
): SourceLikeness[] {
  const terms = new StoryIds();
  const vectors = weigh(
    articles.map((a) => termsOf(storyTermsOf(a), options.actorsOf?.get(a.id) ?? [], terms)),
    terms,
  );
  const spread = new Spread(terms.size);
  const out: SourceLikeness[] = [];
  vectors.forEach((a, i) => {
    for (let j = i + 1; j < vectors.length; j++) {
      const b = vectors[j] as Vector;
      const parts = new Map<number, number>();
      for (let k = 0; k < b.ids.length; k++) parts.set(b.ids[k] as number, b.values[k] as number);
      const shared: { key: number; part: number }[] = [];
      for (let k = 0; k < a.ids.length; k++) {
        const o = parts.get(a.ids[k] as number);
        if (o !== undefined)
          shared.push({ key: terms.key(a.ids[k] as number), part: (a.values[k] as number) * o });
      }
      out.push({
        ids: [(articles[i] as Article).id, (articles[j] as Article).id],
        similarity: cosine(a, b, spread),
        shared: shared.sort((x, y) => y.part - x.part),
      });
    }
  });
  return out;
}

/** {@link groupStories} of sources whose terms are given. */
function groupSources<S extends StorySource>(
  sources: readonly S[],
  termsOfSource: (source: S) => StoryTerms,
  actorsOf: ReadonlyMap<string, readonly string[]> | undefined,
  threshold: number,
): StoryGroup[] {
  const sorted = [...sources].sort(byEarliest);
  const terms = new StoryIds();
  const vectors = weigh(
    sorted.map((a) => termsOf(termsOfSource(a), actorsOf?.get(a.id) ?? [], terms)),
    terms,
  );
  const n = sorted.length;
  const groups =
    n > MAX_PAIRWISE ? linkSparse(vectors, threshold, terms) : linkAverage(vectors, threshold, terms);
  return groups
    .map((g) => g.map((i) => sorted[i] as S))
    .sort((x, y) => byEarliest(x[0] as S, y[0] as S))
    .map((members) => ({ id: storyId(members[0] as S), sourceIds: members.map((a) => a.id) }));
}

/**
 * The stable id of a story whose earliest source is `article`: `s-` and 10 hex digits of a hash of
 * its URL, else of its id.
 * @param article the story's earliest source
 */
export function storyId(article: Pick<Article, 'id' | 'url'>): string {
  return `s-${createHash('sha256')
    .update(article.url ?? article.id)
    .digest('hex')
    .slice(0, 10)}`;
}

function byEarliest(a: StorySource, b: StorySource): number {
  const pa = a.published ?? '9999';
  const pb = b.published ?? '9999';
  if (pa !== pb) return pa < pb ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Average linkage over all pairs: `sum[a][b]` holds the summed similarity between groups a and b, so a
 * merge updates one row (n² memory, about n³/6 steps in all: fine up to {@link MAX_PAIRWISE} sources).
 */
function linkAverage(vectors: readonly Vector[], threshold: number, terms: StoryIds): number[][] {
  const n = vectors.length;
  const spread = new Spread(terms.size);
  const sum: Float64Array[] = vectors.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i] as Vector, vectors[j] as Vector, spread);
      (sum[i] as Float64Array)[j] = s;
      (sum[j] as Float64Array)[i] = s;
    }
  }
  // groups[k] lists member indices, or is null once merged into another
  const groups: (number[] | null)[] = vectors.map((_, i) => [i]);
  for (;;) {
    let best = 0;
    let pair: [number, number] | null = null;
    for (let a = 0; a < n; a++) {
      const ga = groups[a];
      if (!ga) continue;
      const row = sum[a] as Float64Array;
      for (let b = a + 1; b < n; b++) {
        const gb = groups[b];
        if (!gb) continue;
        const size = ga.length * gb.length;
        // the mean of few similarities is noisy: small groups must be closer to be merged
        const margin = (row[b] as number) / size - threshold - SMALL_GROUP_MARGIN / Math.sqrt(size);
        if (margin > best) {
          best = margin;
          pair = [a, b];
        }
      }
    }
    if (pair === null) break;
    const [a, b] = pair;
    groups[a] = [...(groups[a] as number[]), ...(groups[b] as number[])].sort((x, y) => x - y);
    groups[b] = null;
    const ra = sum[a] as Float64Array;
    const rb = sum[b] as Float64Array;
    for (let c = 0; c < n; c++) {
      const v = (ra[c] as number) + (rb[c] as number);
      ra[c] = v;
      (sum[c] as Float64Array)[a] = v;
    }
  }
  return groups.filter((g): g is number[] => g !== null);
}

/**
 * For large briefs: two sources are one story when they are as alike as two single sources must be
 * for {@link linkAverage}, and stories are the connected groups. Only pairs sharing two of their 15
 * heaviest terms are compared (terms held by more than 100 sources are skipped), so the cost grows
 * with the number of sources rather than its square.
 */
function linkSparse(vectors: readonly Vector[], threshold: number, terms: StoryIds): number[][] {
  const top = vectors.map((v) => {
    // the positions of the heaviest terms, then their ids in the same array: no list of a source's
    // positions to choose from, nor a second list
    const heaviest = topIndicesOf(
      v.ids.length,
      TOP_TERMS,
      (x, y) =>
        (v.values[y] as number) - (v.values[x] as number) ||
        (terms.key(v.ids[x] as number) < terms.key(v.ids[y] as number) ? -1 : 1),
    );
    for (let k = 0; k < heaviest.length; k++) heaviest[k] = v.ids[heaviest[k] as number] as number;
    return heaviest;
  });
  const postings = new Map<number, number[]>();
  const spread = new Spread(terms.size);
  top.forEach((terms, i) => {
    for (const t of terms) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const parent = vectors.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] as number] as number;
    return x;
  };
  // how many top terms each later source shares with source i, and which sources those are in order of
  // first meeting (as a map of them iterates): arrays reused for every source, not a map a source
  const shared = new Uint8Array(vectors.length);
  const met: number[] = [];
  top.forEach((terms, i) => {
    for (const t of terms) {
      const docs = postings.get(t) as number[];
      if (docs.length > 100) continue;
      for (const j of docs) {
        if (j <= i) continue;
        if (shared[j] === 0) met.push(j);
        shared[j] = (shared[j] as number) + 1;
      }
    }
    for (const j of met) {
      const count = shared[j] as number;
      shared[j] = 0;
      if (count < 2) continue;
      const s = cosine(vectors[i] as Vector, vectors[j] as Vector, spread);
      if (s > threshold + SMALL_GROUP_MARGIN) parent[find(j)] = find(i);
    }
    met.length = 0;
  });
  const byRoot = new Map<number, number[]>();
  vectors.forEach((_, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  });
  return [...byRoot.values()];
}

/**
 * The terms of a brief's sources as small integers ({@link TermIds}), each with its share of general
 * news texts, known from the first source that holds it.
 */
class StoryIds extends TermIds {
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
interface Vector {
  ids: Int32Array;
  values: Float64Array;
}

/**
 * One vector spread over all term ids, so that another can be compared with it term by term; it stays
 * loaded while the same vector is compared with others.
 */
class Spread {
  readonly #values: Float64Array;
  readonly #stamp: Uint32Array;
  #loaded: Vector | null = null;
  #round = 0;
  constructor(size: number) {
    this.#values = new Float64Array(size);
    this.#stamp = new Uint32Array(size);
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
 * An article's own terms for {@link groupStories}, in order of first use: body words, title words and
 * names (`#` and the name in lower case) as separate terms, each once as its {@link termKey}, its weighted
 * count and in how many background news texts it occurs. Plain typed arrays, cheap to send between
 * threads.
 */
export interface StoryTerms {
  keys: Float64Array;
  weights: Uint32Array;
  backgroundDocs: Uint32Array;
}

/**
 * Counts the terms of one article that {@link groupStories} compares, on its own: the part of the
 * grouping that can run in a worker thread.
 * @param article the source
 * @param bodyKeys the keys of its text's content words in order, when already read (`contentWordKeysOf`
 *   of sentences that hold all of them, see `sentencesHoldTheWords`), read only when no line is cited
 * @param cited the text's reference entries (`citedLines`), left out, when already read
 * @param capitalised where the text's capitalised words start and end (`readTextWords`), when already
 *   read, used only when no line is cited and the text is read whole
 * @returns its terms, keyed
 */
export function storyTermsOf(
  article: Article,
  bodyKeys?: ArrayLike<number>,
  cited: readonly [number, number][] = citedLines(article.text),
  capitalised?: ArrayLike<number>,
): StoryTerms {
  // the terms' ids, in order of first use: a table over typed arrays, not a Map of number keys
  const index = new TermIds(ARTICLE_TERMS);
  // each term's weight and background count by id, in typed arrays grown by doubling (the keys are the
  // table's own): arrays pushed to for each term, then copied, were most of what this step allocated
  let weights = new Uint32Array(ARTICLE_TERMS);
  let backgroundDocs = new Uint32Array(ARTICLE_TERMS);
  let n = 0;
  // adds a weight to a term, and says whether the term is new (its background count comes next)
  const isNew = (key: number, w: number): boolean => {
    const k = index.id(key);
    if (k < n) {
      weights[k] = (weights[k] as number) + w;
      return false;
    }
    if (n === weights.length) {
      weights = grownCounts(weights);
      backgroundDocs = grownCounts(backgroundDocs);
    }
    weights[n++] = w;
    return true;
  };
  // the background count of the term just added
  const counted = (docs: number) => {
    backgroundDocs[n - 1] = docs;
  };
  // the counts by key alone (a thread's first page reads them from the build's table, see
  // backgroundKeyCounts), for the title's words and names too: no background word's key is another's
  const counts = backgroundKeyCounts();
  // what a story is about is said early: the first 100,000 characters (a long article's first 15,000
  // words or so) are enough, and a 5 MB one-line file costs no more than that
  // a reference list's journals and authors tell nothing of the story (two papers on a drug's rash and
  // on flu jabs had been one story by the journals they both cite)
  const text = (cited.length === 0 ? article.text : blanked(article.text, cited)).slice(0, MAX_CHARS);
  // the body's content words by key, no string made for one; read once for this and the sentences'
  // words when the text is whole (not cut at MAX_CHARS)
  const word = (key: number) => {
    if (isNew(key, 1)) counted(counts.get(key) ?? 0);
  };
  const whole = cited.length === 0 && text.length === article.text.length;
  if (bodyKeys && whole) for (let k = 0; k < bodyKeys.length; k++) word(bodyKeys[k] as number);
  else forEachContentWordKey(text, word);
  for (const w of contentWords(article.title ?? '')) {
    const key = termKey(w);
    if (isNew(key, TITLE_WEIGHT)) counted(counts.get(key) ?? 0);
  }
  // a capitalised word not at a sentence start is most often a name: an actor, a place, a product
  const name = (start: number, end: number) => {
    // the key of "#" and the name in lower case, hashed as read when the name is ASCII, and the key of
    // the name alone, its background count's (no string of the name made, lower-cased and looked up
    // for each new name: every noun of a text in German)
    let a = unitA(LANE_A, 35);
    let b = unitB(LANE_B, 35);
    let wordA = LANE_A;
    let wordB = LANE_B;
    let ascii = true;
    for (let i = start; ascii && i < end; i++) {
      let c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) c += 32;
      a = unitA(a, c);
      b = unitB(b, c);
      wordA = unitA(wordA, c);
      wordB = unitB(wordB, c);
      ascii = c < 128;
    }
    if (ascii) {
      if (isNew(keyOfLanes(a, b), NAME_WEIGHT)) counted(counts.get(keyOfLanes(wordA, wordB)) ?? 0);
      return;
    }
    const lower = text.slice(start, end).toLowerCase();
    if (isNew(termKey(`#${lower}`), NAME_WEIGHT)) counted(counts.get(termKey(lower)) ?? 0);
  };
  if (capitalised && whole)
    for (let k = 0; k < capitalised.length; k += 2)
      name(capitalised[k] as number, capitalised[k + 1] as number);
  else forEachCapitalisedWord(text, name);
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = index.key(k);
  return { keys, weights: weights.slice(0, n), backgroundDocs: backgroundDocs.slice(0, n) };
}

/** A text with the given ranges blanked by spaces (its length and other offsets kept). */
function blanked(text: string, ranges: readonly [number, number][]): string {
  let out = '';
  let at = 0;
  for (const [a, b] of ranges) {
    out += text.slice(at, a) + ' '.repeat(b - a);
    at = b;
  }
  return out + text.slice(at);
}

/** A copy of a count array twice as long. */
function grownCounts(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** A source's vector of raw term counts: its own terms, then its actors as separate terms. */
function termsOf(own: StoryTerms, actors: readonly string[], ids: StoryIds): Vector {
  // its own keys are distinct: their ids go straight into the vector, with no tally to look each up in
  // (a tally's random read and write for each of 5 million terms at 10,000 pages)
  const n = own.keys.length;
  const termIds = new Int32Array(n + actors.length);
  const values = new Float64Array(n + actors.length);
  for (let k = 0; k < n; k++) {
    termIds[k] = ids.idWith(own.keys[k] as number, own.backgroundDocs[k] as number);
    values[k] = own.weights[k] as number;
  }
  let size = n;
  for (const a of actors) {
    const id = ids.idWith(termKey(`@${a}`), actorBackgroundDocs(a));
    let k = 0;
    while (k < size && termIds[k] !== id) k++;
    if (k < size) values[k] = (values[k] as number) + ACTOR_WEIGHT;
    else {
      termIds[size] = id;
      values[size++] = ACTOR_WEIGHT;
    }
  }
  return { ids: termIds.subarray(0, size), values: values.subarray(0, size) };
}

/** {@link actorBackgroundDocs} of each actor name met, as names recur across a brief's sources. */
const actorDocs = new Map<string, number>();

/**
 * In how many general news texts an actor is named, at most: the count of the rarest of its words (a
 * name is in no more texts than any word of it), 0 for a name with a word the counts do not list. The
 * counts are of lower-case words; looked up by the whole name ("United States", "Iran"), every actor
 * counted as unknown to general news, so that the actors every news text names pulled sources of
 * unrelated stories together as much as a rare shared actor does. `pnpm eval:stories` (each source's
 * actors as a brief finds them), B-cubed F1 on the whole set: zyte-dev singletons 0.937 → 0.949,
 * readability-pages 0.980 → 0.980, trafilatura-eval 0.915 → 0.973.
 * @param name an actor's name
 */
function actorBackgroundDocs(name: string): number {
  let docs = actorDocs.get(name);
  if (docs === undefined) {
    const df = backgroundDf().df;
    const words = contentWords(name);
    docs = words.length === 0 ? 0 : Math.min(...words.map((w) => df.get(w) ?? 0));
    actorDocs.set(name, docs);
  }
  return docs;
}

/**
 * TF-IDF with sub-linear term frequency, unit length. A word's document frequency is its share of
 * general news texts (a word every story uses weighs little even in a small brief) plus its share of
 * these sources; terms in one source only are dropped, and of the rest a source keeps its
 * {@link MAX_TERMS} heaviest.
 */
function weigh(docs: readonly Vector[], terms: StoryIds): Vector[] {
  const df = new Uint32Array(terms.size);
  for (const d of docs) for (const t of d.ids) df[t] = (df[t] as number) + 1;
  const n = docs.length;
  const bg = backgroundDf();
  // a term's IDF depends on the term alone: once a term, not once for each of the 5 million uses of
  // 10,000 pages (the same expression on the same numbers, so the same weights)
  // -1 marks a term in one source only (dropped), so that a use reads one array, not two (an IDF is
  // never negative, and may be 0)
  const idf = new Float64Array(terms.size);
  const idfOf = (t: number, f: number) =>
    Math.log(
      1 / Math.min(1, LOCAL_SHARE * ((f + 1) / (n + 1)) + terms.backgroundDocs(t) / bg.docs + 1 / bg.docs),
    );
  for (let t = 0; t < terms.size; t++) {
    const f = df[t] || 1;
    idf[t] = f < 2 ? -1 : idfOf(t, f);
  }
  // one scratch pair for all sources (the result is copied out of it), not two typed arrays a source
  let ids = new Int32Array(1024);
  let values = new Float64Array(1024);
  return docs.map((d) => {
    if (d.ids.length > ids.length) {
      ids = new Int32Array(d.ids.length);
      values = new Float64Array(d.ids.length);
    }
    let kept = 0;
    let norm = 0;
    let alone = 0;
    for (let k = 0; k < d.ids.length; k++) {
      const t = d.ids[k] as number;
      const f = idf[t] as number;
      if (f < 0) {
        // a term in one source only is used once, by this source: its IDF is made here, not kept
        alone += LONE_SHARE * (logCount(d.values[k] as number) * idfOf(t, 1)) ** 2;
        continue;
      }
      const w = logCount(d.values[k] as number) * f;
      ids[kept] = t;
      values[kept++] = w;
      norm += w * w;
    }
    if (kept > MAX_TERMS) return heaviest(ids, values, kept, alone);
    norm = Math.sqrt(norm + alone) || 1;
    for (let k = 0; k < kept; k++) values[k] = (values[k] as number) / norm;
    return { ids: ids.slice(0, kept), values: values.slice(0, kept) };
  });
}

/** `1 + Math.log(c)` of the small whole counts most terms have, computed once each. */
const LOG_COUNTS = Float64Array.from({ length: 256 }, (_, c) => 1 + Math.log(c));

/** A term's sub-linear frequency, `1 + ln c` (the same number, from a table for small whole counts). */
function logCount(c: number): number {
  return c < 256 && Number.isInteger(c) ? (LOG_COUNTS[c] as number) : 1 + Math.log(c);
}

/**
 * The {@link MAX_TERMS} heaviest of a source's first `kept` terms, in their order of first use, at
 * unit length (ties: the term used first), the length counting `alone` too: the squared weight its
 * terms in no other source add (see {@link LONE_SHARE}).
 */
function heaviest(ids: Int32Array, values: Float64Array, kept: number, alone: number): Vector {
  // the MAX_TERMS-th largest weight: every term above it is kept, and those equal to it in order of
  // first use until there are MAX_TERMS (selected, not sorted: a sort of each source's weights took
  // a third of the weighing at 10,000 pages)
  const cut = kthSmallest(values.slice(0, kept), kept - MAX_TERMS);
  let ties = MAX_TERMS;
  for (let k = 0; k < kept; k++) if ((values[k] as number) > cut) ties--;
  const top = new Int32Array(MAX_TERMS);
  const weights = new Float64Array(MAX_TERMS);
  let n = 0;
  let norm = 0;
  for (let k = 0; k < kept; k++) {
    const v = values[k] as number;
    if (v > cut || (v === cut && ties-- > 0)) {
      top[n] = ids[k] as number;
      weights[n++] = v;
      norm += v ** 2;
    }
  }
  norm = Math.sqrt(norm + alone) || 1;
  for (let k = 0; k < n; k++) weights[k] = (weights[k] as number) / norm;
  return { ids: top, values: weights };
}

/** The `k`-th smallest of some numbers (from 0), as `a.sort()[k]` gives it; reorders `a`. */
function kthSmallest(a: Float64Array, k: number): number {
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < pivot) i++;
      while ((a[j] as number) > pivot) j--;
      if (i <= j) {
        const x = a[i] as number;
        a[i++] = a[j] as number;
        a[j--] = x;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else break;
  }
  return a[k] as number;
}

/** The cosine of two unit vectors, scaled down when they share fewer than {@link MIN_SHARED} terms. */
function cosine(a: Vector, b: Vector, spread: Spread): number {
  const [small, large] = a.ids.length < b.ids.length ? [a, b] : [b, a];
  spread.load(large);
  let s = 0;
  let shared = 0;
  for (let k = 0; k < small.ids.length; k++) {
    const o = spread.get(small.ids[k] as number);
    if (o !== undefined) {
      s += (small.values[k] as number) * o;
      shared++;
    }
  }
  return s * Math.min(1, shared / MIN_SHARED);
}
