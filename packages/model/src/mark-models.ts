// Marks as products the models a maker's name opens ("Arlo Vale", "the Vale").
import type { Group } from './actor-group.js';
import { isTitle } from './find-roles.js';
import { endsAsOrganisation, isCommonWordOfBodies, withoutTrade } from './organisation-words.js';
import { isCompassWord, isPlaceWord } from './place-words.js';

/**
 * Marks as products the models a maker's name opens ("Arlo Vale" beside "Arlo Motor Company", then
 * "the Vale"): a name of two words no gazetteer knows whose first is a one-word form of another group,
 * an organisation (the maker), and whose second is said alone after "the" too, as one of its forms or
 * as a group of its own ("the Kestrel" beside "Arlo Kestrel"), which is the same product. Not a second
 * word of a body's, a trade's, a place's or a title's, nor one that opens another body's name ("Arlo
 * Tessin" beside "Tessin Motors": a company of its own) or a place said alone beside a body ("Arlo
 * Europe": its arm), nor a person the sources give a role. A brief of car-industry reports had listed a
 * maker's model among its actors as a body (10 mentions) and another, said alone, as a place. A name of
 * two or three such words after a maker's is a model too when half its mentions or more follow "the"
 * ("makes the Arlo Vale", "renames the Arlo Five Hundred"; {@link Group.definiteFull}).
 * @param groups the groups, changed in place
 * @returns the same groups
 */
export function markModels(groups: Group[]): Group[] {
  /** A one-word form of an organisation → the one group with it, or null for two. */
  const makers = new Map<string, Group | null>();
  /** The first words of bodies' names of two words or more, and the one-word groups by name. */
  const openers = new Set<string>();
  const alone = new Map<string, Group>();
  /** The last words of people's names, and their part after a hyphen ("Amin" of "al-Amin"). */
  const surnames = new Set<string>();
  for (const g of groups) {
    if (!g.name.includes(' ')) alone.set(g.name, g);
    if (g.kind === 'person') {
      const last = g.name.slice(g.name.lastIndexOf(' ') + 1);
      surnames.add(last).add(last.slice(last.lastIndexOf('-') + 1));
    }
    if (g.kind !== 'organisation') continue;
    if (g.name.includes(' ')) openers.add(g.name.slice(0, g.name.indexOf(' ')));
    for (const f of g.forms.keys()) {
      // a body's shorter name joined to it ("City Hospital" of "Varby City Hospital") opens a body's
      // name still: "the Varby City Railroad" is no maker's model
      if (f.includes(' ')) {
        openers.add(f.slice(0, f.indexOf(' ')));
        continue;
      }
      const had = makers.get(f);
      makers.set(f, had === undefined || had === g ? g : null);
    }
  }
  if (makers.size === 0) return groups;
  for (const g of groups) {
    if (g.known || g.roles !== null) continue;
    const words = g.name.split(' ');
    if (words.length < 2 || words.length > 3) continue;
    const maker = words[0] as string;
    const model = words.at(-1) as string;
    const h = makers.get(maker);
    if (!h || h === g || g.forms.has(maker) || isBodyOrPlaceWord(g.name, model)) continue;
    const rest = words.slice(1);
    if (!rest.every((w) => MODEL_WORD.test(w))) continue;
    // "Arlo Tessin" beside "Tessin Motors": a company of its own
    const k = alone.get(model);
    if (rest.some((w) => openers.has(w) || isOtherMaker(makers.get(w), g, alone.get(w)))) continue;
    // "Arlo Europe" beside "Europe": a body a maker's name and a place name is its arm there, as "Arlo
    // Australia" is
    if (k && g.kind === 'organisation' && (k.kind === 'place' || k.kind === 'country')) continue;
    const other = k && !k.known && k.roles === null && k !== h ? k : undefined;
    // the model said alone after "the" ("the Vale", "the Kestrel"), as a company seldom is ("Arlo
    // Tessin" beside "Tessin said")
    const saidAlone =
      words.length === 2 && ((g.forms.has(model) && g.definite?.has(model)) || other?.definite?.has(model));
    // or the full name after "the" in half its mentions or more ("makes the Arlo Vale", "renames the Arlo
    // Five Hundred"): a car-industry brief had two models so named among its actors, said once each;
    // eval:actors unchanged (GMB dev, WikiGold)
    // (not a body's common word first or after, "the Cabinet Maliki unveiled" of GMB dev, "the Arlo
    // Union", nor a person's name or a point of the compass after, "the Arlo East": a body's division, of
    // WikiGold)
    if (
      !saidAlone &&
      ((g.definiteFull ?? 0) * 2 < g.mentions ||
        isCommonWordOfBodies(maker) ||
        rest.some((w) => isCommonWordOfBodies(w) || isCompassWord(w) || surnames.has(w)))
    )
      continue;
    g.product = true;
    if (saidAlone && other) other.product = true;
  }
  return groups;
}
/**
 * A model's word: a capital, then small letters ("Vale", "Kestrel"; not a code, "787", nor "AMC"), not
 * ending as a plural does ("Tamil Tigers" beside "the Tigers" of GMB train: a group of people).
 */
const MODEL_WORD = /^\p{Lu}\p{Ll}*(?:[aiosu]s|[^s\P{Ll}])$/u;

/**
 * Whether a word after a maker's name is a company's own one-word form ("Tessin" of "Tessin Motors"):
 * not the group's own, nor the word's group alone.
 */
function isOtherMaker(company: Group | null | undefined, g: Group, alone: Group | undefined): boolean {
  return company !== undefined && company !== g && company !== alone;
}

/** Whether a name's last word makes it a body's, a trade's, a place's or a title's ("Arlo Motors", "Arlo Europe"). */
function isBodyOrPlaceWord(name: string, last: string): boolean {
  return endsAsOrganisation(name) || withoutTrade(name) !== null || isPlaceWord(last) || isTitle(last);
}
