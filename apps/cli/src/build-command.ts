import path from 'node:path';
import type { BrowserOwner } from './browser-owner.js';
import { Format, loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { fetchBriefs } from './fetch/fetch-briefs.js';
import { parseSourceOption } from './fetch/fetch-config.js';
import { planBriefs, selectShard } from './plan.js';
import { createReporter } from './reporter.js';
import { runBuild } from './run-build.js';
import type { CorpusListing } from './start-parse-early.js';

/** The options of `brief build`, as commander parsed them. */
export interface BuildFlags {
  corpus: string;
  config?: string;
  out?: string;
  format?: string;
  template?: string;
  /** `--since`, already resolved to `YYYY-MM-DD`. */
  since?: string;
  /** `--until`, already resolved to `YYYY-MM-DD`. */
  until?: string;
  paper?: 'A4' | 'Letter';
  chrome?: string;
  browserWsEndpoint?: string;
  timeout: number;
  jobs: number;
  force?: boolean;
  strict?: boolean;
  json?: boolean;
  quiet?: boolean;
  shard?: string;
  /** `--source`, as given. */
  source?: string[];
  offline?: boolean;
  archive?: string;
}

/**
 * The archive folder: `--archive`, else the config's `fetch.archive` beside it, else `archive`.
 * @param flag `--archive`
 * @param loaded the config and its file, or null
 * @param cwd the working folder
 */
export function archiveDir(
  flag: string | undefined,
  loaded: ReturnType<typeof loadConfig>,
  cwd: string,
): string {
  if (flag) return path.resolve(cwd, flag);
  if (loaded) return path.resolve(path.dirname(loaded.file), loaded.config.fetch?.archive ?? 'archive');
  return path.resolve(cwd, 'archive');
}

/**
 * `brief build`: reads the config, plans the briefs (this shard of them), builds them, prints the
 * summary and sets the exit code.
 * @param flags the command's options
 * @param context the working folder, the version, the run's browser, and the corpus folder's listing
 *   when `startParseEarly` made it
 * @throws {ConfigError} `E_CONFIG`; {UsageError} `E_USAGE` for a bad `--format` or `--shard`;
 *   {OutputError} `E_OUTPUT` for an output folder Briefing must not write into
 */
export async function buildCommand(
  flags: BuildFlags,
  context: { cwd: string; version: string; browser: BrowserOwner; listed?: CorpusListing | null },
): Promise<void> {
  const { cwd, version, browser } = context;
  const loaded = loadConfig(flags.config, cwd);
  const formats = flags.format?.split(',').map((f) => {
    const parsed = Format.safeParse(f.trim());
    if (!parsed.success) throw new UsageError(`--format: expected html, pdf or json, got "${f}"`);
    return parsed.data;
  });
  const chosen = {
    corpus: flags.corpus,
    now: new Date(),
    ...(formats ? { formats } : {}),
    ...(flags.template ? { template: flags.template } : {}),
    ...(flags.since ? { since: flags.since } : {}),
    ...(flags.until ? { until: flags.until } : {}),
    ...(flags.paper ? { paper: flags.paper } : {}),
    ...(flags.source ? { sources: flags.source.map(parseSourceOption) } : {}),
    listed: context.listed ?? null,
  };
  let jobs = planBriefs(loaded, chosen, cwd);
  if (flags.shard) jobs = selectShard(jobs, parseShard(flags.shard));
  const out =
    flags.out ?? (loaded?.config.out ? path.resolve(path.dirname(loaded.file), loaded.config.out) : 'out');
  const interactive = process.stderr.isTTY === true && process.env.CI !== 'true' && !flags.json;
  const [json, quiet, strict] = [flags.json ?? false, flags.quiet ?? false, flags.strict ?? false];
  const write = (stream: NodeJS.WriteStream) => (s: string) => void stream.write(s);
  const color = interactive && !process.env.NO_COLOR;
  const report = createReporter(
    { quiet, json, strict, interactive, color },
    write(process.stdout),
    write(process.stderr),
  );
  const fetched = await fetchBriefs(
    jobs,
    {
      config: loaded?.config.fetch,
      archiveDir: archiveDir(flags.archive, loaded, cwd),
      offline: flags.offline ?? false,
      now: chosen.now,
      cwd,
    },
    report,
  );
  jobs = fetched.jobs;
  const summary = await runBuild(
    jobs,
    {
      out,
      force: flags.force ?? false,
      strict,
      version,
      timeoutMs: flags.timeout * 1000,
      jobs: Math.floor(flags.jobs),
      ...(flags.chrome ? { chrome: flags.chrome } : {}),
      ...(flags.browserWsEndpoint ? { browserWSEndpoint: flags.browserWsEndpoint } : {}),
    },
    report,
    browser,
  );
  const fetch = fetched.result
    ? { ...fetched.result.stats, failures: fetched.result.diagnostics }
    : undefined;
  if (json)
    process.stdout.write(
      `${JSON.stringify({ version, out, ...summary, ...(fetch ? { fetch } : {}) }, null, 2)}\n`,
    );
  process.exitCode = (fetched.result?.stats.failed ?? 0) > 0 ? 1 : summary.exitCode;
}

/** Reads `--shard i/n`. */
function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = [Number(m?.[1]), Number(m?.[2])];
  if (!m || index < 1 || index > count)
    throw new UsageError(`--shard: expected i/n with 1 ≤ i ≤ n, got "${value}"`);
  return { index, count };
}
