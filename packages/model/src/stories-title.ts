// A brief of several stories titled by its two main stories.
import { headlineCovers } from './headline-covers.js';
import { textPhrases } from './headline-words.js';
import { sharedTerms } from './shared-terms.js';
import { actorsOf, asksQuestion, namedWords, type TitleActor, titleSubject } from './title-actors.js';
import { titledStories } from './titled-stories.js';

/** A story as {@link twoStoriesTitle} reads it. */
interface NamedStory {
  title: string;
  sourceIds: readonly string[];
}

/** A source as {@link twoStoriesTitle} reads it. */
interface NamedReport {
  title: string | null;
  text: string;
}

/**
 * The title of a brief of several stories, two of them of two sources or more: the two main stories,
 * each named by {@link storyName}, and how many others there are ("Norvale Transit: tram orders; Kestrel
 * Union: pay strike — and 2 other stories"). Read in session 95: briefs of two Wikinews clusters'
 * reports side by side (ten each, on two industries) had been titled "<one report's headline> — and 1
 * other story", which said nothing of the other half of the brief, nor of the rest of the first.
 * @param stories the brief's stories
 * @param actors the brief's actors, most mentioned first
 * @param reportOf a source by id (its title and text), undefined for none
 * @returns the title, or null when fewer than two stories hold two sources or more
 */
export function twoStoriesTitle(
  stories: readonly NamedStory[],
  actors: readonly TitleActor[],
  reportOf: (sourceId: string) => NamedReport | undefined,
): string | null {
  const titled = titledStories(stories);
  if (titled === null) return null;
  const [first, second] = titled;
  const others = stories.length - 2;
  const rest = others === 0 ? '' : ` — and ${others} other ${others === 1 ? 'story' : 'stories'}`;
  return `${storyName(first, actors, reportOf)}; ${storyName(second, actors, reportOf)}${rest}`;
}

/**
 * A story's name in a title of several: its title, unless that asks a question or tells one report's
 * event that a third of the story's reports do not ({@link headlineCovers}); then its own main actors
 * and the terms its reports share ({@link sharedTerms}: "Norvale Transit: tram orders"), its main
 * actors alone, or, with none, its title after all.
 */
function storyName(
  story: NamedStory,
  actors: readonly TitleActor[],
  reportOf: (sourceId: string) => NamedReport | undefined,
): string {
  const reports = story.sourceIds.flatMap((id) => reportOf(id) ?? []);
  const phrases = reports.map((r) => textPhrases(`${r.title ?? ''}\n${r.text}`));
  const own = actorsOf(actors, story.sourceIds);
  const named = namedWords(own);
  if (!asksQuestion(story.title) && headlineCovers(story.title, phrases, named)) return story.title;
  const subject = titleSubject(own, story.sourceIds.length);
  if (subject === null) return story.title;
  const titles = reports.flatMap((r) => (r.title ? [r.title] : []));
  const terms = sharedTerms(titles, phrases, named);
  return terms.length === 0 ? subject : `${subject}: ${terms.join(' and ')}`;
}
