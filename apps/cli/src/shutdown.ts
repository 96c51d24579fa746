import { onExit } from 'signal-exit';

type Cleanup = () => void | Promise<void>;
const cleanups = new Set<Cleanup>();
let installed = false;
/** A signal arrived: its handler ends the process (130) once the cleanups are done. */
let interrupted = false;

/**
 * How long an interrupted run waits for its cleanups (a browser being reaped, its profile removed)
 * before it exits anyway: a killed Chromium is gone in well under a second on two busy cores.
 */
const CLEANUP_LIMIT_MS = 3000;

/**
 * Takes charge of how the program ends, once, before anything is started that must not outlive it.
 * However the process ends — it exits, it throws, or a signal (SIGINT, SIGTERM, SIGHUP, ...) arrives at
 * any moment — signal-exit first runs the hooks of what was started (`launchChrome` kills its browser's
 * process group and removes its profile), then this: the cleanups registered with {@link onShutdown}.
 * On a signal it says so on stderr, waits for the cleanups (at most {@link CLEANUP_LIMIT_MS}: the
 * killed browser is reaped, temporary files removed) and exits 130.
 */
export function installShutdown(): void {
  if (installed) return;
  installed = true;
  onExit(
    (_code, signal) => {
      const pending = [...cleanups].map((cleanup) => {
        try {
          return cleanup();
        } catch {
          return undefined; // one failed cleanup must not keep the others from running
        }
      });
      if (signal === null) return; // exiting: only what is synchronous can still run
      interrupted = true;
      process.stderr.write(`\ninterrupted (${signal}): stopping, no partial files are kept\n`);
      const limit = new Promise((resolve) => setTimeout(resolve, CLEANUP_LIMIT_MS).unref());
      void Promise.race([Promise.allSettled(pending), limit]).then(() => process.exit(130));
      return true; // the signal is handled: no re-raise
    },
    { alwaysLast: true },
  );
}

/**
 * Registers work to do however the program ends (see {@link installShutdown}). What it does
 * synchronously always runs; what it awaits runs only after a signal, within the time limit.
 * @param cleanup what to do
 * @returns a function that unregisters it
 */
export function onShutdown(cleanup: Cleanup): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/**
 * Ends the process once the run is over and everything it wrote to stdout and stderr has left (a pipe
 * may be asynchronous), rather than when Node has freed the heap: a build of 10,000 pages holds about
 * 0.5 GB on the main thread, and freeing it, then stopping the worker threads, took 0.3–0.6 s after the
 * last line was written (the exit code is `process.exitCode`; worker threads still stopping are stopped).
 * After a signal it does nothing: the signal's handler exits with 130 once its cleanups are done.
 */
export async function exitOnceFlushed(): Promise<void> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  if (!interrupted) process.exit();
}

/** Resolves once everything written to a stream so far has left the process. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.writableLength === 0 || stream.destroyed) resolve();
    else stream.write('', () => resolve());
  });
}
