// Two sources' likeness as grouping stories weighs it, with the shared terms it comes from.
import type { Article } from './article.js';
import type { GroupStoriesOptions } from './group-stories.js';
import { termsOf } from './source-term-counts.js';
import { storyTermsOf } from './story-terms.js';
import { StoryIds, type Vector } from './story-vector.js';
import { cosine, Spread } from './vector-cosine.js';
import { weigh } from './weigh-terms.js';

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
  const spread = new Spread(terms);
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
