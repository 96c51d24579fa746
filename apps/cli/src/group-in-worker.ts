import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  groupStoriesOf,
  type LearnedVocabulary,
  learnWords,
  readStances,
  type StanceJob,
  type StanceReading,
  type StoryGroup,
  type StoryGroupingInput,
  type VocabularyJob,
} from '@briefing/model';
import { askedThreads } from './asked-threads.js';
import { type PackedWords, packWords } from './sentence-words-arena.js';
import { placeOf, StoryTermsArena, type TermsChunk, type TermsPlace } from './story-terms-arena.js';

/**
 * From this many sources the grouping runs in a worker thread unless `BRIEF_THREADS=0` (asked-for
 * threads, `BRIEF_THREADS=n`, use it for any brief). The thread costs about 0.1 s to start, and the
 * grouping itself grows with the sources: 0.15 s of 1,000 bench pages, 1.4 s of 10,000.
 */
const MIN_SOURCES_FOR_WORKER = 2000;

/**
 * Gives the sentences' words their ids, as `learnWords(job)` does (in this thread when `learn` is
 * absent), groups a brief's sources into stories, as `groupStoriesOf(input)` does, and reads the stances
 * of the sentences naming its main actors, as `readStances(job)` does (in this thread when `read` is
 * absent); `stop` ends the thread, if any, once the brief is built or has failed.
 */
export interface StoryGrouper {
  learn?: (job: VocabularyJob) => Promise<LearnedVocabulary>;
  group: (input: StoryGroupingInput) => Promise<StoryGroup[]>;
  read?: (job: StanceJob) => Promise<StanceReading[]>;
  stop: () => void;
}

/** What the worker is asked: the words' ids, the grouping, then the stances. */
export type GroupWorkerTask =
  | { kind: 'learn'; packed: PackedWords }
  | { kind: 'group'; packed: PackedGrouping }
  | { kind: 'read'; job: StanceJob };

/** What the worker answers each task. */
export type GroupWorkerAnswer =
  | { kind: 'learn'; learned: LearnedVocabulary }
  | { kind: 'group'; groups: StoryGroup[] }
  | { kind: 'read'; readings: StanceReading[] };

/**
 * The grouping of a brief's sources into stories: in a worker thread for a large brief, started now
 * ({@link startGroupWorker}), in this one when the brief is small, threads are turned off, or the
 * worker fails (the same groups).
 * @param sources how many sources the brief has
 */
export function storyGrouper(sources: number): StoryGrouper {
  const threads = askedThreads();
  if (threads === 0 || (threads === undefined && sources < MIN_SOURCES_FOR_WORKER))
    return { group: async (input) => groupStoriesOf(input), stop: () => {} };
  const started = startGroupWorker();
  return {
    // the words get their ids there while this thread finds the quotes and actors, before the grouping
    learn: (job) => started.learn(job).catch(() => learnWords(job)),
    group: (input) => started.group(input).catch(() => groupStoriesOf(input)),
    // the stance model reads a few thousand sentences on that core too, once the groups are made,
    // while this thread finds the stories and claims
    read: (job) => started.read(job).catch(() => readStances(job)),
    stop: started.stop,
  };
}

/**
 * A {@link StoryGroupingInput} with its sources' terms in shared chunks (see `StoryTermsArena`), which
 * the worker reads where they are, and where each source's terms lie: three numbers a source (its
 * chunk, first and end term).
 */
export interface PackedGrouping {
  sources: StoryGroupingInput['sources'];
  actors: string[][];
  chunks: TermsChunk[];
  places: Uint32Array;
}

/**
 * Starts a worker thread that groups a brief's sources into stories (`groupStoriesOf` there) once
 * `group` gives it them, and then reads the stances `read` gives it (`readStances` there): it loads its
 * code while this thread finds the actors the grouping needs (one core is otherwise idle then), and
 * groups and reads while this thread goes on with the rest of the cross-article step. Until `group` is
 * called it does not keep the process alive.
 * @param file the worker's module (default: the built `group-worker.js` beside this one)
 * @returns `group` and `read`, which reject when the worker cannot start or fails (the caller may do
 *   their work in its own thread instead), and `stop`, which ends the worker
 */
export function startGroupWorker(file: URL | null = workerFile()): Required<StoryGrouper> {
  if (file === null) {
    const missing = () => Promise.reject(new Error('the grouping worker is not built'));
    return { learn: missing, group: missing, read: missing, stop: () => {} };
  }
  const worker = new Worker(file);
  worker.unref();
  const learned = answer<LearnedVocabulary>();
  const groups = answer<StoryGroup[]>();
  const readings = answer<StanceReading[]>();
  worker.on('message', (found: GroupWorkerAnswer) => {
    if (found.kind === 'learn') learned.resolve(found.learned);
    else if (found.kind === 'group') groups.resolve(found.groups);
    else {
      readings.resolve(found.readings);
      void worker.terminate();
    }
  });
  const fail = (error: Error) => {
    learned.reject(error);
    groups.reject(error);
    readings.reject(error);
  };
  worker.once('error', fail);
  worker.once('exit', (code) => fail(new Error(`the grouping worker stopped (${code})`)));
  return {
    learn: (job) => {
      worker.ref();
      // the words' buffers are shared with the worker, not copied
      worker.postMessage({ kind: 'learn', packed: packWords(job) } satisfies GroupWorkerTask);
      return learned.promise;
    },
    group: (input) => {
      worker.ref();
      // the chunks' memory is shared with the worker, not copied
      worker.postMessage({ kind: 'group', packed: packGrouping(input) } satisfies GroupWorkerTask);
      return groups.promise;
    },
    read: (job) => {
      worker.postMessage({ kind: 'read', job } satisfies GroupWorkerTask);
      return readings.promise;
    },
    // ends a worker never given its input, or one whose stances were not asked for (the brief failed)
    stop: () => void worker.terminate(),
  };
}

/** A promise with its settling functions; awaited by its caller, and unheard if never asked for. */
function answer<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/**
 * Groups a brief's sources into stories in a worker thread started for them ({@link startGroupWorker}).
 * @param input what the grouping reads; left whole (the worker reads the terms, shared, and writes none)
 * @param file the worker's module (default: the built `group-worker.js` beside this one)
 * @returns the groups, as `groupStoriesOf(input)` gives them
 * @throws when the worker cannot start or fails (the caller may group in its own thread instead)
 */
export function groupInWorker(
  input: StoryGroupingInput,
  file: URL | null = workerFile(),
): Promise<StoryGroup[]> {
  const started = startGroupWorker(file);
  return started.group(input).finally(started.stop);
}

/**
 * Where each source's terms lie: in the arena the parse filled (parse-corpus.ts), or, for terms of
 * their own, copied into a new one.
 */
function packGrouping(input: StoryGroupingInput): PackedGrouping {
  const chunks: TermsChunk[] = [];
  const chunkIndex = new Map<TermsChunk, number>();
  const places = new Uint32Array(3 * input.terms.length);
  let rest: StoryTermsArena | null = null;
  input.terms.forEach((terms, i) => {
    let place = placeOf(terms);
    if (place === null) {
      rest ??= new StoryTermsArena();
      place = placeOf(rest.add(terms)) as TermsPlace;
    }
    let c = chunkIndex.get(place.chunk);
    if (c === undefined) {
      c = chunks.push(place.chunk) - 1;
      chunkIndex.set(place.chunk, c);
    }
    places[3 * i] = c;
    places[3 * i + 1] = place.from;
    places[3 * i + 2] = place.to;
  });
  return { sources: input.sources, actors: input.actors, chunks, places };
}

/**
 * The {@link StoryGroupingInput} a {@link PackedGrouping} holds, each source's terms a view of its chunk.
 * @param packed what {@link groupInWorker} sent
 */
export function unpackGrouping(packed: PackedGrouping): StoryGroupingInput {
  const terms = packed.sources.map((_, i) => {
    const chunk = packed.chunks[packed.places[3 * i] as number] as TermsChunk;
    const from = packed.places[3 * i + 1] as number;
    const to = packed.places[3 * i + 2] as number;
    return {
      keys: chunk.keys.subarray(from, to),
      weights: chunk.weights.subarray(from, to),
      backgroundDocs: chunk.backgroundDocs.subarray(from, to),
    };
  });
  return { sources: packed.sources, terms, actors: packed.actors };
}

/** The built worker beside this module (dist/group-worker.js), or null when running from source. */
function workerFile(): URL | null {
  const url = new URL('./group-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && fs.existsSync(fileURLToPath(url)) ? url : null;
}
