import type { Article } from './article.js';
import { demandInBackground } from './background-demands.js';
import type { Citation, TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { isCounterfactual } from './counterfactual.js';
import { datePhraseWords } from './date-phrases.js';
import type { DatedSentence, SentenceDate } from './dated-sentence.js';
import { tellsOwnFeeling } from './feeling-sentences.js';
import { findSentenceDates, referenceDate } from './find-sentence-dates.js';
import { watchLeansOnSubjectBefore } from './news-statement.js';
import { deadlineWords, noEventWords } from './no-event-words.js';
import { underQuestionLabel } from './open-questions.js';
import { planOutcomes } from './overtaken-plans.js';
import { lastDay } from './partial-dates.js';
import { fromOpeningMark } from './quotation-start.js';
import { isQuestion } from './sentence-news.js';
import type { Sentence } from './sentences.js';
import { jaccard, Vocabulary, type WordRange } from './text-stats.js';

const MAX_EVENTS = 40;
const MAX_CITATIONS = 8;
const MAX_WATCH = 12;
/** From this day of a year (`MM-DD`), one that earlier years' reports set ahead is under way (see `yearCome`). */
const YEAR_UNDER_WAY = '04-01';
/** How like in words ({@link sameEventWords}) two sentences of one date must be to be one event. */
const SAME_EVENT = 0.2;
/** How many words besides the date's and the deadline's two deadlines of one day share to be one ({@link sharedBesides}). */
const SAME_DEADLINE = 2;

/**
 * Turns an article's sentence dates into dated sentences for {@link buildTimeline}: each cites its
 * sentence and keeps its words.
 * @param article the source
 * @param sentences its sentences
 * @param dates what {@link findSentenceDates} found
 * @param vocabulary interns the sentences' words; use one for all articles of a timeline
 */
export function toDatedSentences(
  article: Article,
  sentences: readonly Sentence[],
  dates: readonly SentenceDate[],
  vocabulary: Vocabulary,
): DatedSentence[] {
  const day =
    article.publishedPrecision === 'day' && article.published ? article.published.slice(0, 10) : null;
  // an analyst's open questions listed under their label ("Open questions:") are no events, whatever
  // date they name: on the timeline, one was the bottom line's latest development
  const asking = underQuestionLabel(article.text, sentences);
  // a counterfactual ("If the merger had gone ahead, the ferries would have been renamed by 2027") names
  // the date of what did not happen: no event, nor a thing to watch
  return dates
    .filter((d) => {
      const text = (sentences[d.sentence] as Sentence).text;
      return !asking.has(d.sentence) && !isQuestion(text) && !isCounterfactual(text);
    })
    .map((d) => {
      const s = sentences[d.sentence] as Sentence;
      const { wordIds, wordsFrom, wordsTo } = vocabulary.idsOfSentenceAt(sentences, d.sentence);
      // a deadline ahead of its report ("is seeking to cut 31,500 jobs by 2012", "has a June 1 deadline")
      // is when something is due, not when the sentence's news happened, which is its report's: on
      // eval:dates such sentences' gold is the report's day (agreement 75.0 -> 76.1 %, none lost)
      const due = day !== null && d.deadline === true && lastDay(d.date) > day;
      // a demand told as the circumstance of another past event ("talks broke down when party leaders
      // insisted that the union agree to cuts by next year") set its date ahead as a side's position in a
      // dispute now past: a plan none reports done, on the timeline among the plans, not a thing to watch
      const demand = d.ahead && demandInBackground(s.text);
      // a speaker's feeling about a day ahead ("I dread opening the markets page tomorrow.", a quotation's
      // first sentence) names the day by the feeling, no event on it: it had been a crisis brief's "Next"
      const feeling = d.ahead && tellsOwnFeeling(s.text);
      // the words two sentences of one date share whatever their events: the date's own, and the units of
      // their figures
      const phrases = datePhraseWords(s.text);
      const filler = noEventWords(s.text);
      const unshared = phrases === null ? filler : filler === null ? phrases : `${phrases} ${filler}`;
      const deadlineOnly = due ? deadlineWords(s.text) : null;
      // 'It is not going to be a pleasant ride," Ruiz said.': a quotation cut at a paragraph break is shown
      // from its opening mark
      const shown = fromOpeningMark(sentences, d.sentence, article.text);
      return {
        date: due ? day : d.date,
        precision: due ? 'day' : d.precision,
        ahead: due ? false : d.ahead,
        ...(due ? { due: { date: d.date, precision: d.precision } } : {}),
        ...(demand ? { demand: true as const } : {}),
        ...(feeling ? { feeling: true as const } : {}),
        ...(d.clock ? { clock: true as const } : {}),
        ...(d.reported ? { reported: true as const } : {}),
        ...(day === null ? {} : { reportDay: day }),
        text: s.text,
        citation: cite(article, s.start, s.end),
        ...(shown.text === s.text
          ? {}
          : { shown: { text: shown.text, citation: cite(article, shown.start, s.end) } }),
        wordIds,
        wordsFrom,
        wordsTo,
        ...(unshared === null ? {} : { unsharedWordIds: Uint32Array.from(vocabulary.idsOf(unshared)) }),
        ...(due ? { deadlineWordIds: Uint32Array.from(vocabulary.idsOf(deadlineOnly ?? '')) } : {}),
      };
    });
}

/**
 * Finds the dated events of one article: every sentence that states a date, resolved against the
 * article's publication date; a day and month that would fall after publication in a sentence about
 * the past is moved back a year.
 * @param article the source
 * @param sentences its sentences
 * @param fallback reference date for an article without a dated publication
 * @param vocabulary interns the sentences' words; use one for all articles of a timeline
 * @returns dated sentences
 */
export function findDatedSentences(
  article: Article,
  sentences: readonly Sentence[],
  fallback: Date,
  vocabulary: Vocabulary = new Vocabulary(),
): DatedSentence[] {
  const dates = findSentenceDates(sentences, referenceDate(article, fallback));
  return toDatedSentences(article, sentences, dates, vocabulary);
}

/** What {@link buildTimeline} gives: the dated past and the scheduled future. */
export interface TimelineParts {
  /** Events sorted by date. */
  timeline: TimelineEvent[];
  /** Events a source dates ahead of the latest publication date in a forward clause, sorted by date. */
  watch: TimelineEvent[];
}

/**
 * Merges dated sentences into a timeline: the same date reported in similar words by several sources
 * becomes one event citing all of them and listing their ids. Keeps the events most sources report
 * when there are many, the more precise and then the later first, each source's first event stated
 * done before any source's second. Events a clause sets ahead ("will
 * meet", "is due") that fall after `aheadOf` go to `watch` instead. Uses a per-date index, so the cost grows with the sentences on each date, not
 * with all pairs, and takes them as they come, so that only the events are kept, not every dated sentence.
 * @param dated dated sentences of all sources, found with one vocabulary
 * @param aheadOf the latest publication date of the sources (`YYYY[-MM[-DD]]`), or null for no watch list
 * @param watchFrom the brief's own day (`aheadOf`, or the run's day when later): what falls on or before
 *   it is no longer watched, but stays a plan on its own date, ranked after what sources report done
 * @returns the timeline and the watch list
 */
export function buildTimeline(
  dated: Iterable<DatedSentence>,
  aheadOf: string | null = null,
  watchFrom: string | null = aheadOf,
): TimelineParts {
  const byDate = new Map<string, Merged[]>();
  // a sentence dated by its report's day alone joins after those that state a date: an event both tell
  // of is worded, and cited first, as the one that states it
  const unstated: DatedSentence[] = [];
  // the first sentences shown from a quotation's opening mark (DatedSentence.shown), by their citation
  const shownAs = new Map<Citation, NonNullable<DatedSentence['shown']>>();
  const add = (read: DatedSentence) => {
    // a deadline still ahead of the latest report is something to watch, on its own date
    const d =
      read.due && aheadOf !== null && lastDay(read.due.date) > lastDay(aheadOf)
        ? { ...read, date: read.due.date, precision: read.due.precision, ahead: true }
        : read;
    const same = byDate.get(d.date) ?? [];
    byDate.set(d.date, same);
    // two sources' deadlines of one day, told in their own words, are one when they share two words
    // besides the date's and the deadline's ("a March 3 deadline to file a recovery plan", "a deadline
    // set at March 3 to draw up a recovery plan": two watch items of one deadline, likeness under 0.2)
    const deadline = d !== read && d.precision === 'day' ? d : null;
    const match = same.find(
      (e) =>
        sameEventWords(e, d) >= SAME_EVENT ||
        (deadline !== null &&
          e.deadline !== undefined &&
          sharedBesides(e.deadline, deadline) >= SAME_DEADLINE),
    );
    if (match) {
      // one citation per source, and a handful at most: the rest only adds to the count of sources
      if (!match.sources.has(d.citation.sourceId)) {
        match.sources.add(d.citation.sourceId);
        if (match.event.citations.length < MAX_CITATIONS) match.event.citations.push(d.citation);
      }
      match.ahead ||= d.ahead;
      match.allAhead &&= d.ahead;
      match.clock &&= d.clock === true || d.reported === true;
      match.lastReport = laterReport(match.lastReport, d.reportDay);
      match.demand &&= d.demand === true;
      match.feeling &&= d.feeling === true;
      return;
    }
    if (same.length >= 20) return;
    if (d.shown) shownAs.set(d.citation, d.shown);
    same.push({
      event: { date: d.date, precision: d.precision, text: d.text, sourceIds: [], citations: [d.citation] },
      wordIds: d.wordIds,
      wordsFrom: d.wordsFrom,
      wordsTo: d.wordsTo,
      ...(d.unsharedWordIds ? { unsharedWordIds: d.unsharedWordIds } : {}),
      ...(deadline === null ? {} : { deadline }),
      sources: new Set([d.citation.sourceId]),
      ahead: d.ahead,
      allAhead: d.ahead,
      clock: d.clock === true || d.reported === true,
      lastReport: d.reportDay ?? null,
      demand: d.demand === true,
      feeling: d.feeling === true,
    });
  };
  const reads: DatedSentence[] = [];
  for (const read of dated) {
    reads.push(read);
    if (read.reported) unstated.push(read);
    else add(read);
  }
  for (const read of unstated) add(read);
  const all = [...byDate.values()].flat();
  for (const e of all) e.event.sourceIds = [...e.sources].sort();
  // also an event every source sets ahead on the latest report's own day ("will run a reduced timetable
  // on Wednesday" in Tuesday's statement, the latest report Wednesday's): none reports it done, and as
  // the timeline's last event it became the brief's latest development
  // watched against the brief's own day: a deadline set ahead of the latest report that the run's day has
  // passed ("options to exercise by 2018" in a brief of 2009's reports built in 2026) is a plan none
  // reports done, on its own date among the plans (after the reported events), not a report-day event:
  // as one, two such plans had pushed an annotated event out of a cluster brief's 40
  const isWatch = (e: Merged) =>
    watchFrom !== null &&
    e.ahead &&
    !e.demand &&
    !e.feeling &&
    !yearCome(e, watchFrom) &&
    (lastDay(e.event.date) > lastDay(watchFrom) ||
      (e.allAhead && e.event.date.length === 10 && e.event.date === lastDay(watchFrom)));
  const byDateThenText = (a: TimelineEvent, b: TimelineEvent) =>
    a.date.localeCompare(b.date) || a.text.localeCompare(b.text);
  // what every source only announced ahead ("will hold an emergency meeting on November 18", "may be
  // signed on September 12", "will be rescheduled for November 17") and no later report tells done goes
  // after what sources report done: a brief of 30 reports over years had such plans in a fifth of its 40
  // events (bench:timeline-events: on the Wikinews clusters 12 such plans give way to reported events,
  // among them "The first A380 prototype was unveiled … on January 18, 2005"; entries holding an
  // annotated event 80 -> 81 of 120, dates agreeing 63 of 74 -> 63 of 72). A brief under 40 events
  // keeps them all. Of events as many sources report, to the same precision, the latest are kept: the earliest had
  // been, so that a brief of 30 reports over nine years ended its timeline, and took its latest
  // development, four years before its latest report; but each source's first event stated done comes
  // before any source's second (everySourceFirst). A time on the clock alone ("was down 2.62% at
  // 16:08 UTC") goes after the dates sources state: a market's hourly readings had pushed a bank's
  // bankruptcy out of a crisis brief's 40 events
  const ranked = all
    .filter((e) => !isWatch(e))
    .sort(
      (a, b) =>
        Number(a.allAhead) - Number(b.allAhead) ||
        b.sources.size - a.sources.size ||
        Number(a.clock) - Number(b.clock) ||
        precisionRank(b.event) - precisionRank(a.event) ||
        b.event.date.localeCompare(a.event.date),
    );
  const kept = everySourceFirst(ranked, MAX_EVENTS).map((e) => e.event);
  // a thing to watch whose subject only the sentence before names ("Its future is also uncertain as the
  // contract expires in 2028": its, the aircraft of that sentence) says nothing read alone: the bottom
  // line already left such items out, the watch list (all three days of a running brief) did not. It
  // stays off the timeline as before
  const watching = all.filter((e) => isWatch(e) && !watchLeansOnSubjectBefore(e.event.text));
  // a plan a report of a later day tells done ("Deliveries to the Kestrel Union are due in May", then
  // "The first jet was delivered to the Kestrel Union today") or put off ("… has been postponed to
  // September") is no longer ahead as it was set: it leaves the watch list, and stays off the timeline,
  // where the later report's sentence tells what became of it (and a new date it sets ahead is watched
  // on its own). Fixtures `watch-plan-reported-done`, `watch-plan-put-off`
  const outcomes = planOutcomes(
    watching.map((e) => ({ text: e.event.text, date: e.event.date, lastReport: e.lastReport })),
    reads,
  );
  const watch = watching
    .filter((_, i) => outcomes[i] === null)
    .map((e) => e.event)
    .sort(byDateThenText)
    .slice(0, MAX_WATCH);
  // an event as the brief shows it: its first sentence from the quotation's opening mark when that
  // sentence begins inside one (DatedSentence.shown), read as written until here
  const showing = (event: TimelineEvent): TimelineEvent => {
    const shown = shownAs.get(event.citations[0] as Citation);
    return shown
      ? { ...event, text: shown.text, citations: [shown.citation, ...event.citations.slice(1)] }
      : event;
  };
  return { timeline: kept.sort(byDateThenText).map(showing), watch: watch.map(showing) };
}

interface Merged extends WordRange {
  event: TimelineEvent;
  /** Its first sentence's words not counted as shared (see {@link DatedSentence.unsharedWordIds}). */
  unsharedWordIds?: Uint32Array;
  sources: Set<string>;
  /** Some source's clause sets it ahead. */
  ahead: boolean;
  /** Every source's clause sets it ahead: none reports it done. */
  allAhead: boolean;
  /** Every sentence of it is dated by its report's day alone (a time on the clock, or no date), not a date it states. */
  clock: boolean;
  /** The latest of its reports' days, or null when one of them is not dated to the day. */
  lastReport: string | null;
  /** Every sentence of it tells a demand as another past event's circumstance ({@link demandInBackground}). */
  demand: boolean;
  /** Its first sentence when that is a deadline of a day moved to its own date (see `add` in {@link buildTimeline}). */
  deadline?: DatedSentence;
  /** Every sentence of it tells its speaker's own feeling about its date ({@link tellsOwnFeeling}). */
  feeling: boolean;
}

function laterReport(a: string | null, b: string | undefined): string | null {
  return a === null || b === undefined ? null : b > a ? b : a;
}

/**
 * Whether an event of a year alone has come by the brief's day, set ahead only by reports of earlier
 * years: "reach parity by next year" in a report of December 2008 is 2009, and in a brief of May 2009 the
 * year it named is under way, a demand or plan of before it whose outcome reports of that year would
 * tell, not a thing ahead (review91: a failed bill's demand was "Next" all through 2009; "Two more plants
 * will close in 2008" of a 2006 report was watched in December 2008). A year a report of that year sets
 * ahead ("by the end of 2010" in a report of 2010) is still watched until it ends, and so is any year
 * in its first quarter ({@link YEAR_UNDER_WAY}): a feed's brief of 5 January still watches "will vote on
 * the budget next year" of 20 December, most of whose year is ahead. Fixture
 * `watch-year-come-since-its-report`.
 * @param e the merged event
 * @param watchFrom the brief's day
 */
function yearCome(e: Merged, watchFrom: string): boolean {
  return (
    e.event.precision === 'year' &&
    e.lastReport !== null &&
    e.lastReport.slice(0, 4) < e.event.date &&
    lastDay(watchFrom) >= `${e.event.date}-${YEAR_UNDER_WAY}`
  );
}

/**
 * The first `k` events of a ranked list, each source's first event a date it states tells done coming
 * before any source's second: the latest of many single-source events had filled the 40 with one
 * report's hourly readings of one day (six of a day from one report) and left out every report of the
 * first 17 months of a brief of 30 market reports (fixture `timeline-every-source-first`;
 * `bench:timeline-events` entries holding an annotated event 83 -> 88 of 120, dates agreeing 66 of 75
 * -> 72 of 80). A plan every source announced ahead or an event dated by its report's day alone takes
 * no place of its own: such events still go after those stated done.
 * @param ranked the events, best first
 * @param k how many to keep
 * @returns at most `k` events, in the order of `ranked`
 */
function everySourceFirst(ranked: readonly Merged[], k: number): Merged[] {
  if (ranked.length <= k) return [...ranked];
  const covered = new Set<string>();
  const taken = new Set<Merged>();
  for (const e of ranked) {
    if (taken.size >= k) break;
    if (e.allAhead || e.clock) continue;
    let uncovered = false;
    for (const s of e.sources) if (!covered.has(s)) uncovered = true;
    if (!uncovered) continue;
    taken.add(e);
    for (const s of e.sources) covered.add(s);
  }
  for (const e of ranked) {
    if (taken.size >= k) break;
    taken.add(e);
  }
  return ranked.filter((e) => taken.has(e));
}

function precisionRank(e: TimelineEvent): number {
  return e.precision === 'day' ? 2 : e.precision === 'month' ? 1 : 0;
}

type EventWords = WordRange & { readonly unsharedWordIds?: Uint32Array };

/**
 * The Jaccard likeness of two sentences' words ({@link jaccard}) with the words of either's date
 * phrases, and those that tell no event ({@link noEventWords}), not counted as shared (they still count
 * among all the words): two sources' sentences of one year had been one event by "last year" and
 * "quarter" ("Regional bus ridership fell 12% last year" with "In the second quarter of last year, the
 * bus operator had reported a loss"; a maker's third-quarter profit with its year's), fixture
 * `timeline-date-words-make-no-event`; one report's readings of two indices by "percent" and "points"
 * ("the Kestrel 50 closed down 2.1 percent, or 61 points" with "the Orvan index lost 1.8 percent, or 44
 * points"), fixture `timeline-figure-units-make-no-event`.
 * @param a a sentence or event's words
 * @param b another's
 */
function sameEventWords(a: EventWords, b: EventWords): number {
  const like = jaccard(a, b);
  if (like < SAME_EVENT || (a.unsharedWordIds === undefined && b.unsharedWordIds === undefined)) return like;
  let shared = 0;
  let unshared = 0;
  for (let i = a.wordsFrom; i < a.wordsTo; i++) {
    const id = a.wordIds[i] as number;
    if (!holds(b, id)) continue;
    shared++;
    if (a.unsharedWordIds?.includes(id) || b.unsharedWordIds?.includes(id)) unshared++;
  }
  return (shared - unshared) / (a.wordsTo - a.wordsFrom + b.wordsTo - b.wordsFrom - shared);
}

/**
 * How many words two deadlines share besides their dates' words, their units ({@link sameEventWords})
 * and their words of deadline ({@link deadlineWords}).
 * @param a a deadline
 * @param b another
 */
function sharedBesides(a: DatedSentence, b: DatedSentence): number {
  let shared = 0;
  for (let i = a.wordsFrom; i < a.wordsTo; i++) {
    const id = a.wordIds[i] as number;
    if (!holds(b, id)) continue;
    if (a.unsharedWordIds?.includes(id) || b.unsharedWordIds?.includes(id)) continue;
    if (a.deadlineWordIds?.includes(id) || b.deadlineWordIds?.includes(id)) continue;
    shared++;
  }
  return shared;
}

/** Whether a word range holds an id (its ids are ascending). */
function holds(r: WordRange, id: number): boolean {
  let lo = r.wordsFrom;
  let hi = r.wordsTo;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const x = r.wordIds[mid] as number;
    if (x === id) return true;
    if (x < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}
