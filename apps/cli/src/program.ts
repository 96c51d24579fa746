import { Command, InvalidArgumentError, Option } from 'commander';
import type { BrowserOwner } from './browser-owner.js';
import type { BuildFlags } from './build-command.js';
import type { FetchFlags } from './fetch-command.js';
import { stopEarlyParsePool } from './parse-pool.js';
import { startParseEarly } from './start-parse-early.js';
import { isWhen, resolveWhen, WHEN_EXPECTED } from './when.js';

/** Parses an option that must be a positive number. */
const positive = (value: string): number => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new InvalidArgumentError(`expected a positive number, got "${value}"`);
  return n;
};

/** `--source` may be given again and again (each is read by the command: zod is not loaded here yet). */
const collectSource = (value: string, previous: string[] = []) => [...previous, value];

/** Parses `--since`/`--until` with the config's rules, into a `YYYY-MM-DD` date. */
const when = (value: string): string => {
  if (!isWhen(value)) throw new InvalidArgumentError(`${WHEN_EXPECTED}, got "${value}"`);
  return resolveWhen(value, new Date());
};

/**
 * The `brief` program: its commands and options. Each action loads its command's module only when
 * it runs, so that the entry can read the command line (and start the browser) before loading them.
 * @param context the version, the working folder and the run's browser owner
 * @returns the program, ready to parse `process.argv`
 */
export function createProgram(context: { version: string; cwd: string; browser: BrowserOwner }): Command {
  const { cwd } = context;
  const out = (s: string) => void process.stdout.write(s);
  const err = (s: string) => void process.stderr.write(s);
  const program = new Command('brief')
    .description('Turn a folder of articles into a policy brief (HTML, PDF, JSON).')
    .version(context.version, '-V, --version', 'print the version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      '\nExit codes: 0 success (warnings allowed), 1 some input or brief failed (the others were written),\n' +
        '2 usage or config error, 130 interrupted.',
    );

  program
    .command('build', { isDefault: true })
    .description('build the briefs of the config (or one brief from --corpus) into the output folder')
    .option('--corpus <dir>', 'folder of articles when there is no config', 'corpus')
    .option('--config <file>', 'config file (default: briefing.config.json|yaml|yml here)')
    .option('--out <dir>', 'output folder (default: the config\'s "out", else out)')
    .option('--format <list>', 'formats to write, comma-separated: html,pdf,json (default: all)')
    .option('--template <dir>', 'theme folder (see `brief template eject`)')
    .option('--since <when>', 'only sources published since a date (2024-01-01) or span (7d, 2w, 3m)', when)
    .option('--until <when>', 'only sources published until a date or span', when)
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(['A4', 'Letter']))
    .option('--chrome <path>', 'Chromium executable (default: BRIEF_CHROME or a system Chromium)')
    .option('--browser-ws-endpoint <url>', 'print on a running Chromium at this DevTools WebSocket URL')
    .option('--timeout <seconds>', 'time limit to print one brief', positive, 60)
    .option('--jobs <n>', 'briefs built at once, each printing on a page of the one browser', positive, 2)
    .option('--force', 'rebuild briefs whose inputs have not changed')
    .option('--strict', 'fail (exit 1) on warnings too')
    .option('--json', 'print a JSON summary on stdout (files, warnings, timings)')
    .option('--quiet', 'print errors only (and warnings, with --strict)')
    .option('--shard <i/n>', 'build only shard i of n (stable split by brief id, for CI matrices)')
    .option(
      '--source <source>',
      "a source instead of --corpus or the config's: a path or glob, feed:URL, url:URL or sitemap:URL (repeatable)",
      collectSource,
    )
    .option('--offline', 'fetch nothing: read feeds and pages from the archive')
    .option('--archive <dir>', "archive of fetched pages (default: the config's fetch.archive, else archive)")
    .action(async (flags: BuildFlags) => {
      // a large corpus' parse workers load their code on the idle cores while this thread loads its own
      const listed = startParseEarly(flags, cwd);
      try {
        await (await import('./build-command.js')).buildCommand(flags, { ...context, listed });
      } finally {
        stopEarlyParsePool(); // unless the parse took them
      }
    });

  program
    .command('fetch')
    .description('fetch the feeds, pages and sitemaps of the config into the archive, without building')
    .option('--config <file>', 'config file (default: briefing.config.json|yaml|yml here)')
    .option('--source <source>', 'a feed:URL, url:URL or sitemap:URL to fetch (repeatable)', collectSource)
    .option('--archive <dir>', "archive folder (default: the config's fetch.archive, else archive)")
    .option('--json', 'print a JSON summary on stdout')
    .action(async (flags: FetchFlags) => (await import('./fetch-command.js')).fetchCommand(flags, cwd));

  program
    .command('extract')
    .description('print the article found in each file as one JSON array')
    .argument('<files...>', 'article files (.txt, .md, .html)')
    .option('--json', 'print JSON (the only output format)')
    .action(async (files: string[]) => {
      const { runExtract } = await import('./extract-command.js');
      process.exitCode = runExtract(files, out, (line) => err(`${line}\n`));
    });

  program
    .command('template')
    .description('work with themes')
    .command('eject')
    .description('copy the default theme (layout, partials, CSS) into a folder to edit')
    .argument('[dir]', 'destination folder', 'theme')
    .action(async (dir: string) => (await import('./template-command.js')).ejectCommand(dir, out, err));

  program
    .command('doctor')
    .description('check what breaks runs in CI: Node, browser, sandbox, fonts, output folder, config')
    .option('--chrome <path>', 'Chromium executable to check')
    .option('--out <dir>', 'output folder to check', 'out')
    .option('--config <file>', 'config file to check')
    .action(async (flags: { chrome?: string; out: string; config?: string }) => {
      const { runDoctor } = await import('./doctor-command.js');
      const checks = await runDoctor({ ...flags, cwd });
      for (const c of checks) out(`${c.ok ? (c.warning ? '!' : '✓') : '✗'} ${c.name}: ${c.detail}\n`);
      process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
    });
  return program;
}
