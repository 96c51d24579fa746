import type { Actor, ActorKind } from './briefing.js';
import { ACRONYM } from './capitalised-words.js';
import { companyKeys } from './company-arms.js';
import { nameKey } from './entity-index.js';
import { type ArticleEntity, initialsOf, mostVoted, opensWithPlaceAdjective } from './find-entities.js';
import { type Person, surname } from './find-people.js';
import { isTitle, roleWithoutDanglingEnd } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';
import {
  companiesByShortForm,
  endsAsOrganisation,
  isCommonWordOfBodies,
  isOrganisationHead,
  isOrganisationWord,
  withoutLegalForm,
  withoutTrade,
} from './organisation-words.js';
import { ownOutletCredits } from './outlet-credits.js';
import { isPlaceWord } from './place-words.js';
import { isSpaceUnit } from './text-stats.js';
import { topOf } from './top-of.js';

/**
 * At most this many actors, the most mentioned first: a table a reader can still scan. Five
 * articles of analysis name about 80 entities; a 20-sentence GMB dev story at most 40.
 */
const MAX_ACTORS = 80;

/** The entities of one article, as `findEntities` returns them. */
export interface ArticleEntities {
  sourceId: string;
  entities: readonly ArticleEntity[];
  /** The article's text, where a word that only opened its sentences elsewhere may stand in lower case. */
  text?: string;
  /** The outlet that published it: a name that is a source's outlet is an organisation. */
  outlet?: string | null;
}

interface Group {
  name: string;
  kind: ActorKind;
  known: boolean;
  forms: Map<string, number>;
  /** The roles its sources give it, by how many; null until one does (one entity in 70 has a role). */
  roles: Map<string, number> | null;
  mentions: number;
  sources: Set<string>;
  /** Mentions by the kind each source's entity has; null for a group the gazetteer knows (never read). */
  kinds: Map<ActorKind, number> | null;
  /**
   * Mentions by kind of its entities named by more than one word, which outvote the rest; null until
   * one comes.
   */
  fullKinds?: Map<ActorKind, number>;
  /** The country its first entity's name opens with ({@link ArticleEntity.country}). */
  country: string | null;
  /** The name before a country's that ends one of its entities' names ({@link ArticleEntity.armOf}). */
  armOf?: string;
  /** The group it was joined into when a later entity showed both are one, else null. */
  into: Group | null;
  /** Whether every entity of it is one word only opening sentences ({@link ArticleEntity.opening}). */
  opening: boolean;
  /** Set when a source names it as a product ({@link ArticleEntity.product}): no actor. */
  product?: true;
  /** Its one-word forms a source writes after "the" ({@link ArticleEntity.definite}); undefined for none. */
  definite?: Set<string>;
}

// the surname before a generation's suffix ("Kennedy" of "James P. Kennedy Jr."), see `surname`
const surnameKey = (name: string) =>
  surname(name)
    .replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/i, '')
    .toLowerCase();

/**
 * Whether a name is a surname alone: one word, or one after the particles of European surnames ("Van
 * Rossum", "von der Leyen"; not an Arabic "Al", a given name in "Al Gore").
 */
function isSurnameAlone(name: string): boolean {
  const { inside } = nameParticles();
  return name
    .split(/\s+/)
    .slice(0, -1)
    .every((w) => inside.has(w.toLowerCase()));
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
  for (const { sourceId, entities, text, outlet } of articles) {
    const outletKey = outlet ? nameKey(outlet) : null;
    for (const entity of entities) {
      const e =
        outletKey !== null && text !== undefined ? withoutOwnCredits(entity, outletKey, text) : entity;
      if (e === null) continue;
      const key = e.entry !== null ? `#${e.name}` : nameKey(e.name);
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
      // "US Department of Defense" is the "US Defense Department" of another sentence or source
      const turned = e.entry === null && e.kind !== 'person' ? turnedKeys(e.forms) : null;
      let g =
        found(key) ??
        (e.entry === null
          ? (keysOfForms()
              .map((k) => (k === null ? undefined : found(k)))
              .find((x) => x && !x.known && !otherHeads(x, e) && !otherPerson(x, e)) ??
            turned?.map(found).find((x) => x && !x.known && x.kind !== 'person'))
          : undefined);
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
      }
      byKey.set(key, g);
      if (!g.known)
        keysOfForms().forEach((k, i) => {
          if (k === null) return;
          const h = found(k);
          if (!h) byKey.set(k, g);
          // a form two groups share ("Ford" of "Ford Motor Company" and of "Ford Motors Co", met in
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
  for (const g of joined) {
    if (g.known) continue;
    if (outlets.has(g.name.toLowerCase())) g.kind = 'organisation';
    // when some of its mentions read as a person's already (a registry name is a role pattern's guess)
    else if (persons.has(g.name) && (g.kinds?.get('person') ?? 0) > 0) g.kind = 'person';
  }
  companyArms(joined);
  if (speakers.length > 0) nameQuotedBySurname(joined, speakers);
  // a product one source names so ("the Nikkei index", "the 787 Dreamliner") is one in every source ("the
  // Nikkei fell"), no actor
  const merged = markModels(
    joinCompanyShortNames(mergePeople(joinAcronyms(joinNamesBeforeOf(joinHeadNouns(joined))))),
  ).filter((g) => !g.product);
  const roleOf = new Map(people.filter((p) => p.role).map((p) => [p.name, p.role as string]));
  // only the first MAX_ACTORS become actors: every group, one per name, had been sorted and made an
  // actor before 80 were kept (findActors 3.0 -> 2.2 s at 10,000 bench pages under a profiler)
  const top = topOf(merged, MAX_ACTORS, (a, b) => b.mentions - a.mentions || standing(a) - standing(b));
  const names = namesOf(top);
  return top
    .map((g, i): Actor => {
      const role =
        [...(g.roles ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
        roleOf.get(g.name) ??
        null;
      const name = names[i] as string;
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
 * Makes a group named as a company's arm in a country ("Ford Australia", {@link ArticleEntity.armOf}) an
 * organisation when a source names the company ("Ford Motor Company"), the same or another.
 * @param groups the groups, changed in place
 */
function companyArms(groups: readonly Group[]): void {
  const arms = groups.filter((g) => g.armOf !== undefined && g.kind !== 'organisation');
  if (arms.length === 0) return;
  const companies = new Set(
    groups.flatMap((g) => (g.kind === 'organisation' ? companyKeys(g.forms.keys()) : [])),
  );
  for (const g of arms) if (companies.has(nameKey(g.armOf as string))) g.kind = 'organisation';
}

/**
 * Whether a name of the people registry reads as a person's own: two words or more, none a word of a
 * body's name, a title or a place's head noun (the registry holds "Health Ministry" and "Constitutional
 * Court" where a role pattern took a body for a name).
 * @param name a name
 */
/**
 * Makes a one-word name that is the surname of the one person quoted under a full name in its sources
 * that person ("Okonkwo's lawyers argued", read as a body, where a quote's speaker is "Ray Okonkwo",
 * whose full name the tagger missed: "Democrat Ray Okonkwo trailed …"), named in full.
 * @param groups the groups, changed in place
 * @param speakers each quote's speaker and source
 */
function nameQuotedBySurname(
  groups: readonly Group[],
  speakers: readonly { name: string; sourceId: string }[],
): void {
  // surname → the one full name quoted with it in a source, or null for two
  const quoted = new Map<string, { name: string; sources: Set<string> } | null>();
  for (const q of speakers) {
    if (!looksPersonal(q.name)) continue;
    const surname = q.name.slice(q.name.lastIndexOf(' ') + 1);
    const had = quoted.get(surname);
    if (had === undefined) quoted.set(surname, { name: q.name, sources: new Set([q.sourceId]) });
    else if (had !== null && had.name === q.name) had.sources.add(q.sourceId);
    else quoted.set(surname, null);
  }
  const names = new Set(groups.map((g) => g.name));
  for (const g of groups) {
    if (g.known || g.kind === 'place' || g.kind === 'country' || g.name.includes(' ')) continue;
    const person = quoted.get(g.name);
    if (!person || names.has(person.name) || ![...g.sources].some((s) => person.sources.has(s))) continue;
    g.kind = 'person';
    g.forms.set(person.name, 0);
  }
}

function looksPersonal(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && !words.some((w) => isOrganisationHead(w) || isTitle(w) || isPlaceWord(w));
}

/**
 * The groups less the one-word names every source wrote only opening a sentence or a title, where
 * another source writes the word in lower case: "Measles: health minister visits Lyon" and "Malaria
 * vaccine — figures check" head sources that never write the word again, beside sources that write
 * "the measles outbreak", "a malaria vaccine" (each article's own lower case was read by
 * `findEntities`).
 * @param groups the groups, joined
 * @param articles the articles, with their texts when given
 */
function withoutCommonWords(groups: Group[], articles: readonly ArticleEntities[]): Group[] {
  // only a group mentioned as often as the last actor the list can hold may be one: at 2,000 bench pages
  // none is, and the texts are not read
  const least = leastKept(groups);
  const words = new Set<string>();
  // not a word in capitals: "GE" beside a text's "ge" is an acronym whatever other words are
  for (const g of groups) if (g.mentions >= least && commonWordCandidate(g)) words.add(g.name.toLowerCase());
  if (words.size === 0) return groups;
  const lower = lowerCaseUses(articles, words);
  if (lower.size === 0) return groups;
  return groups.filter((g) => !(commonWordCandidate(g) && lower.has(g.name.toLowerCase())));
}

/** How many mentions the last group the list can hold has ({@link MAX_ACTORS}), by a count of each number. */
function leastKept(groups: readonly Group[]): number {
  if (groups.length <= MAX_ACTORS) return 0;
  const counts = new Map<number, number>();
  for (const g of groups) counts.set(g.mentions, (counts.get(g.mentions) ?? 0) + 1);
  let seen = 0;
  for (const mentions of [...counts.keys()].sort((a, b) => b - a)) {
    seen += counts.get(mentions) as number;
    if (seen >= MAX_ACTORS) return mentions;
  }
  return 0;
}

/** Whether a group is one word, not in capitals, no gazetteer knows, that only opened sentences. */
function commonWordCandidate(g: Group): boolean {
  return g.opening && !g.known && !g.name.includes(' ') && !CAPITALS.test(g.name);
}

const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}&.-]+$/u;

/**
 * Which of `words` (in lower case) the articles' texts write as a word in lower case: one pass over each
 * text's letters, a word looked up only when its length and first letter may be one of them.
 */
function lowerCaseUses(articles: readonly ArticleEntities[], words: ReadonlySet<string>): Set<string> {
  let shortest = Number.POSITIVE_INFINITY;
  let longest = 0;
  const firsts = new Set<number>();
  for (const w of words) {
    shortest = Math.min(shortest, w.length);
    longest = Math.max(longest, w.length);
    firsts.add(w.charCodeAt(0));
  }
  const found = new Set<string>();
  for (const { text } of articles) {
    if (text === undefined) continue;
    for (let i = 0; i < text.length; ) {
      if (!isLetterUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < text.length && isLetterUnit(text.charCodeAt(j))) j++;
      const length = j - i;
      if (
        length >= shortest &&
        length <= longest &&
        firsts.has(text.charCodeAt(i)) &&
        !inAddress(text, i, j)
      ) {
        const word = text.slice(i, j);
        if (words.has(word)) found.add(word);
      }
      i = j;
    }
    if (found.size === words.size) break;
  }
  return found;
}

/**
 * Whether the word at `from..to` is part of a web or mail address ("linkedin.com", "joe@example.org",
 * "/peel/"), where names are written in lower case.
 */
function inAddress(text: string, from: number, to: number): boolean {
  const before = text.charCodeAt(from - 1);
  const after = text.charCodeAt(to);
  // "/", "@", ".", "_" before; "/", "@", "_", or "." before a letter after
  if (before === 47 || before === 64 || before === 46 || before === 95) return true;
  if (after === 47 || after === 64 || after === 95) return true;
  return after === 46 && isLetterUnit(text.charCodeAt(to + 1));
}

/**
 * A code unit of a word: an ASCII letter or a Latin letter with a mark ("é"), not a curly quote or a
 * dash; a hyphen or a soft hyphen joins a word's parts ("measles-related", a web address's
 * "auf-linkedin-auch", a hyphenated German "erin\u00adnern" are no word "measles", "linkedin" or "erin").
 */
const isLetterUnit = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  c === 45 ||
  c === 0xad ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * A body's name with its head noun before "of" ("Department of Defense", "US Ministry of the Interior"),
 * 1 to 3 capitalised words after it.
 */
const HEAD_OF = /^(.*?)(\p{Lu}\p{Ll}+) of (?:the )?(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})$/u;

/**
 * The keys of a body's forms turned round the head noun ("US Department of Defense" → "us defense
 * department", "University of Oxford" → "oxford university"), the order another sentence or source
 * writes the name in; null when no form has a body's head noun before "of".
 * @param forms the entity's forms
 */
function turnedKeys(forms: readonly string[]): string[] | null {
  let keys: string[] | null = null;
  for (const f of forms) {
    if (!f.includes(' of ')) continue;
    const m = HEAD_OF.exec(f);
    if (m === null || !isOrganisationWord(m[2] as string)) continue;
    keys ??= [];
    keys.push(nameKey(`${m[1]}${m[3]} ${m[2]}`));
  }
  return keys;
}

/**
 * Whether a group and an entity are two things of one kind that a shared short form would join: both
 * names say more than the words they end on in common, and say other things ("UAE Air Force" and "US
 * Air Force" share the form "Air Force"; "Saudi Foreign Ministry" and "Iranian Foreign Ministry"
 * "Foreign Ministry"). A name that is the other's tail ("Federal Reserve", "US Federal Reserve") joins;
 * people join by their own rules ({@link mergePeople}).
 */
function otherHeads(g: Group, e: ArticleEntity): boolean {
  if (g.kind === 'person' || e.kind === 'person') return false;
  const a = g.name.toLowerCase().split(/\s+/);
  const b = e.name.toLowerCase().split(/\s+/);
  let tail = 0;
  while (tail < a.length && tail < b.length && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  // "US Federal Reserve" and "United States Federal Reserve": one country's two names are one head
  if (g.country !== null && g.country === e.country) return false;
  return tail > 0 && tail < a.length && tail < b.length;
}

/**
 * Which actors go first among those mentioned as often, when there are more than the list holds:
 * several sources, then known entities, people with a role, known places, full names; a one-word name
 * the tagger saw alone comes last (on the sample corpus these are mostly capitalised common words). A
 * state or a province said once (the gazetteer's places) stands after a person with a role: in a
 * brief of 30 car-industry reports, five states named once each had pushed out five analysts quoted
 * with their firm.
 */
function standing(g: Group): number {
  if (g.sources.size >= 2) return 0;
  if (g.known && g.kind !== 'place') return 1;
  if (g.kind === 'person' && g.roles !== null && g.roles.size > 0) return 2;
  if (g.known) return 3;
  return g.name.includes(' ') ? 4 : 5;
}

/**
 * The name of an entity no gazetteer knows: the form of two words or more the most sources use,
 * then the longer, then the first used ("Federal Reserve" over "US Federal Reserve" when more sources
 * say it).
 */
function nameOf(g: Group): string {
  const full = [...g.forms].filter(([f]) => f.includes(' '));
  // "Kuantan" over "KUANTAN" of a dateline: one word in capitals only, written otherwise elsewhere
  if (full.length === 0)
    return isCapitalsOnly(g.name)
      ? ([...g.forms.keys()].find((f) => !isCapitalsOnly(f) && f.toUpperCase() === g.name) ?? g.name)
      : g.name;
  // a form in capitals only ("PORT ELLIS" of a wire dateline) or opening with a word about the name
  // ("Toronto-listed Halvorsen Resources Inc") last; a stable sort: on a full tie, the form the sources
  // used first
  const shouted = (f: string) => (isCapitalsOnly(f) ? 1 : 0) + (opensWithPlaceAdjective(f) ? 1 : 0);
  full.sort(
    (a, b) => shouted(a[0]) - shouted(b[0]) || b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length,
  );
  return (full[0] as [string, number])[0];
}

/**
 * The actors' names ({@link nameOf} for an entity no gazetteer knows), where a body's name that another
 * actor's name ends with is given in a fuller form its sources use: "Air Force" beside "Royal Air Force"
 * is the "United States Air Force" of its sources, not the bare head of any air force (the fuller form
 * the most sources use, then the longer). A name no other actor's ends with stays as the sources say it
 * most ("Federal Reserve").
 * @param groups the actors' groups
 */
function namesOf(groups: readonly Group[]): string[] {
  const names = groups.map((g) => (g.known ? g.name : nameOf(g)));
  const taken = new Set(names);
  return names.map((name, i) => {
    const g = groups[i] as Group;
    if (g.known || g.kind !== 'organisation') return name;
    const tail = ` ${name}`;
    if (!names.some((other) => other.endsWith(tail))) return name;
    const fuller = [...g.forms]
      .filter(([f]) => f.endsWith(tail) && !taken.has(f) && !isCapitalsOnly(f))
      .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    return fuller[0]?.[0] ?? name;
  });
}

/** Whether a name is written in capitals only ("PORT ELLIS", "KUANTAN", "NATO"). */
const isCapitalsOnly = (f: string) => f === f.toUpperCase() && f !== f.toLowerCase();

function add(g: Group, e: ArticleEntity, sourceId: string): void {
  g.mentions += e.mentions;
  if (e.opening !== true) g.opening = false;
  if (e.product) g.product = true;
  if (e.definite) {
    g.definite ??= new Set();
    for (const f of e.definite) g.definite.add(f);
  }
  g.sources.add(sourceId);
  g.kinds?.set(e.kind, (g.kinds.get(e.kind) ?? 0) + e.mentions);
  if (g.kinds && e.name.includes(' ')) {
    g.fullKinds ??= new Map();
    g.fullKinds.set(e.kind, (g.fullKinds.get(e.kind) ?? 0) + e.mentions);
  }
  for (const f of e.forms) g.forms.set(f, (g.forms.get(f) ?? 0) + 1);
  if (e.armOf !== undefined) g.armOf ??= e.armOf;
  if (e.role) {
    g.roles ??= new Map();
    g.roles.set(e.role, (g.roles.get(e.role) ?? 0) + 1);
  }
  // the fullest name a source uses names an unknown entity
  if (!g.known && partsOf(e.name) > partsOf(g.name)) g.name = e.name;
}

/**
 * How many parts `name.split(/\s+/)` cuts a name into: one more than its runs of white space, counted
 * without making the parts (two splits for each of 87,000 entities at 10,000 bench pages).
 */
function partsOf(name: string): number {
  let parts = 1;
  let space = false;
  for (let i = 0; i < name.length; i++) {
    const s = isSpaceUnit(name.charCodeAt(i));
    if (s && !space) parts++;
    space = s;
  }
  return parts;
}

/** Joins a group into another while entities are still being added: its kind votes and name too. */
function join(g: Group, h: Group): void {
  mergeInto(g, h);
  if (g.kinds && h.kinds) for (const [k, n] of h.kinds) g.kinds.set(k, (g.kinds.get(k) ?? 0) + n);
  if (h.fullKinds) {
    g.fullKinds ??= new Map();
    for (const [k, n] of h.fullKinds) g.fullKinds.set(k, (g.fullKinds.get(k) ?? 0) + n);
  }
  if (partsOf(h.name) > partsOf(g.name)) g.name = h.name;
  h.into = g;
}

/** Adds a group's mentions, sources, forms and roles to another's (kinds are decided by then). */
function mergeInto(target: Group, g: Group): void {
  target.mentions += g.mentions;
  if (!g.opening) target.opening = false;
  if (g.product) target.product = true;
  if (g.definite) {
    target.definite ??= new Set();
    for (const f of g.definite) target.definite.add(f);
  }
  for (const s of g.sources) target.sources.add(s);
  for (const [f, n] of g.forms) target.forms.set(f, (target.forms.get(f) ?? 0) + n);
  if (g.roles !== null) {
    target.roles ??= new Map();
    for (const [r, n] of g.roles) target.roles.set(r, (target.roles.get(r) ?? 0) + n);
  }
}

/**
 * A body a source names only by its head noun ("the Commission's new proposal") is the one organisation
 * another source names in full and by that noun ("The European Commission will propose … the
 * Commission said"); when two do ("Federal Trade Commission", "European Commission"), neither, nor
 * when its own source names another body of that noun ("Norsk Group and Vale Group agreed …; the Group
 * said": one of the two, not "Halvard Group" of another source).
 */
function joinHeadNouns(groups: Group[]): Group[] {
  const byHead = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.kind !== 'organisation' || !g.name.includes(' ')) continue;
    for (const f of g.forms.keys()) {
      if (f.includes(' ') || !isOrganisationHead(f)) continue;
      const had = byHead.get(f);
      byHead.set(f, had === undefined || had === g ? g : null);
    }
  }
  if (byHead.size === 0) return groups;
  // the sources that name another body of that head noun ("Norsk Group and Vale Group … the Group
  // said"): their bare noun is one of theirs, not the body another source names by it
  let others: Map<string, Set<string>> | undefined;
  for (const g of groups) {
    if (g.kind !== 'organisation' || !g.name.includes(' ')) continue;
    const head = g.name.slice(g.name.lastIndexOf(' ') + 1);
    const body = byHead.get(head);
    if (!body || body === g) continue;
    others ??= new Map();
    const sources = others.get(head) ?? new Set<string>();
    for (const id of g.sources) sources.add(id);
    others.set(head, sources);
  }
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.known || g.kind === 'person' || g.forms.size !== 1 || !g.forms.has(g.name)) continue;
    const body = byHead.get(g.name);
    if (!body) continue;
    const named = others?.get(g.name);
    if (named && [...g.sources].some((id) => named.has(id))) continue;
    mergeInto(body, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * A body a source names by the words of its full name before "of" ("the Islamic State's threat level")
 * is the one organisation another source names in full ("the Islamic State of Iraq and Syria (ISIS)");
 * when two do ("European Court of Justice", "European Court of Human Rights"), neither. Two words or
 * more before "of": "Bank" of "Bank of England" names any bank.
 */
function joinNamesBeforeOf(groups: Group[]): Group[] {
  const byOpening = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.known || g.kind !== 'organisation') continue;
    for (const f of g.forms.keys()) {
      const of = f.indexOf(' of ');
      if (of < 0 || !f.slice(0, of).includes(' ')) continue;
      const key = nameKey(f.slice(0, of));
      const had = byOpening.get(key);
      byOpening.set(key, had === undefined || had === g ? g : null);
    }
  }
  if (byOpening.size === 0) return groups;
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.known || g.kind === 'person' || !g.name.includes(' ')) continue;
    const body = byOpening.get(nameKey(g.name));
    if (!body || body === g || [...g.forms.keys()].some((f) => nameKey(f) !== nameKey(g.name))) continue;
    mergeInto(body, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * A body a source names only by its acronym ("the FDA") is the one organisation another source names in
 * full with those initials ("the Food and Drug Administration"): `findEntities` joins the two within an
 * article, and across sources they were two actors. Not when two bodies have those initials, nor for a
 * name said once that no word of its own makes a body's. So is a known country's or place's acronym of
 * three letters or more ("BVI" beside "British Virgin Islands", which a governor's statement named
 * once after four "BVI", read as a body); two letters are too many other things' ("SA", "DR").
 */
function joinAcronyms(groups: Group[]): Group[] {
  const byInitials = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.known && (g.kind === 'country' || g.kind === 'place') && g.name.includes(' ')) {
      const initials = initialsOf(g.name);
      if (initials.length >= 3) {
        const had = byInitials.get(initials);
        byInitials.set(initials, had === undefined || had === g ? g : null);
      }
      continue;
    }
    if (g.known || g.kind !== 'organisation' || !g.name.includes(' ')) continue;
    // a name said once that no word of its own makes a body's ("the Blue Eyed Arabs of the North", a
    // nickname in a quote) is no full name another source's acronym ("BEA", an air-accident agency) stands for
    if (g.mentions < 2 && !endsAsOrganisation(g.name) && withoutTrade(g.name) === null) continue;
    for (const f of g.forms.keys()) {
      if (!f.includes(' ')) continue;
      const initials = initialsOf(f);
      if (initials.length < 2) continue;
      const had = byInitials.get(initials);
      byInitials.set(initials, had === undefined || had === g ? g : null);
    }
  }
  if (byInitials.size === 0) return groups;
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.known || g.kind === 'person' || !ACRONYM.test(g.name)) continue;
    const body = byInitials.get(g.name);
    if (!body || body === g) continue;
    mergeInto(body, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * Marks as products the models a maker's name opens ("Ford Taurus" beside "Ford Motor Company", then
 * "the Taurus"): a name of two words no gazetteer knows whose first is a one-word form of another group,
 * an organisation (the maker), and whose second is said alone after "the" too, as one of its forms or
 * as a group of its own ("the Falcon" beside "Ford Falcon"), which is the same product. Not a second
 * word of a body's, a trade's, a place's or a title's, nor one that opens another body's name ("GM
 * Daewoo" beside "Daewoo Motors": a company of its own) or a place said alone beside a body ("GM
 * Europe": its arm), nor a person the sources give a role. The car-industry brief had "Ford Taurus" (10
 * mentions) and "Falcon" (5, a place) among its actors.
 * @param groups the groups, changed in place
 * @returns the same groups
 */
function markModels(groups: Group[]): Group[] {
  /** A one-word form of an organisation → the one group with it, or null for two. */
  const makers = new Map<string, Group | null>();
  /** The first words of bodies' names of two words or more, and the one-word groups by name. */
  const openers = new Set<string>();
  const alone = new Map<string, Group>();
  for (const g of groups) {
    if (!g.name.includes(' ')) alone.set(g.name, g);
    if (g.kind !== 'organisation') continue;
    if (g.name.includes(' ')) openers.add(g.name.slice(0, g.name.indexOf(' ')));
    for (const f of g.forms.keys()) {
      if (f.includes(' ')) continue;
      const had = makers.get(f);
      makers.set(f, had === undefined || had === g ? g : null);
    }
  }
  if (makers.size === 0) return groups;
  for (const g of groups) {
    if (g.known || g.roles !== null) continue;
    const words = g.name.split(' ');
    if (words.length !== 2) continue;
    const [maker, model] = words as [string, string];
    const h = makers.get(maker);
    if (!h || h === g || g.forms.has(maker) || !MODEL_WORD.test(model) || isBodyOrPlaceWord(g.name, model))
      continue;
    // "GM Daewoo" beside "Daewoo Motors": a company of its own
    const k = alone.get(model);
    const company = makers.get(model);
    if (openers.has(model) || (company !== undefined && company !== g && company !== k)) continue;
    // "GM Europe" beside "Europe": a body a maker's name and a place name is its arm there, as "Ford
    // Australia" is
    if (k && g.kind === 'organisation' && (k.kind === 'place' || k.kind === 'country')) continue;
    const other = k && !k.known && k.roles === null && k !== h ? k : undefined;
    // the model said alone after "the" ("the Taurus", "the Falcon"), as a company seldom is ("Renault
    // Nissan" beside "Nissan said")
    if (!(g.forms.has(model) && g.definite?.has(model)) && !other?.definite?.has(model)) continue;
    g.product = true;
    if (other) other.product = true;
  }
  return groups;
}
/**
 * A model's word: a capital, then small letters ("Taurus", "Falcon"; not a code, "787", nor "GM"), not
 * ending as a plural does ("Tamil Tigers" beside "the Tigers" of GMB train: a group of people).
 */
const MODEL_WORD = /^\p{Lu}\p{Ll}*(?:[aiosu]s|[^s\P{Ll}])$/u;

/** Whether a name's last word makes it a body's, a trade's, a place's or a title's ("Ford Motors", "GM Europe"). */
function isBodyOrPlaceWord(name: string, last: string): boolean {
  return endsAsOrganisation(name) || withoutTrade(name) !== null || isPlaceWord(last) || isTitle(last);
}

/**
 * A company one source names with its legal form ("Kafue Copper Mines Limited", "Bionova Pharma AB") is
 * the company other sources name with another ("Kafue Copper Mines Ltd"), without it or by its first word ("Kafue Copper Mines", "Bionova"):
 * `findEntities` joins such names within an article, and across sources they were two actors, the
 * short one often a person or a place. Not a name with a role, nor one two companies could have.
 */
function joinCompanyShortNames(groups: Group[]): Group[] {
  const cores: [Group, string][] = [];
  const gone = new Set<Group>();
  /** The company of each core: one named with two legal forms ("Permai Agro Bhd", "Permai Agro Berhad") is one. */
  const byCore = new Map<string, Group>();
  for (const g of groups) {
    const core = g.known || g.kind !== 'organisation' ? null : withoutLegalForm(g.name);
    if (core === null) continue;
    const same = byCore.get(nameKey(core));
    if (same) {
      mergeInto(same, g);
      gone.add(g);
      continue;
    }
    byCore.set(nameKey(core), g);
    cores.push([g, core]);
  }
  const companyOf = companiesByShortForm(cores);
  if (companyOf.size === 0) return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
  for (const g of groups) {
    if (g.known || g.roles !== null || gone.has(g)) continue;
    const company = companyOf.get(nameKey(g.name));
    if (!company || company === g || gone.has(company)) continue;
    mergeInto(company, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * Whether two names are full names of one surname and other given names: two people ("Myles Garrett" of
 * a football report, "Wendy Garrett" of a science one, each also "Garrett").
 */
function otherGivenNames(a: string, b: string): boolean {
  const x = a.indexOf(' ');
  const y = b.indexOf(' ');
  return (
    x > 0 &&
    y > 0 &&
    a.slice(0, x) !== b.slice(0, y) &&
    !isSurnameAlone(a) &&
    !isSurnameAlone(b) &&
    surnameKey(a) === surnameKey(b)
  );
}

/** Whether a person's group and a person's entity that share a form (the surname) are two people. */
function otherPerson(g: Group, e: ArticleEntity): boolean {
  return g.kind === 'person' && e.kind === 'person' && otherGivenNames(g.name, e.name);
}

/**
 * Whether a surname's group also holds a full name of another given name than the person's: "Garrett"
 * of a source that wrote "Wendy Garrett" is not the "Myles Garrett" of another, whose aliases she had
 * joined.
 */
function namesAnother(g: Group, person: Group): boolean {
  for (const form of g.forms.keys()) if (otherGivenNames(form, person.name)) return true;
  return false;
}

/**
 * The full names of three words or more a given name opens, by each inner word in lower case (neither
 * the given name nor the surname: "etienne" of "Camille Etienne Gbedey").
 * @param full the full names by surname
 */
function innerWords(full: ReadonlyMap<string, Group[]>): Map<string, Group[]> {
  const out = new Map<string, Group[]>();
  for (const list of full.values())
    for (const g of list) {
      const words = g.name.split(' ');
      // a name a given name opens, no span the tagger ran on ("Minnesotan Scott LeDoux")
      if (words.length < 3 || !isGivenName(words[0] as string)) continue;
      for (const w of new Set(words.slice(1, -1).map((x) => x.toLowerCase()))) {
        const had = out.get(w) ?? [];
        had.push(g);
        out.set(w, had);
      }
    }
  return out;
}

/** People by surname: a surname alone joins the one full name; same surname and first name are one. */
function mergePeople(groups: Group[]): Group[] {
  const full = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.kind !== 'person' || isSurnameAlone(g.name)) continue;
    const list = full.get(surnameKey(g.name)) ?? [];
    list.push(g);
    full.set(surnameKey(g.name), list);
  }
  const gone = new Set<Group>();
  const into = (target: Group, g: Group) => {
    mergeInto(target, g);
    gone.add(g);
  };
  for (const list of full.values()) {
    // known people first: a spelling the gazetteer lacks joins the known name
    list.sort((a, b) => Number(b.known) - Number(a.known) || b.mentions - a.mentions);
    list.forEach((a, i) => {
      if (gone.has(a)) return;
      for (const b of list.slice(i + 1))
        if (!gone.has(b) && !b.known && b.name.slice(0, 3).toLowerCase() === a.name.slice(0, 3).toLowerCase())
          into(a, b);
    });
  }
  let inner: Map<string, Group[]> | undefined;
  for (const g of groups) {
    // "Ruiz" alone, even tagged as an organisation ("the Ruiz administration"), is the one Ruiz; but a
    // one-word organisation or place named more often than the person is one in its own right ("Ford"
    // across a brief on carmakers, not the "Michigan Ford" a tagger made of "Dearborn, Michigan Ford's")
    if (gone.has(g) || !isSurnameAlone(g.name) || g.known) continue;
    let candidates = (full.get(surnameKey(g.name)) ?? []).filter((c) => !gone.has(c));
    // "Etienne said" of "Camille Etienne Gbedey", "López" of "Andrés Manuel López Obrador": a word
    // alone that is an inner word of one full name of three words or more, when no name ends on it, in
    // the sources of that name ("Edward" of another page is not "Arthur Edward Waite")
    if (candidates.length === 0) {
      inner ??= innerWords(full);
      candidates = (inner.get(g.name.toLowerCase()) ?? []).filter(
        (c) => !gone.has(c) && [...g.sources].every((id) => c.sources.has(id)),
      );
    }
    const person = candidates.length === 1 ? (candidates[0] as Group) : undefined;
    if (person && (g.kind === 'person' || person.mentions >= g.mentions) && !namesAnother(g, person))
      into(person, g);
  }
  return groups.filter((g) => !gone.has(g));
}
