import type { Article } from './article.js';
import { demandInBackground } from './background-demands.js';
import type { ActorKind, Citation, TimelineEvent } from './briefing.js';
import { cite } from './citation.js';
import { openerAfterConnective } from './connective-words.js';
import { isCounterfactual } from './counterfactual.js';
import { datePhraseWords } from './date-phrases.js';
import type { DatedSentence, SentenceDate } from './dated-sentence.js';
import { describesBefore as describesTold } from './described-subject.js';
import { IRREGULAR_PAST, isVerbPrefix, NOT_PAST_ED } from './english-cues.js';
import { tellsOwnFeeling } from './feeling-sentences.js';
import { findSentenceDates, referenceDate } from './find-sentence-dates.js';
import { hasLabelSubject } from './label-nouns.js';
import { tellsMarketMove } from './market-colour.js';
import { watchLeansOnSubjectBefore } from './news-statement.js';
import { saysInThePast, tellsNoEvent, tellsPlanOnly } from './no-event-sentences.js';
import { deadlineWords, noEventWords } from './no-event-words.js';
import { withNounAntecedent } from './noun-antecedent.js';
import { underQuestionLabel } from './open-questions.js';
import { hasOrdinalSubject, nameOrdinal } from './ordinal-noun.js';
import { planOutcomes } from './overtaken-plans.js';
import { lastDay } from './partial-dates.js';
import { fromOpeningMark } from './quotation-start.js';
import {
  type Referent,
  referentBefore,
  speakerPronoun,
  withReferent,
  withSubjectBefore,
} from './referent-before.js';
import { hasDemonstrativeSubject, type Leaning, withSentenceBefore } from './sentence-before.js';
import { isQuestion, isStatementText } from './sentence-news.js';
import type { Sentence } from './sentences.js';
import { sideDateNotMain, tellsDoneBesideSideClause } from './side-clause-date.js';
import { jaccard, Vocabulary, type WordRange } from './text-stats.js';
import { namesThingTold } from './thing-told-before.js';

const MAX_EVENTS = 40;
const MAX_CITATIONS = 8;
const MAX_WATCH = 12;
/** A word of what will or may come: a line with one tells a plan or a view, not a deed done. */
const FUTURE = /\b(?:will|would|could|may|might|shall|should|can|going to|plans?|expects?)\b/u;
/**
 * A subject that points back by a demonstrative or "other" ("Such claims have …", "This sent prices …",
 * "Other markets also …"), after a connective of `data/connectives.yaml` in lower case ("However, this
 * …"): what it is, only the sentences before say. Built once, on first use.
 */
let demonstrativeBack: RegExp | undefined;
const pointsBackByDemonstrative = (): RegExp =>
  (demonstrativeBack ??= new RegExp(
    String.raw`${openerAfterConnective(['this', 'these', 'those', 'such', 'that', 'another', 'other'])}\s+\p{Ll}`,
    'u',
  ));
/**
 * How many events one report gives one date before the rest are details of them (see `withoutDetails`):
 * on `bench:timeline-events --oldest 10` 2 takes the three 10-report timelines from 120 entries to 111,
 * annotated entries 63 -> 62 (annotators mark details too: a deal's delivery schedule gave way to a plan),
 * dates agreeing 39 of 45 -> 43 of 50; the 30-report briefs unchanged. 1 cut them to 83 but lost 3
 * annotated entries of the 30-report briefs; 3 kept all 120.
 */
const DAY_EVENTS = 2;
/** From this day of a year (`MM-DD`), one that earlier years' reports set ahead is under way (see `yearCome`). */
const YEAR_UNDER_WAY = '04-01';
/** How like in words ({@link sameEventWords}) two sentences of one date must be to be one event. */
const SAME_EVENT = 0.2;
/** How many words besides the date's and the deadline's two deadlines of one day share to be one ({@link sharedBesides}). */
const SAME_DEADLINE = 2;
/**
 * The share of a brief's reports that lead with a market's move from which the brief is about the market,
 * and none of its moves is colour (see `isColour`): the Wikinews clusters have 0, 0 and 18 of 30, any
 * share between parts them; a third keeps a brief with one market report among a few about the story.
 */
const ABOUT_MARKET = 1 / 3;

/**
 * Turns an article's sentence dates into dated sentences for {@link buildTimeline}: each cites its
 * sentence and keeps its words.
 * @param article the source
 * @param sentences its sentences
 * @param dates what {@link findSentenceDates} found
 * @param vocabulary interns the sentences' words; use one for all articles of a timeline
 * @param kindOf the kind of an actor by its name or alias: when given, a sentence whose subject stands for
 *   a name the sentences before give is `named` with it, or `leansBack` when they name none clearly
 *   ({@link referentBefore})
 * @param speakerOf the speaker the brief's quotes give a cited quotation, if any: a sentence that names
 *   its quotation's speaker only as "he" or "she" ({@link speakerPronoun}) is `named` with it
 */
export function toDatedSentences(
  article: Article,
  sentences: readonly Sentence[],
  dates: readonly SentenceDate[],
  vocabulary: Vocabulary,
  kindOf?: (name: string) => ActorKind | undefined,
  speakerOf?: (citation: Citation) => string | null,
): DatedSentence[] {
  const day =
    article.publishedPrecision === 'day' && article.published ? article.published.slice(0, 10) : null;
  // an analyst's open questions listed under their label ("Open questions:") are no events, whatever
  // date they name: on the timeline, one was the bottom line's latest development
  const asking = underQuestionLabel(article.text, sentences);
  // a report whose lead tells a market's move is about the market: its other moves are its events
  const lead = sentences.find((s) => isStatementText(s.text));
  // the dates each sentence states itself (not its report's day)
  const stated = new Map<number, string>();
  for (const d of dates) if (!d.reported && !d.clock) stated.set(d.sentence, d.date);
  const marketReport = lead !== undefined && tellsMarketMove(lead.text);
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
      // dispute now past: not a thing to watch, and the past event is its report's news (`aside`)
      const demand = d.ahead && demandInBackground(s.text);
      // a past date that stands only in a side clause of a concession ("The Kestrel 50 closed higher,
      // though it had lost 3% on Monday") is that clause's event: the sentence tells its report's news, and is dated, as a sentence of no date, by
      // its report's day. So is a demand's date set ahead in the circumstance of a past event ("The bill
      // was rejected after talks broke down when party leaders insisted on cuts by next year"): the
      // rejection is its report's news
      const aside =
        day !== null &&
        !d.reported &&
        !d.lead &&
        !d.clock &&
        ((!d.ahead && !due && d.date < day && sideDateNotMain(s.text)) || demand);
      // a speaker's feeling about a day ahead ("I dread opening the markets page tomorrow.", a quotation's
      // first sentence) names the day by the feeling, no event on it: it had been a crisis brief's "Next"
      const feeling = d.ahead && tellsOwnFeeling(s.text);
      // the words two sentences of one date share whatever their events: the date's own, and the units of
      // their figures
      const phrases = datePhraseWords(s.text);
      const filler = noEventWords(s.text);
      const unshared = phrases === null ? filler : filler === null ? phrases : `${phrases} ${filler}`;
      const deadlineOnly = due ? deadlineWords(s.text) : null;
      // whom its "it", "the company" or its quotation's "he said" stands for, named; or a subject that
      // points back to what the sentences before name, none clearly ("Both will …", "Such claims have
      // …"): not in a quotation, whose "It" or "This" is the speaker's and whose unnamed speaker the
      // date fixtures' "she said" lines are (kept as before, no speaker found)
      const citation = cite(article, s.start, s.end);
      const referent =
        (kindOf ? referentBefore(sentences, d.sentence, kindOf) : null) ??
        quotedSpeaker(s.text, citation, speakerOf);
      // a subject that is a thing or an event its report told before ("This lifted Norvale's shares",
      // "The contract, worth 90 million crowns, runs …"), in a sentence that states no day of its own
      // (dated by its report's, or by a time on the clock): what it did is that one's detail (see the
      // filter in buildTimeline). One that states its day ("The harbour index fell 4% on Thursday")
      // tells that day's event
      // So is a sentence that tells a deed done to such a thing, named with "the" after its subject
      // ("Three councillors voted for the levy", "Before the suspension, the index fell"): on the six
      // cluster briefs such lines of a report's day beside its lead were the largest class not read
      // alone. A plan or a saying of what will come ("The union said the sale would cost forty jobs")
      // stays: model fixtures pin such lines for the watch and the timeline's plans
      const before = () => article.text.slice(0, s.start);
      // an ordinal with no noun its headline names ("the first [Orrin tram] that …") reads alone so named
      const counted = referent === null ? nameOrdinal(s.text, article.title) : null;
      const describesBefore =
        kindOf !== undefined &&
        referent === null &&
        counted === null &&
        (d.reported === true || d.clock === true || aside) &&
        (describesTold(s.text, before) ||
          (!d.ahead && !FUTURE.test(s.text) && namesThingTold(s.text, before)));
      const leansBack =
        referent === 'unresolved' ||
        describesBefore ||
        (kindOf !== undefined && referent === null && pointsBackByDemonstrative().test(s.text));
      // 'It is not going to be a pleasant ride," Ruiz said.': a quotation cut at a paragraph break is shown
      // from its opening mark
      // a subject that points back by a demonstrative ("This lifted fares by a tenth.", "These credit
      // lines will be open until …") or a pronoun no name before clearly stands for ("It closed 2%
      // higher."), not in a quotation, is shown with the sentence before, which says what it is
      // So is "the" and a noun that labels a deed ("The deal was signed on 2 May.", "The decision follows
      // …"): which deal, only the sentence before says; and "the", an ordinal and a noun ("The first ferries
      // will arrive in 2027."). Not with a sentence before that states a later date of its own ("… said its
      // order book was full until 2028."): read into the line, the line would read under two dates, and
      // the noun says what the line is about
      const opened = fromOpeningMark(sentences, d.sentence, article.text);
      const pointing =
        kindOf !== undefined &&
        opened.text === s.text &&
        (referent === 'unresolved' ||
          (referent === null &&
            counted === null &&
            pointsBack(s.text) &&
            !statesLaterDate(stated.get(d.sentence - 1), d.date)))
          ? withSentenceBefore(sentences, d.sentence, article.text, (i) => leaning(sentences, i, kindOf))
          : null;
      const shown = pointing ?? opened;
      // a sentence shown before the line that states a date of its own other than the line's: its event
      // is no part of the line's, and on the timeline it would read again under the line's date
      const otherDate =
        pointing !== null &&
        sentences.some(
          (b, i) => i < d.sentence && b.start >= pointing.start && statesOtherDate(stated.get(i), d.date),
        );
      // a subject "the", "this" or "that" and a noun its report told before ("The fault was not reported
      // …", "The bill failed …"), of a line not read with the sentence before, or shown without it:
      // the thing as the report named it, in brackets ("[The software fault on the Orrin 400] was not reported …"), as an "it" is named
      const thing =
        kindOf !== undefined && referent === null && counted === null && opened.text === s.text
          ? withNounAntecedent(sentences, d.sentence)
          : null;
      const alone =
        pointing === null
          ? null
          : referent === 'unresolved'
            ? withSubjectBefore(sentences, d.sentence)
            : thing;
      const named =
        referent !== null && referent !== 'unresolved'
          ? withReferent(s.text, referent.reference, referent.name)
          : (counted ?? (pointing === null ? thing : null));
      const market = tellsMarketMove(s.text);
      // someone's words, or a present state or view with no act ("Norvale Transit is owned by three towns",
      // "At present it has 40 trams"): no event, whatever date the sentence has; a report's lead and a
      // market's reading ("the index is down 2%") stay, the one the report's news, the other a move, and so
      // does a deadline ("has a June 1 deadline to file a plan"), a date set, which annotators take for an event
      const none = tellsNoEvent(s.text);
      // an anniversary ("Today marked a sombre date for traders, who 20 years ago …") is no event even as a lead:
      // the report's news is what happened on the day, told after it
      const noEvent =
        none === 'quotation' ||
        none === 'anniversary' ||
        (none === 'present' && s !== lead && !market && d.deadline !== true);
      return {
        date: due || aside ? day : d.date,
        precision: due || aside ? 'day' : d.precision,
        ahead: due || aside ? false : d.ahead,
        ...(due ? { due: { date: d.date, precision: d.precision } } : {}),
        ...(demand ? { demand: true as const } : {}),
        ...(feeling ? { feeling: true as const } : {}),
        ...(d.clock ? { clock: true as const } : {}),
        ...(d.reported || aside ? { reported: true as const } : {}),
        ...(market ? { market: true as const } : {}),
        ...(noEvent ? { noEvent: true as const } : {}),
        ...(marketReport ? { marketReport: true as const } : {}),
        ...(day === null ? {} : { reportDay: day }),
        text: s.text,
        citation,
        ...(shown.text === s.text
          ? {}
          : {
              shown: {
                text: shown.text,
                citation: cite(article, shown.start, s.end),
                ...(pointing !== null && referent === null ? { noun: true as const } : {}),
                ...(otherDate ? { otherDate: true as const } : {}),
                ...(alone === null ? {} : { alone }),
              },
            }),
        wordIds,
        wordsFrom,
        wordsTo,
        ...(unshared === null ? {} : { unsharedWordIds: Uint32Array.from(vocabulary.idsOf(unshared)) }),
        ...(due ? { deadlineWordIds: Uint32Array.from(vocabulary.idsOf(deadlineOnly ?? '')) } : {}),
        ...(leansBack ? { leansBack: true as const } : {}),
        ...(describesBefore ? { describesBefore: true as const } : {}),
        ...(named === null ? {} : { named }),
      };
    });
}

/**
 * Whether a sentence before a line states a date of its own later than the line's ("full until 2028"
 * before "The first jets will arrive in 2027."): what came after is not what the line's subject points
 * back to, and read into the line it would date it twice. One that holds the line's date or lies in it
 * ("May" before a line of 2 May) is the same.
 * @param before the date the sentence before states itself, if any
 * @param date the line's date
 */
function statesLaterDate(before: string | undefined, date: string): boolean {
  return statesOtherDate(before, date) && (before as string) > date;
}

/**
 * Whether a sentence states a date of its own other than a line's: one that neither holds the line's date
 * nor lies in it ("May" and "2 May" are the same).
 * @param before the date the sentence states itself, if any
 * @param date the line's date
 */
function statesOtherDate(before: string | undefined, date: string): boolean {
  return before !== undefined && !before.startsWith(date) && !date.startsWith(before);
}

/**
 * Whether a sentence's subject points back to what the sentences before tell: a demonstrative ("This cut
 * …"), "the" and a noun that labels a deed told before ("The deal was signed …", {@link hasLabelSubject})
 * or "the", an ordinal and a noun only they say the whole of ("The first ferries will sail …",
 * {@link hasOrdinalSubject}).
 * @param text a sentence
 */
function pointsBack(text: string): boolean {
  return hasDemonstrativeSubject(text) || hasLabelSubject(text) || hasOrdinalSubject(text);
}

/**
 * How a sentence shown before a line that points back reads alone ({@link Leaning}): with the name its
 * "it" stands for, or leaning back itself (a pronoun no name clearly stands for, a demonstrative or a
 * definite thing), with the thing its "the" and noun stand for as its report named it
 * ({@link withNounAntecedent}), or alone.
 * @param sentences the article's sentences
 * @param at the sentence's index
 * @param kindOf the kind of an actor by its name or alias
 */
function leaning(
  sentences: readonly Sentence[],
  at: number,
  kindOf: (name: string) => ActorKind | undefined,
): Leaning {
  const s = sentences[at] as Sentence;
  const referent = referentBefore(sentences, at, kindOf);
  if (referent === 'unresolved') return 'back';
  if (referent !== null) return { named: withReferent(s.text, referent.reference, referent.name) };
  if (pointsBack(s.text)) return 'back';
  // "The run was meant …" before "It also showed …": the run as its report named it
  const thing = withNounAntecedent(sentences, at);
  return thing === null ? null : { named: thing };
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
      match.colour &&= isColour(d);
      match.noEvent &&= d.noEvent === true;
      match.plan &&= tellsPlanOnly(d.text);
      if (readsBetter(d, match)) {
        // another source tells the event in a sentence that reads alone, or names whom its "it" means:
        // the event is worded, and cited first, as that one
        match.event.text = d.named ?? d.text;
        if (d.named === undefined) delete match.event.original;
        else match.event.original = d.text;
        const citations = match.event.citations.filter((c) => c.sourceId !== d.citation.sourceId);
        match.event.citations = [d.citation, ...citations].slice(0, MAX_CITATIONS);
        match.leansBack = false;
        match.describesBefore = false;
        match.named = d.named !== undefined;
      }
      return;
    }
    if (same.length >= 20) return;
    if (d.shown) shownAs.set(d.citation, d.shown);
    same.push({
      event: {
        date: d.date,
        precision: d.precision,
        text: d.named ?? d.text,
        ...(d.named === undefined ? {} : { original: d.text }),
        sourceIds: [],
        citations: [d.citation],
      },
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
      colour: isColour(d),
      noEvent: d.noEvent === true,
      plan: tellsPlanOnly(d.text),
      leansBack: d.leansBack === true,
      describesBefore: d.describesBefore === true,
      named: d.named !== undefined,
    });
  };
  const reads: DatedSentence[] = [];
  // the reports, and whether each is about the market (its lead tells a market's move)
  const marketReports = new Map<string, boolean>();
  for (const read of dated) {
    reads.push(read);
    marketReports.set(read.citation.sourceId, read.marketReport === true);
    if (read.reported) unstated.push(read);
    else add(read);
  }
  for (const read of unstated) add(read);
  // a sentence that leans on whom the sentences before name, none clearly, and states no past action
  // beside a sentence of its own report and day that reads alone ("Both will raise their fares" beside
  // "Norvale and Kestrel have begun to offer buyouts", "It will carry 90 cars" beside the
  // order of the ferry) tells a detail of that one's event, none of its own. One that tells an action done
  // ("He was treated with steroids and recovered", "She replaces Tomas Vell, who was appointed …") is an
  // event of its own, whoever "he" is: model fixtures pin such lines, and a shared word did not tell
  // them from details (likeness 0.07 and 0.17 to their report's lead; "Both made the offer …" of a fixture 0.10).
  // A subject that is a thing or an event its report told, in a sentence of no day of its own
  // (`describesBefore`: "The contract, worth 90 million crowns, was signed …", "This lifted Norvale's
  // shares"), tells that one's detail even in the past: on six cluster briefs, 9 such lines beside their
  // report's lead gave way to others (lines not readable alone 45 → 37)
  const all = [...byDate.values()].flatMap((same) =>
    same.filter(
      (e) =>
        !e.leansBack ||
        (!e.describesBefore && statesPastAction(e.event.text)) ||
        !same.some((o) => o !== e && !o.leansBack && holdsSources(o, e)),
    ),
  );
  // a brief whose reports are about the market has its moves as its events, whatever a report's lead
  let aboutMarket = 0;
  for (const m of marketReports.values()) if (m) aboutMarket++;
  if (aboutMarket >= marketReports.size * ABOUT_MARKET) for (const e of all) e.colour = false;
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
  // what every source only announced ahead ("will hold an emergency meeting on November 18", "may be signed
  // on September 12", "will be rescheduled for November 17") and no later report tells done goes after what
  // sources report done: a brief of 30 reports over years had such plans in a fifth of its 40 events
  // (bench:timeline-events: on the Wikinews clusters 12 such plans give way to reported events, among them
  // a first prototype's unveiling on its day; entries holding an annotated event 80 ->
  // 81 of 120, dates agreeing 63 of 74 -> 63 of 72). A brief under 40 events keeps them all. Of events as
  // many sources report, to the same precision, the latest are kept: the earliest had been, so that a brief
  // of 30 reports over nine years ended its timeline, and took its latest development, four years before its
  // latest report; but each source's first event stated done comes before any source's second, and each
  // source's n-th before any source's n+1-th (takeInTurns). A time on the clock alone ("was down 2.62% at
  // 16:08 UTC") goes after the dates sources state: a market's hourly readings had pushed a bank's bankruptcy
  // out of a crisis brief's 40 events. A market's move told in a report about something else ("Harbour shares
  // slid after the vote", under a failed levy vote) is the colour of that report's day, not an event of its
  // own (isColour): it goes after every event but the plans (bench:timeline-events: a car brief's share-price
  // line gives way to another report's event, annotated entries 88 -> 89 of 120; with --oldest 10 a vote's
  // day's two market lines give way, 59 of 120 unchanged; the markets cluster, whose reports lead with the
  // market, keeps its moves)
  const ranked = all
    .filter((e) => !isWatch(e) && !e.noEvent && (aheadOf === null || !overtakenPlan(e, aheadOf)))
    .map((e) => (aheadOf === null ? e : toldOnItsDay(e, aheadOf)))
    .sort(
      (a, b) =>
        Number(a.allAhead) - Number(b.allAhead) ||
        Number(a.colour) - Number(b.colour) ||
        b.sources.size - a.sources.size ||
        Number(a.clock) - Number(b.clock) ||
        precisionRank(b.event) - precisionRank(a.event) ||
        b.event.date.localeCompare(a.event.date),
    );
  // when the reports give more events than the timeline holds, a report's third sentence of one date and
  // after are details of its first two: they go, and do not fill the room left (a brief with room keeps
  // them, as the date fixtures show every dated sentence of a report)
  const events = ranked.length > MAX_EVENTS ? withoutDetails(ranked, DAY_EVENTS) : ranked;
  const kept = withoutLinesShownBefore(takeInTurns(events, MAX_EVENTS), shownAs).map((e) => e.event);
  // a thing to watch whose subject only the sentence before names ("Its future is also uncertain as the
  // contract expires in 2028": its, the aircraft of that sentence) says nothing read alone: the bottom
  // line already left such items out, the watch list (all three days of a running brief) did not. It
  // stays off the timeline as before
  // nor one whose date stands only in a side clause while its main verb tells a thing done ("Norvale Air,
  // which will be the first to fly it in July, has opened bookings": `tellsDoneBesideSideClause`), a cluster
  // cut's Next line so dated (bl107; fixture `watch-date-in-a-side-clause`)
  const watching = all.filter(
    (e) => isWatch(e) && !watchLeansOnSubjectBefore(e.event.text) && !tellsDoneBesideSideClause(e.event.text),
  );
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
  // sentence begins inside one (DatedSentence.shown), read as written until here; the quotation shown
  // whole is the source's own words, so a name put in brackets for its "he said" (`original`) goes
  // A line shown with the sentences before it whose first is the line right above it on the list ("The
  // strike closed the quay on 3 May." above "This cut Norvale's shares on 5 May.") is shown alone: the
  // line above says what "this" is, and its text is not read twice. So is one whose subject points back
  // ("The deal was signed on 2 May.", "The first ferries will …", "It closed 2% higher …") when a sentence
  // before it is a line anywhere on the timeline, or states a date of its own other than the line's
  // (`otherDate`): shown with it, that event was read twice, or once under the wrong date (a report's lead
  // again under the date of the detail after it). The noun says what the line is about; an "it" is named by
  // the subject the sentence before opens with, when it opens with one (`alone`: "[The Orvan index] closed …")
  const lines = kept.map((e) => e.citations[0] as Citation);
  // (a thing to watch is read apart from the timeline, and keeps what it points to)
  const showing =
    (onTimeline: boolean) =>
    (event: TimelineEvent, i: number, list: readonly TimelineEvent[]): TimelineEvent => {
      const own = event.citations[0] as Citation;
      const shown = shownAs.get(own);
      if (!shown) return event;
      const above = list[i - 1]?.citations[0];
      if (
        (above !== undefined && covers(shown.citation, own, above)) ||
        (onTimeline && (shown.otherDate || lines.some((c) => c !== own && covers(shown.citation, own, c))))
      )
        return shown.alone === undefined ? event : { ...event, text: shown.alone, original: event.text };
      const { original: _, ...rest } = event;
      return { ...rest, text: shown.text, citations: [shown.citation, ...event.citations.slice(1)] };
    };
  return { timeline: kept.sort(byDateThenText).map(showing(true)), watch: watch.map(showing(false)) };
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
  /** Every sentence of it tells a market's move in a report about something else ({@link isColour}). */
  colour: boolean;
  /** Every sentence of it tells no event (`DatedSentence.noEvent`): it stays off the timeline. */
  noEvent: boolean;
  /** Every sentence of it tells only what is to happen ({@link tellsPlanOnly}). */
  plan: boolean;
  /** Its text leans on whom the sentences before name, none clearly (`DatedSentence.leansBack`). */
  leansBack: boolean;
  /** Its subject is a thing or an event its report told before (`DatedSentence.describesBefore`). */
  describesBefore: boolean;
  /** Its text names whom its subject stands for in square brackets (`DatedSentence.named`). */
  named: boolean;
}

/**
 * Whether a dated sentence tells a market's or an index's move ({@link tellsMarketMove}) in a report
 * whose lead tells none: the colour of the day of the report's news ("Harbour shares slid after
 * the vote" under "The Kestrel Union's budget vote failed today"), not an event of its own.
 */
function isColour(d: DatedSentence): boolean {
  return d.market === true && d.marketReport !== true;
}

/** The speaker a quotation names only as "he" or "she" ({@link speakerPronoun}), as the brief's quotes give it. */
function quotedSpeaker(
  text: string,
  citation: Citation,
  speakerOf: ((citation: Citation) => string | null) | undefined,
): Referent | null {
  const reference = speakerOf ? speakerPronoun(text) : null;
  const name = reference ? speakerOf?.(citation) : null;
  return reference && name ? { reference, name } : null;
}

/** Whether a dated sentence reads better alone than an event's text: as written, or with its subject named, over one that leans back. */
function readsBetter(d: DatedSentence, e: Merged): boolean {
  if (d.leansBack) return false;
  return d.named === undefined ? e.leansBack || e.named : e.leansBack;
}

/** A verb in the past tense: "-ed" (not "need", "indeed"), or an irregular past ("was", "made"). */
const PAST = new RegExp(String.raw`\b(?:\p{Ll}{2,}ed|${IRREGULAR_PAST.join('|')})\b`, 'gu');
const NOT_PAST = new Set(NOT_PAST_ED);

/** What makes a past form that is also the base ("cut", "set") an infinitive: "to cut", "will set". */
const BEFORE_INFINITIVE = /\b(?:to|will|would|can|could|may|might|must|should|shall|not)\s+$/u;

/** A compound's first part and its hyphen, before a past form: ("state-", "long-", "re-"); 1: the part. */
const COMPOUND_BEFORE = /(?:^|[^\p{L}-])(\p{L}+)-$/u;

/**
 * Whether a sentence states an action done: a verb in the past tense ({@link PAST}), not an infinitive,
 * nor the end of a compound that is an adjective ("long-awaited", "state-owned"; "re-opened" is a past).
 */
function statesPastAction(text: string): boolean {
  for (const m of text.matchAll(PAST)) {
    if (NOT_PAST.has(m[0]) || BEFORE_INFINITIVE.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const part = COMPOUND_BEFORE.exec(text.slice(Math.max(0, m.index - 20), m.index))?.[1];
    if (part === undefined || isVerbPrefix(part.toLowerCase())) return true;
  }
  return false;
}

/** Whether one event's sources include all of another's. */
function holdsSources(a: Merged, b: Merged): boolean {
  for (const s of b.sources) if (!a.sources.has(s)) return false;
  return true;
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
 * Whether an event is a plan the reports overtook: every source set it ahead of its report ("Two more
 * depots will close in 2027", "Norvale Transit plans to cut 300 jobs by 2027", of a report of 2025), on
 * a date the latest report has reached (or a year under way by then, {@link yearCome}), and none tells
 * it done. It is no event, and it stays off the timeline, where it had stood on its date as if it had
 * happened then (10-report cluster briefs: 5 such lines of 103; 2 an annotator had marked with no date
 * of their own). A sentence that opens on a past saying ("The mayor added that the lease may be signed
 * on 4 May", {@link saysInThePast}) tells its speaker's act and stays, and so does a plan on its
 * report's own day ("The ministry is considering a loan"), a demand and a feeling. Fixture
 * `timeline-overtaken-plans`.
 * @param e the merged event
 * @param aheadOf the latest report's date
 */
function overtakenPlan(e: Merged, aheadOf: string): boolean {
  return isOvertaken(e, aheadOf) && !saysInThePast(e.event.original ?? e.event.text);
}

/**
 * Whether every source set an event ahead of its report on a date the latest report has reached, and
 * none tells it done (see {@link overtakenPlan}), whatever its sentence opens on.
 * @param e the merged event
 * @param aheadOf the latest report's date
 */
function isOvertaken(e: Merged, aheadOf: string): boolean {
  return (
    e.allAhead &&
    !e.demand &&
    !e.feeling &&
    e.lastReport !== null &&
    lastDay(e.event.date) > e.lastReport &&
    (lastDay(e.event.date) <= lastDay(aheadOf) || yearCome(e, aheadOf))
  );
}

/**
 * A plan the reports overtook that a sentence opens on a past saying of ("The mayor added that the lease
 * may be signed on 2 April", "Norvale Transit warned that fares could rise before the budget is voted in April";
 * {@link saysInThePast}), dated by its report's day: it stays on the timeline as its speaker's act
 * ({@link overtakenPlan}), and that act is of the day its report tells, not of the plan's date. On the
 * plan's date it read as done then (the seven briefs of session 100: three such lines, a signing, a
 * figure's revision and a programme of the next year, each a saying of its report's day). A plan of
 * several reports' days, or of a report not dated to the day, keeps its date.
 * @param e the merged event
 * @param aheadOf the latest report's date
 * @returns the event, or a copy of it dated by its report's day
 */
function toldOnItsDay(e: Merged, aheadOf: string): Merged {
  const day = e.lastReport;
  if (day === null || e.sources.size > 1 || !isOvertaken(e, aheadOf)) return e;
  return { ...e, event: { ...e.event, date: day, precision: 'day' } };
}

/**
 * The first `k` events of a ranked list, each source's first event a date it states tells done coming
 * before any source's second: the latest of many single-source events had filled the 40 with one
 * report's hourly readings of one day (six of a day from one report) and left out every report of the
 * first 17 months of a brief of 30 market reports (fixture `timeline-every-source-first`;
 * `bench:timeline-events` entries holding an annotated event 83 -> 88 of 120, dates agreeing 66 of 75
 * -> 72 of 80). Then each source's n-th event before any source's n+1-th: in a brief of fewer reports
 * than events, the latest report's paragraphs of its own day had filled a quarter of the 40 (a vote's
 * day: its quotations, its market colour), ahead of the earlier reports' second and third events
 * (fixture `timeline-report-paragraphs-take-turns`; `bench:timeline-events`, after market colour went
 * back: entries holding an annotated event 89 -> 88 of 120, a market report's fourth reading of its day
 * giving way to another report's second event, none annotated; at most 4 -> 2 entries a report; with
 * `--oldest 10` 59 -> 61 of 120, at most 9 -> 6 entries a report, dates agreeing 43 -> 42 of 47).
 * Rounds of one source and one day instead let a report's background years each take a place of their
 * own (88 -> 83). A plan every
 * source announced ahead, market colour ({@link isColour}) or an event dated by its report's day alone
 * takes no place in the first round; the first two go after all the rest.
 * @param ranked the events, best first
 * @param k how many to keep
 * @returns at most `k` events, in the order of `ranked`
 */
/**
 * Whether a line's shown citation ({@link DatedSentence.shown}) holds another citation's sentence before
 * the line's own: the sentence before that the line is shown with.
 * @param shown where the line is shown from
 * @param own the line's own sentence
 * @param other another line's first citation
 */
function covers(shown: Citation, own: Citation, other: Citation): boolean {
  return other.sourceId === own.sourceId && other.start >= shown.start && other.start < own.start;
}

/**
 * The kept events without those whose one sentence another kept event of the same date is shown with (the
 * sentence before a line that points back, {@link DatedSentence.shown}: "Norvale agreed on Tuesday to buy
 * three ferries." before "The deal was signed on Tuesday."): the line shows its text, and it is not read
 * twice. One of another date stays (dropping one dated by its report's day alone for a line of another
 * date moved a model fixture's lead to the month of an "after" clause), and so does one other sources
 * tell too.
 * @param kept the events kept, in any order
 * @param shownAs the sentences shown from before their own, by their citation
 */
function withoutLinesShownBefore(
  kept: readonly Merged[],
  shownAs: ReadonlyMap<Citation, NonNullable<DatedSentence['shown']>>,
): Merged[] {
  const shownWith = new Set<Merged>();
  for (const line of kept) {
    const own = line.event.citations[0] as Citation;
    const shown = shownAs.get(own);
    if (!shown) continue;
    for (const other of kept)
      if (
        other !== line &&
        other.event.citations.length === 1 &&
        other.event.date === line.event.date &&
        covers(shown.citation, own, other.event.citations[0] as Citation)
      )
        shownWith.add(other);
  }
  return kept.filter((e) => !shownWith.has(e));
}

function takeInTurns(ranked: readonly Merged[], k: number): Merged[] {
  if (ranked.length <= k) return [...ranked];
  const taken = new Set<Merged>();
  const count = new Map<string, number>();
  const take = (e: Merged) => {
    taken.add(e);
    for (const s of e.sources) count.set(s, (count.get(s) ?? 0) + 1);
  };
  for (const e of ranked) {
    if (taken.size >= k) break;
    if (e.allAhead || e.colour || e.clock) continue;
    for (const s of e.sources)
      if (!count.has(s)) {
        take(e);
        break;
      }
  }
  // round n takes each event one of whose sources has fewer than n taken, best first
  for (let round = 1, left = true; taken.size < k && left; round++) {
    left = false;
    for (const e of ranked) {
      if (taken.size >= k) break;
      if (e.allAhead || e.colour || taken.has(e)) continue;
      left = true;
      for (const s of e.sources)
        if ((count.get(s) ?? 0) < round) {
          take(e);
          break;
        }
    }
  }
  for (const e of ranked) {
    if (taken.size >= k) break;
    taken.add(e);
  }
  return ranked.filter((e) => taken.has(e));
}

/**
 * The ranked events without the details: a report's event of one date after `n` of that report and date
 * ranked before it tells a detail of those (a deal's terms, its delivery schedule, a vote's count after
 * the vote), not an event of its own: a brief of ten reports had filled its 40 entries with one
 * report's eight sentences of its day (fixture `timeline-report-day-details`). An event several reports
 * tell is kept, and counts to none: two market reports' shared reading had taken the place of one's own
 * news of that day. After a report's first event of a date, the lines that tell something done or said
 * come before those that tell only a plan ({@link tellsPlanOnly}: "Further aid will also be provided",
 * "The depot's name is to be changed"), which had taken the second place ahead of an act
 * (fixture `timeline-report-day-acts-over-plans`; `bench:timeline-events --oldest 10`: 2 plans cut, none
 * annotated, an annotated sale of a stake kept, annotated entries 61 -> 62 of 105; the 30-report briefs
 * unchanged). Acts before sayings and states too cost more than they gained (annotated 62 -> 59 of 105,
 * and 87 -> 84 of 120 on the 30-report briefs: a market closed for a holiday, an official's quoted price
 * and a maker's stated cut gave way to background).
 * @param ranked the events, best first
 * @param n how many events a report gives one date
 * @returns the events kept, in the order of `ranked`
 */
function withoutDetails(ranked: readonly Merged[], n: number): Merged[] {
  const days = new Map<string, Merged[]>();
  for (const e of ranked) {
    if (e.sources.size > 1) continue;
    const key = `${(e.event.citations[0] as Citation).sourceId}\u0000${e.event.date}`;
    const day = days.get(key) ?? [];
    days.set(key, day);
    day.push(e);
  }
  const kept = new Set<Merged>();
  for (const [first, ...rest] of days.values()) {
    const chosen = [first, ...rest.filter((e) => !e.plan), ...rest.filter((e) => e.plan)];
    for (const e of chosen.slice(0, n)) kept.add(e as Merged);
  }
  return ranked.filter((e) => e.sources.size > 1 || kept.has(e));
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
