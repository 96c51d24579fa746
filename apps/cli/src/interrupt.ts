import { removePendingWrites } from './write-atomic.js';

const cleanups = new Set<() => Promise<void>>();
let installed = false;

/**
 * Registers work to do if the run is interrupted (close the browser, ...). On SIGINT or SIGTERM the
 * cleanups run, temporary files are removed and the process exits 130.
 * @param cleanup what to do
 * @returns a function that unregisters it
 */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  cleanups.add(cleanup);
  if (!installed) {
    installed = true;
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        process.stderr.write(`\ninterrupted (${signal}): stopping, no partial files are kept\n`);
        void Promise.allSettled([...cleanups].map((c) => c())).then(() => {
          removePendingWrites();
          process.exit(130);
        });
      });
    }
  }
  return () => cleanups.delete(cleanup);
}
