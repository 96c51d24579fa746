import {
  type AnalysedArticle,
  type Briefing,
  type BriefingOptions,
  buildBriefingWith,
  type Diagnostic,
} from '@briefing/model';
import { storyGrouper } from './group-in-worker.js';
import type { BriefRecord } from './manifest.js';
import type { BriefJob } from './plan.js';

/**
 * Builds a brief's model from its articles with its settings (title, classification, audience, the
 * config's aliases and outlets). This is the seam where other analysis joins the build.
 * @param job the brief
 * @param analysed its articles, each with its per-article analysis (see `readBriefArticles`)
 * @param previous what the last run into the output folder recorded for it: its sources' order and its
 *   stories' titles, which this one keeps
 * @returns the briefing and the analysis' findings
 * @throws {CitationError} `E_CITATION` if a citation would not be verbatim (a bug, never silent)
 */
export async function buildBrief(
  job: BriefJob,
  analysed: AnalysedArticle[],
  previous?: BriefRecord,
): Promise<{ briefing: Briefing; diagnostics: Diagnostic[] }> {
  // a large brief's sources are grouped into stories, and its stances read, in another thread meanwhile
  // (group-in-worker.ts), started now so that it loads while this one finds the actors the grouping needs
  const grouper = storyGrouper(analysed.length);
  try {
    const { value, diagnostics } = await buildBriefingWith(
      analysed,
      briefingOptions(job, previous),
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
 * The options of `buildBriefing` for a brief: its id, title, classification, audience, aliases, outlets,
 * and what its last run numbered and titled (from the output folder's manifest, not the archive: a
 * folder of files has no archive, and `--offline` reads the same manifest as the run that fetches).
 * @param job the brief
 * @param previous what the last run recorded for it, if anything
 */
export function briefingOptions(job: BriefJob, previous?: BriefRecord): BriefingOptions {
  return {
    id: job.id,
    ...(job.title ? { title: job.title } : {}),
    classification: job.classification ?? null,
    audience: job.audience ?? null,
    packs: job.packs,
    aliases: job.aliases,
    outlets: job.outlets,
    ...(previous?.order
      ? { previous: { sources: previous.order, storyTitles: previous.storyTitles ?? {} } }
      : {}),
  };
}
