import type { Briefing, Changes } from './briefing.js';

/**
 * What a brief has that the previous one of the same id did not: sources (matched by URL, else path),
 * timeline events (by date and text) and claims that are new or whose number of sources changed.
 * @param previous the brief the last run wrote
 * @param current the brief just built
 * @returns the changes, `since` being the previous brief's generation time
 */
export function compareBriefings(previous: Briefing, current: Briefing): Changes {
  const key = (s: { url: string | null; path: string }) => s.url ?? s.path;
  const before = new Set(previous.sources.map(key));
  const events = new Set(previous.timeline.map((e) => `${e.date} ${e.text}`));
  const support = new Map(previous.claims.map((c) => [c.text, c.sourceIds.length]));
  return {
    since: previous.generatedAt,
    newSourceIds: current.sources.filter((s) => !before.has(key(s))).map((s) => s.id),
    newEvents: current.timeline.filter((e) => !events.has(`${e.date} ${e.text}`)),
    changedClaims: current.claims
      .map((c) => ({ text: c.text, before: support.get(c.text) ?? 0, after: c.sourceIds.length }))
      .filter((c) => c.before !== c.after),
  };
}
