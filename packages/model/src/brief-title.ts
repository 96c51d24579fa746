import { headlineCovers } from './headline-covers.js';
import { textPhrases } from './headline-words.js';
import { sharedTerms } from './shared-terms.js';
import { twoStoriesTitle } from './stories-title.js';
import { asksQuestion, namedWords, type TitleActor, titleSubject } from './title-actors.js';

/** A brief's title and subtitle, as {@link briefTitle} makes them when the caller gives none. */
export interface BriefTitle {
  title: string;
  /** What the title leaves out and the reader may want: the main actors, when the title is a story's. */
  subtitle: string | null;
}

/** What {@link briefTitle} reads of a story. */
interface TitledStory {
  title: string;
  sourceIds: readonly string[];
}

/** What {@link briefTitle} reads of a source. */
export interface TitledReport {
  /** Its own title, null when it has none (a story's title is then made up). */
  title: string | null;
  text: string;
  /** Its publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null. */
  published: string | null;
}

// a story's reports read for its terms: 200 spread over the story tell what it shares as well as all
// of them, and bound the work on a brief of thousands of pages
const MAX_REPORTS = 200;
// a story told within a month is one event followed day by day, and its central headline names it
// (a strike's four reports over five days); the Wikinews clusters, whose headlines named one report's
// event, span one to seven years, so the month is no measured bound but the reach of one event's news
const ONE_EVENT_DAYS = 31;

/**
 * A brief's title, from its stories and actors:
 * - several stories ({@link hasOtherStories}): the two main stories when two hold several sources
 *   ({@link twoStoriesTitle}), else the story most sources report and how many others there are
 *   ("<its title> — and 2 other stories"), or "3 separate stories, one source each";
 * - one story, or one beside single sources that are fewer than a quarter of all: that story's title,
 *   the main actors in the subtitle ("Kestrel Union: what 30 sources report"). Read in session 93: a
 *   brief of 30 reports whose one story held 29 had been titled "<a maker> and <a country>: what 30
 *   sources report", which any brief on the industry could be called, where its story's title said what
 *   happened; the share is that of {@link hasOtherStories}, so the title names the same story whether
 *   or not an aside is split off;
 * - its title a question, or, when its reports span more than a month, one report's event that most of
 *   the story's reports do not tell ({@link headlineCovers}): the main actors, the terms the story's reports share and the years they
 *   span ({@link spanTitle}: "Norvale Transit: tram orders, 2019–2024"). A question is one report's
 *   angle, not what happened: the first brief a new user builds (five seeds, one story) had been titled
 *   by an analysis piece's headline that asks. Read in session 94: a brief of ten reports over a year on
 *   two jet makers was titled "<maker> unveils <model>", one report's news; of 30 reports over
 *   seven years, by another report's event;
 * - no source of that story titled: the main actors ({@link actorsTitle}).
 * @param stories the brief's stories
 * @param actors the brief's actors, most mentioned first
 * @param sources how many sources the brief holds
 * @param reportOf a source by id (its title, text and date), undefined for none
 * @returns the title, and the subtitle (null when the title says it all)
 */
export function briefTitle(
  stories: readonly TitledStory[],
  actors: readonly TitleActor[],
  sources: number,
  reportOf: (sourceId: string) => TitledReport | undefined,
): BriefTitle {
  if (hasOtherStories(stories))
    return { title: twoStoriesTitle(stories, actors, reportOf) ?? storiesTitle(stories), subtitle: null };
  const main = largestStory(stories);
  const byActors = actorsTitle(actors, sources);
  if (main === undefined || !main.sourceIds.some((id) => !!reportOf(id)?.title))
    return { title: byActors, subtitle: null };
  const reports = spread(main.sourceIds).flatMap((id) => reportOf(id) ?? []);
  if (asksQuestion(main.title) || !withinDays(reports, ONE_EVENT_DAYS)) {
    const phrases = reports.map((r) => textPhrases(`${r.title ?? ''}\n${r.text}`));
    const named = namedWords(actors);
    if (asksQuestion(main.title) || !headlineCovers(main.title, phrases, named))
      return { title: spanTitle(reports, phrases, actors, sources, named), subtitle: null };
  }
  return { title: main.title, subtitle: byActors };
}

/**
 * A story told by what its reports share: "<main actors>: <its one or two shared terms>, <first
 * year>–<last year>" ({@link sharedTerms}; the years when its reports span more than one), or without
 * terms "<main actors>, <years>: what N sources report".
 * @param reports the story's reports
 * @param phrases each report's phrases, in the reports' order
 * @param actors the brief's actors, most mentioned first
 * @param sources how many sources the brief holds
 * @param named the word keys of the main actors' names, which the terms leave out
 */
function spanTitle(
  reports: readonly TitledReport[],
  phrases: readonly ReadonlySet<string>[],
  actors: readonly TitleActor[],
  sources: number,
  named: ReadonlySet<string>,
): string {
  const titles = reports.flatMap((r) => (r.title ? [r.title] : []));
  const terms = sharedTerms(titles, phrases, named);
  const years = reports
    .map((r) => r.published?.match(/^\d{4}/)?.[0])
    .filter((y): y is string => y !== undefined)
    .sort();
  const span = years.length > 0 && years[0] !== years.at(-1) ? `${years[0]}–${years.at(-1)}` : null;
  const subject = titleSubject(actors, sources);
  if (terms.length === 0) {
    const when = span === null ? '' : `, ${span}`;
    return `${subject ?? 'Briefing'}${when}: what ${sources} ${sources === 1 ? 'source reports' : 'sources report'}`;
  }
  const what = terms.join(' and ');
  const told = subject === null ? what.charAt(0).toUpperCase() + what.slice(1) : `${subject}: ${what}`;
  return span === null ? told : `${told}, ${span}`;
}

/** Whether all reports dated to the day fall within some days of each other (false with fewer than two). */
function withinDays(reports: readonly TitledReport[], days: number): boolean {
  const times = reports
    .map((r) =>
      r.published && /^\d{4}-\d{2}-\d{2}$/.test(r.published) ? Date.parse(r.published) : Number.NaN,
    )
    .filter((t) => !Number.isNaN(t));
  if (times.length < 2) return false;
  return Math.max(...times) - Math.min(...times) <= days * 86_400_000;
}

/** At most {@link MAX_REPORTS} of a story's sources, spread evenly over them. */
function spread(ids: readonly string[]): readonly string[] {
  if (ids.length <= MAX_REPORTS) return ids;
  return Array.from(
    { length: MAX_REPORTS },
    (_, i) => ids[Math.floor((i * ids.length) / MAX_REPORTS)] as string,
  );
}

/**
 * The brief named after its main actors that are no person: the most mentioned, and the next only when
 * more than half the sources name it ("Lyon and Villeurbanne" for four reports on a measles outbreak in
 * Lyon, two of them naming the suburb, was narrower than the story).
 */
function actorsTitle(actors: readonly TitleActor[], sources: number): string {
  return `${titleSubject(actors, sources) ?? 'Briefing'}: what ${sources} ${sources === 1 ? 'source reports' : 'sources report'}`;
}

/**
 * Whether a brief's sources report several stories rather than one: when it holds two stories or more,
 * unless all but the largest are single sources and fewer than a quarter of the sources. Read in
 * session 91: a running brief of ten reports on one industry, titled "<maker>: what 10 sources report",
 * became "<a report's headline> — and 1 other story" the next morning when one report left the story
 * for one of its own, and "— and 2 other stories" after another; a source or two that no story takes is
 * an aside, not the brief's other subject. The brief is then titled by its one story ({@link briefTitle})
 * and its Stories section lists only the asides.
 * @param stories the brief's stories
 * @returns true for several stories
 */
export function hasOtherStories(stories: readonly { sourceIds: readonly string[] }[]): boolean {
  if (stories.length < 2) return false;
  let total = 0;
  let largest = 0;
  let apart = 0;
  for (const s of stories) {
    total += s.sourceIds.length;
    largest = Math.max(largest, s.sourceIds.length);
    if (s.sourceIds.length > 1) apart++;
  }
  // two stories of two sources or more: several stories, whatever their sizes
  if (apart > 1) return true;
  return 4 * (total - largest) >= total;
}

/**
 * Several unrelated stories: the brief is named after the story most sources report (the earliest of
 * those) and how many others there are, not after actors they do not share. When no story has more than
 * one source, none is the main one, and the title says so: a folder of 37 pages on 37 subjects had been
 * named after its first page, a wiki's "BeginnersGuide/Download".
 */
function storiesTitle(stories: readonly TitledStory[]): string {
  const main = largestStory(stories);
  if (main && main.sourceIds.length === 1) return `${stories.length} separate stories, one source each`;
  const others = stories.length - 1;
  return `${main?.title ?? 'Briefing'} — and ${others} other ${others === 1 ? 'story' : 'stories'}`;
}

/** The story of the most sources, the first of those; undefined for none. */
function largestStory<S extends { sourceIds: readonly string[] }>(stories: readonly S[]): S | undefined {
  let main = stories[0];
  for (const s of stories) if (s.sourceIds.length > (main?.sourceIds.length ?? 0)) main = s;
  return main;
}
