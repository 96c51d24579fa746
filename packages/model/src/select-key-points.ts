import type { KeyPoint } from './briefing.js';
import { withoutCaptionRunIn } from './caption-run-in.js';
import { cite } from './citation.js';
import { addsToAnother } from './connective-words.js';
import { planTense } from './date-direction.js';
import { sameNewsDays } from './news-days.js';
import { dropConnective } from './news-statement.js';
import { marksAnniversary } from './no-event-sentences.js';
import { nameOrdinal } from './ordinal-noun.js';
import { tellsOfOtherEvent } from './other-event.js';
import { DAY, firstDay, lastDay } from './partial-dates.js';
import { quantitiesOf, statesOtherValues } from './quantities.js';
import { openingMarkFor } from './quoted-passages.js';
import { type Referent, withReferent } from './referent-before.js';
import { isStatement, type ScoredSentence } from './score-sentences.js';
import { newsScoreOf } from './sentence-news.js';
import { supportingSources } from './supporting-sources.js';
import { jaccard } from './text-stats.js';
import { withOwnerNamed } from './thing-told-before.js';
import { topOf } from './top-of.js';
import { statesAView } from './unspoken-view.js';

/** Similarity above which two sentences state the same point (Jaccard; eval:keypoints: 0.15 and 0.35 both lose R-1). */
const SAME_POINT = 0.25;
/** Similarity above which another source's sentence supports a point (Jaccard; 0.2 merges timeline events too). */
const SUPPORTS = 0.2;
/**
 * Similarity above which a sentence of a report of other days supports a point (Jaccard): 0.43, the best
 * F1 on STS-B headlines train for "mostly equivalent" (>= 4; SUPPORTS is the best for "on the same
 * subject", 0.19; `bench/relatedness-levels.ts --jaccard`). Below it, on a brief of 30 Wikinews articles
 * on Aerovale and Kestrel over nine years, the 480's first flight of 2009 had been "reported" by articles
 * of 2005 and 2007 on other first flights. (The share of the shorter sentence's words, whose best is
 * 0.60, let a long point be "reported" by any short sentence on its subject: a year's profit beside job
 * cuts.) A weekly review's "cut its rate by half a point on Friday" three days after a lead of forty
 * words no longer counts as the lead's source (the claims, which read meaning, still join the two).
 */
const RESTATED = 0.43;
/** Points per source (eval:keypoints entity sets: 1 gives R-1 28.4, 3 gives 35.6, 2 gives 36.2). */
const PER_SOURCE = 2;
const CONSIDERED = 600;
/** Rank gain per point of news score (eval:keypoints: 0 -> 0.15 adds 0.5 R-1 on entity sets; 0.5 loses 1.5). */
const NEWS_WEIGHT = 0.15;

/**
 * Picks the key points: statements that report news (an actor, an action, a date) over context and
 * opinion, ranked by how central they are to all sources, later sources weighing a little more, each
 * new point covering something the points already taken do not (no sentence sharing a quarter of its
 * words with a taken one), at most two per source. A sentence that leans on the one before it
 * ("Although …", "This …", "Ostrel, on the other hand, …") is never a point.
 * @param sentences scored sentences of all sources
 * @param max how many points at most (3 to 8)
 * @param dateOf the date a sentence states (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the timeline reads it):
 *   a point's `date`, and what tells whether an earlier report can state it
 * @param published each source's publication date by id, months inferred from its text included, when
 *   the caller knows them: sources that span more than {@link NEWEST_AFTER_DAYS} days then give the
 *   newest report a point ({@link withNewest})
 * @param referentOf whom a sentence's opening pronoun or noun stands for, as the sentences before it
 *   name them ({@link referentBefore}): a point is worded with that name in square brackets, and a
 *   sentence that leans on a name they do not give clearly is no point
 * @returns the key points, most important first, each with the sources that state it and the date it
 *   states
 */
export function selectKeyPoints(
  sentences: readonly ScoredSentence[],
  max = 6,
  dateOf: (sentence: ScoredSentence) => string | undefined = () => undefined,
  published?: ReadonlyMap<string, string | null>,
  referentOf: (sentence: ScoredSentence) => Referent | 'unresolved' | null = () => null,
): KeyPoint[] {
  // the news factors move a rank by less than ×1.6, so only the best-scored few hundred can win:
  // reading every sentence of a 10,000-article brief would cost seconds for nothing
  const candidates = topOf(
    sentences.filter(isStatement),
    CONSIDERED,
    (a, b) => b.score - a.score || a.start - b.start,
  );
  // never context, nor a statement that leans on the one before it; opinion (more marks of assessment
  // than of news) only when news runs short
  // nor one whose subject stands for a name the sentences before it do not give clearly ("Last year it carried
  // …" after "However it has struggled …" after a sentence of two firms)
  // nor an anniversary ("Today marks twenty years since the Orrin flood …"), which tells the calendar, no
  // news of the story (`marksAnniversary`, as the timeline reads it; fixture `key-points-no-anniversary`)
  const plain = withNews(candidates).filter(
    ({ s }) => referentOf(s) !== 'unresolved' && !marksAnniversary(s.text),
  );
  const reports = plain.filter((c) => c.news >= 0);
  const pool = reports.length >= 3 ? reports : plain;
  const recency = recencyOf(sentences);
  // a plan told in the past by a report long before the newest is none of the story's news now
  const stale = published ? pastPlans(pool, published) : undefined;
  // a sentence that adds itself to another thing told ("The Kestrel Union also voted …") goes after
  // those that read alone: it leans on what it adds to (`addsToAnother`)
  const ranked = (stale?.size ? pool.filter(({ s }) => !stale.has(s)) : pool)
    .map(({ s, news }) => ({
      s,
      adds: addsToAnother(s.text),
      rank: s.score * (1 + NEWS_WEIGHT * news) * (recency.get(s.article.id) ?? 1),
    }))
    .sort((a, b) => Number(a.adds) - Number(b.adds) || b.rank - a.rank || a.s.start - b.s.start)
    .map((r) => r.s);
  const taken: ScoredSentence[] = [];
  const perSource = new Map<string, number>();
  for (const s of ranked) {
    if (taken.length >= max) break;
    if ((perSource.get(s.article.id) ?? 0) >= PER_SOURCE) continue;
    if (taken.some((t) => jaccard(t, s) >= SAME_POINT)) continue;
    taken.push(s);
    perSource.set(s.article.id, (perSource.get(s.article.id) ?? 0) + 1);
  }
  // every sentence of the brief is measured against all the points at once, by marks; one that gives
  // other values of what the point counts states another figure, not the point ("120 confirmed cases"
  // against "130 cases had been confirmed", "the number of cases rose to 135"), and one of another day
  // or of the opposite move tells of another event (`tellsOfOtherEvent`): the newest report's point
  // (withNewest) still reads the support with those, so the points chosen are as before
  const supportersOf = (points: readonly ScoredSentence[]) => {
    const figures = new Map(points.map((s) => [s, quantitiesOf(s.text)]));
    return supportingSources(points, sentences, {
      threshold: SUPPORTS,
      apart: (point, sentence) => !sameNewsDays(point.article, sentence.article),
      apartThreshold: RESTATED,
      differs: (point, sentence) =>
        point.article !== sentence.article &&
        (statesOtherValues(figures.get(point) ?? new Map(), sentence.text) ||
          reportedBefore(dateOf(point), point.article, sentence.article)),
      otherEvent: (point, sentence) =>
        point.article !== sentence.article &&
        tellsOfOtherEvent(
          { text: point.text, date: dateOf(point) },
          { text: sentence.text, date: dateOf(sentence) },
        ),
    });
  };
  let supporters = supportersOf(taken);
  // the newest report is among a point's sources only where it tells that point's event: its own fall
  // of a later day beside an earlier fall in the same words leaves its news still to be taken
  if (published && withNewest(taken, supporters, ranked, published, max, dateOf))
    supporters = supportersOf(taken);
  return taken.map((s, i) => {
    const date = dateOf(s);
    const referent = referentOf(s);
    const named = referent === null || referent === 'unresolved' ? null : referent;
    // an ordinal with no noun is named by its headline ("the first [Orrin tram] that …"; {@link nameOrdinal})
    const counted = named ? null : nameOrdinal(s.text, s.article.title);
    // a thing owned by one only its report told before is given the name the report told it with
    // ("the [new Kestrel 900] superferry's first stop"; {@link withOwnerNamed}, fixture `key-points-leaning-on-its-report`)
    const worded =
      (named ? withReferent(s.text, named.reference, named.name) : counted) ??
      withOwnerNamed(s.text, () => s.article.text.slice(0, s.start));
    // a picture's caption run into the sentence ("An Orrin 400 landing at Port Ellis airport Kestrel Air
    // has ordered …") is no word of the point, which reads from the sentence's own subject on and cites
    // the sentence whole, as it does one whose connective it drops ({@link withoutCaptionRunIn}; fixture
    // `key-points-caption-run-in`)
    return {
      text: trimPoint(worded ?? withoutCaptionRunIn(s.text)),
      ...(worded ? { original: s.text } : {}),
      citations: [cite(s.article, s.start, s.end)],
      sourceIds: supporters[i] as string[],
      ...(date === undefined ? {} : { date }),
    };
  });
}

/**
 * Days the sources must span for the newest report to need a point of its own: within a news month the
 * points of the days before still say the story's state.
 */
const NEWEST_AFTER_DAYS = 30;
/** How far into the newest report its lead may stand (sentence index), as `report-leads.ts` reads a lead. */
const LEAD_WITHIN = 2;

/**
 * Gives the newest report a point when none of the points taken is of it and the sources span more than
 * {@link NEWEST_AFTER_DAYS} days: its lead (a candidate among its first {@link LEAD_WITHIN} sentences), else
 * its best-ranked candidate, that states no taken point, in place of the last point (or after the points
 * when fewer than `max`). Its best-ranked sentence may be an aside that shares the story's words, a
 * union's tally of the sector's lost jobs under "Two mill owners … have begun to offer buyouts …"
 * (fixture `key-points-newest-report-lead`; of the 12 cluster briefs, two markets briefs took the lead
 * for an aside, `eval:keypoints` unchanged). Of 12 briefs of Wikinews clusters cut at four
 * dates, 6 had no point of the newest report, whose news the summary then missed, while a 2007 fall
 * stood in a brief of November 2008. The newest report is read by the sources' dates with months
 * inferred from the text: a source dated only by its text to April is newer than one of 30 March
 * (fixture `key-points-newest-report`).
 * A point the newest report states too (one of its sources) is its point.
 * @param taken the points taken, best first (changed in place)
 * @param supporters the sources stating each point taken
 * @param ranked every candidate, best first
 * @param published each source's publication date by id
 * @param max how many points at most
 * @param dateOf the date a sentence states
 * @returns whether the points changed
 */
function withNewest(
  taken: ScoredSentence[],
  supporters: readonly (readonly string[])[],
  ranked: readonly ScoredSentence[],
  published: ReadonlyMap<string, string | null>,
  max: number,
  dateOf: (sentence: ScoredSentence) => string | undefined,
): boolean {
  const dates = [...published.values()].filter((d): d is string => d !== null && /^\d{4}/.test(d));
  if (taken.length === 0 || dates.length < 2) return false;
  const newest = lastDay(dates.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a)));
  const oldest = dates.reduce((a, b) => (firstDay(b) < firstDay(a) ? b : a));
  if (firstDay(newest) - firstDay(oldest) <= NEWEST_AFTER_DAYS * DAY) return false;
  const isNewest = (id: string) => {
    const date = published.get(id);
    return !!date && lastDay(date) === newest;
  };
  if (supporters.some((ids) => ids.some(isNewest))) return false;
  // its news, not its background ("The Arlo Vale was introduced in 1994" states no news of its day) nor,
  // past its lead, a plan ("will make a special flight on October 25", which a later brief would hold
  // after its day)
  const since = (s: ScoredSentence) => {
    const stated = dateOf(s);
    return stated === undefined || firstDay(lastDay(stated)) >= firstDay(newest) - NEWEST_AFTER_DAYS * DAY;
  };
  const notAfter = (s: ScoredSentence) => {
    const stated = dateOf(s);
    return stated === undefined || firstDay(stated) <= firstDay(newest);
  };
  const kept = taken.length >= max ? taken.slice(0, -1) : taken;
  const fitting = ranked.filter(
    (s) => isNewest(s.article.id) && since(s) && !kept.some((t) => jaccard(t, s) >= SAME_POINT),
  );
  // its lead first: the report's main news, also when it is a decision with a later deadline ("Two mill
  // owners want to offer buyouts by early July"), which is the day's news: the lead had given way to the
  // report's aside (fixture `key-points-newest-report-lead-states-a-deadline`)
  const lead = fitting.reduce<ScoredSentence | undefined>(
    (best, s) => (s.index < LEAD_WITHIN && (!best || s.index < best.index) ? s : best),
    undefined,
  );
  const point = lead ?? fitting.find(notAfter);
  if (!point) return false;
  taken.splice(kept.length, taken.length - kept.length, point);
  return true;
}

/**
 * Days before the newest report past which a plan told in the past ({@link planTense}: "was set to land
 * in Orrin on Monday") is no key point while reports within them give candidates (plans93: on a brief of
 * 30 Wikinews reports, an airliner's test landing "set" for a Monday of 2007 was a point of a brief of
 * 2011; 180 days also moved a plan of 212 days in a brief of 2007 and lowered eval:keypoints on that
 * entity set).
 */
const PLAN_TOLD_WITHIN_DAYS = 365;

/**
 * The candidates that tell a plan in the past ("was due to open on Friday", "were set to meet") in a
 * report more than {@link PLAN_TOLD_WITHIN_DAYS} before the newest report, when a candidate of a report
 * within those days is there: what such a report expected of its own days, whether it happened, later
 * reports tell, and in a brief of years after it the plan reads as news. A plan told in the future tense
 * ("will cut 30,000 jobs by 2012") stays: the gold timelines of eval:keypoints hold such plans as events,
 * and every reading of them as stale that plans93 measured lowered its figures.
 * @param pool the candidates
 * @param published each source's publication date by id
 */
function pastPlans(
  pool: readonly { s: ScoredSentence }[],
  published: ReadonlyMap<string, string | null>,
): Set<ScoredSentence> {
  const out = new Set<ScoredSentence>();
  const newest = newestDay(published);
  if (newest === undefined) return out;
  const from = firstDay(newest) - PLAN_TOLD_WITHIN_DAYS * DAY;
  const reported = (s: ScoredSentence) => {
    const date = published.get(s.article.id);
    return date && /^\d{4}/.test(date) ? firstDay(lastDay(date)) : from;
  };
  if (!pool.some(({ s }) => reported(s) >= from)) return out;
  for (const { s } of pool) if (reported(s) < from && planTense(s.text) === 'past') out.add(s);
  return out;
}

/** The newest report's day (`YYYY-MM-DD`, a partial date's last day) among the sources' dates. */
function newestDay(published: ReadonlyMap<string, string | null>): string | undefined {
  const dates = [...published.values()].filter((d): d is string => d !== null && /^\d{4}/.test(d));
  if (dates.length === 0) return undefined;
  return lastDay(dates.reduce((a, b) => (lastDay(b) > lastDay(a) ? b : a)));
}

/**
 * The news score of a view stated with no speaker ({@link statesAView}: "… have contributed to growing
 * doubts about the plan", with no verb of saying, date or figure): at most that of opinion, so it is a
 * point only when fewer than three candidates report news. A key point is a thing that happened or was
 * said by someone named; a columnist's judgement of causes had stood among the news points of a brief.
 */
const VIEW = -1;

/**
 * The candidates that are neither context nor lean on the sentence before them ({@link newsScoreOf}),
 * each with its news score, a view with no speaker's at most {@link VIEW}. A loop with nothing after it, for the
 * reason {@link sourcesOf} gives: left in `selectKeyPoints`, it was compiled while the brief's own
 * points ran it over 600 candidates, and every story's call after entered that code and was thrown back
 * at the next step (the ranking's sort, on an array of another shape): 1,016 times over 2,000 bench
 * pages in one run of five, with `--trace-deopt`.
 * @param candidates statements, best-scored first
 */
function withNews(candidates: readonly ScoredSentence[]): { s: ScoredSentence; news: number }[] {
  const plain: { s: ScoredSentence; news: number }[] = [];
  for (const s of candidates) {
    const news = newsScoreOf(s);
    if (news !== null) plain.push({ s, news: news > VIEW && statesAView(s.text) ? VIEW : news });
  }
  return plain;
}

/**
 * Whether a source came out before the day a point reports: "residents began returning on Wednesday",
 * told on Wednesday, is in no report of Monday, however alike their words (a fire's first wire report
 * had supported its local paper's account of the return two days later). A point set after its own
 * report's day is a plan, which an earlier report may well state.
 * @param stated the date the point states, if any
 * @param own the point's source
 * @param other the source that might support it
 */
function reportedBefore(
  stated: string | undefined,
  own: Pick<ScoredSentence['article'], 'published' | 'publishedPrecision'>,
  other: Pick<ScoredSentence['article'], 'published' | 'publishedPrecision'>,
): boolean {
  if (stated === undefined || other.publishedPrecision !== 'day' || !other.published) return false;
  if (own.published && own.published.slice(0, stated.length) < stated) return false;
  return other.published.slice(0, stated.length) < stated;
}

/** Later sources weigh up to a tenth more: the brief leads with the latest state of things. */
function recencyOf(sentences: readonly ScoredSentence[]): Map<string, number> {
  const order = [...datesOf(sentences)]
    .filter(([, d]) => /^\d{4}/.test(d))
    .sort((a, b) => a[1].localeCompare(b[1]));
  const out = new Map<string, number>();
  order.forEach(([id], i) => {
    out.set(id, 1 + (order.length > 1 ? (0.1 * i) / (order.length - 1) : 0));
  });
  return out;
}

/**
 * The publication date of each source of some sentences ('' when it has none), by id, in order of first
 * sentence: its loop apart from what `recencyOf` does after it, for the reason {@link sourcesOf} gives
 * (that loop, left in `recencyOf`, deoptimised there 1,373 times over 10,000 bench pages).
 */
function datesOf(sentences: readonly ScoredSentence[]): Map<string, string> {
  const dates = new Map<string, string>();
  for (const a of sourcesOf(sentences)) dates.set(a.id, a.published ?? '');
  return dates;
}

/**
 * The sources of some sentences, in order of first sentence. A loop with nothing after it: V8 compiles a
 * long loop while it runs (on-stack replacement) and enters that code again on later calls, and when
 * the code held what followed the loop in `recencyOf`, not yet run when it was compiled, it deoptimised
 * there on every later call (831 times, once a story, for 1,000 bench pages).
 */
function sourcesOf(sentences: readonly ScoredSentence[]): Set<ScoredSentence['article']> {
  const sources = new Set<ScoredSentence['article']>();
  for (let i = 0; i < sentences.length; i++) sources.add((sentences[i] as ScoredSentence).article);
  return sources;
}

/**
 * Trims a sentence into a point: drops a leading connective ("However, ") and capitalises, and opens
 * the quotation a sentence begins inside ('“The company has offered us a pay cut,” the chairman said').
 * @param text a sentence
 */
export function trimPoint(text: string): string {
  const point = dropConnective(text);
  const mark = openingMarkFor(point);
  return mark === null ? point : `${mark}${point}`;
}
