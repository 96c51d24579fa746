// One word for each actor in a sentence, and the word that gives it its meaning.
import type { ActorMentions } from './actor-mentions.js';
import { wordVectors } from './word-vectors.js';

/**
 * The one word that stands for an actor in {@link withActorWords} ("Norvale Transit" → "actornorvaletransit").
 * @param name the actor's name
 */
export function actorWordOf(name: string): string {
  return `actor${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')}`;
}

/**
 * A sentence with each actor mention replaced by one word for the actor, so that sentences naming an
 * actor differently still share it.
 * @param text a sentence
 * @param mentions finds the brief's actors
 * @returns the sentence with words such as `actorunitedstates` in place of the mentions
 */
export function withActorWords(text: string, mentions: ActorMentions): string {
  let out = '';
  let at = 0;
  for (const m of mentions.find(text)) {
    out += `${text.slice(at, m.from)} ${actorWordOf(m.actor)} `;
    at = m.to;
  }
  return out + text.slice(at);
}

/**
 * The word that gives each actor word its meaning: the first of the actor's name and aliases that is one
 * word with a vector ("france" for France, "french" for an actor named only by its adjective), so that
 * an actor relates to other words as its name would; two actor words still relate only when they are
 * the same actor (see `named` in `ClaimText`).
 */
export function actorMeanings(mentions: ActorMentions): Map<string, string> {
  const vectors = wordVectors();
  const out = new Map<string, string>();
  for (const { name, aliases } of mentions.actors) {
    const word = [name, ...aliases].map((x) => x.toLowerCase()).find((x) => vectors.rank(x) !== undefined);
    if (word) out.set(actorWordOf(name), word);
  }
  return out;
}
