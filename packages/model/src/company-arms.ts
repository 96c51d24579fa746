import type { Group } from './actor-group.js';
import { nameKey } from './entity-index.js';
import { withoutLegalForm, withoutTrade } from './organisation-words.js';

/**
 * The keys ({@link nameKey}) a company is called by: each of its names, and each without its legal
 * forms and trade ("Varrow" of "Varrow Motor Company", "Nissan" of "Nissan Motors Ltd").
 * @param forms the names a company is written as
 * @returns their keys
 */
export function companyKeys(forms: Iterable<string>): string[] {
  const keys: string[] = [];
  for (const f of forms) {
    keys.push(nameKey(f));
    const bare = withoutLegalForm(f) ?? f;
    const core = withoutTrade(bare) ?? bare;
    if (core.length < f.length) keys.push(nameKey(core));
  }
  return keys;
}

/**
 * The name before a country's that ends a name ("Varrow" of "Varrow Australia", "Sorano" of "Sorano South
 * Africa"): when it is a company's ({@link companyKeys}), the name is the company's arm in that country,
 * whatever a tagger read it as (a person's, for a company named after one).
 * @param name the name
 * @param isCountry whether some words are a country's name
 * @returns the name before the country's (of one to three words), or null when no country's ends it
 */
export function beforeCountry(name: string, isCountry: (words: string) => boolean): string | null {
  for (let cut = name.indexOf(' '), n = 0; cut > 0 && n < 4; cut = name.indexOf(' ', cut + 1), n++)
    if (isCountry(name.slice(cut + 1))) return name.slice(0, cut);
  return null;
}

/**
 * Makes a group named as a company's arm in a country ("Varrow Australia", {@link ArticleEntity.armOf}) an
 * organisation when a source names the company ("Varrow Motor Company"), the same or another.
 * @param groups the groups, changed in place
 */
export function companyArms(groups: readonly Group[]): void {
  const arms = groups.filter((g) => g.armOf !== undefined && g.kind !== 'organisation');
  if (arms.length === 0) return;
  const companies = new Set(
    groups.flatMap((g) => (g.kind === 'organisation' ? companyKeys(g.forms.keys()) : [])),
  );
  for (const g of arms) if (companies.has(nameKey(g.armOf as string))) g.kind = 'organisation';
}
