// Joins a company named with a legal form to the company other sources name with another, or without it.
import { type Group, mergeInto } from './actor-group.js';
import { nameKey } from './entity-index.js';
import { companiesByShortForm, coreKey, withoutLegalForm } from './organisation-words.js';

/**
 * A company one source names with its legal form ("Kafue Copper Mines Limited", "Bionova Pharma AB") is
 * the company other sources name with another ("Kafue Copper Mines Ltd"), without it or by its first word ("Kafue Copper Mines", "Bionova"):
 * `findEntities` joins such names within an article, and across sources they were two actors, the
 * short one often a person or a place. Not a name with a role, nor one two companies could have.
 */
export function joinCompanyShortNames(groups: Group[]): Group[] {
  const cores: [Group, string][] = [];
  const gone = new Set<Group>();
  /** The company of each core: one named with two legal forms ("Permai Agro Bhd", "Permai Agro Berhad") is one. */
  const byCore = new Map<string, Group>();
  for (const g of groups) {
    const core = g.known || g.kind !== 'organisation' ? null : withoutLegalForm(g.name);
    if (core === null) continue;
    // one trade noun written singular or plural is one core ("Tarvo Motor Company", "Tarvo Motors Co.")
    const key = coreKey(core);
    const same = byCore.get(key);
    if (same) {
      mergeInto(same, g);
      gone.add(g);
      continue;
    }
    byCore.set(key, g);
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
