import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Tinypool } from 'tinypool';
import { askedThreads } from './asked-threads.js';

// apart from parse-corpus.ts, which loads the parser and the model: this module loads neither, so that
// the program's entry can start the workers before it loads them itself (see startParsePoolEarly)

/**
 * Below this many files, unless threads are asked for, the corpus is parsed in this thread: each worker
 * pays its own cold start (its first hundred pages cost 2–3 s, against 0.45 s once warm) and two busy
 * threads each run 1.2–1.35× slower than one alone. `bench:scale` on two cores (`BRIEF_THREADS=0`
 * against the workers, alternately, two runs each): 100 pages 2.8–3.0 against 3.8–4.0 s (4.0–4.2 against
 * 6.3–6.7 CPU s), 300 pages 4.4 against 5.5 s; 1,000 and 2,000 pages about the same either way (6.5–6.6
 * against 6.8–7.1 s of parse, 11.1–13.8 against 10.2–11.9); 10,000 pages 61 against 37 s. With more
 * cores the workers' gain grows but their cold starts run side by side, so the point moves little.
 */
export const MIN_FILES_FOR_WORKERS = 1000;
/**
 * Tasks a worker holds at once: the one it runs and the next, so that it goes on while this thread takes
 * the results (on two busy cores this thread runs only when a worker waits: with one task each, a worker
 * waited through every hand-over and every pause of this thread).
 */
const TASKS_PER_WORKER = 2;

/**
 * How many worker threads parse a corpus: `BRIEF_THREADS` (or `threads`) when asked, else one per core
 * from {@link MIN_FILES_FOR_WORKERS} files; 0 parses in this thread (also when running from source,
 * where there is no built worker).
 * @param files how many files the corpus has
 * @param threads the threads asked for, if any (default: `BRIEF_THREADS`)
 */
export function parseThreads(files: number, threads: number | undefined = askedThreads()): number {
  if (workerFile() === null) return 0;
  if (threads === undefined && files < MIN_FILES_FOR_WORKERS) return 0;
  return threads ?? os.availableParallelism();
}

/** A pool started before the program knew it would parse, kept for the first parse that wants it. */
let early: { threads: number; pool: Promise<Tinypool> } | null = null;

/**
 * Starts the parse workers now, before the caller has loaded the rest of the program: each worker loads
 * its code (the parser and the model, ≈0.5 s of CPU) on a core this thread leaves idle while it loads
 * its own and plans the build. The first {@link startParsePool} asking for as many threads adopts it.
 * @param threads how many workers (see {@link parseThreads}); 0 starts none
 */
export function startParsePoolEarly(threads: number): void {
  if (threads === 0 || early !== null) return;
  early = { threads, pool: createPool(threads) };
}

/**
 * The parse workers of a corpus: those {@link startParsePoolEarly} started, when they are as many,
 * else a new pool. The caller destroys it when done.
 * @param threads how many workers
 */
export function startParsePool(threads: number): Promise<Tinypool> {
  const started = early;
  early = null;
  if (started?.threads === threads) return started.pool;
  if (started) void started.pool.then((pool) => pool.destroy()).catch(() => {});
  return createPool(threads);
}

/** Stops the workers {@link startParsePoolEarly} started if no parse took them (a brief left unbuilt). */
export function stopEarlyParsePool(): void {
  const started = early;
  early = null;
  if (started) void started.pool.then((pool) => pool.destroy()).catch(() => {});
}

async function createPool(threads: number): Promise<Tinypool> {
  const { Tinypool } = await import('tinypool');
  return new Tinypool({
    filename: workerFile() as string,
    minThreads: threads,
    maxThreads: threads,
    concurrentTasksPerWorker: TASKS_PER_WORKER,
  });
}

/** The built worker beside this module (dist/parse-worker.js), or null when running from source. */
function workerFile(): string | null {
  const url = new URL('./parse-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && fs.existsSync(fileURLToPath(url)) ? url.href : null;
}
