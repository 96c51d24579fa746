import type { Actor, BottomLineItem, Citation, Claim, KeyPoint, TimelineEvent } from './briefing.js';
import { withoutCaptionRunIn } from './caption-run-in.js';
import { addsToAnother } from './connective-words.js';
import { keyPointEvents } from './key-point-events.js';
import { mainActors, mainActorsOfBoth, reportTextBefore } from './main-actors.js';
import { movesUnnamedMarket } from './market-colour.js';
import { leansOnContext, needsSentenceBefore, speaksPersonally } from './news-statement.js';
import { tellsPlanOnly } from './no-event-sentences.js';
import { DAY, firstDay, lastDay } from './partial-dates.js';
import { tellsPendingDecision } from './pending-decisions.js';
import { closesFirst } from './quoted-passages.js';
import { isQuestion } from './sentence-news.js';
import { outletNames } from './source-outlets.js';
import { subjectReadAlone } from './subject-read-alone.js';
import { namesThingOwnedBefore, pointsToThingTold } from './thing-told-before.js';
import { titledStories } from './titled-stories.js';

/** A source's side on a claim, as the claim comparison gives it (read when present). */
interface ClaimSide {
  sourceId: string;
  stance: string;
  citations: Citation[];
}
/** How a source treats an actor, as the stance comparison gives it (read when present). */
interface ActorStanceLike {
  sourceId: string;
  actor: string;
  stance: string;
  score: number;
  citations: Citation[];
}

/** What the bottom line is composed from: parts of the briefing model. */
export interface BottomLineFacts {
  keyPoints: readonly KeyPoint[];
  timeline: readonly TimelineEvent[];
  watch?: readonly TimelineEvent[] | undefined;
  actors: readonly Actor[];
  claims: readonly Claim[];
  /** Each source's stance toward the main actors, when the briefing has them. */
  stances?: readonly unknown[] | undefined;
  /**
   * The sources and the day each came out, when known: a plan none reported done is no development, and
   * sources split only with those out within a week of them.
   */
  sources?:
    | readonly {
        id: string;
        published?: string | null | undefined;
        outlet?: string | null | undefined;
        url?: string | null | undefined;
      }[]
    | undefined;
  /** The stories the sources report, when known: sources split only over an actor of one story. */
  stories?: readonly { sourceIds: readonly string[] }[] | undefined;
  /**
   * Each report's lead when it states no date of its own, dated by the report's day ({@link reportLeads}):
   * a report's main development, which the timeline may not hold, weighed for the latest development.
   */
  leads?: readonly TimelineEvent[] | undefined;
  /**
   * Every sentence of the reports, as a citation, when known: a body no point names as the subject of a
   * deed (a central bank, a treasury) acts in its reports ({@link mainActors}).
   */
  sentences?: readonly Citation[] | undefined;
}

/**
 * The event that surely comes first: by the last day its date allows, so that "on 8 December" goes
 * before "in December" and "in November" before both; on the same last day the more precise date; on
 * the same date a line that tells only the plan ("The exchanges will reopen on Friday", {@link
 * tellsPlanOnly}) before one that tells someone's act of announcing it ("Ana Ruiz announced that the fund
 * would be paid when the markets opened on Friday"): the plan is what comes.
 */
function firstToCome(watch: readonly TimelineEvent[]): TimelineEvent | undefined {
  // read only between two items of one date: a watch list holds twelve at most
  const before = (a: TimelineEvent, b: TimelineEvent) =>
    lastDay(a.date) < lastDay(b.date) ||
    (lastDay(a.date) === lastDay(b.date) &&
      (a.date.length > b.date.length ||
        (a.date.length === b.date.length && tellsPlanOnly(a.text) && !tellsPlanOnly(b.text))));
  let first: TimelineEvent | undefined;
  for (const e of watch) if (!first || before(e, first)) first = e;
  return first;
}

/**
 * Composes the bottom line from the model's own facts, never from new words: the latest dated
 * development and its date, the main actors (each cited where a point or event names them), where the
 * sources split (a disputed claim, else an actor sources treat in opposite ways), and the next event
 * ahead. Two to four lines when the facts allow; each line cites its sources.
 * @param briefing key points, timeline, watch list, actors, claims, stances, sources and stories of a
 *   briefing; of several stories the main one's are read, and the latest development of the other story
 *   the title names ({@link withOtherStory}) and the main actors of both ({@link withBothActors})
 * @returns the bottom line's items, in reading order
 */
export function composeBottomLine(briefing: BottomLineFacts): BottomLineItem[] {
  // several stories: the main one's, as the brief's title names it; a main story with no development
  // of its own (three recipes the grouping took for one story, among 45 news pages) leaves the line to
  // all stories, without main actors
  const main = mainStory(briefing.stories ?? []);
  const titled = titledStories(briefing.stories ?? [])?.map((story) => new Set(story.sourceIds)) ?? null;
  const both = (line: BottomLineItem[]) =>
    withBothActors(withOtherStory(line, briefing, titled), briefing, titled);
  if (!main) return both(bottomLineOf(briefing, main));
  const own = bottomLineOf(ofStory(briefing, main), main);
  return both(own.some((i) => i.kind === 'latest') ? own : bottomLineOf(briefing, null));
}

/**
 * A bottom line that names the main actors of both stories a brief's title names ({@link titledStories},
 * {@link mainActorsOfBoth}), in place of the main story's, or after the developments when two stories
 * of as many sources left it none; the line keeps at most four items. Read in session 96: the two
 * Wikinews-cluster mixes (two stories of as many sources) had no actors line, a brief of a main story
 * and a second titled one named the main story's alone (fixtures `bottom-line-of-both-titled-stories`,
 * `bottom-line-actors-of-two-equal-stories`).
 * @param line the bottom line as composed so far
 * @param facts the facts of the whole brief
 * @param titled the sources of each titled story, or null when the title names fewer than two
 */
function withBothActors(
  line: BottomLineItem[],
  facts: BottomLineFacts,
  titled: ReadonlySet<string>[] | null,
): BottomLineItem[] {
  if (!titled) return line;
  const [first, second] = titled.map((ids) => mainActors(ofStory(facts, ids), ids));
  const actors = mainActorsOfBoth(first ?? null, second ?? null);
  if (!actors) return line;
  const rest = line.filter((i) => i.kind !== 'actors');
  const at = rest.filter((i) => i.kind === 'latest' || i.kind === 'lead').length;
  return [...rest.slice(0, at), actors, ...rest.slice(at)].slice(0, 4);
}

/**
 * A bottom line that gives both stories a brief's title names ({@link titledStories}): the latest
 * development of the one its line does not tell, in place of the lead development, the newer of the two
 * the `latest` line and the older the `lead`. Read in session 96: of 13 briefs, the six of two
 * Wikinews clusters' reports side by side (or a cluster's beside the sample) told one story alone,
 * where the title named two ("Norvale Transit: tram orders; Kestrel Union: dock strike" over a line of
 * trams only; fixture `bottom-line-of-both-titled-stories`).
 * @param line the bottom line of the main story, or of all stories
 * @param facts the facts of the whole brief
 * @param titled the sources of each titled story, or null when the title names fewer than two
 */
function withOtherStory(
  line: BottomLineItem[],
  facts: BottomLineFacts,
  titled: ReadonlySet<string>[] | null,
): BottomLineItem[] {
  const latest = line.find((i) => i.kind === 'latest');
  if (!latest || !titled) return line;
  const tells = (story: ReadonlySet<string>) => latest.sourceIds.some((id) => story.has(id));
  const other = titled.find((story) => !tells(story));
  // a latest line of neither story (a third's), or of both, leaves the line as it is
  if (!other || titled.every((story) => !tells(story))) return line;
  const its = latestDevelopment(ofStory(facts, other));
  if (!its?.date) return line;
  const [newer, older] =
    latest.date === null || lastDay(its.date) > lastDay(latest.date) ? [its, latest] : [latest, its];
  const rest = line.filter((i) => i.kind !== 'latest' && i.kind !== 'lead');
  return [{ ...newer, kind: 'latest' as const }, { ...older, kind: 'lead' as const }, ...rest].slice(0, 4);
}

/**
 * {@link composeBottomLine} of a set of facts: of one story's (`main` its sources), of a brief of one
 * story (`main` undefined), or of several without a main one (`main` null: no main actors).
 */
function bottomLineOf(
  facts: BottomLineFacts,
  main: ReadonlySet<string> | undefined | null,
): BottomLineItem[] {
  const latest = latestDevelopment(facts);
  const actors = main === null ? null : mainActors(facts, main);
  const outlets = outletsOf(facts.sources ?? []);
  const split =
    disputedClaim(facts.claims, outlets) ??
    opposedStances(facts.stances ?? [], facts.actors, facts.stories ?? [], facts.sources ?? [], outlets);
  // a line of the bottom line reads alone: not "These swap lines will be available until January 30"
  // nor the latest development itself: a report's undated lead that tells a decision still to be taken
  // ("The ministry is considering a loan to …") is both, and had stood twice in a cluster cut's line
  // nor one whose subject is a description of a thing its report named before ("The heavy airliner will
  // then …" after "the Kestrel 400 airliner", as a cluster cut's Next line had); a surname alone is
  // named in full ({@link subjectReadAlone})
  const alone = (e: TimelineEvent) => subjectReadAlone(e, facts.actors, facts.sentences ?? []);
  // nor one whose noun phrase is owned by a thing only its report told before ("Port Avel will remain the
  // tour's first stop, where …" after a lead on the ferry's tour: {@link namesThingOwnedBefore}), read of
  // the few things watched only, the reports' text indexed only when one holds such a phrase (bl107); a
  // thing told before named as an object ("will show the airliner to buyers", "said the works would end")
  // stays, as fixtures pin it
  let textBefore: ((c: Citation) => string) | undefined;
  const before = (c: Citation) => {
    textBefore ??= reportTextBefore(facts.sentences ?? []);
    return textBefore(c);
  };
  const coming = reported(facts.watch ?? [], false).flatMap((e) => {
    const text = alone(e);
    const own = e.citations[0];
    return text !== null &&
      !leansOnContext(e.text) &&
      !addsToAnother(e.text) &&
      !pointsToThingTold(e.text) &&
      !(own && namesThingOwnedBefore(e.text, () => before(own))) &&
      e.text !== latest?.text
      ? [{ ...e, text }]
      : [];
  });
  // a thing ahead a source dates before one watched only as of its report's day: a cut's "will open in
  // January next year" had given way to "carriers are considering fleet expansions" of the day before
  const newest = newestDay(facts.sources ?? []);
  const asOfItsReport = (e: TimelineEvent) =>
    newest !== null && lastDay(e.date) <= newest && tellsPendingDecision(e.text);
  const next = firstToCome(coming.filter((e) => !asOfItsReport(e))) ?? firstToCome(coming);
  const ahead: BottomLineItem | null = next
    ? {
        kind: 'ahead',
        text: next.text,
        date: next.date,
        actors: [],
        sourceIds: next.sourceIds,
        citations: next.citations,
      }
    : null;
  const lead = leadDevelopment(facts, latest);
  // at most four lines: the lead development goes first when the others leave room
  const kept = new Set([latest, actors, split, ahead, lead].filter((i) => i !== null).slice(0, 4));
  return [latest, lead, actors, split, ahead].filter((i): i is BottomLineItem => i !== null && kept.has(i));
}

/**
 * How far before the newest news (the latest development's date, else the newest source's day) the lead
 * development may be, in days: half a year. Of 12 briefs of the Wikinews clusters cut at their first 5,
 * 10, 20 and 30 reports, 4 led with an event 463 to 1,658 days older than their latest (a car maker's
 * cuts of February 2007 in a brief of April 2009), beside newer points. 30 days changed 11 briefs, 9 of
 * them losing the line (leads of 36 to 62 days in running news among them), 90 days 7, 180 days the 6
 * whose lead was 193 days old or more (3 take a newer point, 3 spanning years lose the line), 365 days
 * 4, keeping leads of 193 and 328 days.
 */
const LEAD_WITHIN_DAYS = 180;

/**
 * The best-ranked key point that is a dated event some source reported on or after its date, when it is
 * not the latest development itself: as the timeline dates it, else as its report's lead or the point
 * itself does when the timeline left it out (a report's main development that the 40 entries cut had
 * given way to a smaller dated event; fixture `lead-a-key-point-the-timeline-left-out`). "The water board
 * will hold an emergency meeting on October 20", told on 2 October and in no later report, is a plan,
 * which the brief cannot call a development (fixture `lead-not-a-plan-its-day-passed`). An event more than {@link LEAD_WITHIN_DAYS} before the
 * newest news is background of a brief that spans years, no lead beside it: a newer point leads, or
 * none (fixture `lead-not-years-before-the-latest`).
 */
function leadDevelopment(facts: BottomLineFacts, latest: BottomLineItem | null): BottomLineItem | null {
  // citations meet where they end: an event shown with the sentence before it (one its subject points back
  // to) cites from there, and is its own sentence's, not the one before's (a model fixture's lead had been
  // taken for the line after it, "The rise came after … in January", and dated by it)
  const key = (c: Citation) => `${c.sourceId}:${c.end}`;
  const shown = new Set(latest?.citations.map(key));
  const done = reportedOnOrAfter(facts.sources ?? []);
  const since = leadSince(facts, latest);
  // a point's event as the timeline dates it, else as its report's lead ("… a loss in the first quarter of
  // 2025", of its report's day) or the point itself states it when the timeline left it out
  const events = [...facts.timeline, ...(facts.leads ?? []), ...offTimeline(facts, facts.leads ?? [])];
  for (const point of facts.keyPoints) {
    const own = point.citations[0];
    if (!own || shown.has(key(own)) || pointsToThingTold(point.text)) continue;
    const event = events.find(
      (e) =>
        e.precision !== 'year' &&
        e.citations.some((c) => key(c) === key(own)) &&
        done(e) &&
        lastDay(e.date) >= since,
    );
    if (!event) continue;
    return {
      kind: 'lead',
      text: withoutCaptionRunIn(event.text),
      date: event.date,
      actors: [],
      sourceIds: event.sourceIds,
      citations: event.citations,
    };
  }
  return null;
}

/**
 * The key points neither the timeline nor a report's lead holds, as events ({@link keyPointEvents}).
 * @param facts the key points and the timeline
 * @param leads the reports' leads read beside the timeline
 */
function offTimeline(facts: BottomLineFacts, leads: readonly TimelineEvent[]): TimelineEvent[] {
  const held = new Set(leads.flatMap((l) => l.citations.map((c) => `${c.sourceId}:${c.start}`)));
  return keyPointEvents(facts.keyPoints, facts.timeline).filter(
    (e) => !e.citations.some((c) => held.has(`${c.sourceId}:${c.start}`)),
  );
}

/**
 * The first day a lead development may be on ({@link LEAD_WITHIN_DAYS} before the newest news): the
 * latest development's date, else the newest source's day; '' (any day) when neither is known.
 */
function leadSince(facts: BottomLineFacts, latest: BottomLineItem | null): string {
  const days = (facts.sources ?? []).flatMap((s) => (s.published ? [lastDay(s.published.slice(0, 10))] : []));
  const newest = latest?.date ? lastDay(latest.date) : (days.sort().at(-1) ?? '');
  if (newest === '') return '';
  return new Date(firstDay(newest) - LEAD_WITHIN_DAYS * DAY).toISOString().slice(0, 10);
}

/**
 * The events a source reports: without those in which the writer speaks of themself ("That's exactly
 * how I felt after a demo yesterday"), a column's or a review's own experience, or the outlet speaks to
 * its readers ("can also attend our Zoom panel on Nov. 9"), which are no development of the story.
 * @param events the timeline or the watch list
 * @param orAll give all the events when none is reported (the latest development needs one)
 */
function reported(events: readonly TimelineEvent[], orAll: boolean): readonly TimelineEvent[] {
  // nor a question ("Will the board seek a ban before 20 July?"), which asks and tells no development
  const out = events.filter((e) => !speaksPersonally(e.text) && !isQuestion(e.text));
  return out.length > 0 || !orAll ? out : events;
}

/**
 * The most recent event stated to the day or month (most sources first on the same date) that a source
 * reported on or after its date, else the first key point that is no coming event.
 */
function latestDevelopment(facts: BottomLineFacts): BottomLineItem | null {
  // a report's undated lead ("Ports along the coast reopened after …", on the day it came out) is a
  // development of its day beside the timeline's: without it, an aside of the same report that the
  // timeline dated by its news day ("Harlow Bank today fell by 12.4%") or an older report's event stood
  // for the newest news (fixture `latest-undated-lead`)
  // a lead the timeline holds only under its figure's year or month ("a loss … in the first quarter of
  // 2025") is its report day's development all the same (fixture `latest-lead-dated-by-its-period`)
  const onTimeline = new Set(
    facts.timeline
      .filter((e) => e.precision === 'day')
      .flatMap((e) => e.citations.map((c) => `${c.sourceId}:${c.start}`)),
  );
  const leads = (facts.leads ?? []).filter(
    (l) => !l.citations.some((c) => onTimeline.has(`${c.sourceId}:${c.start}`)),
  );
  // and a key point the timeline left out, dated to its day or month (fixture
  // `latest-a-key-point-the-timeline-left-out`): the newest report's main development, told with its hour
  // on the clock, which the timeline's 40 entries had cut, gave way to an older report's
  const timeline = reported([...facts.timeline, ...leads, ...offTimeline(facts, leads)], true);
  // "Full results will be presented … on November 16", said on the 9th: what every source citing it
  // wrote before its day is a plan, which a later report may say went otherwise
  const done = reportedOnOrAfter(facts.sources ?? []);
  const happened = timeline.filter(done);
  const reportedDone = happened.length > 0 ? happened : timeline;
  // one that reads on its own: "The company denied the claim on Thursday" says nothing of what was
  // denied, "He will visit the region on Wednesday" who will (a drug-recall and an earthquake brief's
  // latest development), which only the sentence before says
  // nor does a market's move that names no market ("… stocks have lost nine percent; on Wednesday they
  // lost another two"), the newest news of a markets brief, whose index only the lead before names
  // (fixture `latest-market-move-names-its-market`)
  // nor one that counts with an ordinal and no noun its headline names ("… has delivered the first that
  // will run on the coast line"; {@link pointsToThingTold}): fixture `bottom-line-latest-counts-its-noun`
  // nor one that adds itself to another thing told ("Norvale Transit has also signed deals …";
  // {@link addsToAnother}), which the key points and the Next line pass over too: chosen as the newest, it
  // had stood first in the line, adding itself to nothing the line tells (fixture `top-lines-pass-over-also`)
  const alone = reportedDone.filter(
    (e) =>
      !needsSentenceBefore(e.text) &&
      !addsToAnother(e.text) &&
      !movesUnnamedMarket(e.text) &&
      !pointsToThingTold(e.text),
  );
  const dated = (alone.length > 0 ? alone : reportedDone).filter((e) => e.precision !== 'year');
  // on one day, a development that reads on its own before the rest of a quote ('I want my money now,"
  // said retired teacher …', cut from '"They said the same thing … I want my money now," said …', beside
  // "Withdrawals slowed sharply on 5 March")
  // and then the one the key points rank highest: a report's undated quotes and asides, dated by its
  // news day, came first by their text ('"If the Fed holds its rates …," he said.' before the lead that
  // states the day, "…, Deputy Governor Tomás Varela said on Wednesday.")
  const rank = keyPointRank(facts.keyPoints);
  const last = [...(dated.length ? dated : reportedDone)].sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      b.sourceIds.length - a.sourceIds.length ||
      Number(beginsInQuote(a.text)) - Number(beginsInQuote(b.text)) ||
      // then, of one report, the one it states first: a news report leads with its main development
      (a.citations[0]?.sourceId === b.citations[0]?.sourceId ? position(a) - position(b) : 0) ||
      rank(a) - rank(b) ||
      position(a) - position(b),
  )[0];
  if (last)
    return {
      kind: 'latest',
      // a picture's caption run into the sentence is no word of the line (fixture `key-points-caption-run-in`)
      text: withoutCaptionRunIn(last.text),
      date: last.date,
      actors: [],
      sourceIds: last.sourceIds,
      citations: last.citations,
    };
  // no event is dated in the past: the first key point that is no coming event ("will hear its
  // complaint on 15 January" is the bottom line's 'ahead', not its latest development)
  const coming = new Set((facts.watch ?? []).map((e) => e.text));
  const top = facts.keyPoints.find((k) => !coming.has(k.text));
  if (!top) return null;
  return {
    kind: 'latest',
    text: top.text,
    date: null,
    actors: [],
    sourceIds: top.sourceIds ?? [...new Set(top.citations.map((c) => c.sourceId))],
    citations: top.citations,
  };
}

/** The last day the newest of the sources came out by (`YYYY-MM-DD`), or null when none is dated. */
function newestDay(sources: NonNullable<BottomLineFacts['sources']>): string | null {
  let newest: string | null = null;
  for (const s of sources)
    if (s.published && (newest === null || lastDay(s.published) > newest)) newest = lastDay(s.published);
  return newest;
}

/**
 * Whether some source of an event came out on or after the event's date (or has no known day): what
 * every source wrote before its day is a plan.
 * @param sources the sources and the day, month or year each came out
 */
function reportedOnOrAfter(
  sources: NonNullable<BottomLineFacts['sources']>,
): (event: TimelineEvent) => boolean {
  const published = new Map(sources.map((s) => [s.id, s.published ?? null]));
  return (e) =>
    e.sourceIds.some((id) => {
      const day = published.get(id);
      // a source dated to its month or year came out by that month's or year's last day
      return day === undefined || day === null || lastDay(day) >= e.date;
    });
}

/**
 * The rank of the best key point that cites an event's sentence (0 the first), or the number of key
 * points when none does.
 * @param keyPoints the briefing's key points, best first
 */
function keyPointRank(keyPoints: readonly KeyPoint[]): (event: TimelineEvent) => number {
  const ranks = new Map<string, number>();
  keyPoints.forEach((point, i) => {
    for (const c of point.citations) {
      const key = `${c.sourceId}:${c.start}`;
      if (!ranks.has(key)) ranks.set(key, i);
    }
  });
  return (event) =>
    Math.min(
      keyPoints.length,
      ...event.citations.map((c) => ranks.get(`${c.sourceId}:${c.start}`) ?? keyPoints.length),
    );
}

/** How far into its report an event's first citation stands (its offset). */
function position(event: TimelineEvent): number {
  return event.citations[0]?.start ?? 0;
}

/**
 * Whether a sentence begins inside a quotation the sentence before opened ('I want my money now," said
 * …'): the rest of a quote, which does not read on its own.
 */
function beginsInQuote(text: string): boolean {
  return closesFirst(text) >= 0;
}

/**
 * The facts of one story's sources: its key points, events, claims and stances, and its actors, each
 * counted by the sources of the story that name it.
 */
function ofStory(facts: BottomLineFacts, story: ReadonlySet<string>): BottomLineFacts {
  const cited = (x: { citations: readonly Citation[] }) => x.citations.some((c) => story.has(c.sourceId));
  return {
    ...facts,
    keyPoints: facts.keyPoints.filter((k) => story.has(k.citations[0]?.sourceId ?? '')),
    timeline: facts.timeline.filter(cited),
    watch: facts.watch?.filter(cited),
    claims: facts.claims.filter((c) => c.sourceIds.some((id) => story.has(id))),
    actors: facts.actors
      .map((a) => ({ ...a, sourceIds: a.sourceIds.filter((id) => story.has(id)) }))
      .filter((a) => a.sourceIds.length > 0),
    stances: facts.stances?.filter((x) => story.has((x as { sourceId?: string }).sourceId ?? '')),
    sources: facts.sources?.filter((x) => story.has(x.id)),
    leads: facts.leads?.filter(cited),
    sentences: facts.sentences?.filter((c) => story.has(c.sourceId)),
  };
}

/**
 * The sources of the story most sources report: undefined when the brief holds one story or none
 * (every source counts), null when two or more stories have the most (the bottom line then gives the
 * latest and the lead development of any, and no main actors).
 */
function mainStory(stories: readonly { sourceIds: readonly string[] }[]): Set<string> | undefined | null {
  if (stories.length < 2) return undefined;
  const most = Math.max(...stories.map((s) => s.sourceIds.length));
  const top = stories.filter((s) => s.sourceIds.length === most);
  return top.length === 1 ? new Set((top[0] as { sourceIds: readonly string[] }).sourceIds) : null;
}

/**
 * Each source's outlet, by id: as {@link outletNames} names it, else the source itself.
 * @param sources the briefing's sources
 */
function outletsOf(sources: NonNullable<BottomLineFacts['sources']>): (id: string) => string {
  const names = outletNames(sources);
  const byId = new Map(sources.map((s, i) => [s.id, names[i] ?? null]));
  return (id) => byId.get(id) ?? `\u0000${id}`;
}

/**
 * Whether some sources are of two outlets or more: the sources split only then. Reports of one outlet
 * differ by their days' news, not by the outlet's view: a brief of one wire's reports had "Where the
 * sources split on the United States: Tern Wire [2]: critical; Tern Wire [5]: favourable" (fixture
 * `split-not-within-one-outlet`).
 */
function ofOutlets(ids: readonly string[], outletOf: (id: string) => string): boolean {
  return new Set(ids.map(outletOf)).size > 1;
}

/**
 * The disputed claim most sources take part in, with each source's side; one that reads alone, whose
 * sources are of two outlets or more.
 */
function disputedClaim(claims: readonly Claim[], outletOf: (id: string) => string): BottomLineItem | null {
  const sidesOf = (c: Claim) =>
    ((c as { stances?: ClaimSide[] }).stances ?? []).filter((s) => s.citations?.length);
  const disputed = claims
    .filter(
      (c) =>
        (c as { disputed?: unknown }).disputed === true &&
        !leansOnContext(c.text) &&
        ofOutlets([...c.sourceIds, ...sidesOf(c).map((s) => s.sourceId)], outletOf),
    )
    .sort((a, b) => b.sourceIds.length - a.sourceIds.length);
  const claim = disputed[0];
  if (!claim) return null;
  const sides = sidesOf(claim);
  const citations = sides.length ? sides.map((s) => s.citations[0] as Citation) : claim.citations;
  return {
    kind: 'split',
    text: claim.text,
    date: null,
    actors: [],
    sourceIds: [...new Set([...claim.sourceIds, ...sides.map((s) => s.sourceId)])].sort(),
    citations,
    sides: groupSides(sides.map((s) => ({ stance: s.stance, sourceId: s.sourceId }))),
  };
}

/**
 * The actor whose treatment divides the sources of one story out within a week of one another most
 * ({@link withinDays}; stances are polar only where the model is clear, see `stancesOf`): the largest
 * smaller side of positive against negative, then the most sources, then the sides leaning furthest
 * (the sum of the stance scores' sizes), then the actor listed first. Sources of unrelated stories do
 * not split over an actor they each name (a brief of 37 stories had "BBC News: critical; Rutgers
 * University: favourable" on the United States, from a city's outbreak and a blood-drawing robot), nor
 * sources of one outlet ({@link ofOutlets}). None when no such pair exists.
 */
function opposedStances(
  stances: readonly unknown[],
  actors: readonly Actor[],
  stories: readonly { sourceIds: readonly string[] }[],
  sources: readonly { id: string; published?: string | null | undefined }[],
  outletOf: (id: string) => string,
): BottomLineItem | null {
  const storyOf = new Map<string, number>();
  for (const [i, story] of stories.entries()) for (const id of story.sourceIds) storyOf.set(id, i);
  const byActor = new Map<string, ActorStanceLike[]>();
  for (const raw of stances) {
    const s = raw as ActorStanceLike;
    if (typeof s?.actor !== 'string' || !Array.isArray(s.citations) || s.citations.length === 0) continue;
    if (s.stance !== 'positive' && s.stance !== 'negative') continue;
    const key = `${s.actor}\u0000${storyOf.get(s.sourceId) ?? -1}`;
    byActor.set(key, [...(byActor.get(key) ?? []), s]);
  }
  const order = new Map(actors.map((a, i) => [a.name, i]));
  const minority = (list: ActorStanceLike[]) =>
    Math.min(
      ...['positive', 'negative'].map(
        (k) => new Set(list.filter((s) => s.stance === k).map((s) => s.sourceId)).size,
      ),
    );
  const lean = (list: ActorStanceLike[]) => list.reduce((sum, s) => sum + Math.abs(s.score), 0);
  const published = new Map(sources.map((x) => [x.id, x.published ?? null]));
  const best = [...byActor.values()]
    .flatMap((list) => withinDays(list, published))
    .filter(
      (list) =>
        minority(list) > 0 &&
        ofOutlets(
          list.map((s) => s.sourceId),
          outletOf,
        ),
    )
    .sort(
      (a, b) =>
        minority(b) - minority(a) ||
        b.length - a.length ||
        lean(b) - lean(a) ||
        (order.get((a[0] as ActorStanceLike).actor) ?? Number.MAX_SAFE_INTEGER) -
          (order.get((b[0] as ActorStanceLike).actor) ?? Number.MAX_SAFE_INTEGER),
    )[0];
  if (!best) return null;
  const sorted = [...best].sort((a, b) => a.score - b.score || a.sourceId.localeCompare(b.sourceId));
  const actor = (sorted[0] as ActorStanceLike).actor;
  const sides = groupSides(sorted);
  // the citations in the order the sides name their sources ("A and B: critical; C: favourable [A][B][C]")
  const citationOf = new Map(sorted.map((s) => [s.sourceId, s.citations[0] as Citation]));
  return {
    kind: 'split',
    text: actor,
    date: null,
    actors: [actor],
    sourceIds: [...new Set(sorted.map((s) => s.sourceId))].sort(),
    citations: sides.flatMap((side) => side.sourceIds.map((id) => citationOf.get(id) as Citation)),
    sides,
  };
}

/**
 * Days within which sources can split: reports of one news week. A story the grouping keeps whole can run
 * for years (30 reports on an aircraft maker from 2004 to 2011), and a report on a contract won in 2008
 * and one on a plane rolled out in 2011 do not disagree on anything (fixture `split-within-days`).
 */
const SPLIT_DAYS = 7;

/**
 * The sets of an actor's stances whose sources came out within {@link SPLIT_DAYS} of one another: one
 * set from each dated source's first day on, each with the sources of unknown day; all of them when none
 * is dated. A source dated to its month or year is in each set its month or year overlaps.
 * @param list the stances toward one actor within one story
 * @param published each source's day, month or year of publication, when known
 */
function withinDays(
  list: ActorStanceLike[],
  published: ReadonlyMap<string, string | null>,
): ActorStanceLike[][] {
  const rangeOf = (s: ActorStanceLike) => {
    const date = published.get(s.sourceId);
    if (date === null || date === undefined || !/^\d{4}(?:-\d\d){0,2}$/.test(date)) return null;
    return { from: firstDay(date), to: firstDay(lastDay(date)) };
  };
  // each source's range read once: the sets below ask it of every stance for every start
  const ranges = list.map(rangeOf);
  const dated = list.flatMap((s, i) => {
    const range = ranges[i];
    return range ? [{ s, range }] : [];
  });
  if (dated.length === 0) return [list];
  const undated = list.filter((_, i) => !ranges[i]);
  const starts = [...new Set(dated.map((d) => d.range.from))].sort((a, b) => a - b);
  return starts.map((start) => {
    const end = start + SPLIT_DAYS * DAY;
    return [...dated.filter((d) => d.range.to >= start && d.range.from <= end).map((d) => d.s), ...undated];
  });
}

function groupSides(
  list: readonly { stance: string; sourceId: string }[],
): { stance: string; sourceIds: string[] }[] {
  const out = new Map<string, Set<string>>();
  for (const s of list) out.set(s.stance, (out.get(s.stance) ?? new Set()).add(s.sourceId));
  return [...out].map(([stance, ids]) => ({ stance, sourceIds: [...ids].sort() }));
}
