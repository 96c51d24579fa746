// A name's rest after a leading country or demonym, and the gazetteer's name of that country.
import { countryCapitals } from './country-entries.js';
import type { EntityIndex } from './entity-index.js';
import { CAPITAL_FIRST, PLACE_ADJECTIVE } from './name-shapes.js';
import { isLegalForm, isOrganisationHead, isTradeWord, withoutTrade } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { namesCountry } from './read-mentions.js';

/**
 * The rest of a name after a leading country name or demonym ("US Federal Grain Board"), or a word a hyphen joins
 * to a participle ("Toronto-listed Halvorsen Resources"), when the rest is a capitalised name. A country of
 * two or three words ("United States Congress", "New Zealand League of Rights") counts when it is not a
 * capital ("New Delhi Wednesday") and the rest is not a place's head word alone ("Cape Verde Islands"):
 * WikiGold organisation recall 0.65 → 0.66, GMB unchanged.
 */
export function withoutCountry(form: string, index: EntityIndex): string | null {
  // "Toronto-listed Halvorsen Resources", "NATO-led International Security Assistance Force": a name
  // made a word about the name says where it is or who leads it, and the rest is the same body (the
  // company's "Halvorsen Resources" had been an actor of its own in a mining brief). Kept as a form:
  // GMB marks "NATO-led International Security Assistance Force", "Jordanian-born Zarqawi" whole
  const first = form.indexOf(' ');
  if (first > 0 && PLACE_ADJECTIVE.test(form.slice(0, first)) && CAPITAL_FIRST.test(form.slice(first + 1)))
    return form.slice(first + 1);
  // the spaces after the first three words, found without splitting: this runs for every mention
  const spaces: number[] = [];
  for (let at = form.indexOf(' '); at > 0 && spaces.length < 3; at = form.indexOf(' ', at + 1))
    spaces.push(at);
  for (let n = spaces.length; n >= 1; n--) {
    const cut = spaces[n - 1] as number;
    const rest = form.slice(cut + 1);
    if (!CAPITAL_FIRST.test(rest)) continue;
    const country = form.slice(0, cut);
    if (n > 1 && (countryCapitals().has(country) || (!rest.includes(' ') && isPlaceWord(rest)))) continue;
    if (namesCountry(country, index)) {
      // "Chile Airlines", "Peru Eastern Airlines": a company named with its country and a trade is
      // called so in full, and another country's has the same rest
      if (isTradeWord(rest) || withoutTrade(rest) !== null) return null;
      return rest;
    }
  }
  return null;
}

/** The gazetteer's name of the country before a name's `core` ("US" of "US Federal Grain Board"). */
export function countryOf(form: string, core: string, index: EntityIndex): string | null {
  const entry = index.lookup(form.slice(0, form.length - core.length - 1));
  return entry === undefined ? null : (index.entries[entry]?.name ?? null);
}

/**
 * Whether a name after its country's name is named without it: a country written as its own name, not
 * its people's adjective, a capital or a short form ("Norway Jaysh al-Karam", not "Swiss Kestrel Trust",
 * "Oslo Varno Fund", "US Tarrow Desk"), before a name of two words or more none of which is a body's head
 * noun, a trade or a legal form ("Norway Kestrel Party", "Chile Airlines", "Norway Institute for Sea
 * Policy" keep their country, as their own names do). A copy that runs a country into a group's name in
 * its own language (a sample brief's militia, named with its country in front once) names it so no
 * other time.
 * @param form the name as written ("Norway Jaysh al-Karam")
 * @param core its rest after the country ("Jaysh al-Karam")
 * @param country the gazetteer's name of the country
 * @throws ZodError when a data file does not have its schema
 */
export function namedApartFromCountry(form: string, core: string, country: string): boolean {
  if (form !== `${country} ${core}` || !core.includes(' ')) return false;
  return core
    .split(' ')
    .every(
      (w) =>
        (CAPITAL_FIRST.test(w) || PARTICLE_LED.test(w)) &&
        !isOrganisationHead(w) &&
        !isTradeWord(w) &&
        !isLegalForm(w),
    );
}

/** A word a name's particle opens ("al-Karam"). */
const PARTICLE_LED = /^\p{Ll}{1,3}-\p{Lu}/u;
