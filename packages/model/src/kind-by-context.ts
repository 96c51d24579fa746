// The kind the words around a mention no gazetteer knows say it is: a noun of its kind, a preposition
// of where, a verb it is the object of, a title, a possessive, kin.
import type { Mention } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import type { EntityTally } from './entity-tally.js';
import { isGivenName } from './given-names.js';
import {
  followsDealVerb,
  followsFightingVerb,
  followsInstallVerb,
  followsMediumVerb,
  followsSaleWord,
  followsSourceWord,
  followsTellingVerb,
  followsTradeGiant,
  hasKinAfter,
  isPlaceUnit,
  kindNamed,
} from './kind-nouns.js';
import { endsLongerName, headsNamed, namesOwnHouse } from './mention-context.js';
import { isPersonalName } from './name-shapes.js';
import { endsAsOrganisation, isOrganisationWord } from './organisation-words.js';
import { followsSpatialWord } from './place-words.js';
import { speaksAfterPossessive } from './split-names.js';
import { possessiveAfter, type Token } from './tokenize-words.js';

/**
 * The kind the words around a mention say its name is, the first the rules below find, for a name the
 * tagger gave a kind or none ("the airline Norvair", "across Turin", "to combat Vexa", "Halvard's
 * sister").
 * @param t the article's tally
 * @param tokens the sentence's tokens
 * @param m the mention
 * @returns the kind, or null when the words around it say none
 */
export function kindByContext(t: EntityTally, tokens: readonly Token[], m: Mention): ActorKind | null {
  const form = m.form as string;
  // "the airline Norvair", "Aisby, a village in": the text says what the name is, even of a name the
  // tagger gave no kind ("the carmaker Lancian" read as a people's; not a legal form alone: "sport
  // media group GmbH")
  const named =
    m.entry === null && !(m.from === m.to && isOrganisationWord(form)) && !personAfterPlaceUnit(tokens, m)
      ? kindNamed(tokens, m.from, m.to, m.type !== null && m.type !== 'MISC')
      : null;
  if (named !== null) return named;
  // "auto parts giant Torvane", "oil giant Brandt": a trade's big firm, whatever the tagger read (a
  // person, a place); not a person the article names in full ("Ada Brandt", then "the oil giant Brandt")
  if (m.entry === null && m.from === m.to && followsTradeGiant(tokens, m.from) && !t.personSurnames.has(form))
    return 'organisation';
  // "power is out across Turin", "lines near Turin tripped": a preposition of where before one word;
  // not the surname of a person the article names in full ("Lynda Bennett", then "remained near
  // Bennett": a campaign story had made the candidate a place of eight mentions)
  if (
    m.entry === null &&
    m.from === m.to &&
    followsSpatialWord(tokens, m.from) &&
    !t.personSurnames.has(form)
  )
    return 'place';
  // the one-word object of a verb, unless the tagger read a person: of fighting, a body's ("to combat
  // Vexa", "fighting the Taliban"; not "Nadal will battle Federer"); of setting up a program, a
  // program's or a file's ("install Windows", "downloading the Pipfile"; "install Mr. Faure" is cut at
  // "Mr."); and after a word of publishing or playing and "on", a service's or a program's ("streaming
  // on Spotify", "posted on Instagram": the tagger read a place after "on")
  if (m.entry === null && m.from === m.to && m.type !== 'PER') {
    if (followsFightingVerb(tokens, m.from)) return 'organisation';
    if (followsInstallVerb(tokens, m.from) || followsMediumVerb(tokens, m.from)) return 'other';
  }
  // "he tells Axios", "told the Courier": who is told is no place; an outlet, read as one
  if (m.entry === null && m.from === m.to && m.type === 'LOC' && followsTellingVerb(tokens, m.from))
    return 'organisation';
  // "according to Healthline": a source is no place either; but "according to Hasib", the last word of
  // a longer name the article writes (a person's in full, "Usman Hasib", whatever the tagger read it),
  // is left to be joined to that name as its short form
  if (
    m.entry === null &&
    m.from === m.to &&
    m.type === 'LOC' &&
    followsSourceWord(tokens, m.from) &&
    !endsLongerName(t.read, form)
  )
    return 'organisation';
  // "the sale to Quorvia", "sold to Quorvia": a buyer is no place either, a firm
  if (m.entry === null && m.from === m.to && m.type === 'LOC' && followsSaleWord(tokens, m.from))
    return 'organisation';
  // "sell Kestrel", "acquired the Halvard": what is sold or bought is a firm or its brand, no place
  if (m.entry === null && m.from === m.to && m.type === 'LOC' && followsDealVerb(tokens, m.from))
    return 'organisation';
  // "Halvard Marine CEO Ines Torvik": the name before the title of one who heads a body, then a
  // person's name, is the body's
  if (m.entry === null && headsNamed(tokens, m.to)) return 'organisation';
  // "At Tern Labs, we build …", "we at Tern Labs believe": a name the writers say they are at is
  // their own house, a body, not a place the tagger read by its "at"
  if (m.entry === null && namesOwnHouse(tokens, m.from, m.to)) return 'organisation';
  // "Tern News' Ada Kowal reports:": a name after a body's possessive that a verb of saying follows is a
  // person's, whether or not a list knows the given name
  if (m.entry === null && speaksAfterPossessive(tokens, m.from, m.to)) return 'person';
  // "Halvard's sister", "Ruiz' widow": only a person has kin
  if (m.entry === null && hasKinAfter(tokens, m.to)) return 'person';
  // "the German Air Force", "the Democratic Party" read as names of no kind (MISC, as for a people's
  // adjective): a name of two words or more a body's last word ends is a body's
  if (m.type === 'MISC' && m.from < m.to && endsAsOrganisation(form)) return 'organisation';
  // "a farmer in Sefwi Wiawso", "police in Sefwi Wiawso": a name of two or three words after
  // "in", with no body's, title's or place's word and no given name opening it, is a place ("in" takes
  // bodies of one word, "in Congress", and names of a body's word, "in the Finance Ministry"; GMB
  // place recall 0.9311 -> 0.9320, "Pakistani Kashmir" found; WikiGold's "in Information
  // Technology", a field, became a place); not before a possessive, whose owner it names ("in
  // Indigenous Peoples' lands" had made the peoples a place of 17 mentions)
  if (
    m.entry === null &&
    m.to > m.from &&
    m.to - m.from <= 2 &&
    m.from > 0 &&
    (tokens[m.from - 1] as Token).text === 'in' &&
    !possessiveAfter(tokens, m.to) &&
    !endsAsOrganisation(form) &&
    isPersonalName(form) &&
    !isGivenName((tokens[m.from] as Token).text)
  )
    return 'place';
  return null;
}

const CAPITALISED = /^\p{Lu}/u;
/** The most capitalised words between "of the" and the unit ("of the Varnian Kestrel region"). */
const MAX_UNIT_NAME_WORDS = 3;

/**
 * Whether a person's name the tagger read, of two words or more, comes right after a unit of a country
 * that closes a role's "of the …" ("the governor of the Norvale region Tarik Osmen said"): the unit
 * is the name's before it ("the Norvale region"), and says nothing of the name after it, which had been
 * made a place. Not after "in the Varnian province", where the unit names the name after it.
 * @param tokens the sentence's tokens
 * @param m the mention
 */
function personAfterPlaceUnit(tokens: readonly Token[], m: Mention): boolean {
  if (m.type !== 'PER' || m.to === m.from || m.from < 4) return false;
  if (!isPlaceUnit((tokens[m.from - 1] as Token).text)) return false;
  let at = m.from - 2;
  while (at >= m.from - 1 - MAX_UNIT_NAME_WORDS && at > 1 && CAPITALISED.test((tokens[at] as Token).text))
    at--;
  return at < m.from - 2 && (tokens[at] as Token).text === 'the' && (tokens[at - 1] as Token).text === 'of';
}
