import { ActorMentions } from './actor-mentions.js';
import { type ArticleAnalysis, analyseArticle, readsAsEnglish, stampedArticle } from './analyse-article.js';
import type { Article } from './article.js';
import { attributeKeyPoints } from './attribute-key-points.js';
import { briefTitle } from './brief-title.js';
import {
  type Briefing,
  Briefing as BriefingSchema,
  type Citation,
  type KeyPoint,
  type Source,
  type TimelineEvent,
} from './briefing.js';
import { buildTimeline, toDatedSentences } from './build-timeline.js';
import { capSpeakerQuotes } from './cap-speaker-quotes.js';
import { assertVerbatim, cite } from './citation.js';
import { describePerspectives } from './compare-sources.js';
import { composeBottomLine } from './compose-bottom-line.js';
import type { SentenceDate } from './dated-sentence.js';
import type { Diagnostic, Result } from './diagnostic.js';
import { findActors } from './find-actors.js';
import { findClaims } from './find-claims.js';
import { findQuotes, PeopleRegistry, withActorRoles } from './find-quotes.js';
import { findSentenceDates, referenceDate, statedDateOf } from './find-sentence-dates.js';
import {
  briefLexicon,
  readStances,
  type StanceJob,
  type StanceReading,
  stanceMentionsOf,
  stancesOf,
} from './find-stances.js';
import { type KeptStoryTitle, storiesOf, storyGroupingInput } from './find-stories.js';
import type { GazetteerEntry, OutletInfo } from './gazetteer.js';
import { groupStoriesOf, type StoryGroup, type StoryGroupingInput } from './group-stories.js';
import { inferPublishedMonth } from './infer-published-month.js';
import { inferPublishedYear, ofOneTime } from './infer-published-year.js';
import {
  datedByTimeline,
  measuredMonthsUnderReportDay,
  perfectUnderReportDay,
  plansUnderReportDay,
  sideClausesUnderReportDay,
  thisMonthOfReport,
} from './key-point-dates.js';
import { lastDay } from './partial-dates.js';
import { actorKindOf, quoteSpeakerOf, type Referent, referentBefore } from './referent-before.js';
import { reportLeads } from './report-leads.js';
import { type ScoredSentence, scoreSentences } from './score-sentences.js';
import { selectKeyPoints } from './select-key-points.js';
import type { Sentence } from './sentences.js';
import { type LearnedVocabulary, learnWords, Vocabulary, type VocabularyJob } from './text-stats.js';
import { ledByTitledStories } from './titled-stories.js';

/** What a brief is called and for whom; everything else comes from the articles. */
export interface BriefingOptions {
  id: string;
  title?: string;
  subtitle?: string | null;
  classification?: string | null;
  audience?: string | null;
  /** Shipped knowledge packs to use (the config's `packs`, e.g. `middle-east-security`). */
  packs?: readonly string[];
  /** Extra actors and aliases (the config's `aliases`). */
  aliases?: readonly GazetteerEntry[];
  /** What is known about outlets (the config's `outlets`). */
  outlets?: readonly OutletInfo[];
  /** The build time; defaults to `SOURCE_DATE_EPOCH` when set, else now. */
  now?: Date;
  /**
   * What the previous brief of the same id held (the CLI keeps it in the output folder's manifest), so
   * that its sources keep their numbers and its stories their titles; none: ordered and titled afresh.
   */
  previous?: PreviousBrief;
  /**
   * The most quotes of one speaker in one source "Who said what" shows (see `capSpeakerQuotes`); null
   * shows them all. Default 2.
   */
  quotesPerSpeaker?: number | null;
}

/** What a brief keeps of the brief before it, to number and title as it did. */
export interface PreviousBrief {
  /** Its sources, each by its URL, else path, in the order of its sources list (their numbers). */
  sources: readonly string[];
  /** Its stories' titles, by story id, as {@link storyTitlesToKeep} gave them. */
  storyTitles: Readonly<Record<string, KeptStoryTitle>>;
}

/**
 * Turns articles into a briefing: key points, actors, timeline, quotes, perspectives and claims, each
 * citing the sentences it came from. Deterministic: the same articles give the same briefing.
 * @param articles the parsed articles
 * @param options id, title and audience of the brief, extra aliases and outlet facts
 * @returns the briefing and what was found on the way
 * @throws {CitationError} `E_CITATION` if a citation would not be verbatim (a bug, never silent);
 *   {PackError} `E_PACK` for an unknown pack
 */
export function buildBriefing(articles: readonly Article[], options: BriefingOptions): Result<Briefing> {
  return buildBriefingFrom(
    articles.map((article) => ({ article, analysis: analyseArticle(article, options) })),
    options,
  );
}

/** An article with what {@link analyseArticle} found in it. */
export interface AnalysedArticle {
  article: Article;
  analysis: ArticleAnalysis;
}

/**
 * The cross-article step of {@link buildBriefing}: takes articles already analysed one by one (in
 * worker threads, say) and draws the briefing from all of them. Same result as `buildBriefing`.
 * @param analysed each article with its {@link analyseArticle} result
 * @param options id, title and audience of the brief, extra aliases and outlet facts
 * @returns the briefing and what was found on the way
 * @throws {BriefingError} `E_CITATION` if a citation would not be verbatim (a bug, never silent)
 */
export function buildBriefingFrom(
  analysed: readonly AnalysedArticle[],
  options: BriefingOptions,
): Result<Briefing> {
  const steps = briefingSteps(analysed, options);
  steps.next();
  const input = steps.next().value as StoryGroupingInput;
  const job = steps.next().value as StanceJob;
  steps.next();
  steps.next(groupStoriesOf(input));
  return steps.next(readStances(job)).value as Result<Briefing>;
}

/**
 * {@link buildBriefingFrom} with the grouping of the sources into stories handed to `group`, the
 * stance model's reading of the sentences naming the main actors to `read`, and the giving of ids to
 * the sentences' words to `learn`, which may run them in another thread while the rest of the step goes
 * on: the same result.
 * @param analysed each article with its {@link analyseArticle} result
 * @param options id, title and audience of the brief, extra aliases and outlet facts
 * @param group groups the sources as {@link groupStoriesOf} does (in a worker thread, say)
 * @param read reads the stances as {@link readStances} does (in a worker thread, say); in this one when
 *   not given
 * @param learn gives the words their ids as {@link learnWords} does (in a worker thread, say), asked
 *   first, awaited once the actors are found; in this one when not given
 * @returns the briefing and what was found on the way
 * @throws {BriefingError} `E_CITATION` if a citation would not be verbatim (a bug, never silent); what
 *   `group`, `read` or `learn` throws
 */
export async function buildBriefingWith(
  analysed: readonly AnalysedArticle[],
  options: BriefingOptions,
  group: (input: StoryGroupingInput) => Promise<StoryGroup[]>,
  read?: (job: StanceJob) => Promise<StanceReading[]>,
  learn?: (job: VocabularyJob) => Promise<LearnedVocabulary>,
): Promise<Result<Briefing>> {
  const steps = briefingSteps(analysed, options);
  // the words get their ids while this thread finds the quotes and actors
  const words = steps.next().value as VocabularyJob;
  const learned = learn?.(words);
  learned?.catch(() => {});
  const groups = group(steps.next().value as StoryGroupingInput);
  // the rest of the step runs while the sources are grouped; a failure is awaited before any other
  groups.catch(() => {});
  const job = steps.next(learned ? await learned : undefined).value as StanceJob;
  // and the stories and claims are found while the stances are read
  const readings = read?.(job);
  readings?.catch(() => {});
  steps.next();
  steps.next(await groups);
  return steps.next(readings ? await readings : readStances(job)).value as Result<Briefing>;
}

/**
 * The steps of {@link buildBriefingFrom}: yields the words whose ids it will need ({@link VocabularyJob})
 * once the articles are in order, yields what grouping the sources into stories needs as soon as the
 * actors are known, goes on when resumed (with the {@link learnWords} of those words, or none to learn
 * them itself) with what does not need the stories, yields what the
 * stance model reads ({@link StanceJob}) once the sentences are scored, goes on when resumed, then
 * yields for the groups and goes on with them, and yields for the stance readings and finishes with them.
 */
function* briefingSteps(
  analysed: readonly AnalysedArticle[],
  options: BriefingOptions,
): Generator<
  VocabularyJob | StoryGroupingInput | StanceJob | undefined,
  Result<Briefing>,
  LearnedVocabulary | StoryGroup[] | StanceReading[] | undefined
> {
  const diagnostics: Diagnostic[] = [];
  const items = [...analysed].sort((a, b) =>
    a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0,
  );
  const sorted = items.map((x) => x.article);
  const words: VocabularyJob = {
    words: items.map((x) => x.analysis.sentenceWords),
    sentences: Uint32Array.from(items, (x) => x.analysis.sentences.length),
  };
  yield words;
  for (const a of sorted) {
    // the tagger, lexicons, date cues and claim matching read English; another language gives junk actors
    // (German capitalises every noun) and no dates, so say so where the reader will look
    if (readsAsEnglish(a.language)) continue;
    diagnostics.push({
      severity: 'warning',
      message: `the text reads as ${languageName(a.language.toLowerCase())} (${a.language}); the analysis reads English, so this source's actors are only the names the gazetteer knows, and no dates, quotes, stances or claims are read from it (nor key points, while a source is in English)`,
      ruleId: 'not-english',
      source: 'model',
      file: a.path,
    });
  }
  const sentencesOf = new Map<string, Sentence[]>(items.map((x) => [x.article.id, x.analysis.sentences]));
  // an undated page whose opening line is its own date line the parser did not read is of that day
  // (found with the article's analysis, its sentences dated against that day there: in the parse's threads)
  items.forEach((x, i) => {
    if (x.article.published !== null || !readsAsEnglish(x.article.language)) return;
    const { stamp } = x.analysis;
    if (!stamp) return;
    const article = stampedArticle(x.article, stamp);
    items[i] = { article, analysis: { ...x.analysis, datesPending: [], datesPendingDay: [] } };
    sorted[i] = article;
  });
  // a year the parser only guessed from the years a text mentions is no date of the brief's
  const dates = sorted
    .filter((a) => a.publishedYearGuessed !== true)
    .map((a) => a.published)
    .filter((d): d is string => d !== null && /^\d{4}/.test(d));
  dates.sort();
  const generated = generatedAt(options.now);
  const latest = dates.at(-1);
  const fallback = latest
    ? new Date(`${latest.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`)
    : new Date(generated);
  // wire copy dated "STOCKHOLM, March 9" takes the year the other sources give, and its sentences are
  // dated again against that day: a weekday alone ("on Monday") needs it; so does one whose year the
  // parser only guessed from the years its text mentions ("Oct 4" beside "its biggest cut since 2020")
  // (only when the sources are reports of one time: a folder of pages of many years says no year)
  const oneTime = ofOneTime(dates);
  items.forEach((x, i) => {
    if (!oneTime) return;
    const { published, publishedYearGuessed, publishedInferred } = x.article;
    const guessed =
      publishedYearGuessed === true && published !== null && /^\d{4}-\d\d-\d\d$/.test(published);
    const year = inferPublishedYear(guessed ? `--${published.slice(5)}` : published, latest);
    if (!year) return;
    const article: Article = {
      ...x.article,
      published: year.date,
      publishedPrecision: 'day',
      publishedInferred: guessed
        ? `${publishedInferred}; but the other sources' latest date (${latest}) puts that day in ${year.date.slice(0, 4)}`
        : year.reason,
    };
    delete article.publishedYearGuessed;
    const dates = readsAsEnglish(article.language)
      ? findSentenceDates(x.analysis.sentences, referenceDate(article, fallback))
      : [];
    items[i] = { article, analysis: { ...x.analysis, dates, datesPending: [], datesPendingDay: [] } };
    sorted[i] = article;
  });

  const people = new PeopleRegistry();
  const quoted = items.flatMap((x) =>
    // the article's entities tell whether a name that issued a statement is a body's ("Norvale Transit")
    findQuotes(
      x.article,
      x.analysis.sentences,
      people,
      x.analysis.quoteCues,
      actorKindOf(x.analysis.entities.map((e) => ({ name: e.name, kind: e.kind, aliases: e.forms }))),
    ),
  );
  const actors = findActors(
    items.map((x) => ({
      sourceId: x.article.id,
      entities: x.analysis.entities,
      text: x.article.text,
      outlet: x.article.outlet,
      note: x.article.format === 'markdown',
    })),
    [...people.values()],
    quoted.flatMap((q) => (q.speaker ? [{ name: q.speaker, sourceId: q.sourceId }] : [])),
  );
  // one voice's whole interview would fill "Who said what": a few quotes of each speaker in a source
  const quotes = capSpeakerQuotes(withActorRoles(quoted, actors), options.quotesPerSpeaker);
  const analysisOf = new Map(items.map((x) => [x.article.id, x.analysis]));
  const learned = (yield storyGroupingInput(sorted, actors, (a) => analysisOf.get(a.id)?.storyTerms)) as
    | LearnedVocabulary
    | undefined;
  // the stamps and years above replace an article's analysis, never its sentences: the job's order holds
  const sentences = items.map((x) => x.analysis.sentences);
  const vocabulary = Vocabulary.learned(learned ?? learnWords(words), sentences, words.words);
  // the dates each source's sentences state, in sentence order: the timeline's events, and what tells
  // two statements of other times apart in the claims
  const datesOf = new Map<string, SentenceDate[]>();
  // an undated source's "on 12 April" or "on Monday" is of no year the brief can tell when its dated
  // sources are of many years (a folder of pages from 2013 to 2024 had put a 2015 death in 2024)
  const undatedTold = oneTime || latest === undefined;
  const ref = { date: fallback, own: false, day: false };
  for (const { article, analysis: x } of items) {
    const late = findSentenceDates(x.sentences, ref, undatedTold ? x.datesPending : x.datesPendingDay);
    datesOf.set(
      article.id,
      late.length === 0 ? x.dates : [...x.dates, ...late].sort((p, q) => p.sentence - q.sentence),
    );
  }
  // whom a sentence's "it", "he" or "the company" stands for, by the actors the sentences before name:
  // a timeline event and a key point are read alone
  const kindOf = actorKindOf(actors);
  const speakerOf = quoteSpeakerOf(quotes);
  const { timeline, watch } = buildTimeline(
    (function* () {
      for (const { article, analysis: x } of items)
        yield* toDatedSentences(
          article,
          x.sentences,
          datesOf.get(article.id) ?? [],
          vocabulary,
          kindOf,
          speakerOf,
        );
    })(),
    latest ?? null,
    latest === undefined ? null : briefDay(latest, options.now),
  );
  const newsOf = new Map(items.map((x) => [x.article.id, x.analysis.sentenceNews]));
  const scored = scoreSentences(sorted, sentencesOf, vocabulary, (id) => newsOf.get(id));
  const statedDate = (s: ScoredSentence) => statedDateOf(datesOf.get(s.article.id), s.index);
  // a stance, a claim and a quote are read by English words: a source in another language gives none
  // (see analyseArticle), and its sentences are the brief's key points only where no source is in
  // English (a Spanish sentence among English ones is no point a reader can weigh against the others);
  // a story's own key points still come from its sources, in their language
  const english = new Set(sorted.filter((a) => readsAsEnglish(a.language)));
  const inEnglish = english.size === sorted.length ? scored : scored.filter((s) => english.has(s.article));
  // the sources' days, with the months inferred from their text: the key points give the newest its point
  const sources = items
    .map((x) => toSource(x.article, x.analysis.wordCount, timeline))
    .sort(sourceOrder(options.previous));
  // the key points of the brief and of each story ask again of the same sentences: each is read once,
  // by its article and index (all that referentBefore reads); cpu-step on 1,000 scale pages: the
  // repeats were about half of the 170 ms a run that referentBefore had added to the step
  const referents = new Map<string, Referent | 'unresolved' | null>();
  const referentOf = (s: ScoredSentence) => {
    const key = `${s.article.id}\n${s.index}`;
    let referent = referents.get(key);
    if (referent === undefined) {
      referent = referentBefore(analysisOf.get(s.article.id)?.sentences ?? [], s.index, kindOf);
      referents.set(key, referent);
    }
    return referent;
  };
  const keyPoints = selectKeyPoints(
    english.size > 0 ? inEnglish : scored,
    undefined,
    statedDate,
    new Map(sources.map((x) => [x.id, x.published])),
    referentOf,
  );
  const valenceWords = new Map(items.map((x) => [x.article.id, x.analysis.valenceWords]));
  const lexicon = briefLexicon(scored, undefined, (id) => valenceWords.get(id));
  const perspectives = describePerspectives(
    scored,
    vocabulary,
    options.outlets,
    (id) => analysisOf.get(id)?.frameTerms,
  );
  const found = stanceMentionsOf(inEnglish, actors);
  yield { mentions: found.mentions, lexicon };
  const stories = storiesOf(
    sorted,
    (yield) as StoryGroup[],
    scored,
    statedDate,
    options.previous?.storyTitles,
    referentOf,
  );
  const storyOf = new Map(stories.flatMap((story) => story.sourceIds.map((id) => [id, story.id] as const)));
  const claims = findClaims(
    inEnglish,
    new ActorMentions(actors),
    lexicon,
    (id) => storyOf.get(id),
    statedDate,
    referentOf,
  );
  if (keyPoints.length < 3 && sorted.length > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `only ${keyPoints.length} key point(s) could be drawn from ${sorted.length} source(s)`,
      ruleId: 'few-key-points',
      source: 'model',
    });
  }
  // the brief's key points and each story's: a plan, or a point dated only by a side clause or by a month
  // its figure measures, under its report's day, the undated dated by one reading of the timeline, then
  // by its report's month when it says "this month", then by its report's day when told in the present perfect
  const byTimeline = datedByTimeline(timeline);
  const sourceDays = new Map(sources.map((x) => [x.id, x.published]));
  const plans = plansUnderReportDay(sourceDays);
  const sides = sideClausesUnderReportDay(sourceDays);
  const measured = measuredMonthsUnderReportDay(sourceDays);
  const thisMonth = thisMonthOfReport(sourceDays);
  const perfect = perfectUnderReportDay(sourceDays);
  const dated = (points: readonly KeyPoint[]) =>
    perfect(thisMonth(byTimeline(measured(sides(plans(points))))));
  // a brief titled by two stories leads with each one's best point
  const attributed = attributeKeyPoints(
    ledByTitledStories(
      dated(keyPoints),
      stories.map((s) => ({ ...s, keyPoints: dated(s.keyPoints) })),
    ),
    claims,
    sorted.length,
  );
  const stances = stancesOf(found, (yield) as StanceReading[]);
  // the sources' publication range, with the months inferred from their text
  const published = sources
    .map((x) => x.published)
    .filter((d): d is string => d !== null && /^\d{4}/.test(d))
    .sort();
  // the story's title, or the main actors' when the brief holds several stories or its story is untitled
  const publishedOf = new Map(sources.map((x) => [x.id, x.published]));
  const reports = new Map(
    sorted.map((a) => [a.id, { title: a.title, text: a.text, published: publishedOf.get(a.id) ?? null }]),
  );
  const made = briefTitle(stories, actors, sorted.length, (id) => reports.get(id));
  const briefing: Briefing = {
    id: options.id,
    title: options.title ?? made.title,
    subtitle: options.subtitle ?? (options.title === undefined ? made.subtitle : null),
    generatedAt: generated,
    period: {
      from: published[0] ?? null,
      to: published.at(-1) ?? null,
      published: { from: published[0] ?? null, to: published.at(-1) ?? null },
      events: { from: timeline[0]?.date ?? null, to: timeline.at(-1)?.date ?? null },
    },
    classification: options.classification ?? null,
    audience: options.audience ?? null,
    bottomLine: [],
    keyPoints: attributed,
    actors,
    timeline,
    watch,
    quotes,
    perspectives,
    claims,
    stances,
    sources,
    stories: stories.map((s) => ({ ...s, keyPoints: dated(s.keyPoints) })),
    changes: null,
  };
  // composed last, from the finished model (claims and stances included)
  briefing.bottomLine = composeBottomLine({
    ...briefing,
    leads: reportLeads(english.size > 0 ? inEnglish : scored, statedDate),
    sentences: (english.size > 0 ? inEnglish : scored).map((s) => cite(s.article, s.start, s.end)),
  });
  assertAllVerbatim(briefing, sorted);
  return { value: BriefingSchema.parse(briefing), diagnostics };
}

function assertAllVerbatim(briefing: Briefing, articles: readonly Article[]): void {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const all: Citation[] = [
    ...briefing.keyPoints.flatMap((k) => k.citations),
    ...briefing.timeline.flatMap((e) => e.citations),
    ...(briefing.watch ?? []).flatMap((e) => e.citations),
    ...(briefing.bottomLine ?? []).flatMap((b) => b.citations),
    ...briefing.quotes.flatMap((q) => q.citations),
    ...briefing.claims.flatMap((c) => c.citations),
    ...briefing.stories.flatMap((s) => s.keyPoints.flatMap((k) => k.citations)),
    ...briefing.claims.flatMap((c) => (c.stances ?? []).flatMap((s) => s.citations)),
    ...(briefing.stances ?? []).flatMap((s) => s.citations),
  ];
  for (const c of all) assertVerbatim(c, texts, titles);
}

/**
 * The order of the sources list, whose place gives a source its number (`[n]`): the previous brief's
 * sources first, in its order, then the new ones by publication date, earliest first, then by id (the
 * undated last, by id); with no previous brief, all by date. Yesterday's sources thus keep their
 * numbers whatever today's are dated (by date alone, a new source of the same day or earlier moved
 * every number after it); only one no longer listed moves those after it down by one, as the list has
 * no gaps. By the archive file's name, a hash of its content, the numbers had shifted every morning.
 * @param previous the previous brief, if any
 */
function sourceOrder(previous: PreviousBrief | undefined): (a: Source, b: Source) => number {
  const rank = new Map(previous?.sources.map((key, i) => [key, i]));
  const rankOf = (s: Source) => rank.get(s.url ?? s.path) ?? rank.size;
  return (a, b) => rankOf(a) - rankOf(b) || byDate(a, b);
}

/** By publication date, earliest first, then by id; the undated last, by id. */
function byDate(a: Source, b: Source): number {
  const p = datedKey(a.published);
  const q = datedKey(b.published);
  if (p !== q) {
    if (p === null) return 1;
    if (q === null) return -1;
    return p < q ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A publication date with its year, which sorts as text (`2024-04` before `2024-04-01`); else null. */
function datedKey(published: string | null): string | null {
  return published !== null && /^\d{4}/.test(published) ? published : null;
}

function toSource(article: Article, wordCount: number, timeline: readonly TimelineEvent[]): Source {
  // an undated article that speaks of "this month" was written in the month of its latest dated event
  const month = inferPublishedMonth(article, timeline);
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: month?.month ?? article.published,
    ...(month ? { publishedInferred: month.reason } : inferred(article)),
    url: article.url,
    wordCount,
  };
}

/** The parser's reason for an inferred publication date, when it gives one. */
function inferred(article: Article): { publishedInferred?: string } {
  const reason = article.publishedInferred;
  return reason ? { publishedInferred: reason } : {};
}

/**
 * The day the brief is of, for its watch list: its latest source's date, or the run's own day when later
 * (`now`, else `SOURCE_DATE_EPOCH`; not the clock, so that a folder's brief stays the same whenever it
 * is built). A feed's brief of 19 March had held "Next, 18 March", a ministers' meeting a source of 10
 * February set ahead: what its sources set ahead of them and the run's day has passed is history.
 * @param latest the latest publication date of the sources (`YYYY[-MM[-DD]]`)
 * @param now the build time the caller gives, if any
 */
function briefDay(latest: string, now: Date | undefined): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  const run = now ?? (epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : null);
  const day = run?.toISOString().slice(0, 10);
  return day !== undefined && day > lastDay(latest) ? day : latest;
}

function generatedAt(now: Date | undefined): string {
  if (now) return now.toISOString();
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}

// made once: one per source not in English cost 9.5 us (66 of 80 ms for 7,000 German pages)
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of a language tag ("German" for `de`), or the tag when Node does not know it. */
function languageName(tag: string): string {
  try {
    return LANGUAGE_NAMES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
