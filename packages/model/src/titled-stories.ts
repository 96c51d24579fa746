// The two stories a brief of several is titled by, and its key points led by them.
import type { KeyPoint } from './briefing.js';

/** A story as {@link titledStories} reads it: its sources, and its own key points when known. */
interface StoryLike {
  sourceIds: readonly string[];
}

/**
 * The two stories a brief's title names: the two with the most sources (the first listed on a tie), when
 * the second holds two sources or more (one report of its own is one of "N other stories").
 * @param stories the brief's stories, in the brief's order
 * @returns the two stories, the one of more sources first, or null when the brief has no such pair
 */
export function titledStories<T extends StoryLike>(stories: readonly T[]): [T, T] | null {
  const [first, second] = stories
    .map((story, at) => ({ story, at }))
    .sort((a, b) => b.story.sourceIds.length - a.story.sourceIds.length || a.at - b.at)
    .map((x) => x.story);
  return first !== undefined && second !== undefined && second.sourceIds.length >= 2 ? [first, second] : null;
}

/**
 * The key points of a brief titled by two stories, led by each one's best point (the first of the
 * story's own, ranked among its reports alone), in the order the brief ranks them (one it does not hold
 * after); the others follow in their order and the count is kept. Read in session 96: of 13 briefs,
 * three of two Wikinews clusters' reports side by side (or a cluster's beside the sample) gave one story
 * all of their first five points where the title named two, one of them all six; the brief's own best
 * point of the other story, sixth, had been an aside that leans on the sentences before, where the
 * story's own first is its lead (fixture `key-points-of-both-titled-stories`).
 * @param points the brief's key points, best first
 * @param stories the brief's stories, each with its own key points
 * @returns the points, or the same list when the brief is not titled by two stories
 */
export function ledByTitledStories(
  points: readonly KeyPoint[],
  stories: readonly (StoryLike & { keyPoints: readonly KeyPoint[] })[],
): KeyPoint[] {
  const titled = titledStories(stories);
  if (!titled || points.length === 0) return [...points];
  const key = (p: KeyPoint) => `${p.citations[0]?.sourceId}:${p.citations[0]?.start}`;
  const bests = titled.flatMap((story) => {
    const best = story.keyPoints[0];
    if (best === undefined) return [];
    return [points.find((p) => key(p) === key(best)) ?? best];
  });
  // a point of the brief's list before one it lacks, each by its place
  const rank = (p: KeyPoint) => {
    const at = points.indexOf(p);
    return at < 0 ? points.length : at;
  };
  const lead = [...bests].sort((a, b) => rank(a) - rank(b));
  return [...lead, ...points.filter((p) => !lead.includes(p))].slice(0, points.length);
}
