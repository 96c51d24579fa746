import fs from 'node:fs';
import path from 'node:path';
import {
  type AnalysedArticle,
  type Article,
  type ArticleAnalysis,
  type Briefing,
  BriefingError,
  buildBriefingFrom,
  type Diagnostic,
  dropDuplicates,
} from '@briefing/model';
import { loadTheme, Printer, renderHtml, renderPdf } from '@briefing/render';
import { markChanges, splitByStory, withUrls } from './brief-changes.js';
import type { Config, Format } from './config.js';
import { discardEarlyBrowser, takeEarlyBrowser } from './early-browser.js';
import { onInterrupt } from './interrupt.js';
import { assertOurs, type BriefRecord, type Manifest, readManifest, writeManifest } from './manifest.js';
import { parseCorpus } from './parse-corpus.js';
import { type BriefJob, hashInputs } from './plan.js';
import type { Reporter } from './reporter.js';
import { writeAtomic } from './write-atomic.js';

/** Options of `brief build` once the briefs are planned. */
export interface BuildOptions {
  out: string;
  force: boolean;
  strict: boolean;
  version: string;
  chrome?: string;
  browserWSEndpoint?: string;
  timeoutMs?: number;
  /** How many briefs are built at once, each printing on its own page of the shared browser. */
  jobs: number;
  config?: Config;
}

/** What happened to one brief, for the `--json` summary. */
export interface BriefSummary {
  id: string;
  status: 'built' | 'unchanged' | 'failed';
  files: string[];
  sources: number;
  warnings: number;
  errors: number;
  diagnostics: Diagnostic[];
  changes: { newSources: string[]; newEvents: string[]; changedClaims?: number };
  timings: Record<string, number>;
  error?: string;
}

/** The result of a build run. */
export interface BuildSummary {
  briefs: BriefSummary[];
  browserLaunches: number;
  exitCode: 0 | 1;
}

/**
 * Builds each brief into the output folder: skips those whose inputs have not changed (unless
 * `force`), shares one browser across all of them, writes every file atomically, and keeps going when
 * one input or one brief fails.
 * @param jobs the briefs to build
 * @param options output folder and run choices
 * @param report where progress and findings go
 * @returns per-brief results and the exit code (0 success, 1 some input or brief failed)
 * @throws {BriefingError} `E_OUTPUT` when the output folder holds files Briefing did not write
 */
export async function runBuild(
  jobs: readonly BriefJob[],
  options: BuildOptions,
  report: Reporter,
): Promise<BuildSummary> {
  const manifest: Manifest = readManifest(options.out) ?? {
    tool: 'briefing',
    version: options.version,
    briefs: {},
  };
  assertOurs(options.out, readManifest(options.out));
  fs.mkdirSync(options.out, { recursive: true });
  let printer: Promise<Printer> | null = null;
  let launches = 0;
  const getPrinter = () => {
    if (printer) return printer;
    // the browser bin.ts started before loading the program, if any, unless printing elsewhere
    const launched = options.browserWSEndpoint ? undefined : takeEarlyBrowser();
    printer = Printer.open({
      ...(options.chrome ? { chrome: options.chrome } : {}),
      ...(options.browserWSEndpoint ? { browserWSEndpoint: options.browserWSEndpoint } : {}),
      ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
      pages: options.jobs,
      ...(launched ? { launched } : {}),
      handleSignals: false, // interrupt.ts removes temporary files and closes the browser
    });
    return printer;
  };
  const stopPrinter = async () => {
    if (printer === null) await discardEarlyBrowser(); // nothing printed: the brief was up to date
    const p = await printer?.catch(() => null);
    printer = null;
    if (p) {
      launches += p.launches;
      await p.close();
    }
  };
  const unregister = onInterrupt(stopPrinter);
  // briefs are built `jobs` at a time, so one is analysed while another prints on the shared browser
  const summaries: BriefSummary[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      summaries[i] = await buildOne(jobs[i] as BriefJob, options, manifest, report, getPrinter);
      writeManifest(options.out, { ...manifest, version: options.version });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, jobs.length)) }, worker));
  } finally {
    await stopPrinter();
    unregister();
  }
  const failed = summaries.some(
    (s) => s.status === 'failed' || s.errors > 0 || (options.strict && s.warnings > 0),
  );
  return { briefs: summaries, browserLaunches: launches, exitCode: failed ? 1 : 0 };
}

async function buildOne(
  job: BriefJob,
  options: BuildOptions,
  manifest: Manifest,
  report: Reporter,
  getPrinter: () => Promise<Printer>,
): Promise<BriefSummary> {
  const timings: Record<string, number> = {};
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    report.stage(job.id, stage);
    const t = performance.now();
    try {
      return await fn();
    } finally {
      timings[stage] = Math.round(performance.now() - t);
    }
  };
  const summary: BriefSummary = {
    id: job.id,
    status: 'built',
    files: [],
    sources: 0,
    warnings: 0,
    errors: 0,
    diagnostics: [],
    changes: { newSources: [], newEvents: [] },
    timings,
  };
  const hash = hashInputs(job, options.version);
  const previous = manifest.briefs[job.id];
  // split briefs are named after their stories: the last run's manifest lists them
  const names = job.split === 'stories' ? (previous?.files ?? []) : job.formats.map((f) => `${job.id}.${f}`);
  if (
    !options.force &&
    names.length > 0 &&
    previous?.hash === hash &&
    names.every((n) => fs.existsSync(path.join(options.out, n)))
  ) {
    report.info(`brief ${job.id}: unchanged, not rebuilt (--force rebuilds)`);
    for (const n of names) report.wrote(path.join(options.out, n));
    return {
      ...summary,
      status: 'unchanged',
      files: names.map((n) => path.join(options.out, n)),
      sources: previous.sources.length,
    };
  }
  // Chromium starts in its own process while the sources are read and analysed
  if (job.formats.includes('pdf') && job.files.length > 0) getPrinter().catch(() => {});
  try {
    if (job.files.length === 0) throw new BriefingError('E_INPUT', 'no article files found in its sources');
    const progress = (n: number, total: number) => report.stage(job.id, `parse (${n}/${total} files)`);
    const known = { packs: job.packs, aliases: job.aliases };
    const { analysed, diagnostics } = await timed('parse', () =>
      parseCorpus(job.files, { progress, analyse: known }),
    );
    // withUrls keeps the order and sets only `url`, which the per-article analysis does not read
    const articles = withUrls(
      analysed.map((x) => x.article),
      job.urls,
    );
    const analysisOf = new Map(articles.map((a, i) => [a, (analysed[i] as AnalysedArticle).analysis]));
    const dated = filterByDate(articles, job, diagnostics);
    // the same article reached twice (two feeds, a syndicated copy) is one source: the earliest
    const { kept, diagnostics: duplicates } = dropDuplicates(dated);
    diagnostics.push(...duplicates);
    if (kept.length === 0) throw new BriefingError('E_INPUT', 'no article could be read from its sources');
    const briefOptions = {
      id: job.id,
      ...(job.title ? { title: job.title } : {}),
      classification: job.classification ?? null,
      audience: job.audience ?? null,
      packs: job.packs,
      aliases: job.aliases,
      outlets: job.outlets,
    };
    const { value: built, diagnostics: found } = await timed('analyse', () =>
      buildBriefingFrom(
        kept.map((article) => ({ article, analysis: analysisOf.get(article) as ArticleAnalysis })),
        briefOptions,
      ),
    );
    diagnostics.push(...found);
    const briefing = markChanges(built, options.out);
    const split =
      job.split === 'stories' && briefing.stories.length > 1
        ? splitByStory(briefing, kept, briefOptions)
        : null;
    if (split) diagnostics.push(...split.diagnostics);
    for (const d of diagnostics) report.diagnostic(d);
    summary.diagnostics = diagnostics;
    summary.warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    summary.errors = diagnostics.filter((d) => d.severity === 'error').length;
    summary.sources = kept.length;
    if (split) {
      for (const b of split.briefings) {
        await writeFormats(
          { ...job, id: b.id },
          markChanges(b, options.out),
          options.out,
          summary,
          timed,
          getPrinter,
          report,
        );
      }
    } else await writeFormats(job, briefing, options.out, summary, timed, getPrinter, report);
    const record: BriefRecord = {
      hash,
      files: summary.files.map((f) => path.basename(f)),
      sources: kept.map((a) => a.path),
      events: briefing.timeline.map((e) => `${e.date} ${e.text}`),
    };
    if (briefing.changes) {
      // the previous JSON model says more than the manifest: new sources, events and claims
      const c = briefing.changes;
      const byId = new Map(briefing.sources.map((s) => [s.id, s.url ?? s.path]));
      summary.changes = {
        newSources: c.newSourceIds.map((id) => byId.get(id) ?? id),
        newEvents: c.newEvents.map((e) => `${e.date} ${e.text}`),
        changedClaims: c.changedClaims.length,
      };
      report.info(
        `brief ${job.id}: new since ${c.since}: ${c.newSourceIds.length} source(s), ${c.newEvents.length} timeline event(s), ${c.changedClaims.length} claim(s) with changed support`,
      );
    } else if (previous) {
      summary.changes.newSources = record.sources.filter((s) => !previous.sources.includes(s));
      summary.changes.newEvents = record.events.filter((e) => !previous.events.includes(e));
      if (summary.changes.newSources.length || summary.changes.newEvents.length) {
        report.info(
          `brief ${job.id}: ${summary.changes.newSources.length} new source(s), ${summary.changes.newEvents.length} new event(s) since the last run`,
        );
      }
    }
    manifest.briefs[job.id] = record;
  } catch (error) {
    const message =
      error instanceof BriefingError ? error.message : `unexpected failure: ${(error as Error).message}`;
    report.error(`brief ${job.id}: ${message}`);
    return { ...summary, status: 'failed', error: message };
  }
  return summary;
}

async function writeFormats(
  job: BriefJob,
  briefing: Briefing,
  out: string,
  summary: BriefSummary,
  timed: <T>(stage: string, fn: () => T | Promise<T>) => Promise<T>,
  getPrinter: () => Promise<Printer>,
  report: Reporter,
): Promise<void> {
  const target = (f: Format) => path.join(out, `${job.id}.${f}`);
  const write = (f: Format, data: string | Uint8Array) => {
    writeAtomic(target(f), data);
    summary.files.push(target(f));
    report.wrote(target(f));
  };
  if (job.formats.includes('json')) write('json', `${JSON.stringify(briefing, null, 2)}\n`);
  if (!job.formats.includes('html') && !job.formats.includes('pdf')) return;
  const theme = loadTheme(job.template);
  const html = await timed('render', () => renderHtml(briefing, { theme }));
  if (job.formats.includes('html')) write('html', html);
  if (job.formats.includes('pdf')) {
    const printer = await timed('launch browser', getPrinter);
    const options = { format: job.paper, theme };
    write('pdf', await timed('print', () => renderPdf(printer, briefing, html, options)));
  }
}

function filterByDate(articles: Article[], job: BriefJob, diagnostics: Diagnostic[]): Article[] {
  if (!job.since && !job.until) return articles;
  return articles.filter((a) => {
    const p = a.published;
    if (p === null || !/^\d{4}/.test(p)) {
      diagnostics.push({
        severity: 'info',
        message: 'left out: no dated publication to compare with --since/--until',
        ruleId: 'undated-filtered',
        source: 'cli',
        file: a.path,
      });
      return false;
    }
    if (job.since && p.padEnd(10, '-31') < job.since) return false;
    if (job.until && p > job.until) return false;
    return true;
  });
}
