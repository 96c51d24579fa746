// The name each actor is given: the form its sources use most, or a fuller one beside another actor's.
import type { Group } from './actor-group.js';
import { namedApartFromCountry } from './country-before-name.js';
import { opensWithPlaceAdjective } from './find-entities.js';
import { isCountryBodyName } from './organisation-words.js';

/**
 * The name of an entity no gazetteer knows: the form of two words or more the most sources use,
 * then the longer, then the first used ("Federal Grain Board" over "US Federal Grain Board" when more sources
 * say it); a body any country has by the form that names its country ("Norvale Air Force" over "Air
 * Force").
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
  // or a group's name in its own language after its country's ("Norway Jaysh al-Karam" beside "Jaysh
  // al-Karam")
  const shouted = (f: string) =>
    (isCapitalsOnly(f) ? 1 : 0) + (opensWithPlaceAdjective(f) || countryRunIn(g, f) ? 1 : 0);
  full.sort(
    (a, b) => shouted(a[0]) - shouted(b[0]) || b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length,
  );
  const most = (full[0] as [string, number])[0];
  // a body any country has ("Air Force") is named as its sources name it in full, however few do
  // ("Norvale Air Force"): the short name fits every country's
  if (!isCountryBodyName(most)) return most;
  return full.find(([f]) => f.endsWith(` ${most}`) && !isCapitalsOnly(f))?.[0] ?? most;
}

/**
 * The actors' names ({@link nameOf} for an entity no gazetteer knows), where a body's name that another
 * actor's name ends with is given in a fuller form its sources use: "Air Force" beside "Royal Air Force"
 * is the "Norvale Air Force" of its sources, not the bare head of any air force (the fuller form
 * the most sources use, then the longer). A name no other actor's ends with stays as the sources say it
 * most ("Federal Grain Board").
 * @param groups the actors' groups
 */
export function namesOf(groups: readonly Group[]): string[] {
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

/**
 * Whether a form of a group that names a country opens with a word its other form of two words or more
 * goes without, the two read as {@link namedApartFromCountry}.
 */
function countryRunIn(g: Group, form: string): boolean {
  if (g.country === null || g.kind === 'person' || !form.startsWith(`${g.country} `)) return false;
  const rest = form.slice(g.country.length + 1);
  return g.forms.has(rest) && namedApartFromCountry(form, rest, g.country);
}

/** Whether a name is written in capitals only ("PORT ELLIS", "KUANTAN", "NATO"). */
const isCapitalsOnly = (f: string) => f === f.toUpperCase() && f !== f.toLowerCase();
