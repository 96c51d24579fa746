import { isActedUpon } from './action-objects.js';
import { actorDeed, agreeingWithOne, movesPrice } from './actor-deeds.js';
import { appendToList } from './append-to-list.js';
import type { Actor, BottomLineItem, Citation, Claim, KeyPoint, TimelineEvent } from './briefing.js';
import { withoutCaptionRunIn } from './caption-run-in.js';
import { addsToAnother } from './connective-words.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { namesThingTold, pointsToThingTold } from './thing-told-before.js';

/** The facts the main actors are drawn from: one story's, or the whole brief's. */
export interface MainActorFacts {
  keyPoints: readonly KeyPoint[];
  timeline: readonly TimelineEvent[];
  actors: readonly Actor[];
  claims: readonly Claim[];
  sources?: readonly { id: string }[] | undefined;
  /** Every sentence of the reports, as a citation, when known: where an actor the points name acts. */
  sentences?: readonly Citation[] | undefined;
}

/** How many main actors the bottom line names. */
const MAIN_ACTORS = 3;
/**
 * How many of the actors most sources name may be main actors: a markets brief's central bank, which acts
 * in its reports but in none of its points, is the 11th of its story (session 94, the 7 briefs of the
 * Wikinews clusters and `corpus/`); 12 bounds the reading of every report sentence at scale.
 */
const CANDIDATES = 12;
/** A deed in the past perfect: "had been fined", "had ordered". */
const BACKGROUND_TENSE = /^had\s/;
/**
 * What an actor does in a relative clause right after its name ("Kestrel Bank, which dropped 12% to
 * $4.10"), read only to tell a price's move; null when no such clause follows its name.
 */
function relativeDeed(sentence: string, names: readonly string[]): string | null {
  for (const name of names) {
    const at = sentence.search(new RegExp(`${escapeRegExp(name)},\\s(?:which|that)\\s`, 'u'));
    if (at < 0) continue;
    const rest = sentence.slice(at + name.length).replace(/^,\s(?:which|that)\s/u, '');
    return rest.split(/[,;]/u)[0]?.trim() ?? null;
  }
  return null;
}

/**
 * The text of a citation's report before it, as the reports' sentences give it ('' when none is known).
 * @param sentences every sentence of the reports, as citations
 */
export function reportTextBefore(sentences: readonly Citation[]): (c: Citation) => string {
  const bySource = new Map<string, Citation[]>();
  for (const s of sentences) {
    appendToList(bySource, s.sourceId, s);
  }
  return (c) =>
    (bySource.get(c.sourceId) ?? [])
      .filter((s) => s.end <= c.start)
      .map((s) => s.quote)
      .join(' ');
}

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
 * The actors that act go first, of the first {@link CANDIDATES}: a body (not a country) that no point or
 * event names as a subject takes its deed from its reports' sentences (a central bank's swap lines); one
 * named only where no deed is told fills a place left over, and a firm whose shares' moves are all the
 * story tells of it ({@link movesPrice}: "Kestrel Bank, which dropped 12%") none (fixture
 * `bottom-line-actor-acts-in-reports`). Read on the same 7 briefs (session 94): a markets brief's line had
 * named two firms by their share price and a car maker an object of worries; it now names its government,
 * central bank and treasury; two more briefs gain an actor that acts (a union refusing demands, a central
 * bank's cash injection) for one named only in a list or a relative clause.
 * @param facts key points, timeline, actors, claims, sources and the reports' sentences
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
  const order = new Map(ranked.map((a, i) => [a.name, i]));
  // the actors that act go first: a firm the points name only by its share price or as an object ("worries
  // over whether Kestrel Motors can keep operating") fills a place only where too few act
  const acts: ActorPart[] = [];
  const named: ActorPart[] = [];
  const ours = (c: Citation) => story === undefined || story.has(c.sourceId);
  const reports = (facts.sentences ?? []).filter(ours);
  const textBefore = reportTextBefore(facts.sentences ?? []);
  for (const actor of ranked.slice(0, CANDIDATES)) {
    if (acts.length >= MAIN_ACTORS) break;
    const names = [actor.name, ...actor.aliases];
    // the other actors' names, one of which may hold this one's ("Kestrel Varnland" of Varnland)
    const others = facts.actors.filter((a) => a !== actor).flatMap((a) => [a.name, ...a.aliases]);
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    );
    const naming = (c: Citation) => ours(c) && pattern.test(c.quote);
    let moved = false;
    const deedsIn = (citations: readonly Citation[]) =>
      citations.flatMap((c) => {
        if (!pattern.test(c.quote)) return [];
        // read past a picture's caption run into the sentence ("An Orrin 400 landing at Port Ellis airport
        // Kestrel Air has …"), which hides the subject (fixture `key-points-caption-run-in`)
        const did = actorDeed(withoutCaptionRunIn(c.quote), names, others);
        const moves = movesPrice(did ?? relativeDeed(c.quote, names) ?? '');
        moved ||= moves;
        return did === null || moves ? [] : [{ did, c }];
      });
    const cite = statements.find((s) => s.citations.some(naming))?.citations.find(naming);
    // the statements whose subject it is, best first: key points, then events
    const deeds = deedsIn(acting.flatMap((s) => s.citations.filter(ours)));
    const country = actor.kind === 'country' || actor.kind === 'place';
    if (country && deeds.length === 0) {
      // the other side of a deal, a ruling or sanctions acts in the story all the same ("Kestrel Air
      // signed a deal with Norvale"): cited where it is (fixture `actor-the-other-side`)
      const side = acting
        .flatMap((s) => s.citations)
        .find((c) => ours(c) && pattern.test(c.quote) && isActedUpon(c.quote, names));
      if (side) acts.push({ actor: actor.name, did: null, citations: [side] });
      continue;
    }
    // a body no point names as subject acts in its reports (a central bank's swap lines), a country
    // only where the points say so (`actors-not-the-setting`): fixture `bottom-line-actor-acts-in-reports`
    // (so does one whose deeds in the points do not read alone, below)
    const alone = (d: { did: string; c: Citation }) =>
      d.did !== '' && !pointsToThingTold(d.did) && !namesThingTold(d.did, () => textBefore(d.c));
    // nor one that adds itself to another deed ("has also signed deals with …", `addsToAnother`)
    const readable = (d: { did: string; c: Citation }) => alone(d) && !addsToAnother(d.did);
    const all = deeds.some(readable) || country ? deeds : [...deeds, ...deedsIn(reports)];
    // a deed in the past perfect ("had been fined in 2003 after a crash") is a report's background: a
    // deed of its own news goes before it (an aircraft maker's line had told a suspension of the year
    // before its reports beside "has unveiled a new long-range version of its airliner")
    // of those, one that reads alone: a deed that names a thing only its report told before ("admitted that
    // the loss could grow further") comes after one that does ("will offer early retirement to 300 drivers"; fixture
    // `bottom-line-deed-reads-alone`), and one that counts with an ordinal and no noun ("has delivered the
    // first that will run …") is none; one that adds itself to another ("has also signed deals with …")
    // comes after one that reads alone, and before one that names a thing told before
    const said = all.filter((d) => d.did !== '' && !pointsToThingTold(d.did));
    const best =
      said.find((d) => !BACKGROUND_TENSE.test(d.did) && readable(d)) ??
      said.find((d) => !BACKGROUND_TENSE.test(d.did) && alone(d)) ??
      said.find((d) => !BACKGROUND_TENSE.test(d.did)) ??
      said.find(readable) ??
      said[0];
    // told of the one actor, its verb agrees with it ("Norvale Transit and Kestrel Motors were granted a loan" →
    // "Kestrel Motors ([was] granted a loan …)"; {@link agreeingWithOne})
    if (best) acts.push({ actor: actor.name, did: agreeingWithOne(best.did), citations: [best.c] });
    // a firm whose shares are all the story tells of it is no actor of it ("Kestrel Bank, which dropped
    // 12% to $4.10"): fixture `bottom-line-actor-acts-in-reports`
    else if (cite && !moved) named.push({ actor: actor.name, did: null, citations: [deeds[0]?.c ?? cite] });
  }
  const chosen = new Set([...acts, ...named].slice(0, MAIN_ACTORS).map((p) => p.actor));
  const parts = [...acts, ...named]
    .filter((p) => chosen.has(p.actor))
    .sort((a, b) => (order.get(a.actor) ?? 0) - (order.get(b.actor) ?? 0));
  return parts.length === 0 ? null : actorsItem(parts);
}

/** The bottom line's `actors` item of its parts, cited where each part is (each citation once). */
function actorsItem(parts: ActorPart[]): BottomLineItem {
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

/**
 * The main actors of a brief titled by two stories (`titledStories`): each story's own, taken in
 * turn (its first, the other's first, its second) up to {@link MAIN_ACTORS}, then told story by story,
 * the first titled story's first: "Norvale Transit (ordered trams); Velmar Rail (signed a contract);
 * Kestrel Union (ended its strike)". Read in session 96: the two Wikinews-cluster mixes and the sample
 * beside a cluster, titled by two stories, named the actors of one story or none (fixture
 * `bottom-line-of-both-titled-stories`, `bottom-line-actors-of-two-equal-stories`).
 * @param first the first titled story's `actors` item ({@link mainActors} of its facts)
 * @param second the second titled story's
 * @returns one `actors` item, or null when either story names no actor
 */
export function mainActorsOfBoth(
  first: BottomLineItem | null,
  second: BottomLineItem | null,
): BottomLineItem | null {
  const lists = [first?.parts ?? [], second?.parts ?? []];
  if (lists.some((l) => l.length === 0)) return null;
  const taken = lists.map(() => [] as ActorPart[]);
  const names = new Set<string>();
  for (let rank = 0; names.size < MAIN_ACTORS && lists.some((l) => rank < l.length); rank++)
    lists.forEach((list, story) => {
      const part = list[rank];
      if (part === undefined || names.size >= MAIN_ACTORS || names.has(part.actor)) return;
      names.add(part.actor);
      taken[story]?.push(part);
    });
  return actorsItem(taken.flat());
}
