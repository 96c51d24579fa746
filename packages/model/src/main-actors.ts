import { isActedUpon } from './action-objects.js';
import { actorDeed } from './actor-deeds.js';
import type { Actor, BottomLineItem, Citation, Claim, KeyPoint, TimelineEvent } from './briefing.js';
import { escapeRegExp } from './escape-reg-exp.js';

/** The facts the main actors are drawn from: one story's, or the whole brief's. */
export interface MainActorFacts {
  keyPoints: readonly KeyPoint[];
  timeline: readonly TimelineEvent[];
  actors: readonly Actor[];
  claims: readonly Claim[];
  sources?: readonly { id: string }[] | undefined;
}

/** How many main actors the bottom line names. */
const MAIN_ACTORS = 3;
/** A deed in the past perfect: "had been fined", "had ordered". */
const BACKGROUND_TENSE = /^had\s/;
/** One main actor, what it did (`did`, null when unsaid) and the statement that says so or names it. */
interface ActorPart {
  actor: string;
  did: string | null;
  citations: Citation[];
}

/**
 * The main actors of a set of facts: of the actors most sources name (then the most mentioned), the
 * first {@link MAIN_ACTORS} that a key point, event or claim names, each with what it did in the
 * best-ranked key point, else event, whose subject it is ({@link actorDeed}; one in the past perfect,
 * a report's background, only when it has no other: fixture `bottom-line-deed-not-the-background`), cited
 * there, else where it is first named. A country or place that is the subject of no key point or event is where the news
 * happens, no actor of it (fixture `actors-not-the-setting`): "Norvale" in "Stocks fell in Norvale" and
 * "Norvale's trams", not in "the Norvale government signed"; unless a key point or event names it as the other
 * side of an action ({@link isActedUpon}: "signed a deal with Norvale", "sanctions against Norvale"). Read on the bottom lines of the 6 briefs of
 * the Wikinews clusters and of `corpus/` (session 93): it left out 11 countries (the one every report is
 * set in, named by up to 28 of 29 sources; a market's country, as in "Norvale's share index"; an airline's
 * adjective, as in "a Norvalian Airways jet"), none of which acted in its cited sentence, and kept
 * the countries that act in 3 briefs (its government holds its markets shut; two leaders agree). A test
 * of "named by 80 % of the sources" left out 5 of the 11 and kept the market's and the airline's. Of several
 * stories the caller hands one story's facts, and `story` keeps the citations to its sources.
 * @param facts key points, timeline, actors, claims and sources
 * @param story the sources a citation may be of, or undefined for any
 * @returns the bottom line's `actors` item, or null when no actor is named in a statement
 */
export function mainActors(
  facts: MainActorFacts,
  story: ReadonlySet<string> | undefined,
): BottomLineItem | null {
  const statements = [...facts.keyPoints, ...facts.timeline, ...facts.claims];
  const acting = [...facts.keyPoints, ...facts.timeline];
  const ranked = [...facts.actors].sort(
    (a, b) => b.sourceIds.length - a.sourceIds.length || b.mentions - a.mentions,
  );
  const parts: ActorPart[] = [];
  for (const actor of ranked) {
    if (parts.length >= MAIN_ACTORS) break;
    const names = [actor.name, ...actor.aliases];
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    );
    const ours = (c: Citation) => story === undefined || story.has(c.sourceId);
    const named = (c: Citation) => ours(c) && pattern.test(c.quote);
    const cite = statements.find((s) => s.citations.some(named))?.citations.find(named);
    if (!cite) continue;
    // the statements whose subject it is, best first: key points, then events
    const deeds = acting.flatMap((s) =>
      s.citations.flatMap((c) => {
        const did = ours(c) && pattern.test(c.quote) ? actorDeed(c.quote, names) : null;
        return did === null ? [] : [{ did, c }];
      }),
    );
    if ((actor.kind === 'country' || actor.kind === 'place') && deeds.length === 0) {
      // the other side of a deal, a ruling or sanctions acts in the story all the same ("Kestrel Air
      // signed a deal with Norvale"): cited where it is (fixture `actor-the-other-side`)
      const side = acting
        .flatMap((s) => s.citations)
        .find((c) => ours(c) && pattern.test(c.quote) && isActedUpon(c.quote, names));
      if (side) parts.push({ actor: actor.name, did: null, citations: [side] });
      continue;
    }
    // a deed in the past perfect ("had been fined in 2003 after a crash") is a report's background: a
    // deed of its own news goes before it (an aircraft maker's line had told a suspension of the year
    // before its reports beside "has unveiled a new long-range version of its airliner")
    const best =
      deeds.find((d) => d.did !== '' && !BACKGROUND_TENSE.test(d.did)) ??
      deeds.find((d) => d.did !== '') ??
      deeds[0];
    parts.push({ actor: actor.name, did: best?.did || null, citations: [best?.c ?? cite] });
  }
  if (parts.length === 0) return null;
  const citations = parts
    .map((p) => p.citations[0] as Citation)
    .filter((c, i, all) => all.findIndex((d) => d.sourceId === c.sourceId && d.start === c.start) === i);
  return {
    kind: 'actors',
    text: parts.map((p) => (p.did ? `${p.actor} (${p.did})` : p.actor)).join('; '),
    date: null,
    actors: parts.map((p) => p.actor),
    sourceIds: [...new Set(citations.map((c) => c.sourceId))].sort(),
    citations,
    parts,
  };
}
