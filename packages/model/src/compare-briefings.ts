import type { Briefing, Changes, Claim } from './briefing.js';

/**
 * What a brief has that the previous one of the same id did not: sources (matched by URL, else path),
 * sources the previous brief had that this one has not (a feed that dropped an item, a page gone),
 * sources whose text changed (an archived page fetched again under its URL with another body, or a
 * file of another length), timeline events (by date and text) and claims that are new or whose number
 * of sources changed. An event or a claim new to its list that only unchanged sources tell is no news
 * (the timeline and the claims are selections, and a sentence of yesterday's sources can enter them
 * today): it is left out, and
 * so is a new claim that is the sentence of a new timeline event (the section lists it once, as the
 * event). The previous brief's claims no longer in the list are `droppedClaims`.
 * @param previous the brief the last run wrote
 * @param current the brief just built
 * @returns the changes, `since` being the previous brief's generation time
 */
export function compareBriefings(previous: Briefing, current: Briefing): Changes {
  const key = (s: { url: string | null; path: string }) => s.url ?? s.path;
  const before = new Map(previous.sources.map((s) => [key(s), s]));
  const now = new Set(current.sources.map(key));
  const newSourceIds = current.sources.filter((s) => !before.has(key(s))).map((s) => s.id);
  // an archived page is stored under its content's hash: another file name under one URL is another
  // text (the name, not the path: an archive read from another folder holds the same texts)
  const updatedSourceIds = current.sources
    .filter((s) => {
      const old = before.get(key(s));
      return old !== undefined && (fileName(old.path) !== fileName(s.path) || old.wordCount !== s.wordCount);
    })
    .map((s) => s.id);
  const fresh = new Set([...newSourceIds, ...updatedSourceIds]);
  const events = new Set(previous.timeline.map((e) => `${e.date} ${e.text}`));
  const support = new Map(previous.claims.map((c) => [c.text, c.sourceIds.length]));
  // read in session 93: a feed built on three mornings had listed as new 3 of 26 and 5 of 18 events
  // whose only sources the last brief already had (a three-year-old report's, let in by today's selection)
  const newEvents = current.timeline.filter(
    (e) => !events.has(`${e.date} ${e.text}`) && e.sourceIds.some((id) => fresh.has(id)),
  );
  // a sentence new as an event is not listed again as a new claim: a feed of one cluster had listed
  // three to five of its new sentences twice a morning (same text, or a citation of the same passage)
  const told = new Set(newEvents.map((e) => e.text));
  const passages = newEvents.flatMap((e) => e.citations);
  const toldAsEvent = (c: Claim) =>
    told.has(c.text) ||
    c.citations.some((a) =>
      passages.some(
        (b) => a.sourceId === b.sourceId && a.part === b.part && a.start < b.end && b.start < a.end,
      ),
    );
  const kept = new Set(current.claims.map((c) => c.text));
  return {
    since: previous.generatedAt,
    newSourceIds,
    // with the number it had: an analyst's "[4]" of yesterday is said gone, not left to the source now [4]
    removedSources: previous.sources
      .map((s, i) => ({ title: s.title, url: s.url, path: s.path, published: s.published, number: i + 1 }))
      .filter((s) => !now.has(key(s))),
    updatedSourceIds,
    newEvents,
    changedClaims: current.claims
      .filter((c) => support.has(c.text) || c.sourceIds.some((id) => fresh.has(id)))
      .filter((c) => support.has(c.text) || !toldAsEvent(c))
      .map((c) => ({ text: c.text, before: support.get(c.text) ?? 0, after: c.sourceIds.length }))
      .filter((c) => c.before !== c.after),
    droppedClaims: previous.claims
      .filter((c) => !kept.has(c.text))
      .map((c) => ({ text: c.text, before: c.sourceIds.length })),
  };
}

/** The last part of a path, `/` or `\\` separated. */
const fileName = (p: string): string => p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
