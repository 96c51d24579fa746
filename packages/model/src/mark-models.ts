// Marks as products the models a maker's name opens ("Arlo Vale", "the Vale").
import type { Group } from './actor-group.js';
import { isTitle } from './find-roles.js';
import { endsAsOrganisation, withoutTrade } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';

/**
 * Marks as products the models a maker's name opens ("Arlo Vale" beside "Arlo Motor Company", then
 * "the Vale"): a name of two words no gazetteer knows whose first is a one-word form of another group,
 * an organisation (the maker), and whose second is said alone after "the" too, as one of its forms or
 * as a group of its own ("the Kestrel" beside "Arlo Kestrel"), which is the same product. Not a second
 * word of a body's, a trade's, a place's or a title's, nor one that opens another body's name ("Arlo
 * Tessin" beside "Tessin Motors": a company of its own) or a place said alone beside a body ("Arlo
 * Europe": its arm), nor a person the sources give a role. A brief of car-industry reports had listed a
 * maker's model among its actors as a body (10 mentions) and another, said alone, as a place.
 * @param groups the groups, changed in place
 * @returns the same groups
 */
export function markModels(groups: Group[]): Group[] {
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
    // "Arlo Tessin" beside "Tessin Motors": a company of its own
    const k = alone.get(model);
    const company = makers.get(model);
    if (openers.has(model) || (company !== undefined && company !== g && company !== k)) continue;
    // "Arlo Europe" beside "Europe": a body a maker's name and a place name is its arm there, as "Arlo
    // Australia" is
    if (k && g.kind === 'organisation' && (k.kind === 'place' || k.kind === 'country')) continue;
    const other = k && !k.known && k.roles === null && k !== h ? k : undefined;
    // the model said alone after "the" ("the Vale", "the Kestrel"), as a company seldom is ("Arlo
    // Tessin" beside "Tessin said")
    if (!(g.forms.has(model) && g.definite?.has(model)) && !other?.definite?.has(model)) continue;
    g.product = true;
    if (other) other.product = true;
  }
  return groups;
}
/**
 * A model's word: a capital, then small letters ("Vale", "Kestrel"; not a code, "787", nor "AMC"), not
 * ending as a plural does ("Tamil Tigers" beside "the Tigers" of GMB train: a group of people).
 */
const MODEL_WORD = /^\p{Lu}\p{Ll}*(?:[aiosu]s|[^s\P{Ll}])$/u;

/** Whether a name's last word makes it a body's, a trade's, a place's or a title's ("Arlo Motors", "Arlo Europe"). */
function isBodyOrPlaceWord(name: string, last: string): boolean {
  return endsAsOrganisation(name) || withoutTrade(name) !== null || isPlaceWord(last) || isTitle(last);
}
