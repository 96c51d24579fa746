// The actors a brief's title names, and the words of their names that its terms leave out.
import { headlineWords } from './headline-words.js';

/** An actor as a title reads it. */
export interface TitleActor {
  name: string;
  kind: string;
  aliases?: readonly string[];
  sourceIds: readonly string[];
}

// the actors whose names the terms leave out, the title naming them or them being the brief's own
const NAMED_ACTORS = 5;

/**
 * The word keys of the names and aliases of the {@link NAMED_ACTORS} most mentioned actors.
 * @param actors actors, most mentioned first
 * @returns the keys
 */
export function namedWords(actors: readonly TitleActor[]): Set<string> {
  const out = new Set<string>();
  for (const a of actors.slice(0, NAMED_ACTORS))
    for (const name of [a.name, ...(a.aliases ?? [])]) for (const w of headlineWords(name)) out.add(w.key);
  return out;
}

/**
 * What a title names as its subject: its main actors that are no person, the most mentioned, and the
 * next only when more than half the sources name it ("Lyon and Villeurbanne" for four reports on a
 * measles outbreak in Lyon, two of them naming the suburb, was narrower than the story).
 * @param actors actors, most mentioned first
 * @param sources how many sources the title covers
 * @returns "Lyon", "Kestrel Union and Norvale", or null for none
 */
export function titleSubject(actors: readonly TitleActor[], sources: number): string | null {
  const main = actors
    .filter((a) => a.kind !== 'person')
    .slice(0, 2)
    .filter((a, i) => i === 0 || 2 * a.sourceIds.length > sources)
    .map((a) => a.name);
  return main.length === 2 ? `${main[0]} and ${main[1]}` : (main[0] ?? null);
}

/**
 * The actors of some sources, most of those sources naming them first (the earlier of a tie first).
 * @param actors actors, most mentioned first
 * @param sourceIds the sources
 * @returns the actors naming any of them, each with only those sources
 */
export function actorsOf(actors: readonly TitleActor[], sourceIds: readonly string[]): TitleActor[] {
  const ids = new Set(sourceIds);
  return actors
    .map((a, i) => ({ a: { ...a, sourceIds: a.sourceIds.filter((id) => ids.has(id)) }, i }))
    .filter((x) => x.a.sourceIds.length > 0)
    .sort((x, y) => y.a.sourceIds.length - x.a.sourceIds.length || x.i - y.i)
    .map((x) => x.a);
}

/** Whether a title asks a question ("Will the talks end the strike?"). */
export const asksQuestion = (title: string) => /\?[\s"'”’»)]*$/u.test(title);
