import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { groupStoriesOf, type StoryGroup, type StoryGroupingInput, type StoryTerms } from '@briefing/model';
import { askedThreads } from './asked-threads.js';

/**
 * From this many sources the grouping runs in a worker thread unless `BRIEF_THREADS=0` (asked-for
 * threads, `BRIEF_THREADS=n`, use it for any brief). The thread costs about 0.1 s to start, and the
 * grouping itself grows with the sources: 0.15 s of 1,000 bench pages, 1.4 s of 10,000.
 */
const MIN_SOURCES_FOR_WORKER = 2000;

/**
 * Groups a brief's sources into stories: in a worker thread for a large brief ({@link groupInWorker}),
 * in this one when the brief is small, threads are turned off, or the worker fails (the same groups).
 * @param input what the grouping reads
 * @returns the groups, as `groupStoriesOf(input)` gives them
 */
export async function groupIntoStories(input: StoryGroupingInput): Promise<StoryGroup[]> {
  const threads = askedThreads();
  if (threads === 0 || (threads === undefined && input.sources.length < MIN_SOURCES_FOR_WORKER))
    return groupStoriesOf(input);
  return groupInWorker(input).catch(() => groupStoriesOf(input));
}

/**
 * A {@link StoryGroupingInput} with its sources' terms in three long arrays (moved to the worker, not
 * copied array by array) and where each source's terms start.
 */
export interface PackedGrouping {
  sources: StoryGroupingInput['sources'];
  actors: string[][];
  starts: Uint32Array;
  keys: Float64Array;
  weights: Uint32Array;
  backgroundDocs: Uint32Array;
}

/**
 * Groups a brief's sources into stories in a worker thread (`groupStoriesOf` there), so that the main
 * thread goes on with the rest of the cross-article step meanwhile.
 * @param input what the grouping reads; left whole (the terms are copied to the worker)
 * @param file the worker's module (default: the built `group-worker.js` beside this one)
 * @returns the groups, as `groupStoriesOf(input)` gives them
 * @throws when the worker cannot start or fails (the caller may group in its own thread instead)
 */
export function groupInWorker(
  input: StoryGroupingInput,
  file: URL | null = workerFile(),
): Promise<StoryGroup[]> {
  if (file === null) return Promise.reject(new Error('the grouping worker is not built'));
  const packed = packGrouping(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: packed,
      // made here, each over its own buffer: moved, not copied
      transferList: [packed.starts, packed.keys, packed.weights, packed.backgroundDocs].map(
        (a) => a.buffer as ArrayBuffer,
      ),
    });
    worker.once('message', (groups: StoryGroup[]) => {
      resolve(groups);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the grouping worker stopped (${code})`)));
  });
}

function packGrouping(input: StoryGroupingInput): PackedGrouping {
  const starts = new Uint32Array(input.terms.length + 1);
  for (let i = 0; i < input.terms.length; i++)
    starts[i + 1] = (starts[i] as number) + (input.terms[i] as StoryTerms).keys.length;
  const total = starts[input.terms.length] as number;
  const keys = new Float64Array(total);
  const weights = new Uint32Array(total);
  const backgroundDocs = new Uint32Array(total);
  input.terms.forEach((t, i) => {
    keys.set(t.keys, starts[i]);
    weights.set(t.weights, starts[i]);
    backgroundDocs.set(t.backgroundDocs, starts[i]);
  });
  return { sources: input.sources, actors: input.actors, starts, keys, weights, backgroundDocs };
}

/**
 * The {@link StoryGroupingInput} a {@link PackedGrouping} holds, each source's terms a view of the long
 * arrays.
 * @param packed what {@link groupInWorker} sent
 */
export function unpackGrouping(packed: PackedGrouping): StoryGroupingInput {
  const terms = packed.sources.map((_, i) => {
    const from = packed.starts[i] as number;
    const to = packed.starts[i + 1] as number;
    return {
      keys: packed.keys.subarray(from, to),
      weights: packed.weights.subarray(from, to),
      backgroundDocs: packed.backgroundDocs.subarray(from, to),
    };
  });
  return { sources: packed.sources, terms, actors: packed.actors };
}

/** The built worker beside this module (dist/group-worker.js), or null when running from source. */
function workerFile(): URL | null {
  const url = new URL('./group-worker.js', import.meta.url);
  return import.meta.url.endsWith('.js') && fs.existsSync(fileURLToPath(url)) ? url : null;
}
