import type { Article } from './article.js';
import type { Actor, Story } from './briefing.js';
import { groupStories, type StoryTerms } from './group-stories.js';
import type { ScoredSentence } from './score-sentences.js';
import { selectKeyPoints } from './select-key-points.js';

/**
 * The stories of a brief: its sources grouped by {@link groupStories}, each titled after its earliest
 * titled source and given its own key points.
 * @param articles the sources
 * @param actors the brief's actors (shared actors pull sources together)
 * @param scored the scored sentences of all sources
 * @param termsOf a source's terms when already counted (`storyTermsOf`, in a worker thread, say)
 * @returns the stories, earliest first
 */
export function findStories(
  articles: readonly Article[],
  actors: readonly Actor[],
  scored: readonly ScoredSentence[],
  termsOf?: (article: Article) => StoryTerms | undefined,
): Story[] {
  const actorsOf = new Map<string, string[]>();
  for (const a of actors) {
    for (const id of a.sourceIds) {
      const list = actorsOf.get(id);
      if (list) list.push(a.name);
      else actorsOf.set(id, [a.name]);
    }
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentencesOf = new Map<string, ScoredSentence[]>();
  for (const s of scored) {
    const list = sentencesOf.get(s.article.id);
    if (list) list.push(s);
    else sentencesOf.set(s.article.id, [s]);
  }
  return groupStories(articles, { actorsOf, ...(termsOf ? { termsOf } : {}) }).map((g) => {
    const titled = g.sourceIds.map((id) => byId.get(id)?.title).find((t): t is string => !!t);
    return {
      id: g.id,
      title: titled ?? `Story of ${g.sourceIds.length} source${g.sourceIds.length === 1 ? '' : 's'}`,
      sourceIds: g.sourceIds,
      keyPoints: selectKeyPoints(
        g.sourceIds.flatMap((id) => sentencesOf.get(id) ?? []),
        3,
      ),
    };
  });
}
