import fs from 'node:fs';
import type { Diagnostic } from '@briefing/model';
import type { Theme } from '@briefing/render';
import { type BriefSummary, type BuildSummary, failsRun } from './brief-summary.js';
import type { BrowserOwner, PrinterChoice } from './browser-owner.js';
import { buildOneBrief } from './build-one-brief.js';
import { toolFingerprint } from './hash-inputs.js';
import { assertOurs, type Manifest, readManifest, writeManifest } from './manifest.js';
import type { BriefJob } from './plan.js';
import type { Reporter } from './reporter.js';

/** Options of `brief build` once the briefs are planned. */
export interface BuildOptions extends Omit<PrinterChoice, 'pages'> {
  out: string;
  force: boolean;
  strict: boolean;
  version: string;
  /** How many briefs are built at once, each printing on its own page of the shared browser. */
  jobs: number;
}

/**
 * Builds each brief into the output folder: skips those whose inputs have not changed (unless
 * `force`), shares one browser across all of them, writes each brief's files as one set, and keeps
 * going when one input or one brief fails. The browser is closed when done.
 * @param jobs the briefs to build
 * @param options output folder and run choices
 * @param report where progress and findings go
 * @param browser the run's browser owner
 * @returns per-brief results and the exit code (0 success, 1 some input or brief failed)
 * @throws {OutputError} `E_OUTPUT` when the output folder holds files Briefing did not write
 */
export async function runBuild(
  jobs: readonly BriefJob[],
  options: BuildOptions,
  report: Reporter,
  browser: BrowserOwner,
): Promise<BuildSummary> {
  const found = readManifest(options.out);
  assertOurs(options.out, found);
  const manifest: Manifest = found ?? { tool: 'briefing', version: options.version, briefs: {} };
  fs.mkdirSync(options.out, { recursive: true });
  const { out, force, strict } = options;
  const printer = () => browser.printer({ ...options, pages: options.jobs });
  const themes = await loadThemes(jobs, report, strict);
  const loaded = new Map([...themes].flatMap(([dir, t]) => (t.theme ? [[dir, t.theme] as const] : [])));
  const ctx = { out, force, strict, producer: toolFingerprint(), manifest, report, printer, themes: loaded };
  // briefs are built `jobs` at a time, so one is analysed while another prints on the shared browser
  const summaries: BriefSummary[] = [];
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      const job = jobs[i] as BriefJob;
      summaries[i] = withThemeFindings(
        await buildOneBrief(job, ctx),
        themes.get(job.template ?? '')?.warnings,
      );
      writeManifest(options.out, { ...manifest, version: options.version });
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.jobs, jobs.length)) }, worker));
  } finally {
    await browser.close();
  }
  const failed = summaries.some((s) => failsRun(s, strict));
  return { briefs: summaries, browserLaunches: browser.launches, exitCode: failed ? 1 : 0 };
}

/**
 * Loads each theme the briefs use once, and says its warnings (a resource its templates name that the
 * page never loads or runs: `themeWarnings`) once, before the briefs, file:line:col like any finding. A
 * theme that does not load is left for its briefs to report, each with its name.
 * @param jobs the briefs
 * @param report where findings go
 * @param strict `--strict`: say that the theme's warnings fail the run
 * @returns theme folder → the theme (when it loads) and its warnings
 */
async function loadThemes(
  jobs: readonly BriefJob[],
  report: Reporter,
  strict: boolean,
): Promise<Map<string, { theme?: Theme; warnings: Diagnostic[] }>> {
  const found = new Map<string, { theme?: Theme; warnings: Diagnostic[] }>();
  for (const job of jobs) {
    if (!job.template || found.has(job.template) || job.formats.every((f) => f === 'json')) continue;
    const { loadTheme, themeWarnings } = await import('@briefing/render');
    let theme: Theme | undefined;
    try {
      theme = loadTheme(job.template);
    } catch {
      // a missing folder or a refused file fails each of its briefs, with the brief's name
    }
    const warnings = theme ? themeWarnings(theme) : [];
    found.set(job.template, theme ? { theme, warnings } : { warnings });
    report.diagnostics(warnings);
    if (strict && warnings.length > 0)
      report.error(`theme ${job.template}: ${warnings.length} warning(s), and --strict fails on warnings`);
  }
  return found;
}

/** A brief's summary with its theme's warnings among its findings, counted (and failing `--strict`). */
function withThemeFindings(summary: BriefSummary, warnings: Diagnostic[] | undefined): BriefSummary {
  if (!warnings?.length) return summary;
  return {
    ...summary,
    diagnostics: [...warnings, ...summary.diagnostics],
    warnings: summary.warnings + warnings.length,
  };
}
