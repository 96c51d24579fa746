import type { Article } from './article.js';
import { type Briefing, Briefing as BriefingSchema, type KeyPoint, type Source } from './briefing.js';
import { assertVerbatim, cite } from './citation.js';
import type { Diagnostic, Result } from './diagnostic.js';
import { splitSentences } from './sentences.js';

/** What a brief is called and for whom; everything else comes from the articles. */
export interface BriefingOptions {
  id: string;
  title?: string;
  subtitle?: string | null;
  classification?: string | null;
  audience?: string | null;
  /** The build time; defaults to `SOURCE_DATE_EPOCH` when set, else now. */
  now?: Date;
}

/**
 * Turns articles into a briefing. Every citation is checked verbatim against its source text.
 * @param articles the parsed articles
 * @param options id, title and audience of the brief
 * @returns the briefing and what was found on the way
 * @throws {BriefingError} `E_CITATION` if a citation would not be verbatim
 */
export function buildBriefing(articles: readonly Article[], options: BriefingOptions): Result<Briefing> {
  const diagnostics: Diagnostic[] = [];
  const sorted = [...articles].sort((a, b) => a.id.localeCompare(b.id));
  const sources: Source[] = sorted.map(toSource);
  const keyPoints: KeyPoint[] = [];
  for (const article of sorted) {
    const lead = splitSentences(article.text)[0];
    if (lead === undefined) continue;
    keyPoints.push({ text: lead.text, citations: [cite(article, lead.start, lead.end)] });
  }
  const dates = sorted.map((a) => a.published).filter((d): d is string => d !== null && !d.startsWith('--'));
  dates.sort();
  const briefing: Briefing = {
    id: options.id,
    title: options.title ?? 'Briefing',
    subtitle: options.subtitle ?? null,
    generatedAt: generatedAt(options.now),
    period: { from: dates[0] ?? null, to: dates.at(-1) ?? null },
    classification: options.classification ?? null,
    audience: options.audience ?? null,
    keyPoints: keyPoints.slice(0, 8),
    actors: [],
    timeline: [],
    quotes: [],
    perspectives: [],
    claims: [],
    sources,
  };
  const texts = new Map(sorted.map((a) => [a.id, a.text]));
  for (const c of briefing.keyPoints.flatMap((k) => k.citations)) assertVerbatim(c, texts);
  return { value: BriefingSchema.parse(briefing), diagnostics };
}

function toSource(article: Article): Source {
  return {
    id: article.id,
    path: article.path,
    title: article.title,
    outlet: article.outlet,
    authors: article.authors,
    published: article.published,
    url: article.url,
    wordCount: article.text.split(/\s+/).filter(Boolean).length,
  };
}

function generatedAt(now: Date | undefined): string {
  if (now) return now.toISOString();
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date().toISOString();
}
