import {
  type AnalysedArticle,
  type Briefing,
  type BriefingOptions,
  buildBriefingWith,
  type Diagnostic,
} from '@briefing/model';
import { storyGrouper } from './group-in-worker.js';
import type { BriefJob } from './plan.js';

/**
 * Builds a brief's model from its articles with its settings (title, classification, audience, the
 * config's aliases and outlets). This is the seam where other analysis joins the build.
 * @param job the brief
 * @param analysed its articles, each with its per-article analysis (see `readBriefArticles`)
 * @returns the briefing and the analysis' findings
 * @throws {CitationError} `E_CITATION` if a citation would not be verbatim (a bug, never silent)
 */
export async function buildBrief(
  job: BriefJob,
  analysed: AnalysedArticle[],
): Promise<{ briefing: Briefing; diagnostics: Diagnostic[] }> {
  // a large brief's sources are grouped into stories, and its stances read, in another thread meanwhile
  // (group-in-worker.ts), started now so that it loads while this one finds the actors the grouping needs
  const grouper = storyGrouper(analysed.length);
  try {
    const { value, diagnostics } = await buildBriefingWith(
      analysed,
      briefingOptions(job),
      grouper.group,
      grouper.read,
      grouper.learn,
    );
    return { briefing: value, diagnostics };
  } finally {
    grouper.stop();
  }
}

/**
 * The options of `buildBriefing` for a brief: its id, title, classification, audience, aliases, outlets.
 * @param job the brief
 */
export function briefingOptions(job: BriefJob): BriefingOptions {
  return {
    id: job.id,
    ...(job.title ? { title: job.title } : {}),
    classification: job.classification ?? null,
    audience: job.audience ?? null,
    packs: job.packs,
    aliases: job.aliases,
    outlets: job.outlets,
  };
}
