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

/**
 * A brief's title, from its stories and actors:
 * - several stories ({@link hasOtherStories}): the story most sources report and how many others there
 *   are ("<its title> — and 2 other stories"), or "3 separate stories, one source each";
 * - one story, or one beside single sources that are fewer than a quarter of all: that story's title,
 *   the main actors in the subtitle ("Kestrel Union: what 30 sources report"). Read in session 93: a
 *   brief of 30 reports whose one story held 29 had been titled "<a maker> and <a country>: what 30
 *   sources report", which any brief on the industry could be called, where its story's title said what
 *   happened; the share is that of {@link hasOtherStories}, so the title names the same story whether
 *   or not an aside is split off;
 * - no source of that story titled, or its title a question: the main actors, as before
 *   ({@link actorsTitle}). A question is one report's angle, not what happened: the first brief a new
 *   user builds (five seeds, one story) had been titled by an analysis piece's headline that asks.
 * @param stories the brief's stories
 * @param actors the brief's actors, most mentioned first
 * @param sources how many sources the brief holds
 * @param titled whether a source (by id) has a title of its own (a story's title is else made up)
 * @returns the title, and the subtitle (null when the title says it all)
 */
export function briefTitle(
  stories: readonly TitledStory[],
  actors: readonly { name: string; kind: string; sourceIds: readonly string[] }[],
  sources: number,
  titled: (sourceId: string) => boolean,
): BriefTitle {
  if (hasOtherStories(stories)) return { title: storiesTitle(stories), subtitle: null };
  const main = largestStory(stories);
  const byActors = actorsTitle(actors, sources);
  if (main === undefined || !main.sourceIds.some(titled) || asks(main.title))
    return { title: byActors, subtitle: null };
  return { title: main.title, subtitle: byActors };
}

/** Whether a title asks a question ("Will the talks end the strike?"). */
const asks = (title: string) => /\?[\s"'”’»)]*$/u.test(title);

/**
 * The brief named after its main actors that are no person: the most mentioned, and the next only when
 * more than half the sources name it ("Lyon and Villeurbanne" for four reports on a measles outbreak in
 * Lyon, two of them naming the suburb, was narrower than the story).
 */
function actorsTitle(
  actors: readonly { name: string; kind: string; sourceIds: readonly string[] }[],
  sources: number,
): string {
  const main = actors
    .filter((a) => a.kind !== 'person')
    .slice(0, 2)
    .filter((a, i) => i === 0 || 2 * a.sourceIds.length > sources)
    .map((a) => a.name);
  const subject = main.length === 2 ? `${main[0]} and ${main[1]}` : (main[0] ?? 'Briefing');
  return `${subject}: what ${sources} ${sources === 1 ? 'source reports' : 'sources report'}`;
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
