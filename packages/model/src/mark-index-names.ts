// Marks as products the short names of a market's index ("Orvan Harbour" of "Orvan Harbour Composite Index").
import type { Group } from './actor-group.js';
import { endsAsIndex } from './kind-nouns.js';
import { endsAsOrganisation } from './organisation-words.js';

/**
 * Marks as products the groups named by the opening words, two or more, of an index's name that another
 * group, a product, has ("Orvan Harbour" beside "Orvan Harbour Composite Index"): one source writes the
 * index in full, the next its short name ("the Orvan Harbour fell 300 points"), which is the same index,
 * no actor, whatever kind the tagger read (an index is often named after people). Not a group the
 * gazetteer knows, a person the sources give a role, nor a body's name ("Orvan
 * Stock Exchange" of "Orvan Stock Exchange Composite Index": the exchange) or a group one of whose forms
 * is one. A markets brief had named an index's short form, said by 5 of its 10 sources, among its three
 * main actors.
 * @param groups the groups, changed in place
 * @returns the same groups
 */
export function markIndexNames(groups: Group[]): Group[] {
  const openers = new Set<string>();
  for (const g of groups) {
    if (!g.product) continue;
    for (const form of [g.name, ...g.forms.keys()]) {
      if (!endsAsIndex(form)) continue;
      const words = form.split(' ');
      for (let n = 2; n < words.length; n++) openers.add(words.slice(0, n).join(' '));
    }
  }
  if (openers.size === 0) return groups;
  for (const g of groups)
    if (
      !g.product &&
      !g.known &&
      g.roles === null &&
      openers.has(g.name) &&
      ![g.name, ...g.forms.keys()].some(endsAsOrganisation)
    )
      g.product = true;
  return groups;
}
