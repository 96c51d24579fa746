import { type AnalysedArticle, type AnalyseOptions, type Diagnostic, entityIndexFor } from '@briefing/model';
import { ParsedCollector } from './collect-parsed.js';
import type { ParsedFile } from './parse-file.js';
import { parseThreads, startParsePool } from './parse-pool.js';
import type { ParseTask } from './parse-worker.js';

/** Files in one task: the pool's own cost per task (a heap measure, a message, a wake-up) was 4 % of
 * the parse of a scale-bench page with one file a task. */
const BATCH = 4;
/**
 * Tasks handed to the workers ahead of the one awaited, per worker. Results are taken in file order, so
 * a task is sent only once the oldest one is taken: with 3, a worker that finished its tasks while the
 * other still ran the oldest (a heavy page, a collection) waited for work, the main thread idle (worker
 * profiles, 2,000 bench pages, two threads, load 6-14, three pairs: the two workers waiting 4.3, 1.9
 * and 2.6 s in all, against 0.29, 0.50 and 0.26 s with 16). Memory stays flat whatever the corpus size:
 * 32 tasks of 4 files in flight, their results held until taken (about 4 MB).
 */
const TASKS_AHEAD_PER_WORKER = 16;

/** Choices for {@link parseCorpus}. */
export interface ParseCorpusOptions {
  /** Called every `every` files parsed, with the count so far, and once at the end. */
  progress?: (parsed: number, total: number) => void;
  every?: number;
  /**
   * Worker threads (default: `BRIEF_THREADS`, else one per core from 1,000 files: see `parseThreads`);
   * 0 parses in this thread. Threads asked for, here or by `BRIEF_THREADS`, are used for any corpus.
   */
  threads?: number;
  /** The packs and aliases that say which names are known (see `analyseArticle`). */
  analyse?: AnalyseOptions;
}

/**
 * Reads, parses and analyses files into articles, in worker threads across all cores for a large
 * corpus (tinypool). Results are taken in file order with a bounded number of files in flight, so
 * memory holds the articles, not a queue of pending work. A file that cannot be read or holds no
 * article becomes a diagnostic naming it; ids are made unique in file order. Same result as
 * `readArticles` followed by `analyseArticle` on each article.
 * @param files the paths
 * @param options progress callback and thread count
 * @returns the analysed articles, all diagnostics, and the text signature of each article by id (see
 *   `dropDuplicates`), computed in the workers too, and the `digestOf` each file, in file order
 * @throws {PackError} `E_PACK` for an unknown pack, before any file is parsed
 */
export async function parseCorpus(
  files: readonly string[],
  options: ParseCorpusOptions = {},
): Promise<{
  analysed: AnalysedArticle[];
  diagnostics: Diagnostic[];
  signatures: Map<string, Uint32Array | null>;
  digests: string[];
}> {
  const collected = new ParsedCollector();
  const every = options.every ?? 1000;
  const analyse = options.analyse ?? {};
  const take = (parsed: ParsedFile, n: number) => {
    collected.take(parsed);
    if (n % every === 0 && n < files.length) options.progress?.(n, files.length);
  };
  const threads = parseThreads(files.length, options.threads);
  if (threads === 0) {
    // an unknown pack fails here, as a BriefingError, before any file is parsed
    entityIndexFor(analyse);
    // the parser is loaded only here: a build that parses in workers never runs it in this thread
    const [{ needsMarkup, parseFile }, { loadMarkupReaders }] = await Promise.all([
      import('./parse-file.js'),
      import('@briefing/parser'),
    ]);
    const markup = needsMarkup(files) ? await loadMarkupReaders() : null;
    for (let i = 0; i < files.length; i++) take(parseFile(files[i] as string, analyse, markup), i + 1);
  } else {
    const pool = await startParsePool(threads);
    try {
      // while the workers start: an unknown pack fails here, as a BriefingError, before any task is
      // sent; the index is cached for the analysis (0.3 s of CPU, which no longer delays the workers)
      entityIndexFor(analyse);
      const inFlight: Promise<ParsedFile[]>[] = [];
      let next = 0;
      const fill = () => {
        while (next < files.length && inFlight.length < threads * TASKS_AHEAD_PER_WORKER) {
          const batch = files.slice(next, next + BATCH);
          next += batch.length;
          const task = pool.run({ files: batch, analyse } satisfies ParseTask) as Promise<ParsedFile[]>;
          task.catch(() => {}); // awaited in order below; one failing must not leave the rest unhandled
          inFlight.push(task);
        }
      };
      fill();
      let n = 0;
      while (inFlight.length > 0) {
        for (const parsed of await (inFlight.shift() as Promise<ParsedFile[]>)) take(parsed, ++n);
        fill();
      }
    } finally {
      // the workers end while the analysis goes on: nothing waits on their teardown
      pool.destroy().catch(() => {});
    }
  }
  options.progress?.(files.length, files.length);
  const { analysed, diagnostics, signatures, digests } = collected;
  return { analysed, diagnostics, signatures, digests };
}
