import { onExit } from 'signal-exit';

const cleanups = new Set<() => void>();
let installed = false;

/**
 * Takes charge of how the program ends, once, before anything is started that must not outlive it.
 * However the process ends — it exits, it throws, or a signal (SIGINT, SIGTERM, SIGHUP, ...) arrives at
 * any moment — the same path runs: signal-exit runs the hooks of what was started (`launchChrome` kills
 * its browser and removes the profile), then the cleanups registered with {@link onShutdown} (temporary
 * files). On a signal it then says so on stderr and exits 130.
 */
export function installShutdown(): void {
  if (installed) return;
  installed = true;
  // last: the browsers' own hooks run first, whatever order things were started in
  onExit(
    (_code, signal) => {
      for (const cleanup of cleanups) {
        try {
          cleanup();
        } catch {
          // one failed cleanup must not keep the others from running
        }
      }
      if (signal === null) return;
      process.stderr.write(`\ninterrupted (${signal}): stopping, no partial files are kept\n`);
      process.exit(130);
    },
    { alwaysLast: true },
  );
}

/**
 * Registers work to do however the program ends (see {@link installShutdown}). It must be synchronous:
 * after a signal nothing else runs.
 * @param cleanup what to do
 * @returns a function that unregisters it
 */
export function onShutdown(cleanup: () => void): () => void {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}
