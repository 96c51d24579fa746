import fs from 'node:fs';
import path from 'node:path';
import { BriefingError, storyTitlesToKeep } from '@briefing/model';
import type { Printer, Theme } from '@briefing/render';
import { markChanges, splitByStory } from './brief-changes.js';
import { type BriefSummary, countFindings } from './brief-summary.js';
import { briefingOptions, buildBrief } from './build-brief.js';
import { hashInputs } from './hash-inputs.js';
import type { BriefRecord, Manifest } from './manifest.js';
import type { BriefJob } from './plan.js';
import { readBriefArticles } from './read-brief-articles.js';
import { renderBrief, type Timed } from './render-brief.js';
import type { Reporter } from './reporter.js';
import { writeBrief } from './write-brief.js';

/** What building one brief needs from the run. */
export interface BriefContext {
  /** The output folder. */
  out: string;
  /** `--force`: rebuild even when its inputs have not changed. */
  force: boolean;
  /** `--strict`: its warnings fail the run. */
  strict: boolean;
  /** What produced the output (`toolFingerprint`), part of the inputs' hash. */
  producer: string;
  /** The output folder's manifest; the brief's record is updated in place once it is written. */
  manifest: Manifest;
  report: Reporter;
  /** Gives the run's printer, started at the first call. */
  printer: () => Promise<Printer>;
  /** The themes the run loaded already, by folder: a brief's is not read again. */
  themes?: ReadonlyMap<string, Theme>;
}

/**
 * Builds one brief into the output folder, or skips it when its inputs have not changed since the
 * last run (reporting the findings recorded then): gets its articles, builds its model, renders its
 * formats, writes them as one set, records it in the manifest. A failure is reported and returned,
 * never thrown, and leaves the brief's previous files whole.
 * @param job the brief
 * @param ctx the run
 * @returns what happened
 */
export async function buildOneBrief(job: BriefJob, ctx: BriefContext): Promise<BriefSummary> {
  const { report } = ctx;
  const timings: Record<string, number> = {};
  const timed: Timed = async (stage, fn) => {
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
  const previous = ctx.manifest.briefs[job.id];
  // briefs split by story are named after their stories: the last run's manifest lists them
  const names = job.split === 'stories' ? (previous?.files ?? []) : job.formats.map((f) => `${job.id}.${f}`);
  const files = names.map((n) => path.join(ctx.out, n));
  // the inputs are hashed here only when the brief may be skipped; else the parse hashes each file as
  // it reads it (10,000 pages: 0.3-0.6 s less before the parse starts)
  // a brief that listed news is built again, to say there is nothing new since (read in session 89: a
  // quiet morning's brief had kept the day before's "5 new sources" as its own)
  const mayBeUnchanged =
    !ctx.force &&
    files.length > 0 &&
    previous !== undefined &&
    previous.news !== true &&
    files.every((f) => fs.existsSync(f));
  const hashBefore = mayBeUnchanged ? hashInputs(job, ctx.producer) : undefined;
  if (hashBefore !== undefined && previous?.hash === hashBefore) {
    report.info(`brief ${job.id}: unchanged, not rebuilt (--force rebuilds)`);
    countFindings(summary, previous.diagnostics ?? []);
    report.diagnostics(summary.diagnostics);
    for (const f of files) report.wrote(f);
    return finish({ ...summary, status: 'unchanged', files, sources: previous.sources.length }, ctx);
  }
  try {
    // a theme folder that is missing or no folder fails the brief before its sources are read, not
    // after their parse and analysis (review92: 10,000 pages read, then the typo in --template said)
    const theme =
      job.template && job.formats.some((f) => f !== 'json')
        ? (ctx.themes?.get(job.template) ?? (await import('@briefing/render')).loadTheme(job.template))
        : undefined;
    // Chromium starts in its own process while the sources are read and analysed
    if (job.formats.includes('pdf') && job.files.length > 0) ctx.printer().catch(() => {});
    const progress = (n: number, total: number) => report.stage(job.id, `parse (${n}/${total} files)`);
    const { articles, analysed, diagnostics, digests } = await timed('parse', () =>
      readBriefArticles(job, progress),
    );
    const hash = hashBefore ?? hashInputs(job, ctx.producer, digests);
    const { briefing: built, diagnostics: found } = await timed('analyse', () =>
      buildBrief(job, analysed, previous),
    );
    diagnostics.push(...found);
    const briefing = markChanges(built, ctx.out);
    const split =
      job.split === 'stories' && briefing.stories.length > 1
        ? splitByStory(briefing, analysed, briefingOptions(job, previous))
        : null;
    if (split) diagnostics.push(...split.diagnostics);
    report.diagnostics(diagnostics);
    countFindings(summary, diagnostics);
    summary.sources = articles.length;
    // every file of the brief (of each of its stories, when split) is made before any is written
    const output = new Map<string, string | Uint8Array>();
    for (const b of split ? split.briefings.map((s) => markChanges(s, ctx.out)) : [briefing]) {
      for (const [format, data] of await renderBrief({ ...job, id: b.id }, b, timed, ctx.printer, theme))
        output.set(`${b.id}.${format}`, data);
    }
    summary.files = writeBrief(ctx.out, output, previous);
    for (const f of summary.files) report.wrote(f);
    const record: BriefRecord = {
      hash,
      files: summary.files.map((f) => path.basename(f)),
      sources: articles.map((a) => a.path),
      events: briefing.timeline.map((e) => `${e.date} ${e.text}`),
      diagnostics,
      order: briefing.sources.map((s) => s.url ?? s.path),
      storyTitles: storyTitlesToKeep(briefing.stories, previous?.storyTitles),
    };
    if (briefing.changes) {
      // the previous JSON model says more than the manifest: new sources, events and claims
      const c = briefing.changes;
      const lists = [
        c.newSourceIds,
        c.updatedSourceIds,
        c.removedSources,
        c.newEvents,
        c.changedClaims,
        c.droppedClaims,
      ];
      if (lists.some((list) => list.length > 0)) record.news = true;
      const byId = new Map(briefing.sources.map((s) => [s.id, s.url ?? s.path]));
      summary.changes = {
        newSources: c.newSourceIds.map((id) => byId.get(id) ?? id),
        updatedSources: c.updatedSourceIds.map((id) => byId.get(id) ?? id),
        removedSources: c.removedSources.map((s) => s.url ?? s.path),
        newEvents: c.newEvents.map((e) => `${e.date} ${e.text}`),
        changedClaims: c.changedClaims.length,
        droppedClaims: c.droppedClaims.length,
      };
      // a page gone from the feed or fetched again with another text is said, not left to a count
      const changed = c.updatedSourceIds.length ? `, ${c.updatedSourceIds.length} with changed text` : '';
      const gone = c.removedSources.length ? `, ${c.removedSources.length} no longer listed` : '';
      // yesterday's claims that left the list are said too, not left to vanish
      const dropped = c.droppedClaims.length ? `, ${c.droppedClaims.length} claim(s) no longer listed` : '';
      report.info(
        `brief ${job.id}: new since ${c.since}: ${c.newSourceIds.length} source(s)${changed}${gone}, ` +
          `${c.newEvents.length} timeline event(s), ${c.changedClaims.length} claim(s) with changed support${dropped}`,
      );
      for (const s of c.removedSources)
        report.info(
          `brief ${job.id}: no longer among the sources: ${s.url ?? s.path}${s.number ? ` ([${s.number}] in the last brief)` : ''}`,
        );
    } else if (previous) reportChanges(summary, previous, record, report);
    ctx.manifest.briefs[job.id] = record;
  } catch (error) {
    const message =
      error instanceof BriefingError ? error.message : `unexpected failure: ${(error as Error).message}`;
    report.error(`brief ${job.id}: ${message}`);
    return { ...summary, status: 'failed', error: message };
  }
  return finish(summary, ctx);
}

/** Says when `--strict` fails the run on a brief's warnings (even with `--quiet`). */
function finish(summary: BriefSummary, ctx: BriefContext): BriefSummary {
  if (ctx.strict && summary.warnings > 0)
    ctx.report.error(`brief ${summary.id}: ${summary.warnings} warning(s), and --strict fails on warnings`);
  return summary;
}

/** Records and reports what is new since the last run: sources, timeline events. */
function reportChanges(summary: BriefSummary, previous: BriefRecord, now: BriefRecord, report: Reporter) {
  const { changes } = summary;
  changes.newSources = now.sources.filter((s) => !previous.sources.includes(s));
  changes.newEvents = now.events.filter((e) => !previous.events.includes(e));
  if (changes.newSources.length === 0 && changes.newEvents.length === 0) return;
  const [sources, events] = [changes.newSources.length, changes.newEvents.length];
  report.info(`brief ${summary.id}: ${sources} new source(s), ${events} new event(s) since the last run`);
}
