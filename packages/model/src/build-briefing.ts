import { ActorMentions } from './actor-mentions.js';
import type { Article } from './article.js';
import { attributeKeyPoints } from './attribute-key-points.js';
import { type Briefing, Briefing as BriefingSchema, type Citation, type Source } from './briefing.js';
import { buildTimeline, findDatedSentences } from './build-timeline.js';
import { assertVerbatim } from './citation.js';
import { describePerspectives } from './compare-sources.js';
import { composeBottomLine } from './compose-bottom-line.js';
import type { Diagnostic, Result } from './diagnostic.js';
import { EntityIndex } from './entity-index.js';
import { findActors } from './find-actors.js';
import { findClaims } from './find-claims.js';
import { findEntities } from './find-entities.js';
import type { Person } from './find-people.js';
import { findQuotes } from './find-quotes.js';
import { briefLexicon, findStances } from './find-stances.js';
import { findStories } from './find-stories.js';
import { extendGazetteer, type GazetteerEntry, type OutletInfo } from './gazetteer.js';
import { defaultGazetteer } from './knowledge-pack.js';
import { scoreSentences } from './score-sentences.js';
import { selectKeyPoints } from './select-key-points.js';
import { type Sentence, splitSentences } from './sentences.js';
import { Vocabulary } from './text-stats.js';

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
  const diagnostics: Diagnostic[] = [];
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sentencesOf = new Map<string, Sentence[]>(sorted.map((a) => [a.id, splitSentences(a.text)]));
  const dates = sorted.map((a) => a.published).filter((d): d is string => d !== null && /^\d{4}/.test(d));
  dates.sort();
  const generated = generatedAt(options.now);
  const latest = dates.at(-1);
  const fallback = latest
    ? new Date(`${latest.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`)
    : new Date(generated);

  const people = new Map<string, Person>();
  const quotes = sorted.flatMap((a) => findQuotes(a, sentencesOf.get(a.id) ?? [], people));
  const index = entityIndexFor(options.packs ?? [], options.aliases ?? []);
  const entities = sorted.map((a) => ({
    sourceId: a.id,
    entities: findEntities(
      [...(a.title ? [a.title] : []), ...(sentencesOf.get(a.id) ?? []).map((s) => s.text)],
      index,
    ),
  }));
  const actors = findActors(entities, [...people.values()]);
  const vocabulary = new Vocabulary();
  const { timeline, watch } = buildTimeline(
    (function* () {
      for (const a of sorted) yield* findDatedSentences(a, sentencesOf.get(a.id) ?? [], fallback, vocabulary);
    })(),
    latest ?? null,
  );
  const scored = scoreSentences(sorted, sentencesOf, vocabulary);
  const keyPoints = selectKeyPoints(scored);
  const lexicon = briefLexicon(scored);
  const claims = findClaims(scored, new ActorMentions(actors), lexicon);
  if (keyPoints.length < 3 && sorted.length > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `only ${keyPoints.length} key point(s) could be drawn from ${sorted.length} source(s)`,
      ruleId: 'few-key-points',
      source: 'model',
    });
  }
  const attributed = attributeKeyPoints(keyPoints, claims, sorted.length);
  const stories = findStories(sorted, actors, scored);
  const briefing: Briefing = {
    id: options.id,
    title:
      options.title ?? (stories.length > 1 ? storiesTitle(stories) : defaultTitle(actors, sorted.length)),
    subtitle: options.subtitle ?? null,
    generatedAt: generated,
    period: {
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      published: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
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
    perspectives: describePerspectives(scored, vocabulary, options.outlets),
    claims,
    stances: findStances(scored, actors, lexicon),
    sources: sorted.map(toSource),
    stories,
    changes: null,
  };
  // composed last, from the finished model (claims and stances included)
  briefing.bottomLine = composeBottomLine(briefing);
  assertAllVerbatim(briefing, sorted);
  return { value: BriefingSchema.parse(briefing), diagnostics };
}

let lastIndex: { key: string; index: EntityIndex } | null = null;

/** The index of the built-in names, the packs and the config's aliases; the last one is kept for the next build. */
function entityIndexFor(packs: readonly string[], aliases: readonly GazetteerEntry[]): EntityIndex {
  const key = JSON.stringify([packs, aliases]);
  if (lastIndex?.key !== key)
    lastIndex = { key, index: new EntityIndex(extendGazetteer(defaultGazetteer(packs), aliases)) };
  return lastIndex.index;
}

function assertAllVerbatim(briefing: Briefing, articles: readonly Article[]): void {
  const texts = new Map(articles.map((a) => [a.id, a.text]));
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
  for (const c of all) assertVerbatim(c, texts);
}

function defaultTitle(actors: readonly { name: string; kind: string }[], sources: number): string {
  const main = actors
    .filter((a) => a.kind !== 'person')
    .slice(0, 2)
    .map((a) => a.name);
  const subject = main.length === 2 ? `${main[0]} and ${main[1]}` : (main[0] ?? 'Briefing');
  return `${subject}: what ${sources} ${sources === 1 ? 'source reports' : 'sources report'}`;
}

/** Several unrelated stories: the brief is named after the first, not after actors they do not share. */
function storiesTitle(stories: readonly { title: string }[]): string {
  const others = stories.length - 1;
  return `${stories[0]?.title ?? 'Briefing'} — and ${others} other ${others === 1 ? 'story' : 'stories'}`;
}

function toSource(article: Article): Source {
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: article.published,
    ...inferred(article),
    url: article.url,
    wordCount: article.text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0,
  };
}

/** The parser's reason for an inferred publication date, when it gives one. */
function inferred(article: Article): { publishedInferred?: string } {
  const reason = article.publishedInferred;
  return reason ? { publishedInferred: reason } : {};
}

function generatedAt(now: Date | undefined): string {
  if (now) return now.toISOString();
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
