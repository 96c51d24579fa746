import { archiveDir } from './build-command.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { fetchBriefs } from './fetch/fetch-briefs.js';
import { parseSourceOption } from './fetch/fetch-config.js';
import { planBriefs } from './plan.js';
import { createReporter } from './reporter.js';

/** The options of `brief fetch`. */
export interface FetchFlags {
  config?: string;
  /** `--source`, as given. */
  source?: string[];
  archive?: string;
  json?: boolean;
}

/**
 * `brief fetch`: fetches the feeds, pages and sitemaps of the config (or `--source`) into the archive,
 * without building; prints what it did and sets the exit code (1 when a fetch failed).
 * @param flags the command's options
 * @param cwd the working folder
 * @throws {UsageError} `E_USAGE` when there is nothing to fetch; {ConfigError} `E_CONFIG`
 */
export async function fetchCommand(flags: FetchFlags, cwd: string): Promise<void> {
  const loaded = loadConfig(flags.config, cwd);
  if (!loaded && !flags.source) throw new UsageError('nothing to fetch: give a config or --source');
  const now = new Date();
  const jobs = planBriefs(
    loaded,
    { corpus: 'corpus', now, ...(flags.source ? { sources: flags.source.map(parseSourceOption) } : {}) },
    cwd,
  );
  const report = createReporter(
    { quiet: false, strict: false, json: flags.json ?? false, interactive: false, color: false },
    (s) => void process.stdout.write(s),
    (s) => void process.stderr.write(s),
  );
  const options = {
    config: loaded?.config.fetch,
    archiveDir: archiveDir(flags.archive, loaded, cwd),
    offline: false,
    now,
    cwd,
  };
  const { result } = await fetchBriefs(jobs, options, report);
  const stats = result?.stats ?? { requests: 0, fetched: 0, notModified: 0, failed: 0, bytes: 0 };
  if (flags.json)
    process.stdout.write(`${JSON.stringify({ ...stats, failures: result?.diagnostics ?? [] }, null, 2)}\n`);
  else
    process.stderr.write(
      `fetched ${stats.fetched}, unchanged ${stats.notModified}, failed ${stats.failed} ` +
        `(${stats.requests} requests, ${stats.bytes} bytes)\n`,
    );
  process.exitCode = stats.failed > 0 ? 1 : 0;
}
