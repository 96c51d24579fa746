// Joins two actors that are one firm written two ways: closed and open, or with and without a trade word.
import { type Group, mergeInto } from './actor-group.js';
import { nameKey } from './entity-index.js';
import { isEverydayWord } from './everyday-words.js';
import { opensWithPlaceAdjective } from './find-entities.js';
import { endsWithFirmTail, tradeKey, withoutAddedHead, withoutFirmTail } from './organisation-words.js';

/** The fewest letters a closed name needs to join an open one ("Halvabank", not "A B" of "AB"). */
const MIN_CLOSED = 5;

/**
 * Joins the groups of one body written closed and open ("Halva Bank" and "Halvabank", "Euro Ridge" and
 * "EuroRidge"): a form of one, its spaces removed and in any case, is a form of the other. Both must be
 * organisations or both of no kind, and not both known to the gazetteer; the one with more mentions
 * takes the other.
 * @param groups the groups, kinds decided
 * @returns the groups left
 */
export function joinClosedNames(groups: Group[]): Group[] {
  /** Closed key → the group a form of it is of, and that form's key as written (its spaces kept). */
  const byClosed = new Map<string, [Group, string]>();
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.kind !== 'organisation' && g.kind !== 'other') continue;
    const keys = new Map<string, string>();
    for (const f of [g.name, ...g.forms.keys()]) {
      const open = nameKey(f);
      const k = open.replace(/\s+/g, '');
      if (k.length >= MIN_CLOSED && !keys.has(k)) keys.set(k, open);
    }
    let into: Group | undefined;
    for (const [k, open] of keys) {
      const [h, hOpen] = byClosed.get(k) ?? [];
      // one form both have ("Air Force" of two air forces) is the other joins' to judge, not this one's
      if (h && h !== g && hOpen !== open && h.kind === g.kind && !(h.known && g.known)) {
        into = h;
        break;
      }
    }
    if (into === undefined) {
      for (const [k, open] of keys) if (!byClosed.has(k)) byClosed.set(k, [g, open]);
      continue;
    }
    // the known one, else the more mentioned, takes the other; the name stays the taker's
    const [taker, taken] = g.known || (!into.known && g.mentions > into.mentions) ? [g, into] : [into, g];
    mergeInto(taker, taken);
    gone.add(taken);
    for (const [k, v] of byClosed) if (v[0] === taken) byClosed.set(k, [taker, v[1]]);
    for (const [k, open] of keys) if (!byClosed.has(k)) byClosed.set(k, [taker, open]);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * Joins a firm's bare name to its name with one word of its trade after it ("Halvard" and "Halvard
 * Motors", "Halvard Group": {@link withoutFirmTail}), when that is the only such name of the brief:
 * beside "Halvard Motors" and "Halvard Bank Group" the bare "Halvard" could be either and stays apart.
 * The bare name is an organisation's, of no kind, or a person's with no role (a tagger's guess at a
 * firm: "Quenvale said it had cut jobs") or an unknown place's of two words or more; not a one-word
 * place's ("Calder" the town beside "Calder Energy"),
 * a common word ("Admiral" of "Admiral Motors") nor a place's adjective ("British" of "British
 * Airways").
 * @param groups the groups, kinds decided
 * @returns the groups left
 */
export function joinTradeNames(groups: Group[]): Group[] {
  /** Bare name key → the one firm named with a trade word after it, or null when two are. */
  const firmOf = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.kind !== 'organisation') continue;
    const bare = withoutFirmTail(g.name);
    if (bare === null) continue;
    const k = nameKey(bare);
    const had = firmOf.get(k);
    firmOf.set(k, had === undefined || had === g ? g : null);
  }
  if (firmOf.size === 0) return groups;
  const gone = new Set<Group>();
  for (const g of groups) {
    if (gone.has(g)) continue;
    const firm = firmOf.get(nameKey(g.name));
    if (firm === undefined && !g.known && g.kind === 'organisation' && g.roles === null) {
      // "the Halvard Group" beside "Halvard Holdings LLC", which another sentence calls "Halvard": the bare
      // name is a form of a firm's, not a group of its own; only a firm tail's name ("Group") joins so, a
      // trade's is often another company ("Halvard Financial"). A car-industry brief had a maker twice.
      const tailed = groupTailedFirm(g, firmOf);
      if (tailed && !gone.has(tailed)) {
        mergeInto(g, tailed);
        gone.add(tailed);
      }
      continue;
    }
    if (!firm || firm === g || gone.has(firm) || gone.has(g)) continue;
    // an unknown place of two words or more is a tagger's guess by the place opening it ("Tarn Eastern"
    // of "Tarn Eastern Airlines"); one word may be the town a firm is named after
    const place = g.kind === 'place' && !g.known && g.name.includes(' ');
    if (g.kind === 'person' ? g.roles !== null : g.kind !== 'organisation' && g.kind !== 'other' && !place)
      continue;
    if (g.known && (g.kind !== 'organisation' || firm.known)) continue;
    if (!g.name.includes(' ') && isEverydayWord(g.name)) continue;
    if (opensWithPlaceAdjective(g.name)) continue;
    // a known bare name keeps its gazetteer name; else the fuller name takes the bare one
    if (g.known) {
      mergeInto(g, firm);
      gone.add(firm);
    } else {
      mergeInto(firm, g);
      gone.add(g);
    }
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * The one firm named with a firm tail ({@link endsWithFirmTail}: "Halvard Group") whose bare name is one
 * of a group's one-word forms ("Halvard" of "Halvard Holdings LLC"), or undefined for none or two.
 */
function groupTailedFirm(g: Group, firmOf: ReadonlyMap<string, Group | null>): Group | undefined {
  let found: Group | undefined;
  for (const f of g.forms.keys()) {
    if (f.includes(' ')) continue;
    const firm = firmOf.get(nameKey(f));
    if (!firm || firm === g || firm.known || firm.roles !== null || !endsWithFirmTail(firm.name)) continue;
    if (found && found !== firm) return undefined;
    found = firm;
  }
  return found;
}

/** The longest clipped form joined ("Fed"), and how many letters more the word it clips has at least. */
const MAX_CLIP = 4;
const MIN_CLIP = 3;
const CLIPPED_OFF = 3;
/** A one-word name of a capital and lower-case letters only ("Fed", not "FED" nor "F.E.D."). */
const CLIP_SHAPE = /^\p{Lu}\p{Ll}+$/u;

/**
 * Joins a body's clipped name ("Halc" of "Halcyon Reserve": a one-word name of three or four letters
 * that opens the first word of a longer name, which has three letters more at least) to the one body
 * of every source it is said in whose name opens so: "the Fed" of "the Federal Grain Board". Not beside two
 * such bodies, nor a known entry, a person's or a country's.
 * @param groups the groups, kinds decided
 * @returns the groups left
 */
export function joinClippedNames(groups: Group[]): Group[] {
  /** Each clipped name → its group. */
  const clips = new Map<string, Group>();
  for (const g of groups)
    if (
      !g.known &&
      // an unknown place is the tagger's guess at a word it does not know ("the Halc should cut rates")
      g.kind !== 'person' &&
      g.kind !== 'country' &&
      g.name.length <= MAX_CLIP &&
      CLIP_SHAPE.test(g.name)
    )
      clips.set(g.name, g);
  if (clips.size === 0) return groups;
  /** Each clipped name → the one body of its sources whose name or a form opens so, or null when two are. */
  const bodyOf = new Map<string, Group | null>();
  for (const h of groups) {
    if (h.kind !== 'organisation' || clips.get(h.name) === h) continue;
    const offer = (name: string) => {
      const space = name.indexOf(' ');
      for (let n = MAX_CLIP; n >= MIN_CLIP; n--) {
        if (space < n + CLIPPED_OFF) continue;
        const clip = name.slice(0, n);
        const g = clips.get(clip);
        // only a body of every source the clipped name is said in
        if (g === undefined || ![...g.sources].every((s) => h.sources.has(s))) continue;
        const had = bodyOf.get(clip);
        bodyOf.set(clip, had === undefined || had === h ? h : null);
      }
    };
    offer(h.name);
    for (const f of h.forms.keys()) offer(f);
  }
  const gone = new Set<Group>();
  for (const [name, body] of bodyOf) {
    const clip = clips.get(name) as Group;
    if (!body || gone.has(body)) continue;
    mergeInto(body, clip);
    gone.add(clip);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * Joins a firm named with its trade noun clipped ("Halvard Auto": `tradeClips` of
 * `data/organisation-words.yaml`) to the one organisation of the brief named with that noun whole,
 * legal forms and a firm tail aside ("Halvard Automotive Group": {@link tradeKey}). The clipped name is
 * an organisation's, of no kind or a person's with no role (a tagger's guess), and no known entry's.
 * @param groups the groups, kinds decided
 * @returns the groups left
 */
export function joinClippedTrades(groups: Group[]): Group[] {
  /** Key → the one organisation named with its trade noun whole, or null when two are. */
  const firmOf = new Map<string, Group | null>();
  let clipped = false;
  for (const g of groups) {
    for (const f of [g.name, ...g.forms.keys()]) {
      const t = tradeKey(f);
      if (t === null) continue;
      if (t.clipped) {
        clipped = true;
        continue;
      }
      if (g.kind !== 'organisation') continue;
      const had = firmOf.get(t.key);
      firmOf.set(t.key, had === undefined || had === g ? g : null);
    }
  }
  if (!clipped || firmOf.size === 0) return groups;
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.known || gone.has(g)) continue;
    if (g.kind === 'person' ? g.roles !== null : g.kind !== 'organisation' && g.kind !== 'other') continue;
    const t = tradeKey(g.name);
    if (t === null || !t.clipped) continue;
    const firm = firmOf.get(t.key);
    if (!firm || firm === g || gone.has(firm)) continue;
    mergeInto(firm, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}

/**
 * Joins a body named with a head noun ("Varnian Treasury Department": `addedHeads` of
 * `data/organisation-words.yaml`) to the one body of the brief named without it ("the Varnian
 * Treasury"): a form of one, that noun taken off, is a form of the other, and of no third body. Both
 * are organisations, not both known; the one with more mentions takes the other.
 * @param groups the groups, kinds decided
 * @returns the groups left
 */
export function joinAddedHeads(groups: Group[]): Group[] {
  /** A form's key without its head noun → the one body named with it, or null when two are. */
  const headed = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.kind !== 'organisation') continue;
    for (const f of [g.name, ...g.forms.keys()]) {
      const bare = withoutAddedHead(f);
      // one word is any country's body ("Defense" of a secretary's title beside another country's
      // "Defense Ministry"): a form of two words or more ("US Treasury") names one
      if (bare === null || !bare.includes(' ')) continue;
      const k = nameKey(bare);
      const had = headed.get(k);
      headed.set(k, had === undefined || had === g ? g : null);
    }
  }
  if (headed.size === 0) return groups;
  /** Each such key → the one other body with it as a form, or null when two have it. */
  const bareOf = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.kind !== 'organisation') continue;
    for (const f of [g.name, ...g.forms.keys()]) {
      const k = nameKey(f);
      const h = headed.get(k);
      if (h === undefined || h === g) continue;
      const had = bareOf.get(k);
      bareOf.set(k, had === undefined || had === g ? g : null);
    }
  }
  const gone = new Set<Group>();
  for (const [k, g] of bareOf) {
    const h = headed.get(k);
    if (!g || !h || gone.has(g) || gone.has(h) || (g.known && h.known)) continue;
    const [taker, taken] = g.known || (!h.known && g.mentions >= h.mentions) ? [g, h] : [h, g];
    mergeInto(taker, taken);
    gone.add(taken);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}
