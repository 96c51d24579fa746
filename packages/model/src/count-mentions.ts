import type { Mention, ReadSentence } from './article-entity.js';
import { countMention, KIND } from './count-taken-mention.js';
import { countryOf, withoutCountry } from './country-before-name.js';
import { countryCapitals } from './country-entries.js';
import { INTERJECTIONS, SPOKE } from './english-cues.js';
import { nameKey } from './entity-index.js';
import type { EntityTally } from './entity-tally.js';
import { isGivenName } from './given-names.js';
import { INSTRUCTED, OPENING_MARKS } from './instruction-openings.js';
import {
  followsFightingVerb,
  followsInstallVerb,
  followsMediumVerb,
  followsSourceWord,
  followsTellingVerb,
  hasKinAfter,
  kindNamed,
} from './kind-nouns.js';
import {
  endsLongerName,
  followsTitleOf,
  headsNamed,
  isCapitalsOf,
  labelsNumberedHeading,
  modifiesNoun,
  namesOwnHouse,
  runInHeadingEnd,
} from './mention-context.js';
import { opensSentence } from './name-evidence.js';
import {
  isPersonalName,
  opensWithPlaceAdjective,
  PEOPLE_ADJECTIVE,
  stripParticle,
  THE,
} from './name-shapes.js';
import { endsAsOrganisation, isOrganisationWord } from './organisation-words.js';
import { followsSpatialWord, namesAFacility } from './place-words.js';
import { bodyOfCountry, countryOwner, namedOwner, organisationOwned, ownedBody } from './possessed-bodies.js';
import { shortFormOf } from './short-forms.js';
import { speaksAfterPossessive } from './split-names.js';
import { possessiveAfter, type Token, tokenAt } from './tokenize-words.js';

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const ONE_LETTER = /^\p{L}\.?$/u;
/** A word opening with a lower-case letter. */
export const LOWER_FIRST = /^\p{Ll}/u;

/** A capital, then lower-case letters only ("Aer", not "A." or "US-led"). */
export const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Takes one mention of sentence `r` into the tally: a new entity, or one more mention of one. */
export function tallyMention(
  t: EntityTally,
  r: number,
  one: ReadSentence,
  m: Mention,
  foreign: boolean,
): void {
  const {
    index,
    titled,
    entities,
    byEntry,
    byForm,
    cities,
    keys,
    said,
    lower,
    elsewhere,
    inside,
    labelled,
    noPersonKeys,
  } = t;
  const { sentence, tokens, headline } = one;
  const form = m.form as string;
  const key = m.key as string;
  if ((headline || t.headed.has(m)) && m.entry === null && !elsewhere.has(key)) return;
  // a sentence in another language inside an English text (a consent notice, a quoted passage):
  // its capitals are no names the tagger can tell, as in a source in that language
  if (foreign && m.entry === null) return;
  if (m.entry !== null && m.from === 0 && !inside.has(form) && index.isAcronymWrittenLower(form)) return;
  // "FROM", "SHOULD", "SELECT" beside "from", "should", "select": a word set in capitals (code,
  // a standard's keywords, emphasis), not an acronym; a known name ("US", "WHO") is looked up first
  if (m.entry === null && m.from === m.to && isCapitalsOf(form, lower)) return;
  // "Court orders …", "Port strike enters …" beside "a court", "the port authority": a common
  // word capitalised only because it opens a sentence or a headline
  if (m.entry === null && m.from === m.to && opensSentence(tokens, m.from) && lower.has(form.toLowerCase()))
    return;
  // "Common Mistake #1: Misusing …", "Warning #2:": the label of a numbered heading, no name (a
  // locomotive's "Railroad # 1" of WikiGold has no colon)
  if (m.entry === null && labelsNumberedHeading(tokens, m.to)) return;
  // a word opening a sentence that is no name by the word after it: a verb that opens an instruction
  // (a note's to-do, a guide's step) before a word no name is followed by ("Check whether the court …",
  // "Sign up for …"), or an interjection or a linking word (`INTERJECTIONS`) before a comma, "!" or "?"
  // ("Well, the court …", "Sorry, …", "Thanks!"; a name does open a sentence so, "Obama, who …", so only
  // these words)
  if (
    m.entry === null &&
    m.from === m.to &&
    opensSentence(tokens, m.from) &&
    // the bound tested, not read past: a read past an array's end deoptimised this function (issue 17)
    m.to + 1 < tokens.length
  ) {
    const after = (tokens[m.to + 1] as Token).text;
    if (INSTRUCTED.has(after) || (OPENING_MARKS.has(after) && INTERJECTIONS.has(form.toLowerCase()))) return;
  }
  // "Analysis: what the strike means", "Measles: minister visits …": one word before a colon opening
  // the title, which the article names nowhere else, labels the piece ("Lyon: mayor says" names Lyon
  // again below); in the body such a word may be a transcript's speaker ("Barenberg: Herr …")
  if (
    titled &&
    r === 0 &&
    m.entry === null &&
    m.from === m.to &&
    said.get(key) === 1 &&
    tokenAt(tokens, m.to + 1)?.text === ':' &&
    opensSentence(tokens, m.from)
  )
    return;
  // "Missed Payment: The downgrade follows …", "Crop Shortfall: Production …": a name inside a run-in
  // heading of a paragraph, in a text whose paragraphs open with distinct headings, is none when said
  // once
  if (m.entry === null && labelled && said.get(key) === 1 && m.to + 2 <= runInHeadingEnd(tokens)) return;
  // a name after "the" is no person's, for the given-name rule of settleEntities ("the Kennedy Space
  // Center"); but a one-word name before the noun it modifies may be ("the Philips campaign" of "Karl
  // Philips", a candidate a tagger read as the company; eval:actors unchanged)
  if (
    m.from > 0 &&
    ((THE.test((tokens[m.from - 1] as Token).text) && !(m.from === m.to && modifiesNoun(tokens, m.to))) ||
      followsTitleOf(tokens, m.from))
  )
    noPersonKeys.add(key);
  // "CA$1 billion", "US$27 billion", "GH¢2.8 billion": a currency's prefix before its sign, not a name
  const after = (tokens[m.to] as Token).end;
  if (m.from === m.to && after < sentence.length && CURRENCY_SIGN.test(sentence.charAt(after))) return;
  // "Increases/reduces the amount of error", "Enable/disable": a word opening a line, paired by a slash
  // with a word in lower case, is a common word like it (a settings guide's 18 "Increases" had been an
  // organisation; not "CVS/pharmacy", nor "Anaconda/conda" inside a line)
  if (
    m.entry === null &&
    m.from === m.to &&
    CAPITALISED_WORD.test(form) &&
    opensSentence(tokens, m.from) &&
    // the bounds tested, not read past: a one-word line ("Politics") read past its end, met late, had
    // made tallyMention deoptimise (issue 17)
    after + 1 < sentence.length &&
    sentence.charAt(after) === '/' &&
    LOWER_FIRST.test(sentence.charAt(after + 1))
  )
    return;
  // one letter names nothing by itself: "C" of "Vitamin C", "25 C", "C++", "F." of a file's "F. No.
  // 28015" (WikiGold precision 0.7694 -> 0.7698); "J." stands in a name, with the name
  if (m.entry === null && m.from === m.to && ONE_LETTER.test(form)) return;
  // "outside the Stockholm central station", "died in a Paris hospital": a capital naming a facility
  // is the city where it is, no mention of its country
  // "Fulton County, Georgia": a country's name the article reads as another country's state is that
  // state, apart from the country (its people's adjective, "Georgians", is no actor of its own)
  const state = m.entry !== null && t.asSubdivision.has(m.entry);
  if (state && form !== index.entries[m.entry as number]?.name) return;
  // "Athens, Georgia", then "Athens police said": a capital the article places in a subdivision, where
  // it names the capital's country no other way, is the town
  const city =
    m.entry !== null &&
    (state ||
      (countryCapitals().has(form) &&
        (namesAFacility(tokens, m.to) || (t.placedCapitals.has(form) && !t.namedOtherwise.has(m.entry)))));
  // "Lewis Hamilton won …", then "Hamilton said": a place's name alone before a verb of saying, the
  // surname of a person the article names in full, is that person (it had been Bermuda, by its capital)
  if (
    m.entry !== null &&
    m.from === m.to &&
    m.to + 1 < tokens.length &&
    SPOKE.has((tokens[m.to + 1] as Token).text) &&
    t.personSurnames.has(form) &&
    PLACE_KINDS.has(index.entries[m.entry]?.kind ?? '')
  ) {
    m.entry = null;
    m.type = 'PER';
  }
  // "Lynndie England", then "England": a state's name that is the surname of a person the article names
  // in full is read as it would be unknown (then joined to the person as a short form)
  if (m.entry !== null && m.from === m.to && t.personSurnames.has(form) && index.isSubdivision(form, m.entry))
    m.entry = null;
  // "Margaret Hamilton", then "Hamilton moved on": a capital's name that is the surname of a person the
  // article names in full, in an article that names the capital's country no other way, is that person
  // (it had been Bermuda's twelve mentions, and the person had two); so is another of a place's names
  // ("Thomas Mann", then "Mann won the prize": the Isle of Man, by a spelling the package lists), not
  // its people's adjective (a recipe's "Cuisine Italian", read as a person, is no Italian's name)
  if (
    m.entry !== null &&
    m.from === m.to &&
    t.personSurnames.has(form) &&
    !t.namedOtherwise.has(m.entry) &&
    (countryCapitals().has(form) ||
      (PLACE_KINDS.has(index.entries[m.entry]?.kind ?? '') && !PEOPLE_ADJECTIVE.test(form))) &&
    index.entries[m.entry]?.name !== form
  ) {
    m.entry = null;
    m.type = 'PER';
  }
  if (city) {
    m.entry = null;
    m.type = 'LOC';
  }
  let entity = city ? cities.get(key) : m.entry !== null ? byEntry.get(m.entry) : byForm.get(key);
  if (!entity && m.entry === null && !city) {
    entity = shortFormOf(form, sentence, tokens, m, entities, keys);
    const surnameOf = entity && stripParticle(entity.name.split(/\s+/).at(-1) as string);
    if (entity && m.type === 'PER' && entity.entry === null && surnameOf === stripParticle(form))
      entity.kind = 'person';
  }
  // "US Federal Reserve", "French Foreign Legion": a country's name or demonym before a name
  const core = m.entry === null ? withoutCountry(form, index) : null;
  if (!entity && core) {
    // not another country's ("UAE Air Force" beside "US Air Force": one "Air Force" each)
    const bare = byForm.get(nameKey(core));
    const country = countryOf(form, core, index);
    if (!bare || (bare.owner === undefined && (bare.country === null || bare.country === country)))
      entity = bare;
    // "the Pakistani Foreign Ministry" after "Pakistan's" and "Turkey's Foreign Ministry": its own country's
    else if (country !== null) entity = bodyOfCountry(entities, country, nameKey(core));
  }
  // "Turkey's Foreign Ministry" beside "Pakistan's Foreign Ministry": a country's possessive keys the body
  // with its country, as its adjective does; another owner's the article names, with that owner ("the
  // Tarnby Party's" and "the Valdor Party's Central Committee")
  const owner =
    core === null && m.entry === null && !city
      ? (countryOwner(sentence, tokens, m.from, form, index) ??
        (t.last !== null && t.last.r === r ? namedOwner(sentence, tokens, m.from, form, t.last) : null))
      : null;
  if (owner) entity = ownedBody(entity, owner, key, entities);
  // "the airline Ryanair", "Aisby, a village in": the text says what the name is, even of a name the
  // tagger gave no kind ("the carmaker Lancian" read as a people's; not a legal form alone: "sport
  // media group GmbH")
  let named =
    m.entry === null && !(m.from === m.to && isOrganisationWord(form))
      ? kindNamed(tokens, m.from, m.to, m.type !== null && m.type !== 'MISC')
      : null;
  // "power is out across Turin", "lines near Turin tripped": a preposition of where before one word;
  // not the surname of a person the article names in full ("Lynda Bennett", then "remained near
  // Bennett": a campaign story had made the candidate a place of eight mentions)
  if (
    named === null &&
    m.entry === null &&
    m.from === m.to &&
    followsSpatialWord(tokens, m.from) &&
    !t.personSurnames.has(form)
  )
    named = 'place';
  // the one-word object of a verb, unless the tagger read a person: of fighting, a body's ("to combat
  // Daesh", "fighting the Taliban"; not "Nadal will battle Federer"); of setting up a program, a
  // program's or a file's ("install Windows", "downloading the Pipfile"; "install Mr. Faure" is cut at
  // "Mr."); and after a word of publishing or playing and "on", a service's or a program's ("streaming
  // on Spotify", "posted on Instagram": the tagger read a place after "on")
  if (named === null && m.entry === null && m.from === m.to && m.type !== 'PER')
    named = followsFightingVerb(tokens, m.from)
      ? 'organisation'
      : followsInstallVerb(tokens, m.from) || followsMediumVerb(tokens, m.from)
        ? 'other'
        : null;
  // "he tells Axios", "told the Courier": who is told is no place; an outlet, read as one
  if (
    named === null &&
    m.entry === null &&
    m.from === m.to &&
    m.type === 'LOC' &&
    followsTellingVerb(tokens, m.from)
  )
    named = 'organisation';
  // "according to Healthline": a source is no place either; but "according to Hasib", the last word of
  // a longer name the article writes (a person's in full, "Usman Hasib", whatever the tagger read it),
  // is left to be joined to that name as its short form
  if (
    named === null &&
    m.entry === null &&
    m.from === m.to &&
    m.type === 'LOC' &&
    followsSourceWord(tokens, m.from) &&
    !endsLongerName(t.read, form)
  )
    named = 'organisation';
  // "Northrop Grumman CEO Ron Sugar": the name before the title of one who heads a body, then a
  // person's name, is the body's
  if (named === null && m.entry === null && headsNamed(tokens, m.to)) named = 'organisation';
  // "At Tern Labs, we build …", "we at Tern Labs believe": a name the writers say they are at is
  // their own house, a body, not a place the tagger read by its "at"
  if (named === null && m.entry === null && namesOwnHouse(tokens, m.from, m.to)) named = 'organisation';
  // "Tern News' Ada Kowal reports:": a name after a body's possessive that a verb of saying follows is a
  // person's, whether or not a list knows the given name
  if (named === null && m.entry === null && speaksAfterPossessive(tokens, m.from, m.to)) named = 'person';
  // "Halvard's sister", "Ruiz' widow": only a person has kin
  if (named === null && m.entry === null && hasKinAfter(tokens, m.to)) named = 'person';
  // "the German Air Force", "the Democratic Party" read as names of no kind (MISC, as for a people's
  // adjective): a name of two words or more a body's last word ends is a body's
  if (named === null && m.type === 'MISC' && m.from < m.to && endsAsOrganisation(form))
    named = 'organisation';
  // "a farmer in Sefwi Wiawso", "police in Sefwi Wiawso": a name of two or three words after
  // "in", with no body's, title's or place's word and no given name opening it, is a place ("in" takes
  // bodies of one word, "in Congress", and names of a body's word, "in the Finance Ministry"; GMB
  // place recall 0.9311 -> 0.9320, "Pakistani Kashmir" found; WikiGold's "in Information
  // Technology", a field, became a place); not before a possessive, whose owner it names ("in
  // Indigenous Peoples' lands" had made the peoples a place of 17 mentions)
  if (
    named === null &&
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
    named = 'place';
  if (!entity) {
    const kind =
      m.entry !== null ? (index.entries[m.entry]?.kind ?? 'other') : ((m.type && KIND[m.type]) ?? named);
    if (!kind) return;
    entity = {
      // "Halvorsen Resources Inc", not "Toronto-listed Halvorsen Resources Inc" (a form still)
      name:
        m.entry !== null
          ? (index.entries[m.entry]?.name ?? form)
          : owner
            ? owner.name
            : core && opensWithPlaceAdjective(form)
              ? core
              : form,
      kind,
      entry: m.entry,
      forms: [],
      mentions: 0,
      role: null,
      country: owner ? owner.country : core ? countryOf(form, core, index) : null,
    };
    if (owner?.owner !== undefined) entity.owner = owner.owner;
    entities.push(entity);
    keys.add(entity);
    if (m.entry !== null) byEntry.set(m.entry, entity);
    if (city) cities.set(key, entity);
  }
  // "the U.N.'s Food and Agriculture Organization": an organisation's possessive names its body too
  const withOwner = owner?.name ?? (city ? null : organisationOwned(sentence, tokens, m.from, form, index));
  if (withOwner && !entity.forms.includes(withOwner)) entity.forms.push(withOwner);
  countMention(t, r, one, m, entity, core, named);
}

/** The kinds of a known place's entry. */
const PLACE_KINDS = new Set(['country', 'place']);

/** A currency's sign ("$", "¢", "₵", "£", "₹"): letters glued before it are its prefix ("US$", "GH¢"). */
const CURRENCY_SIGN = /^\p{Sc}$/u;
