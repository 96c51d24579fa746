import { appendToList } from './append-to-list.js';
import type { Article } from './article.js';
import type { Actor, Story } from './briefing.js';
import { centralTitle, storyTitleScores } from './central-title.js';
import { groupStoriesOf, type StoryGroup, type StoryGroupingInput } from './group-stories.js';
import type { Referent } from './referent-before.js';
import type { ScoredSentence } from './score-sentences.js';
import { selectKeyPoints } from './select-key-points.js';
import { sentencesBySource } from './sentences-by-source.js';
import { type StoryTerms, storyTermsOf } from './story-terms.js';

/**
 * The stories of a brief: its sources grouped by {@link groupStories}, each titled after its most
 * central titled source ({@link centralTitle}) and given its own key points.
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
  return storiesOf(articles, groupStoriesOf(storyGroupingInput(articles, actors, termsOf)), scored);
}

/**
 * All the grouping of a brief's sources reads, as plain data that can go to another thread (see
 * {@link groupStoriesOf}).
 * @param articles the sources
 * @param actors the brief's actors
 * @param termsOf a source's terms when already counted; else they are counted here
 */
export function storyGroupingInput(
  articles: readonly Article[],
  actors: readonly Actor[],
  termsOf?: (article: Article) => StoryTerms | undefined,
): StoryGroupingInput {
  const actorsOf = storyActorsOf(actors);
  return {
    sources: articles.map((a) => ({ id: a.id, published: a.published, url: a.url })),
    terms: articles.map((a) => termsOf?.(a) ?? storyTermsOf(a)),
    actors: articles.map((a) => actorsOf.get(a.id) ?? []),
  };
}

/**
 * The names of the actors that pull a brief's sources into stories, by source id: all but countries and
 * places. Where a story happens is not what it is: a country or a place is already counted as its name
 * and its words (and its adjective, "German"), and as an actor too it made two reports of unrelated
 * events in one country alike (a Wikinews report of a carmaker's job cuts in Germany and one of European
 * stock markets shared "United Kingdom", "Germany", "German" and "British" and little else). `pnpm eval:stories`, countries and
 * places as actors → not: zyte-dev singletons (the set the classes were read on) draws of 8 0.929 →
 * 0.930 (35 merging other stories either way), whole set and folds unchanged; trafilatura-eval's draws
 * 0.980 → 0.985 (15 → 10 merging; its merges were read too), whole 0.977 → 0.979; not looked at,
 * readability-pages' draws 0.942 → 0.943 (12 → 13), whole 0.984 unchanged.
 * @param actors the brief's actors
 * @returns each source's actor names, in the actors' order
 */
export function storyActorsOf(actors: readonly Actor[]): Map<string, string[]> {
  const actorsOf = new Map<string, string[]>();
  for (const a of actors) {
    if (a.kind === 'country' || a.kind === 'place') continue;
    for (const id of a.sourceIds) {
      appendToList(actorsOf, id, a.name);
    }
  }
  return actorsOf;
}

/** A story's title as a brief keeps it for the next: the title, and its story's size when it was chosen. */
export interface KeptStoryTitle {
  title: string;
  /** How many sources the story had when this title was chosen (kept since). */
  sources: number;
}

/**
 * Stories from grouped sources: each titled after its most central titled source ({@link centralTitle},
 * the earliest on a tie) and given its own key points. A story the previous brief had (the same id, so
 * the same earliest source) keeps its title while one of its sources still bears it and the story has
 * not more than doubled since the title was chosen ({@link keptTitle}).
 * @param articles the sources
 * @param groups the groups {@link groupStoriesOf} made of them
 * @param scored the scored sentences of all sources
 * @param dateOf the date a sentence states, for the points' support (see {@link selectKeyPoints})
 * @param titled the previous brief's story titles, by story id ({@link storyTitlesToKeep}), if any
 * @param referentOf whom a sentence's opening pronoun or noun stands for (see {@link selectKeyPoints})
 * @returns the stories, in the order of the groups
 */
export function storiesOf(
  articles: readonly Article[],
  groups: readonly StoryGroup[],
  scored: readonly ScoredSentence[],
  dateOf?: (sentence: ScoredSentence) => string | undefined,
  titled?: Readonly<Record<string, KeptStoryTitle>>,
  referentOf?: (sentence: ScoredSentence) => Referent | 'unresolved' | null,
): Story[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentencesOf = sentencesBySource(scored);
  return groups.map((g) => {
    const titledIds = g.sourceIds.filter((id) => !!byId.get(id)?.title);
    const titles = titledIds.map((id) => byId.get(id)?.title as string);
    // each titled report's content words, for the titles' ranking (storyTitleScores), read only when
    // there is a ranking to make (three titles or more)
    const bodies = titles.length > 2 ? titledIds.map((id) => bodyWords(sentencesOf.get(id))) : undefined;
    const title = keptTitle(titled?.[g.id], titles, bodies) ?? centralTitle(titles, bodies);
    return {
      id: g.id,
      title: title ?? `Story of ${g.sourceIds.length} source${g.sourceIds.length === 1 ? '' : 's'}`,
      sourceIds: g.sourceIds,
      keyPoints: selectKeyPoints(
        g.sourceIds.flatMap((id) => sentencesOf.get(id) ?? []),
        3,
        dateOf,
        undefined,
        referentOf,
      ),
    };
  });
}

/**
 * A report's content words, as the vocabulary ids of its scored sentences.
 * @param sentences the report's scored sentences, if any
 */
function bodyWords(sentences: readonly ScoredSentence[] | undefined): Set<number> {
  const out = new Set<number>();
  for (const s of sentences ?? [])
    for (let i = s.wordsFrom; i < s.wordsTo; i++) out.add(s.wordIds[i] as number);
  return out;
}

/**
 * The title a story had in the previous brief, kept while one of its sources still bears it and the
 * story has at most twice the sources it had when the title was chosen: the central title is read anew
 * from all of a story's titles, and one more report had changed it from one morning to the next under
 * the same story id (a story of two sources is titled by its first, of three by the most central). A
 * story that doubled again, or whose titling source left or was retitled, is titled afresh, so a story
 * followed for weeks is still titled by what most of its reports cover, not by its first day.
 *
 * Nor is a title kept once a fresh choice is clearly better ({@link yieldsToFresh}): read in session 91,
 * a story of ten reports over three years was titled by a side story one of them told (the title's
 * words shared by one other title each, its maker's name by four), and kept so while it grew to 17,
 * the brief's title too, where the central title of the 17 was the main news.
 * @param kept the previous brief's title of the story, if any
 * @param titles the titles of the story's sources
 * @param bodies each title's report's content words, in the titles' order
 */
function keptTitle(
  kept: KeptStoryTitle | undefined,
  titles: readonly string[],
  bodies?: readonly ReadonlySet<number>[],
): string | undefined {
  if (kept === undefined || titles.length > 2 * kept.sources || !titles.includes(kept.title))
    return undefined;
  return yieldsToFresh(kept, titles, bodies) ? undefined : kept.title;
}

/**
 * Whether a kept title gives way to the central title of the story now: when the story has grown by more
 * than half, and by three sources or more, since the title was chosen and the kept title's score (the one
 * {@link centralTitle} ranks by, {@link storyTitleScores}) is less than half the central title's. One or two
 * more reports never retitle a story (a story titled at two sources, by its first with nothing to weigh,
 * keeps its title at three and four, as it did), and on a story of ten the central title moves with a
 * few more by a little, not twice over.
 * @param kept the previous brief's title of the story
 * @param titles the titles of the story's sources, the kept one among them
 * @param bodies each title's report's content words, in the titles' order
 */
function yieldsToFresh(
  kept: KeptStoryTitle,
  titles: readonly string[],
  bodies?: readonly ReadonlySet<number>[],
): boolean {
  if (2 * titles.length <= 3 * kept.sources || titles.length < kept.sources + 3) return false;
  const scores = storyTitleScores(titles, bodies);
  const own = scores[titles.indexOf(kept.title)] ?? 0;
  let best = 0;
  for (const s of scores) if (s !== undefined && s > best) best = s;
  return 2 * own < best;
}

/**
 * What a brief keeps of its stories' titles for the next ({@link storiesOf}' `titled`): each title, with
 * the story's size when it was chosen (carried while the title was kept, else the story's size now).
 * @param stories the brief's stories
 * @param titled what the previous brief kept, if anything
 */
export function storyTitlesToKeep(
  stories: readonly Story[],
  titled?: Readonly<Record<string, KeptStoryTitle>>,
): Record<string, KeptStoryTitle> {
  const out: Record<string, KeptStoryTitle> = {};
  for (const s of stories) {
    const before = titled?.[s.id];
    const size = s.sourceIds.length;
    // kept by keptTitle: the same title, and no more than doubled
    const kept = before !== undefined && before.title === s.title && size <= 2 * before.sources;
    out[s.id] = { title: s.title, sources: kept ? before.sources : size };
  }
  return out;
}
