// Joins a body a source names by its head noun, the words before "of" or its acronym to the one named in full.
import { type Group, mergeInto } from './actor-group.js';
import { ACRONYM } from './capitalised-words.js';
import { nameKey } from './entity-index.js';
import { isEverydayWord } from './everyday-words.js';
import { initialsOf } from './find-entities.js';
import {
  endsAsOrganisation,
  isCountryBodyName,
  isOrganisationHead,
  withoutTrade,
} from './organisation-words.js';

/**
 * A body a source names only by its head noun ("the Commission's new proposal") is the one organisation
 * another source names in full and by that noun ("The European Commission will propose … the
 * Commission said"); when two do ("Federal Trade Commission", "European Commission"), neither, nor
 * when its own source names another body of that noun ("Norsk Group and Vale Group agreed …; the Group
 * said": one of the two, not "Halvard Group" of another source).
 */
export function joinHeadNouns(groups: Group[]): Group[] {
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
 * A body a source names by the words of its full name before "of" ("the Northern Front's last offensive")
 * is the one organisation another source names in full ("the Northern Front of Varnia and Ostrel (NFVO)");
 * when two do ("European Court of Justice", "European Court of Human Rights"), neither. Two words or
 * more before "of": "Bank" of "Bank of England" names any bank.
 */
export function joinNamesBeforeOf(groups: Group[]): Group[] {
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
export function joinAcronyms(groups: Group[]): Group[] {
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
 * A body a source names by the last words of another body's name it also uses ("the Air Force" beside
 * "the Norvale Air Force", "the Stock Exchange" beside "the Ostrel Stock Exchange") is that body: the
 * tagger read the two apart, and the brief had listed a state's air force twice, once by the words any
 * country's has. Only a short name of two words or more, each an everyday word or the whole a body any
 * country has (`countryBodyNames`; not "Varnian Airlines" beside "North Varnian Airlines", another
 * firm), only when every source of the short name names the full one too (the text ties them: "the
 * Central Bank" of one country's report is not another country's of another report), and only when one
 * body's name of all the sources ends so ("Air Force" beside "Norvale Air Force" and "Ostrel Air Force": neither).
 * @param groups the groups
 * @returns the groups left, the short names merged into their bodies
 */
export function joinTailNames(groups: Group[]): Group[] {
  const byTail = new Map<string, Group | null>();
  for (const g of groups) {
    if (g.kind !== 'organisation') continue;
    for (const f of g.forms.keys()) {
      const words = f.split(' ');
      for (let n = 2; n < words.length; n++) {
        const key = nameKey(words.slice(-n).join(' '));
        const had = byTail.get(key);
        byTail.set(key, had === undefined || had === g ? g : null);
      }
    }
  }
  if (byTail.size === 0) return groups;
  const gone = new Set<Group>();
  for (const g of groups) {
    if (g.known || g.kind !== 'organisation' || !g.name.includes(' ')) continue;
    const key = nameKey(g.name);
    const body = byTail.get(key);
    if (!body || body === g || gone.has(body)) continue;
    if ([...g.forms.keys()].some((f) => nameKey(f) !== key)) continue;
    if (!isCountryBodyName(g.name) && !g.name.split(' ').every(isEverydayWord)) continue;
    if (![...g.sources].every((id) => body.sources.has(id))) continue;
    mergeInto(body, g);
    gone.add(g);
  }
  return gone.size === 0 ? groups : groups.filter((g) => !gone.has(g));
}
