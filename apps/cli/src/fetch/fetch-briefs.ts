import path from 'node:path';
import type { BriefJob } from '../plan.js';
import type { Reporter } from '../reporter.js';
import { resolveWhen } from '../when.js';
import { Archive } from './archive.js';
import { FetchConfig, sourceUrl, type WebSource } from './fetch-config.js';
import type { FetchResult } from './fetch-sources.js';

/** Choices for {@link fetchBriefs}. */
export interface FetchBriefsOptions {
  /** The config's `fetch` (defaults filled in when absent). */
  config: FetchConfig | undefined;
  /** The archive folder. */
  archiveDir: string;
  offline: boolean;
  now: Date;
  cwd: string;
}

/**
 * Fetches the web sources of every brief once (or, offline, finds them in the archive), adds the
 * archived pages to each brief's files with their URLs, reports what failed, and deletes from the
 * archive what the retention period no longer keeps.
 * @param jobs the planned briefs
 * @param options settings, archive, offline, time
 * @param report where failures go
 * @returns the briefs with their web sources resolved to files, and the fetch result
 */
export async function fetchBriefs(
  jobs: readonly BriefJob[],
  options: FetchBriefsOptions,
  report: Reporter,
): Promise<{ jobs: BriefJob[]; result: FetchResult | null }> {
  const unique = new Map<string, WebSource>();
  for (const j of jobs) for (const w of j.web ?? []) unique.set(JSON.stringify(w), w);
  if (unique.size === 0) return { jobs: [...jobs], result: null };
  const config = options.config ?? FetchConfig.parse({});
  // the HTTP client, feed and sitemap readers load only for a run that has web sources (≈40 ms cold)
  const { fetchSources } = await import('./fetch-sources.js');
  const result = await fetchSources([...unique.values()], {
    config,
    archiveDir: options.archiveDir,
    offline: options.offline,
    now: options.now,
  });
  result.diagnostics.sort((a, b) =>
    (a.file ?? '') < (b.file ?? '') ? -1 : (a.file ?? '') > (b.file ?? '') ? 1 : 0,
  );
  report.diagnostics(result.diagnostics);
  if (!options.offline) {
    const removed = new Archive(options.archiveDir).prune(resolveWhen(config.retention, options.now));
    if (removed.length)
      report.info(`archive: ${removed.length} file(s) past the ${config.retention} retention deleted`);
  }
  const resolved = jobs.map((job) => {
    if (!job.web?.length) return job;
    const files = [...job.files];
    const urls: Record<string, string> = { ...job.urls };
    for (const w of job.web) {
      for (const file of result.filesOf.get(sourceUrl(w)) ?? []) {
        const shown = path.relative(options.cwd, file) || file;
        if (!files.includes(shown)) files.push(shown);
        const url = result.urlOf.get(file);
        if (url) urls[shown] = url;
      }
    }
    return { ...job, files, urls };
  });
  return { jobs: resolved, result };
}
