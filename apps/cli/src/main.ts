import fs from 'node:fs';
import path from 'node:path';
import { BriefingError } from '@briefing/model';
import { ejectTheme } from '@briefing/render';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runBuild } from './build-command.js';
import { Format, loadConfig, parseSince } from './config.js';
import { runDoctor } from './doctor-command.js';
import { runExtract } from './extract-command.js';
import { fetchBriefs } from './fetch/fetch-briefs.js';
import { parseSourceOption, type WebSource } from './fetch/fetch-config.js';
import { planBriefs, selectShard } from './plan.js';
import { createReporter } from './reporter.js';

const version = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
const cwd = process.cwd();
const out = (s: string) => process.stdout.write(s);
const err = (s: string) => process.stderr.write(s);

/** Parses an option that must be a positive number. */
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
};

const program = new Command('brief')
  .description('Turn a folder of articles into a policy brief (HTML, PDF, JSON).')
  .version(version, '-V, --version', 'print the version')
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)')
  .addHelpText(
    'after',
    '\nExit codes: 0 success (warnings allowed), 1 some input or brief failed (the others were written),\n2 usage or config error, 130 interrupted.',
  );

interface BuildFlags {
  corpus: string;
  config?: string;
  out?: string;
  format?: string;
  template?: string;
  since?: string;
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
  source?: (string | WebSource)[];
  offline?: boolean;
  archive?: string;
}

/** `--source` may be given again and again. */
const collectSource = (value: string, previous: (string | WebSource)[] = []) => [
  ...previous,
  parseSourceOption(value),
];

/** The archive folder: `--archive`, else the config's `fetch.archive` beside it, else `archive`. */
const archiveDir = (flag: string | undefined, loaded: ReturnType<typeof loadConfig>) =>
  flag
    ? path.resolve(cwd, flag)
    : loaded
      ? path.resolve(path.dirname(loaded.file), loaded.config.fetch?.archive ?? 'archive')
      : path.resolve(cwd, 'archive');

program
  .command('build', { isDefault: true })
  .description('build the briefs of the config (or one brief from --corpus) into the output folder')
  .option('--corpus <dir>', 'folder of articles when there is no config', 'corpus')
  .option('--config <file>', 'config file (default: briefing.config.json|yaml|yml here)')
  .option('--out <dir>', 'output folder (default: the config\'s "out", else out)')
  .option('--format <list>', 'formats to write, comma-separated: html,pdf,json (default: all)')
  .option('--template <dir>', 'theme folder (see `brief template eject`)')
  .option('--since <when>', 'only sources published since a date (2024-01-01) or span (7d, 2w, 3m)')
  .option('--until <when>', 'only sources published until a date or span')
  .addOption(new Option('--paper <size>', 'PDF paper size').choices(['A4', 'Letter']))
  .option('--chrome <path>', 'Chromium executable (default: BRIEF_CHROME or a system Chromium)')
  .option('--browser-ws-endpoint <url>', 'print on a running Chromium at this DevTools WebSocket URL')
  .option('--timeout <seconds>', 'time limit to print one brief', positive, 60)
  .option('--jobs <n>', 'briefs built at once, each printing on a page of the one browser', positive, 2)
  .option('--force', 'rebuild briefs whose inputs have not changed')
  .option('--strict', 'fail (exit 1) on warnings too')
  .option('--json', 'print a JSON summary on stdout (files, warnings, timings)')
  .option('--quiet', 'print errors only')
  .option('--shard <i/n>', 'build only shard i of n (stable split by brief id, for CI matrices)')
  .option(
    '--source <source>',
    "a source instead of --corpus or the config's: a path or glob, feed:URL, url:URL or sitemap:URL (repeatable)",
    collectSource,
  )
  .option('--offline', 'fetch nothing: read feeds and pages from the archive')
  .option('--archive <dir>', "archive of fetched pages (default: the config's fetch.archive, else archive)")
  .action(async (flags: BuildFlags) => {
    const now = new Date();
    const loaded = loadConfig(flags.config, cwd);
    const formats = flags.format?.split(',').map((f) => {
      const parsed = Format.safeParse(f.trim());
      if (!parsed.success)
        throw new BriefingError('E_USAGE', `--format: expected html, pdf or json, got "${f}"`);
      return parsed.data;
    });
    let jobs = planBriefs(
      loaded,
      {
        corpus: flags.corpus,
        ...(formats ? { formats } : {}),
        ...(flags.template ? { template: flags.template } : {}),
        ...(flags.since ? { since: parseSince(flags.since, now) } : {}),
        ...(flags.until ? { until: parseSince(flags.until, now) } : {}),
        ...(flags.paper ? { paper: flags.paper } : {}),
        ...(flags.source ? { sources: flags.source } : {}),
      },
      cwd,
    );
    if (flags.shard) {
      const m = /^(\d+)\/(\d+)$/.exec(flags.shard);
      const [index, count] = [Number(m?.[1]), Number(m?.[2])];
      if (!m || index < 1 || index > count)
        throw new BriefingError('E_USAGE', `--shard: expected i/n with 1 ≤ i ≤ n, got "${flags.shard}"`);
      jobs = selectShard(jobs, { index, count });
    }
    const outDir =
      flags.out ?? (loaded?.config.out ? path.resolve(path.dirname(loaded.file), loaded.config.out) : 'out');
    const interactive = process.stderr.isTTY === true && process.env.CI !== 'true' && !flags.json;
    const report = createReporter(
      {
        quiet: flags.quiet ?? false,
        json: flags.json ?? false,
        interactive,
        color: interactive && !process.env.NO_COLOR,
      },
      out,
      err,
    );
    const fetched = await fetchBriefs(
      jobs,
      {
        config: loaded?.config.fetch,
        archiveDir: archiveDir(flags.archive, loaded),
        offline: flags.offline ?? false,
        now,
        cwd,
      },
      report,
    );
    jobs = fetched.jobs;
    const summary = await runBuild(
      jobs,
      {
        out: outDir,
        force: flags.force ?? false,
        strict: flags.strict ?? false,
        version,
        timeoutMs: flags.timeout * 1000,
        jobs: Math.floor(flags.jobs),
        ...(flags.chrome ? { chrome: flags.chrome } : {}),
        ...(flags.browserWsEndpoint ? { browserWSEndpoint: flags.browserWsEndpoint } : {}),
      },
      report,
    );
    const fetchFailed = (fetched.result?.stats.failed ?? 0) > 0;
    const fetch = fetched.result
      ? { ...fetched.result.stats, failures: fetched.result.diagnostics }
      : undefined;
    if (flags.json)
      out(`${JSON.stringify({ version, out: outDir, ...summary, ...(fetch ? { fetch } : {}) }, null, 2)}\n`);
    process.exitCode = fetchFailed ? 1 : summary.exitCode;
  });

program
  .command('fetch')
  .description('fetch the feeds, pages and sitemaps of the config into the archive, without building')
  .option('--config <file>', 'config file (default: briefing.config.json|yaml|yml here)')
  .option('--source <source>', 'a feed:URL, url:URL or sitemap:URL to fetch (repeatable)', collectSource)
  .option('--archive <dir>', "archive folder (default: the config's fetch.archive, else archive)")
  .option('--json', 'print a JSON summary on stdout')
  .action(
    async (flags: { config?: string; source?: (string | WebSource)[]; archive?: string; json?: boolean }) => {
      const loaded = loadConfig(flags.config, cwd);
      if (!loaded && !flags.source)
        throw new BriefingError('E_USAGE', 'nothing to fetch: give a config or --source');
      const jobs = planBriefs(
        loaded,
        { corpus: 'corpus', ...(flags.source ? { sources: flags.source } : {}) },
        cwd,
      );
      const report = createReporter(
        { quiet: false, json: flags.json ?? false, interactive: false, color: false },
        out,
        err,
      );
      const { result } = await fetchBriefs(
        jobs,
        {
          config: loaded?.config.fetch,
          archiveDir: archiveDir(flags.archive, loaded),
          offline: false,
          now: new Date(),
          cwd,
        },
        report,
      );
      const stats = result?.stats ?? { requests: 0, fetched: 0, notModified: 0, failed: 0, bytes: 0 };
      if (flags.json) out(`${JSON.stringify({ ...stats, failures: result?.diagnostics ?? [] }, null, 2)}\n`);
      else
        err(
          `fetched ${stats.fetched}, unchanged ${stats.notModified}, failed ${stats.failed} (${stats.requests} requests, ${stats.bytes} bytes)\n`,
        );
      process.exitCode = stats.failed > 0 ? 1 : 0;
    },
  );

program
  .command('extract')
  .description('print the article found in each file as one JSON array')
  .argument('<files...>', 'article files (.txt, .md, .html)')
  .option('--json', 'print JSON (the only output format)')
  .action((files: string[]) => {
    process.exitCode = runExtract(files, out, (line) => err(`${line}\n`));
  });

program
  .command('template')
  .description('work with themes')
  .command('eject')
  .description('copy the default theme (layout, partials, CSS) into a folder to edit')
  .argument('[dir]', 'destination folder', 'theme')
  .action((dir: string) => {
    for (const file of ejectTheme(dir)) out(`${file}\n`);
    err(`edit the files, then build with --template ${dir} (or "template": "${dir}" in the config)\n`);
  });

program
  .command('doctor')
  .description('check what breaks runs in CI: Node, browser, sandbox, fonts, output folder, config')
  .option('--chrome <path>', 'Chromium executable to check')
  .option('--out <dir>', 'output folder to check', 'out')
  .option('--config <file>', 'config file to check')
  .action(async (flags: { chrome?: string; out: string; config?: string }) => {
    const checks = await runDoctor({ ...flags, cwd });
    for (const c of checks) out(`${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}\n`);
    process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
  });

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof BriefingError) {
    err(`error: ${error.message}\n`);
    process.exitCode =
      error.code === 'E_USAGE' || error.code === 'E_CONFIG' || error.code === 'E_OUTPUT' ? 2 : 1;
  } else {
    err(`error: unexpected failure: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
