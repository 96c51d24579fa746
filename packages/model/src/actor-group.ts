// An actor's group of entities across sources, the most actors kept, and how entities and groups add into one.
import type { ActorKind } from './briefing.js';
import type { ArticleEntity } from './find-entities.js';
import { isSpaceUnit } from './text-stats.js';

/**
 * At most this many actors, the most mentioned first: a table a reader can still scan. Five
 * articles of analysis name about 80 entities; a 20-sentence GMB dev story at most 40.
 */
export const MAX_ACTORS = 80;

/** The entities of all sources that name one actor, as `findActors` joins them. */
export interface Group {
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
  /** The owner, no country, its first entity so keyed has ({@link ArticleEntity.owner}); unset for none. */
  owner?: string;
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
  /** How many of its mentions stand right before a model's code ({@link ArticleEntity.coded}); unset for none. */
  coded?: number;
  /** How many of its mentions name a firm's site by the words after them ({@link ArticleEntity.sited}); unset for none. */
  sited?: number;
  /** How many of its mentions by a full name stand after "the" ({@link ArticleEntity.definiteFull}); unset for none. */
  definiteFull?: number;
}

/** Adds an entity of a source to a group: its mentions, forms, kind votes, role and fullest name. */
export function add(g: Group, e: ArticleEntity, sourceId: string): void {
  g.mentions += e.mentions;
  if (e.coded) g.coded = (g.coded ?? 0) + e.coded;
  if (e.sited) g.sited = (g.sited ?? 0) + e.sited;
  if (e.definiteFull) g.definiteFull = (g.definiteFull ?? 0) + e.definiteFull;
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
  if (e.owner !== undefined) g.owner ??= e.owner;
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
export function join(g: Group, h: Group): void {
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
export function mergeInto(target: Group, g: Group): void {
  target.mentions += g.mentions;
  if (g.coded) target.coded = (target.coded ?? 0) + g.coded;
  if (g.sited) target.sited = (target.sited ?? 0) + g.sited;
  if (g.definiteFull) target.definiteFull = (target.definiteFull ?? 0) + g.definiteFull;
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
