// Whether a registry's name reads as a person's, and the one-word names that are a quoted person's surname.
import type { Group } from './actor-group.js';
import { isTitle } from './find-roles.js';
import { isOrganisationHead } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';

/**
 * Whether a name of the people registry reads as a person's own: two words or more, none a word of a
 * body's name, a title or a place's head noun (the registry holds "Health Ministry" and "Constitutional
 * Court" where a role pattern took a body for a name).
 * @param name a name
 */
export function looksPersonal(name: string): boolean {
  const words = name.split(' ');
  return words.length >= 2 && !words.some((w) => isOrganisationHead(w) || isTitle(w) || isPlaceWord(w));
}

/**
 * Makes a one-word name that is the surname of the one person quoted under a full name in its sources
 * that person ("Okonkwo's lawyers argued", read as a body, where a quote's speaker is "Ray Okonkwo",
 * whose full name the tagger missed: "Democrat Ray Okonkwo trailed …"), named in full.
 * @param groups the groups, changed in place
 * @param speakers each quote's speaker and source
 */
export function nameQuotedBySurname(
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
