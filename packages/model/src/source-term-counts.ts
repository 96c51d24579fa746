// A source's vector of raw term counts: its own terms, then its actors, each actor as rare as its rarest word.
import { backgroundDf } from './background-df.js';
import type { StoryTerms } from './story-terms.js';
import type { StoryIds, Vector } from './story-vector.js';
import { termKey } from './term-keys.js';
import { contentWords } from './text-stats.js';

// A shared actor counts as a term used this many times. `pnpm eval:stories` with the actors a brief
// finds, whole-set F1 zyte / readability / trafilatura singletons: 2 gives 0.946 / 0.980 / 0.971, 3
// 0.949 / 0.980 / 0.973, 4 0.946 / 0.974 / 0.973, 6 0.946 / 0.964 / 0.973.
const ACTOR_WEIGHT = 3;

/** A source's vector of raw term counts: its own terms, then its actors as separate terms. */
export function termsOf(own: StoryTerms, actors: readonly string[], ids: StoryIds): Vector {
  // its own keys are distinct: their ids go straight into the vector, with no tally to look each up in
  // (a tally's random read and write for each of 5 million terms at 10,000 pages)
  const n = own.keys.length;
  const termIds = new Int32Array(n + actors.length);
  const values = new Float64Array(n + actors.length);
  for (let k = 0; k < n; k++) {
    termIds[k] = ids.idWith(own.keys[k] as number, own.backgroundDocs[k] as number);
    values[k] = own.weights[k] as number;
  }
  let size = n;
  for (const a of actors) {
    const id = ids.idWith(termKey(`@${a}`), actorBackgroundDocs(a));
    let k = 0;
    while (k < size && termIds[k] !== id) k++;
    if (k < size) values[k] = (values[k] as number) + ACTOR_WEIGHT;
    else {
      termIds[size] = id;
      values[size++] = ACTOR_WEIGHT;
    }
  }
  return { ids: termIds.subarray(0, size), values: values.subarray(0, size) };
}

/** {@link actorBackgroundDocs} of each actor name met, as names recur across a brief's sources. */
const actorDocs = new Map<string, number>();

/**
 * In how many general news texts an actor is named, at most: the count of the rarest of its words (a
 * name is in no more texts than any word of it), 0 for a name with a word the counts do not list. The
 * counts are of lower-case words; looked up by the whole name ("United States", "Iran"), every actor
 * counted as unknown to general news, so that the actors every news text names pulled sources of
 * unrelated stories together as much as a rare shared actor does. `pnpm eval:stories` (each source's
 * actors as a brief finds them), B-cubed F1 on the whole set: zyte-dev singletons 0.937 → 0.949,
 * readability-pages 0.980 → 0.980, trafilatura-eval 0.915 → 0.973.
 * @param name an actor's name
 */
function actorBackgroundDocs(name: string): number {
  let docs = actorDocs.get(name);
  if (docs === undefined) {
    const df = backgroundDf().df;
    const words = contentWords(name);
    docs = words.length === 0 ? 0 : Math.min(...words.map((w) => df.get(w) ?? 0));
    actorDocs.set(name, docs);
  }
  return docs;
}
