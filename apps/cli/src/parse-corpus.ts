import fs from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { type AnalysedArticle, type AnalyseOptions, type Diagnostic, entityIndexFor } from '@briefing/model';
import { loadMarkupReaders } from '@briefing/parser';
import { askedThreads } from './asked-threads.js';
import { needsMarkup, type ParsedFile, parseFile, unpackAnalysis } from './parse-file.js';
import type { ParseTask } from './parse-worker.js';
import { StoryTermsArena } from './story-terms-arena.js';

/**
 * Below this many files, unless threads are asked for, the corpus is parsed in this thread: each worker
 * pays its own cold start (its first hundred pages cost 2–3 s, against 0.45 s once warm) and two busy
 * threads each run 1.2–1.35× slower than one alone. `bench:scale` on two cores (`BRIEF_THREADS=0`
 * against the workers, alternately, two runs each): 100 pages 2.8–3.0 against 3.8–4.0 s (4.0–4.2 against
 * 6.3–6.7 CPU s), 300 pages 4.4 against 5.5 s; 1,000 and 2,000 pages about the same either way (6.5–6.6
 * against 6.8–7.1 s of parse, 11.1–13.8 against 10.2–11.9); 10,000 pages 61 against 37 s. With more
 * cores the workers' gain grows but their cold starts run side by side, so the point moves little.
 */
const MIN_FILES_FOR_WORKERS = 1000;
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
/**
 * Tasks a worker holds at once: the one it runs and the next, so that it goes on while this thread takes
 * the results (on two busy cores this thread runs only when a worker waits: with one task each, a worker
 * waited through every hand-over and every pause of this thread).
 */
const TASKS_PER_WORKER = 2;

/** Choices for {@link parseCorpus}. */
export interface ParseCorpusOptions {
  /** Called every `every` files parsed, with the count so far, and once at the end. */
  progress?: (parsed: number, total: number) => void;
  every?: number;
  /**
   * Worker threads (default: `BRIEF_THREADS`, else one per core from {@link MIN_FILES_FOR_WORKERS} files);
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
 * @throws {BriefingError} `E_CONFIG` for an unknown pack, before any file is parsed
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
  const analysed: AnalysedArticle[] = [];
  const digests: string[] = [];
  const signatures = new Map<string, Uint32Array | null>();
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const every = options.every ?? 1000;
  const analyse = options.analyse ?? {};
  const names = new Map<string, string>();
  const storyTermsArena = new StoryTermsArena();
  const once = (s: string) => {
    const known = names.get(s);
    if (known !== undefined) return known;
    names.set(s, s);
    return s;
  };
  const take = (parsed: ParsedFile, n: number) => {
    digests.push(parsed.digest);
    diagnostics.push(...parsed.diagnostics);
    if (n % every === 0 && n < files.length) options.progress?.(n, files.length);
    if (parsed.article === null || parsed.analysis === null) return;
    let id = parsed.article.id;
    for (let k = 2; seen.has(id); k++) id = `${parsed.article.id}-${k}`;
    seen.add(id);
    const article = { ...parsed.article, id };
    for (const e of parsed.analysis.entities) {
      // each copied string is its own object: one copy of each name for the whole corpus
      e.name = once(e.name);
      e.kind = once(e.kind) as typeof e.kind;
      e.forms = e.forms.map(once);
    }
    // the story terms move into the shared arena the grouping worker reads (story-terms-arena.ts)
    const { storyTerms } = parsed.analysis;
    if (storyTerms !== undefined) parsed.analysis.storyTerms = storyTermsArena.add(storyTerms);
    analysed.push({ article, analysis: unpackAnalysis(article, parsed.analysis) });
    if (parsed.signature !== undefined) signatures.set(id, parsed.signature);
  };
  const worker = workerFile();
  const asked = options.threads ?? askedThreads();
  const threads = asked ?? os.availableParallelism();
  if (worker === null || threads === 0 || (asked === undefined && files.length < MIN_FILES_FOR_WORKERS)) {
    // an unknown pack fails here, as a BriefingError, before any file is parsed
    entityIndexFor(analyse);
    const markup = needsMarkup(files) ? await loadMarkupReaders() : null;
    for (let i = 0; i < files.length; i++) take(parseFile(files[i] as string, analyse, markup), i + 1);
  } else {
    const { Tinypool } = await import('tinypool');
    const pool = new Tinypool({
      filename: worker,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: TASKS_PER_WORKER,
    });
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
  return { analysed, diagnostics, signatures, digests };
}

/** The built worker beside this module (dist/parse-worker.js), or null when running from source. */
function workerFile(): string | null {
  const url = new URL('./parse-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && fs.existsSync(fileURLToPath(url)) ? url.href : null;
}
