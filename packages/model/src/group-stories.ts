import { createHash } from 'node:crypto';
import type { Article } from './article.js';
import { linkAverage } from './link-average.js';
import { linkSparse } from './link-sparse.js';
import { termsOf } from './source-term-counts.js';
import { type StoryTerms, storyTermsOf } from './story-terms.js';
import { StoryIds } from './story-vector.js';
import { weigh } from './weigh-terms.js';

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
// Above this many sources the all-pairs merge (n² memory, ~n³/6 steps) gives way to linkSparse.
const MAX_PAIRWISE = 600;

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
