import { type LaunchedChrome, launchChrome, stopChrome } from '@briefing/render/launch-chrome';

/** Options of `brief build` that take a value, so that their value is not taken for the command. */
const WITH_VALUE = new Set(
  '--corpus --config --out --format --template --since --until --paper --chrome --browser-ws-endpoint --timeout --jobs --shard'.split(
    ' ',
  ),
);

let early: Promise<LaunchedChrome> | null = null;
let abort: AbortController | null = null;

/**
 * Whether a command line is a build that will print a PDF on a browser of its own: `build` or no
 * command, no `--help`/`--version`, no `--browser-ws-endpoint`, and `pdf` among `--format` if given.
 * (A config that turns PDFs off cannot be known this early: the browser is then stopped unused.)
 * @param argv the arguments after the program name
 */
export function buildWillPrint(argv: readonly string[]): boolean {
  let command: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (['-h', '--help', '-V', '--version', '--browser-ws-endpoint'].includes(name)) return false;
    const value = WITH_VALUE.has(name) && inline === undefined ? argv[++i] : inline;
    if (name === '--format' && !(value ?? '').split(',').some((f) => f.trim() === 'pdf')) return false;
    if (!arg.startsWith('-') && command === undefined) command = arg;
  }
  return command === undefined || command === 'build';
}

/**
 * Starts Chromium now if the command line is a build that will print ({@link buildWillPrint}).
 * @param argv the arguments after the program name
 */
export function startEarlyBrowser(argv: readonly string[]): void {
  if (!buildWillPrint(argv)) return;
  const at = argv.findIndex((a) => a === '--chrome' || a.startsWith('--chrome='));
  const chrome = at < 0 ? undefined : argv[at]?.includes('=') ? argv[at]?.slice(9) : argv[at + 1];
  // until the build installs its own handlers (interrupt.ts), an interrupt must not leave the
  // browser running: it is detached, so the terminal's signal does not reach it. (Installed first:
  // a signal between the spawn and the handler would kill this process and leave the browser.)
  for (const signal of SIGNALS) process.on(signal, onSignal);
  abort = new AbortController();
  early = launchChrome({ ...(chrome ? { chrome } : {}), signal: abort.signal });
  early.catch(() => {}); // a failure is reported by the printer that takes it
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function onSignal(signal: NodeJS.Signals): void {
  if (process.listenerCount(signal) > 1) return; // the build's own handler stops everything
  // at once, before the program goes on: launchChrome's exit hook kills the browser, removes its profile
  process.stderr.write(`\ninterrupted (${signal}): stopping\n`);
  process.exit(130);
}

/**
 * Hands the browser started early to the printer that will use it (once).
 * @returns the browser being started, or undefined when none was
 */
export function takeEarlyBrowser(): Promise<LaunchedChrome> | undefined {
  const taken = early ?? undefined;
  early = null;
  abort = null;
  return taken;
}

/**
 * Stops the browser started early if nothing took it (the brief was up to date, or had no PDF); one
 * still starting is killed at once rather than waited for.
 */
export async function discardEarlyBrowser(): Promise<void> {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  const unused = early;
  early = null;
  abort?.abort();
  const chrome = await unused?.catch(() => null);
  if (chrome) await stopChrome(chrome);
}
