import { add, type Group, join, MAX_ACTORS } from './actor-group.js';
import { namesOf } from './actor-names.js';
import type { Actor } from './briefing.js';
import { withoutCommonWords } from './common-word-names.js';
import { companyArms } from './company-arms.js';
import { nameKey } from './entity-index.js';
import { type ArticleEntity, mostVoted } from './find-entities.js';
import type { Person } from './find-people.js';
import { isNameTitle, roleWithoutDanglingEnd } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { joinAcronyms, joinHeadNouns, joinNamesBeforeOf, joinTailNames } from './join-body-names.js';
import { joinCompanyShortNames } from './join-company-names.js';
import {
  joinAddedHeads,
  joinClippedNames,
  joinClippedTrades,
  joinClosedNames,
  joinTradeNames,
} from './join-firm-variants.js';
import { markIndexNames } from './mark-index-names.js';
import { markModels } from './mark-models.js';
import { mergePeople, otherPerson } from './merge-people.js';
import { isCommonWordOfBodies, isOrganisationHead } from './organisation-words.js';
import { otherHeads } from './other-heads.js';
import { ownOutletCredits } from './outlet-credits.js';
import { looksPersonal, nameQuotedBySurname } from './quoted-surnames.js';
import { namesASite } from './site-names.js';
import { isPlaceSpeakerNoun } from './speaker-nouns.js';
import { topOf } from './top-of.js';
import { turnedKeys } from './turned-keys.js';

/** The entities of one article, as `findEntities` returns them. */
export interface ArticleEntities {
  sourceId: string;
  entities: readonly ArticleEntity[];
  /** The article's text, where a word that only opened its sentences elsewhere may stand in lower case. */
  text?: string;
  /** The outlet that published it: a name that is a source's outlet is an organisation. */
  outlet?: string | null;
  /**
   * Whether it is a writer's own Markdown note, where a sentence's opening capital more often stands on a
   * label's or a list item's common noun than on a name ("Construction was due to start …").
   */
  note?: boolean;
}

/**
 * An entity of a source that names the source's own outlet, less the mentions that credit the outlet's
 * own reporting ({@link ownOutletCredits}: "she told the Tern Gazette" in the Tern Gazette's report); null when no
 * mention is left. Any other entity is returned as it is.
 */
function withoutOwnCredits(e: ArticleEntity, outletKey: string, text: string): ArticleEntity | null {
  if (nameKey(e.name) !== outletKey && !e.forms.some((f) => nameKey(f) === outletKey)) return e;
  const credits = ownOutletCredits(text, e.forms);
  if (credits === 0) return e;
  return credits >= e.mentions ? null : { ...e, mentions: e.mentions - credits };
}

/**
 * Joins the entities of all articles into actors, one per real-world entity across sources: a known
 * entity by its gazetteer name, others by name or by a form another source uses; a person named by
 * surname only joins the one person of that surname, and people with the same surname and first name
 * ("Mohammed al-Amin", "Mohamed al-Amin") are one.
 * @param articles the entities of each article
 * @param people people quotes and roles were found for (their role fills in a missing one)
 * @param speakers each quote's speaker and source: a one-word name that is the surname of the one
 *   person quoted under a full name in its sources is that person
 * @returns actors by mentions (most first), at most {@link MAX_ACTORS}
 */
export function findActors(
  articles: readonly ArticleEntities[],
  people: readonly Person[] = [],
  speakers: readonly { name: string; sourceId: string }[] = [],
): Actor[] {
  const groups: Group[] = [];
  const byKey = new Map<string, Group>();
  /** The group a key names, following joins. */
  const found = (k: string) => {
    let g = byKey.get(k);
    while (g?.into) g = g.into;
    return g;
  };
  // groups of people named by a given name alone ("Rowan said"), each joined to a full name of another
  // source only by {@link joinGivenNames}
  const givenOnly = new Set<Group>();
  for (const { sourceId, entities, text, outlet } of articles) {
    const outletKey = outlet ? nameKey(outlet) : null;
    for (const entity of entities) {
      const e =
        outletKey !== null && text !== undefined ? withoutOwnCredits(entity, outletKey, text) : entity;
      if (e === null) continue;
      const key = e.entry !== null ? `#${e.name}` : nameKey(e.name);
      const given = e.entry === null && e.kind === 'person' && !e.name.includes(' ') && isGivenName(e.name);
      /** Whether a group is a given name alone of other sources, which a full name does not join here. */
      const othersGiven = (x: Group) => givenOnly.has(x) && !x.sources.has(sourceId);
      // each form's key once (nameKey costs a few regular expressions a form); null for a word common
      // to bodies' names that is not the entity's own name ("Group" of "Halvard Group … the Group
      // said"): it names any body of its kind, and shared it took another source's "the Group" of
      // another company
      let formKeys: (string | null)[] | undefined;
      const keysOfForms = () => {
        formKeys ??= e.forms.map((f) =>
          f !== e.name && !f.includes(' ') && isCommonWordOfBodies(f) ? null : nameKey(f),
        );
        return formKeys;
      };
      // "Varnian Department of Transport" is the "Varnian Transport Department" of another sentence
      // or source; not another country's ("Chile's" and "Peru's Ministry of Fisheries" share
      // "Fisheries Ministry")
      const turned = e.entry === null && e.kind !== 'person' ? turnedKeys(e.forms) : null;
      let g = found(key);
      // a given name alone joins another source's given name or full name only by joinGivenNames
      // (unambiguous, in sources that share a person): the "Rowan" of an interview with a prince is no
      // "Rowan Ellery" of a novel's review
      if (g && given && !g.sources.has(sourceId)) g = undefined;
      else if (g && !given && othersGiven(g)) g = undefined;
      g ??=
        e.entry === null
          ? (keysOfForms()
              .map((k) => (k === null ? undefined : found(k)))
              .find(
                (x) => x && !x.known && !otherHeads(x, e) && !otherPerson(x, e) && !(given || othersGiven(x)),
              ) ?? turned?.map(found).find((x) => x && !x.known && x.kind !== 'person' && !otherHeads(x, e)))
          : undefined;
      if (!g) {
        g = {
          name: e.name,
          kind: e.kind,
          known: e.entry !== null,
          forms: new Map(),
          // made when first needed: four collections a group were a third of this step's time at
          // 10,000 bench pages (38,000 groups)
          roles: null,
          mentions: 0,
          sources: new Set(),
          kinds: e.entry !== null ? null : new Map(),
          country: e.country,
          into: null,
          opening: true,
        };
        groups.push(g);
        if (given) givenOnly.add(g);
      } else if (!given) givenOnly.delete(g);
      const had = found(key);
      // the key of a full name's form stays with it: another source's given name alone finds it there
      if (!(given && had && had !== g)) byKey.set(key, g);
      if (!g.known && !given)
        keysOfForms().forEach((k, i) => {
          if (k === null) return;
          const h = found(k);
          if (!h || (h !== g && othersGiven(h))) byKey.set(k, g);
          // a form two groups share ("Varrow" of "Varrow Motor Company" and of "Varrow Motors Co", met in
          // that order in other sources) makes them one; not a body's head noun ("Bank" of two banks),
          // and people join by their own rules
          else if (
            h !== g &&
            !h.known &&
            h.kind !== 'person' &&
            e.kind !== 'person' &&
            !otherHeads(h, e) &&
            !isOrganisationHead(e.forms[i] as string)
          )
            join(g, h);
        });
      if (turned !== null && !g.known) for (const k of turned) if (!found(k)) byKey.set(k, g);
      add(g, e, sourceId);
    }
  }
  joinGivenNames(givenOnly, groups);
  const joined = withoutCommonWords(
    groups.filter((g) => g.into === null),
    articles,
  );
  // a group is of the kind most of its mentions have across sources, not the first source's
  // and the kind its full name has, where a source gives one: "Nuvista" said alone, read as a place in
  // three sources, is "Nuvista Microsystems", a company in the one that says both (a chip-deal folder)
  for (const g of joined) if (!g.known) g.kind = mostVoted(g.fullKinds ?? g.kinds ?? undefined, g.kind);
  // what the brief knows besides the tagger's votes: a source's outlet is a body ("Port Ellis Review",
  // read as a place by its first word), and a person quotes or roles were found for is a person
  // ("Marta Oyelaran", whom "where Oyelaran is strongest" had made a place)
  const outlets = new Set(articles.flatMap((a) => (a.outlet ? [a.outlet.toLowerCase()] : [])));
  const persons = new Set(people.filter((p) => looksPersonal(p.name)).map((p) => p.name));
  const placeRoled = new Set(
    people
      .filter(
        (p) =>
          isPlaceSpeakerNoun(p.role?.split(' ').at(-1) ?? '') && isGivenName(p.name.split(' ')[0] as string),
      )
      .map((p) => p.name),
  );
  for (const g of joined) {
    if (g.known) continue;
    if (outlets.has(g.name.toLowerCase())) g.kind = 'organisation';
    // when some of its mentions read as a person's already (a registry name is a role pattern's guess),
    // or its role ends on a noun that speaks only before a name and its name opens with a given name
    // ("said Fort Kessing resident Ana Ruiz": the tagger read the name after the place and "resident" as
    // a place too; a given name alone had made the product "Halvard Tarrant" a person)
    else if (persons.has(g.name) && ((g.kinds?.get('person') ?? 0) > 0 || placeRoled.has(g.name)))
      g.kind = 'person';
  }
  companyArms(joined);
  if (speakers.length > 0) nameQuotedBySurname(joined, speakers);
  // a firm written closed and open, with and without its trade word, or that word clipped, is one
  // ("Halva Bank", "Halvabank"; "Halvard", "Halvard Motors"; "Halvard Auto", "Halvard Automotive
  // Group"), a body with and without its head noun too ("Treasury", "Treasury Department"), and a
  // body's clipped name is the body's ("Fed")
  // a product one source names so ("the Nikkei index", "the 480 Skyliner") is one in every source ("the
  // Nikkei fell"), no actor, and so is an index's short name ("the Orvan Harbour" of "Orvan Harbour
  // Composite Index")
  const merged = markIndexNames(
    markModels(
      joinClippedNames(
        joinTradeNames(
          joinClippedTrades(
            joinAddedHeads(
              joinClosedNames(
                joinCompanyShortNames(
                  mergePeople(joinAcronyms(joinTailNames(joinNamesBeforeOf(joinHeadNouns(joined))))),
                ),
              ),
            ),
          ),
        ),
      ),
    ),
  ).filter((g) => !g.product && !namedByModelsOnly(g) && !namesSiteOnly(g));
  const roleOf = new Map(people.filter((p) => p.role).map((p) => [p.name, p.role as string]));
  // only the first MAX_ACTORS become actors: every group, one per name, had been sorted and made an
  // actor before 80 were kept (findActors 3.0 -> 2.2 s at 10,000 bench pages under a profiler)
  const quoted = quotedGroups(merged, speakers);
  const top = topOf(
    merged,
    MAX_ACTORS,
    (a, b) => b.mentions - a.mentions || standing(a, quoted) - standing(b, quoted),
  );
  const names = namesOf(top);
  return top
    .map((g, i): Actor => {
      const role =
        [...(g.roles ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
        roleOf.get(g.name) ??
        null;
      const name = titledName(g, names[i] as string, role);
      return {
        name,
        kind: g.kind,
        aliases: [...g.forms.keys()].filter((f) => f !== name).sort(),
        mentions: g.mentions,
        sourceIds: [...g.sources].sort(),
        role: g.kind === 'person' && role !== null ? roleWithoutDanglingEnd(role) : null,
      };
    })
    .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : 1));
}

/**
 * Whether every mention of a group in all its sources stands right before a model's code ("the Corvane IV
 * rocket", "two Osprey 900 engines", "the Kestrel K-400"; {@link ArticleEntity.coded}): a product cut
 * from its code, or a maker named only by its models, which does nothing in the brief. Not a known
 * entity nor a person, whom a numeral follows as a regnal number ("Rowan IV"). The aircraft briefs had a
 * rocket's and an engine's names among their actors, as a body and as a place; a maker said once
 * besides ("Kestrel said") stays.
 */
function namedByModelsOnly(g: Group): boolean {
  return (
    g.coded !== undefined && g.coded >= g.mentions && !g.known && g.kind !== 'person' && g.roles === null
  );
}

/**
 * Whether a group names a firm's site, which is a place of the firm and does nothing in the brief: by its
 * words ("Tarrant Stamping Plant", "Ostrel Assembly of Ostrel"; {@link namesASite}) or by the words
 * after every mention of it in all its sources ("the Brackwater Casting plant"; {@link Group.sited}).
 * Not a known entity nor a person, nor a body a person's role names ("manager of Dunmore Engine Plant"
 * gives a role of the plant, not of a body named so). A brief of car-industry reports had nine plants
 * among its actors, listed as those a maker would close.
 */
function namesSiteOnly(g: Group): boolean {
  if (g.known || g.kind === 'person' || g.roles !== null) return false;
  return namesASite(g.name) || (g.sited !== undefined && g.sited >= g.mentions);
}

/**
 * Which actors go first among those mentioned as often, when there are more than the list holds:
 * several sources, then those a quote of the brief names as its speaker, known entities, people with a
 * role, known places, full names; a one-word name the tagger saw alone comes last (on the sample corpus
 * these are mostly capitalised common words). A state or a province said once (the gazetteer's places)
 * stands after a person with a role: in a brief of 30 car-industry reports, five states named once
 * each had pushed out five analysts quoted with their firm. A speaker stands before a country said
 * once: in three briefs of 30 reports each, countries said once in passing had pushed out 15 people
 * whose words "Who said what" quotes (fixture `actors-quoted-before-countries-named-once`: the chair
 * Tomas Rellik among 84 delegations' countries).
 * @param g the group
 * @param quoted the groups a quote names as its speaker ({@link quotedGroups})
 * @returns a rank, lower first
 */
function standing(g: Group, quoted: ReadonlySet<Group>): number {
  if (g.sources.size >= 2) return 0;
  if (quoted.has(g)) return 1;
  if (g.known && g.kind !== 'place') return 2;
  if (g.kind === 'person' && g.roles !== null && g.roles.size > 0) return 3;
  if (g.known) return 4;
  return g.name.includes(' ') ? 5 : 6;
}

/**
 * The groups of one source a quote of the brief names as its speaker, by the speaker's name as the
 * group's name or one of its forms: the groups {@link standing} puts first.
 * @param groups the groups
 * @param speakers each quote's speaker
 * @returns the speakers' groups
 */
function quotedGroups(groups: readonly Group[], speakers: readonly { name: string }[]): Set<Group> {
  const quoted = new Set<Group>();
  if (speakers.length === 0) return quoted;
  const names = new Set(speakers.map((s) => s.name));
  for (const g of groups) {
    // only a group of one source has its standing to gain
    if (g.sources.size >= 2) continue;
    if (names.has(g.name)) quoted.add(g);
    else for (const f of g.forms.keys()) if (names.has(f)) quoted.add(g);
  }
  return quoted;
}

/**
 * A name written surname first, its given name of two syllables after ("Han Ji-won", "Seo Min-jun"): its
 * first word alone in another source ("Han told reporters") is its surname, which joins it as any
 * surname does, though "Han" is also a given name.
 */
const SURNAME_FIRST = /^\S+ \p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * Joins each group of a given name alone ("Rowan") to the one full name that opens with it ("Rowan
 * Vantakis") in its own article; else to the same given name alone of another source, and then to
 * another source's full name when no other full name opens with it, each only when the sources share a
 * story, read as a person of a full name named in both. Else the given name stays the article's own
 * person: the given name of an interview with a prince had been a novel's hero of that given name on
 * a page about the books, as had other pages' same name said once, and the hero had the role "Prince".
 * A name written surname first ({@link SURNAME_FIRST}) is joined by its first word as by a surname.
 * @param givenOnly the groups of a given name alone, one a source
 * @param groups all groups (joined ones have `into` set)
 */
function joinGivenNames(givenOnly: ReadonlySet<Group>, groups: readonly Group[]): void {
  if (givenOnly.size === 0) return;
  const full = groups.filter((g) => g.into === null && g.kind === 'person' && g.name.includes(' '));
  /** Whether two groups share a source, read over the fewer sources (a full name may have thousands). */
  const shares = (a: Group, b: Group) => {
    const [few, many] = a.sources.size <= b.sources.size ? [a.sources, b.sources] : [b.sources, a.sources];
    for (const s of few) if (many.has(s)) return true;
    return false;
  };
  // the full names of each source as they were before any join here (what `shareStory` reads on its
  // first group's side), and of each source as they are now (a full name takes a given name's sources)
  const fullOf = new Map<string, Group[]>();
  const holding = new Map<string, Set<Group>>();
  for (const h of full)
    for (const s of h.sources) {
      listAt(fullOf, s).push(h);
      setAt(holding, s).add(h);
    }
  const joinFull = (c: Group, g: Group) => {
    join(c, g);
    for (const s of g.sources) setAt(holding, s).add(c);
  };
  /** Whether a person of a full name, neither of the two, is named in the sources of both. */
  const shareStory = (a: Group, b: Group) => {
    for (const s of a.sources)
      for (const h of fullOf.get(s) ?? [])
        if (h !== a && h !== b && h.into === null && shares(h, b)) return true;
    return false;
  };
  const byFirst = new Map<string, Group[]>();
  for (const c of full) listAt(byFirst, c.name.slice(0, c.name.indexOf(' '))).push(c);
  const opening = (g: Group) => (byFirst.get(g.name) ?? []).filter((c) => c.into === null);
  const left = new Map<string, Group[]>();
  for (const g of givenOnly) {
    const own = opening(g).filter((c) => shares(c, g));
    if (own.length === 1) joinFull(own[0] as Group, g);
    else if (own.length === 0) listAt(left, g.name).push(g);
  }
  for (const same of left.values()) {
    joinSameGivenNames(same, fullOf, holding);
    for (const g of same) {
      if (g.into !== null) continue;
      const candidates = opening(g);
      const c = candidates[0] as Group;
      if (candidates.length === 1 && (SURNAME_FIRST.test(c.name) || shareStory(g, c))) joinFull(c, g);
    }
  }
}

/**
 * Joins the groups of one given name alone of {@link joinGivenNames} that share a story, as its greedy
 * reading does, in time near linear in the groups and their sources' full names: each group in turn, not
 * yet joined, takes every later group, in order, one of whose sources a full name of its own sources
 * (as they grow) names now. Comparing every two groups (session 89) grew with the square of the sources
 * naming one given name alone (3–6 CPU s for `findActors` on 8,000 sources saying "Rowan",
 * `bench:given-name-pairs`). Here each full name lists the places of the groups whose sources it names,
 * and a group's turn reads only the full names of its sources and those it takes; a full name's places
 * after the turn's last join are all taken then, and dropped.
 * @param same the groups of one given name, in order
 * @param fullOf each source's full names before any join (read on the taking group's side)
 * @param holding each source's full names now
 */
function joinSameGivenNames(
  same: readonly Group[],
  fullOf: ReadonlyMap<string, readonly Group[]>,
  holding: ReadonlyMap<string, ReadonlySet<Group>>,
): void {
  if (same.length < 2) return;
  // the places (ascending) of the groups whose sources each full name names now; the full names do not
  // change while the groups of one given name join one another
  const placesOf = new Map<Group, number[]>();
  same.forEach((h, i) => {
    const seen = new Set<Group>();
    for (const s of h.sources)
      for (const f of holding.get(s) ?? [])
        if (!seen.has(f)) {
          seen.add(f);
          listAt(placesOf, f).push(i);
        }
  });
  same.forEach((g, i) => {
    if (g.into !== null) return;
    let at = i;
    const next: number[] = [];
    const read = new Set<Group>();
    /** Puts the places after `at` of the groups a source's full names name among the next to take. */
    const reach = (s: string) => {
      for (const f of fullOf.get(s) ?? []) {
        if (read.has(f)) continue;
        read.add(f);
        const places = placesOf.get(f);
        if (!places) continue;
        let k = places.length;
        while (k > 0 && (places[k - 1] as number) > at) k--;
        for (let j = k; j < places.length; j++) pushPlace(next, places[j] as number);
        places.length = k;
      }
    };
    for (const s of g.sources) reach(s);
    while (next.length > 0) {
      const x = popPlace(next);
      const h = same[x] as Group;
      if (h.into !== null) continue;
      at = x;
      join(g, h);
      for (const s of h.sources) reach(s);
    }
  });
}

/** Adds a place to a min-heap of places. */
function pushPlace(heap: number[], x: number): void {
  let i = heap.length;
  heap.push(x);
  while (i > 0) {
    const up = (i - 1) >> 1;
    if ((heap[up] as number) <= x) break;
    heap[i] = heap[up] as number;
    i = up;
  }
  heap[i] = x;
}

/** Takes the least place out of a min-heap of places (not empty). */
function popPlace(heap: number[]): number {
  const top = heap[0] as number;
  const last = heap.pop() as number;
  const n = heap.length;
  if (n === 0) return top;
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && (heap[c + 1] as number) < (heap[c] as number)) c++;
    if ((heap[c] as number) >= last) break;
    heap[i] = heap[c] as number;
    i = c;
  }
  heap[i] = last;
  return top;
}

/** The set a map holds under `key`, put there empty when it has none. */
function setAt<K, V>(map: Map<K, Set<V>>, key: K): Set<V> {
  const had = map.get(key);
  if (had) return had;
  const set = new Set<V>();
  map.set(key, set);
  return set;
}

/** The list a map holds under `key`, put there empty when it has none. */
function listAt<K, V>(map: Map<K, V[]>, key: K): V[] {
  const had = map.get(key);
  if (had) return had;
  const list: V[] = [];
  map.set(key, list);
  return list;
}

/**
 * A person named by a given name alone with a royal or noble title is named with it ("Prince Rowan", as
 * the quotes name him; `nameTitles` of `data/person-titles.yaml`); any other actor keeps its name.
 * @param g the actor's group
 * @param name its name
 * @param role its role, if any
 */
function titledName(g: Group, name: string, role: string | null): string {
  if (g.kind !== 'person' || role === null || name.includes(' ') || !isGivenName(name)) return name;
  return isNameTitle(role) ? `${role} ${name}` : name;
}
