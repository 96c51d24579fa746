import type { ArticleEntity, Mention, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { countryCapitals } from './country-entries.js';
import { isStoryLabel } from './dateline.js';
import { INTERJECTIONS, SPOKE } from './english-cues.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import { type EntityTagger, type EntityType, entityTagger, spansOf } from './entity-tagger.js';
import type { EntityTally } from './entity-tally.js';
import { findRole, isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import {
  followsFightingVerb,
  followsInstallVerb,
  followsMediumVerb,
  followsSourceWord,
  followsTellingVerb,
  hasKinAfter,
  isPlaceUnit,
  kindModified,
  kindNamed,
  namesAnIndex,
} from './kind-nouns.js';
import { opensWithCapital, speaksAfterPossessive } from './mend-spans.js';
import {
  afterPreposition,
  CAPITALS,
  coordinatedAfter,
  endsLongerName,
  followsTitleOf,
  headsNamed,
  isCapitalsOf,
  joinsList,
  labelsNumberedHeading,
  modifiesNoun,
  namesOwnHouse,
  pronounAfter,
  runInHeadingEnd,
  versionAfter,
} from './mention-context.js';
import { headlineCaseQueries, isHeadlineCase, lowerCaseWords, opensSentence } from './name-evidence.js';
import {
  CAPITAL_FIRST,
  DIGIT_FIRST,
  isPersonalName,
  lastWord,
  opensWithPlaceAdjective,
  PEOPLE_ADJECTIVE,
  PLACE_ADJECTIVE,
  stripParticle,
  THE,
} from './name-shapes.js';
import {
  endsAsOrganisation,
  isAbbreviatedLegalForm,
  isOrganisationHead,
  isOrganisationWord,
  isTradeWord,
  withoutTrade,
} from './organisation-words.js';
import { followsSpatialWord, isPlaceWord, namesAFacility } from './place-words.js';
import { namesCountry, namesKnownSpan, readMentions } from './read-mentions.js';
import { type SentenceWords, wordsOfSentences } from './read-words.js';
import { headingsRepeated } from './repeated-headings.js';
import { settleEntities } from './settle-entities.js';
import { ACRONYM_FORM, definedAlias, isBareForm, NameKeys, shortFormOf } from './short-forms.js';
import { capitalsPlacedElsewhere, entriesReadAsSubdivisions } from './subdivision-readings.js';
import { isStopWord } from './text-stats.js';
import { possessiveAfter, type Token, textsOf, tokenAt } from './tokenize-words.js';

export type { ArticleEntity } from './article-entity.js';
export { mostVoted } from './kind-evidence.js';
export { initialsOf, opensWithPlaceAdjective } from './name-shapes.js';

const KIND: Record<EntityType, ActorKind | null> = {
  PER: 'person',
  ORG: 'organisation',
  LOC: 'place',
  MISC: null,
};

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const ONE_LETTER = /^\p{L}\.?$/u;
const LOWER_FIRST = /^\p{Ll}/u;
/**
 * Finds the entities of one article: names the tagger sees and known names (countries,
 * organisations, the config's packs and aliases), one entity per real-world thing, joined by the
 * aliases the text defines: "Kenya Defence Forces (KDF)", "X, known as Y", a surname after a
 * full name, an acronym of a name used before ("CTS"), a short form after "the" ("the Fed").
 * A pure function of its input: it can run per article, in any worker.
 * @param sentences the article's sentences (the title first, when it has one)
 * @param index the known names
 * @param tagger the entity tagger (the shipped one by default); null for none, where only known names
 *   are kept (the other names and acronyms read only join to them): a text not in English, whose
 *   capitals the tagger cannot tell. German capitalises every noun, and 2,000 bench pages with German
 *   among them had made "Wenn Sie" (2,830 mentions), "Zeit" and "Das Ziel" a brief's leading actors
 * @param titled whether the first sentence is the article's title
 * @returns the entities, in order of first mention
 */
export function findEntities(
  sentences: readonly string[],
  index: EntityIndex,
  tagger: EntityTagger | null = entityTagger(),
  titled = false,
): ArticleEntity[] {
  // in five functions, not one: a deoptimisation in one part (a branch rare enough that V8 compiled the
  // part before any page took it) recompiles that part only, where the one function of 9 KB of bytecode
  // took TurboFan 0.2-0.4 s a compile, five or six times in each parse thread (issue 17)
  const words = wordsOfSentences(sentences, index, tagger, titled);
  // with no tagger only known names are kept, and an entity is known only by a mention the index
  // matched: an article with none has none (a third of the bench's pages not in English; issue 17).
  // Where no sentence can give one (no known name in its tokens, none in its spans' look-ups), its
  // mentions are not read at all
  if (tagger === null && !words.some((w) => namesKnownSpan(w, index))) return [];
  const read: ReadSentence[] = [];
  for (let r = 0; r < words.length; r++) read.push(readMentions(words[r] as SentenceWords, index, tagger));
  if (tagger === null && !read.some((r) => r.mentions.some((m) => m.entry !== null))) return [];
  const asSubdivision = entriesReadAsSubdivisions(words, index);
  const placedCapitals = capitalsPlacedElsewhere(words, index, asSubdivision);
  const t = tallyOf(read, index, tagger, titled, asSubdivision, placedCapitals);
  // a sentence the body repeats word for word is a table's header or a page's furniture ("Time
  // Location" over each day of a schedule had made "Location" a body of 26 mentions): its names count
  // once (the title is no part of it: the body's headline line says it again, as before)
  const seen = new Set<string>();
  for (let r = 0; r < read.length; r++) {
    const one = read[r] as ReadSentence;
    if (one.mentions.length === 0) continue;
    if (r > 0 || !titled) {
      const text = sentences[r] as string;
      if (seen.has(text)) continue;
      seen.add(text);
    }
    const foreign = !sentenceReadsAsEnglish(one.tokens);
    for (let j = 0; j < one.mentions.length; j++)
      tallyMention(t, r, one, one.mentions[j] as Mention, foreign);
  }
  joinPeopleAdjectiveForms(t);
  return settleEntities(t, tagger);
}

/**
 * Widens a name no gazetteer knows over the capitalised word before it, which the tagger left out, when
 * the two are a name the article says elsewhere as one ("Aer/O Lingus/MISC rival Ryanair" after "the
 * airline Aer Lingus": "Lingus" had been an alias of its own, merged as a surname into a person "Aer
 * Lingus"). Only a word no other name of the sentence holds; the counts of `said` follow.
 * @param one a sentence read, its mentions' forms and keys made
 * @param said how many mentions each key has in the article
 */
function widenToSaidNames(one: ReadSentence, said: Map<string, number>): void {
  const { sentence, tokens, mentions } = one;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    if (m.entry !== null || m.from === 0) continue;
    const before = tokens[m.from - 1] as Token;
    if (!capitalisedWord(before.text)) continue;
    const wider = nameKey(`${before.text} ${m.form as string}`);
    if (wider === m.key || !said.has(wider)) continue;
    if (j > 0 && (mentions[j - 1] as Mention).to >= m.from - 1) continue;
    said.set(m.key as string, (said.get(m.key as string) ?? 1) - 1);
    said.set(wider, (said.get(wider) ?? 0) + 1);
    // the form as made, its full stop kept ("Jr.", "Corp.")
    m.form = sentence.slice(before.start, (tokens[m.from] as Token).start) + (m.form as string);
    m.from -= 1;
    m.key = wider;
  }
}

/** Whether a word opens with a capital and goes on in letters ("Aer", not "A." or "US-led"). */
function capitalisedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word);
}
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;

/** What the article's mentions say before any is taken (see {@link EntityTally}). */
function tallyOf(
  read: ReadSentence[],
  index: EntityIndex,
  tagger: EntityTagger | null,
  titled: boolean,
  asSubdivision: ReadonlySet<number>,
  placedCapitals: ReadonlySet<string>,
): EntityTally {
  const entities: ArticleEntity[] = [];
  const byEntry = new Map<number, ArticleEntity>();
  const byForm = new Map<string, ArticleEntity>();
  /** The capitals the article names as a facility's city, apart from their countries. */
  const cities = new Map<string, ArticleEntity>();
  const typedPerson = new Map<ArticleEntity, number>();
  /** How often the tagger typed each entity no gazetteer knows as each kind. */
  const typed = new Map<ArticleEntity, Map<ActorKind, number>>();
  /** The kinds the words around an entity no gazetteer knows said it is ("the airline Ryanair"). */
  const described = new Map<ArticleEntity, Map<ActorKind, number>>();
  /** The entities no gazetteer knows with a mention that is more than one word opening a sentence. */
  const notOpening = new Set<ArticleEntity>();
  const keys = new NameKeys();
  /** How many mentions each key has in the article. */
  const said = new Map<string, number>();
  // each mention's form and its key, made once: the loops below read them up to five times
  // (the loops over the sentences and their mentions count by index: an array's iterator and its closing
  // made this function's code a third larger, and each of its recompiles cost up to 0.4 s; issue 17)
  for (let r = 0; r < read.length; r++) {
    const { sentence, tokens, mentions } = read[r] as ReadSentence;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      const last = tokens[m.to] as Token;
      const lastEnd = last.end;
      // "Andrew J. Evans Jr.": a generation's abbreviation keeps its full stop, which the words' split
      // leaves apart when no capital follows (the key is the same: nameKey drops full stops), and so
      // does a company's legal form so written after a name, "Xerox Corp.", "Upjohn Co." (found so: 7
      // companies of GMB dev, which loses "Wertheim Schroder & Co", marked without its sentence's stop;
      // 22 of GMB train's first 1,200 articles, none lost; 1 of WikiGold). The stop
      // asked before the abbreviation and added as 0 or 1: each step is taken by common names too (a
      // name before a sentence's stop), where the abbreviation's own branch, met late, had made this
      // function deoptimise and be compiled again (issue 17)
      const stop =
        lastEnd < sentence.length &&
        sentence.charCodeAt(lastEnd) === 46 &&
        (GENERATION.has(last.text) || (m.to > m.from && isAbbreviatedLegalForm(last.text)));
      m.form = sentence.slice((tokens[m.from] as Token).start, lastEnd + (stop ? 1 : 0));
      m.key = nameKey(m.form);
      said.set(m.key, (said.get(m.key) ?? 0) + 1);
    }
  }
  for (let r = 0; r < read.length; r++) widenToSaidNames(read[r] as ReadSentence, said);
  // "Mayor of Andøy Knut Ellingsen": a place or a body run into the name of the person it is the title of
  if (tagger !== null)
    for (let r = 0; r < read.length; r++) {
      const one = read[r] as ReadSentence;
      one.mentions = splitAfterTitleOf(one, tagger, said);
    }
  // the article's lower-case words, of those the headline test and isCapitalsOf ask about only
  const asked = new Set<string>();
  for (let r = 0; r < read.length; r++) headlineCaseQueries((read[r] as ReadSentence).tokens, asked);
  for (let r = 0; r < read.length; r++) {
    const { tokens, mentions } = read[r] as ReadSentence;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      if (
        m.entry === null &&
        m.from === m.to &&
        (CAPITALS.test(m.form as string) || opensSentence(tokens, m.from))
      )
        asked.add((m.form as string).toLowerCase());
    }
  }
  const lower = lowerCaseWords(
    read.map((r) => r.tokens),
    asked,
  );
  for (let r = 0; r < read.length; r++) {
    const one = read[r] as ReadSentence;
    one.headline = isHeadlineCase(one.tokens, lower);
  }
  const headed = headingsRepeated(read);
  // a capital in a headline-case line says nothing: a name only found there must also stand elsewhere
  const elsewhere = new Set<string>();
  for (let r = 0; r < read.length; r++) {
    const { tokens, mentions, headline } = read[r] as ReadSentence;
    if (headline) continue;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      if (headed.has(m)) continue;
      elsewhere.add(m.key as string);
      if (m.to > m.from) elsewhere.add(nameKey((tokens[m.to] as Token).text)); // a surname
    }
  }
  // an acronym written as a word opening a sentence ("Who knows", German "Bis zu") is one only when the
  // article writes it so inside a sentence too ("the Nato summit")
  const inside = new Set<string>();
  for (let r = 0; r < read.length; r++) {
    const { mentions } = read[r] as ReadSentence;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      if (m.entry !== null && m.from > 0) inside.add(m.form as string);
    }
  }
  // whether paragraphs open with run-in headings, two or more and none twice ("Missed Payment: The
  // downgrade …", "Crop Shortfall: …"); a transcript's speakers come back ("HALLORAN: …", "OKAFOR: …")
  const headings = new Map<string, number>();
  for (let r = 0; r < read.length; r++) {
    const { sentence, tokens } = read[r] as ReadSentence;
    const end = runInHeadingEnd(tokens);
    if (end === 0) continue;
    const heading = sentence.slice(0, (tokens[end - 1] as Token).start).trim();
    headings.set(heading, (headings.get(heading) ?? 0) + 1);
  }
  const labelled = headings.size > 1 && [...headings.values()].every((n) => n === 1);
  // a transcript's speakers: the headings that come back, no label ("HALLORAN: …" twice; not "HOST:")
  const speakers = new Set<string>();
  for (const [heading, n] of headings) if (n > 1 && !isStoryLabel(heading)) speakers.add(heading);
  /** Names a given name opens, read as no person's, with a title or role beside them. */
  const titledNames = new Set<ArticleEntity>();
  // people a personal pronoun follows, in their sentence or the next ("…, he said")
  const pronounced = new Set<ArticleEntity>();
  /** The kind a noun after a one-word name said it is ("Brent crude"), and the names a speaking verb followed. */
  const modifiedAs = new Map<ArticleEntity, ActorKind>();
  // "Windows 10", "Python 3.12": the capitalised words the article writes before a version's number,
  // whether or not the tagger read a name there (it seldom does before a figure)
  const versioned = new Set<string>();
  // "a Pipfile config file", "run Windows programs": the capitalised words the article writes right
  // before a noun of a thing's or a program's (`modifiedAfter.other`), whether or not the tagger read a
  // name there (it had not in the first)
  const thingWords = new Set<string>();
  // "on Mac and Windows", "PHP, Python, and Ruby": the capitalised words a comma, "and" or "or" joins
  const coordinated = new Map<string, string[]>();
  // "Python 3.7 on Windows", "Mercurial on Windows": what runs or is kept on each capitalised word
  const carriedOn = new Map<string, string[]>();
  for (let r = 0; r < read.length; r++) {
    const { tokens } = read[r] as ReadSentence;
    for (let i = 1; i < tokens.length; i++) {
      const c = (tokens[i] as Token).text.charCodeAt(0);
      if (c === 111 && (tokens[i] as Token).text === 'on' && i + 1 < tokens.length) {
        const b = (tokens[i + 1] as Token).text;
        let a = (tokens[i - 1] as Token).text;
        if (DIGIT_FIRST.test(a) && i >= 2) a = (tokens[i - 2] as Token).text;
        if (opensWithCapital(a) && opensWithCapital(b)) {
          const x = carriedOn.get(b);
          if (x) x.push(a);
          else carriedOn.set(b, [a]);
        }
      }
      if (c === 44 || c === 97 || c === 111) {
        const after = coordinatedAfter(tokens, i);
        if (after > 0) {
          const a = (tokens[i - 1] as Token).text;
          const b = (tokens[after] as Token).text;
          // not a dateline's place and date ("TORONTO, March 10, 2027": "March 10" reads as a version)
          if (
            opensWithCapital(a) &&
            opensWithCapital(b) &&
            !DIGIT_FIRST.test(tokenAt(tokens, after + 1)?.text ?? '')
          ) {
            const x = coordinated.get(a);
            if (x) x.push(b);
            else coordinated.set(a, [b]);
            const y = coordinated.get(b);
            if (y) y.push(a);
            else coordinated.set(b, [a]);
          }
        }
      }
      if (c >= 97 && c <= 122) {
        const word = (tokens[i - 1] as Token).text;
        // the word before asked first, by its first unit in ASCII (the pattern only beyond it): most words
        // before a lower-case word are not capitalised, and the noun's map look-up had been made for each
        if (opensWithCapital(word) && kindModified(tokens, i - 1) === 'other') thingWords.add(word);
        continue;
      }
      if (c < 48 || c > 57) continue;
      const word = (tokens[i - 1] as Token).text;
      if (CAPITAL_FIRST.test(word) && versionAfter(tokens, i - 1)) versioned.add(word);
    }
  }
  const spoke = new Set<ArticleEntity>();
  const indexed = new Set<ArticleEntity>();
  const definite = new Map<ArticleEntity, Set<string>>();
  const personSurnames = new Set<string>();
  const namedOtherwise = new Set<number>();
  const capitals = countryCapitals();
  // each known entry's forms other than a capital's, read once the surnames are known: a person's
  // surname ("Mann" beside "Thomas Mann") names the entry no other way either
  const known: Mention[] = [];
  for (let r = 0; r < read.length; r++) {
    const { tokens, mentions } = read[r] as ReadSentence;
    for (let j = 0; j < mentions.length; j++) {
      const m = mentions[j] as Mention;
      if (m.type === 'PER' && m.entry === null && m.to > m.from)
        personSurnames.add((tokens[m.to] as Token).text);
      if (m.entry !== null && !capitals.has(m.form as string)) known.push(m);
    }
  }
  for (const m of known)
    if (m.from < m.to || !personSurnames.has(m.form as string)) namedOtherwise.add(m.entry as number);
  // the keys of names said right after "the" ("the Kennedy Space Center") or a title and "of" ("Mayor
  // of Quy Nhon"): no person's
  const noPersonKeys = new Set<string>();
  return {
    listed: new Map(),
    last: null,
    headed,
    asSubdivision,
    placedCapitals,
    read,
    index,
    titled,
    entities,
    byEntry,
    byForm,
    cities,
    typedPerson,
    typed,
    described,
    notOpening,
    keys,
    said,
    lower,
    elsewhere,
    inside,
    labelled,
    speakers,
    titledNames,
    pronounced,
    modifiedAs,
    versioned,
    thingWords,
    coordinated,
    carriedOn,
    spoke,
    indexed,
    definite,
    personSurnames,
    namedOtherwise,
    noPersonKeys,
  };
}

/**
 * Joins a body's name said with a people's adjective before it ("Flemish Heritage Council") to the
 * same name said alone ("the Heritage Council"): one entity, as a country's demonym before a name
 * makes one ("US Air Force" and "the Air Force", see {@link withoutCountry}), for the peoples no
 * gazetteer holds as a country. The adjective is a capitalised word the article writes before a lower-case word inside a
 * sentence too ("the old Flemish windmills") and never as a name alone.
 */
function joinPeopleAdjectiveForms(t: EntityTally): void {
  const { entities, byForm, read } = t;
  let adjectives: Set<string> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of [...entities]) {
    if (e.entry !== null || e.kind === 'person' || e.country !== null || joined.has(e)) continue;
    for (const form of e.forms) {
      const space = form.indexOf(' ');
      if (space < 0) continue;
      const rest = form.slice(space + 1);
      const bare = byForm.get(nameKey(rest));
      if (!bare || bare === e || bare.entry !== null || bare.kind === 'person' || bare.country !== null)
        continue;
      const first = form.slice(0, space);
      const alone = byForm.get(nameKey(first));
      if (alone && alone !== e) continue;
      adjectives ??= adjectivesBeforeLowerCase(read);
      if (!adjectives.has(first)) continue;
      absorb(t, e, bare);
      joined.add(bare);
      break;
    }
  }
}

/**
 * The words shaped as a people's adjective that an article writes inside a sentence right before a
 * lower-case word ("the Flemish windmills"): "Old" of "Old Goa" beside "Goa" is none.
 */
function adjectivesBeforeLowerCase(read: readonly ReadSentence[]): Set<string> {
  const out = new Set<string>();
  for (const { tokens } of read)
    for (let i = 1; i + 1 < tokens.length; i++) {
      const word = (tokens[i] as Token).text;
      if (
        PEOPLE_ADJECTIVE.test(word) &&
        LOWER_FIRST.test((tokens[i + 1] as Token).text) &&
        !opensSentence(tokens, i)
      )
        out.add(word);
    }
  return out;
}

/** Moves an entity's forms, mentions and kind votes into another, the same thing named otherwise. */
function absorb(t: EntityTally, entity: ArticleEntity, said: ArticleEntity): void {
  const { notOpening, typed, described, typedPerson, entities, byForm } = t;
  notOpening.add(entity);
  for (const f of said.forms) if (!entity.forms.includes(f)) entity.forms.push(f);
  entity.mentions += said.mentions;
  for (const votes of [typed, described]) {
    const from = votes.get(said);
    if (!from) continue;
    const into = votes.get(entity) ?? new Map<ActorKind, number>();
    for (const [k, n] of from) into.set(k, (into.get(k) ?? 0) + n);
    votes.set(entity, into);
  }
  typedPerson.set(entity, (typedPerson.get(entity) ?? 0) + (typedPerson.get(said) ?? 0));
  entities.splice(entities.indexOf(said), 1);
  for (const [k, e] of byForm) if (e === said) byForm.set(k, entity);
}

/** Takes one mention of sentence `r` into the tally: a new entity, or one more mention of one. */
function tallyMention(t: EntityTally, r: number, one: ReadSentence, m: Mention, foreign: boolean): void {
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
    if (!bare?.country || bare.country === countryOf(form, core, index)) entity = bare;
  }
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
          : core && opensWithPlaceAdjective(form)
            ? core
            : form,
      kind,
      entry: m.entry,
      forms: [],
      mentions: 0,
      role: null,
      country: core ? countryOf(form, core, index) : null,
    };
    entities.push(entity);
    keys.add(entity);
    if (m.entry !== null) byEntry.set(m.entry, entity);
    if (city) cities.set(key, entity);
  }
  countMention(t, r, one, m, entity, core, named);
}

/**
 * Counts a taken mention of an entity: its kind votes, forms, role and the aliases the text defines
 * there (apart from {@link tallyMention}, whose deoptimisations on rare branches recompiled both).
 */
function countMention(
  t: EntityTally,
  r: number,
  one: ReadSentence,
  m: Mention,
  entity: ArticleEntity,
  core: string | null,
  named: ActorKind | null,
): void {
  const {
    read,
    index,
    byForm,
    typedPerson,
    typed,
    described,
    notOpening,
    titledNames,
    pronounced,
    modifiedAs,
    spoke,
    indexed,
    definite,
  } = t;
  const { sentence, tokens } = one;
  // "from Nvidia, Gigabyte, MSI and Asus": names a comma or "and" alone joins are listed together
  if (
    t.last !== null &&
    t.last.r === r &&
    t.last.entity !== entity &&
    joinsList(tokens, t.last.to + 1, m.from)
  ) {
    const before = t.last.entity;
    const a = t.listed.get(entity);
    if (a) a.push(before);
    else t.listed.set(entity, [before]);
    const b = t.listed.get(before);
    if (b) b.push(entity);
    else t.listed.set(before, [entity]);
  }
  t.last = { r, to: m.to, entity };
  const form = m.form as string;
  const key = m.key as string;
  entity.mentions += 1;
  // "Brent crude", "Leerink analyst Tom Varga": a one-word name a noun after it says is a thing's or a
  // company's; "Brent said" says nothing against a person
  if (m.from === m.to && entity.entry === null) {
    const thing = kindModified(tokens, m.to);
    if (thing) modifiedAs.set(entity, thing);
    if (m.to + 1 < tokens.length && SPOKE.has((tokens[m.to + 1] as Token).text)) spoke.add(entity);
  }
  // "the Nikkei index", "the FTSE 100 index": a market's index, named after or beside its maker
  if (entity.entry === null && namesAnIndex(tokens, m.to)) indexed.add(entity);
  // "the Taurus", "the Falcon's bodyshell": a thing's one-word name after "the" (not a modifier before a
  // noun: "the Creole service" of GMB train, a broadcaster's)
  if (
    entity.entry === null &&
    m.from === m.to &&
    m.from > 0 &&
    THE.test((tokens[m.from - 1] as Token).text) &&
    !modifiesNoun(tokens, m.to)
  ) {
    const forms = definite.get(entity) ?? new Set<string>();
    forms.add(form);
    definite.set(entity, forms);
  }
  if (m.entry === null && !notOpening.has(entity) && (m.from !== m.to || !opensSentence(tokens, m.from)))
    notOpening.add(entity);
  if (m.type === 'PER') typedPerson.set(entity, (typedPerson.get(entity) ?? 0) + 1);
  if (entity.kind === 'person' && !pronounced.has(entity) && pronounAfter(read, r, m.to))
    pronounced.add(entity);
  const kind = m.type ? KIND[m.type] : null;
  if (entity.entry === null && kind) {
    const votes = typed.get(entity) ?? new Map<ActorKind, number>();
    // "the United States Coast Guard" read as a place as a whole: the tagger saw the country's name,
    // and says nothing of what the rest is
    if (!(kind === 'place' && core) && !surnameOfPerson(entity, m, form, kind, typedPerson))
      votes.set(kind, (votes.get(kind) ?? 0) + 1);
    typed.set(entity, votes);
  }
  if (entity.entry === null && named) {
    const said = described.get(entity) ?? new Map<ActorKind, number>();
    said.set(named, (said.get(named) ?? 0) + 1);
    described.set(entity, said);
  }
  if (!entity.forms.includes(form)) entity.forms.push(form);
  if (core && !entity.forms.includes(core)) entity.forms.push(core);
  byForm.set(key, entity);
  // "the Air Force" after "the US Air Force": the name without its country, said again, is the same
  if (core && !byForm.has(nameKey(core))) byForm.set(nameKey(core), entity);
  if (entity.kind === 'person') entity.role ??= findRole(sentence, tokens, m.from, m.to);
  // "ICRA vice-president Kinjal Shah", "A spokesman for the prime minister, Abdulkadir Walayo,": a
  // name of two or three personal words, read as a body's or a place's, right after a title word, or
  // opening with a given name and with a role beside it (not one ending on "of the": "director of
  // the La Opinion"), is a person's
  else if (
    entity.entry === null &&
    m.to > m.from &&
    m.to - m.from <= 2 &&
    isPersonalName(form) &&
    ((m.from > 0 && isTitle((tokens[m.from - 1] as Token).text)) ||
      (isGivenName((tokens[m.from] as Token).text) &&
        !LINK_END.test(findRole(sentence, tokens, m.from, m.to) ?? ' of')))
  )
    titledNames.add(entity);
  const defined = definedAlias(sentence, (tokens[m.to] as Token).end, form, afterPreposition(tokens, m.from));
  // a place's name in brackets after it is a dateline's credit ("Hong Kong (CNN Business)") or a
  // region's ("Springfield (Illinois)"), no other name of it; an acronym may be ("Bosnia and Herzegovina
  // (BiH)")
  if (
    defined &&
    index.lookup(defined) === undefined &&
    ((entity.kind !== 'place' && entity.kind !== 'country') || ACRONYM_FORM.test(defined))
  ) {
    const said = byForm.get(nameKey(defined));
    if (!said) byForm.set(nameKey(defined), entity);
    // an acronym used before the text spells it out ("the HMC met", then "the High Military
    // Committee (HMC)") was an entity of its own until here: it is this one
    else if (said !== entity && ACRONYM_FORM.test(defined) && isBareForm(said, defined))
      absorb(t, entity, said);
  }
  // so was a body's head noun said first ("Commission to table lower gas cap", a headline over "The
  // European Commission will propose")
  const head = entity.kind === 'organisation' && form.includes(' ') ? lastWord(form) : '';
  if (head && isOrganisationHead(head)) {
    const said = byForm.get(nameKey(head));
    if (said && said !== entity && isBareForm(said, head)) absorb(t, entity, said);
  }
}

/** The kinds of a known place's entry. */
const PLACE_KINDS = new Set(['country', 'place']);

/**
 * Whether a mention is the last word alone of a full name the tagger read as a person's, read now as
 * another kind: "Kirstie Alley is another celebrity …", then "Alley said", "Alley explained" — the
 * tagger read each "Alley" alone as a body, and 40 such votes outweighed the full name's one. The word
 * alone says nothing the full name has not.
 */
function surnameOfPerson(
  entity: ArticleEntity,
  m: Mention,
  form: string,
  kind: ActorKind,
  typedPerson: ReadonlyMap<ArticleEntity, number>,
): boolean {
  if (m.from !== m.to || kind === 'person' || (typedPerson.get(entity) ?? 0) === 0) return false;
  for (const f of entity.forms) if (f.length > form.length && f.endsWith(` ${form}`)) return true;
  return false;
}

/** A role that ends on a link word ("director of the", "spokesman for the") is a title of the body after it. */
const LINK_END = /\s(?:of|the|for|at|in|on|to|with)$/i;

/** Lower-case words a sentence needs before it can read as another language. */
const FOREIGN_WORDS = 8;

/**
 * Whether a sentence reads as English: it has an English function word ("the", "of", "is") among its
 * lower-case words, or too few of them to tell ("Falls Sie der Verwendung von Cookies nicht zustimmen,
 * klicken Sie hier unten auf Ablehnen" has eight and none; at five, GMB and WikiGold lost English
 * telegraphic lines such as "Twin Lake - small flag stop passenger shelter").
 * @param tokens the sentence's tokens
 */
function sentenceReadsAsEnglish(tokens: readonly Token[]): boolean {
  let lower = 0;
  for (const t of tokens) {
    const first = t.text.charCodeAt(0);
    if (first < 97 || first > 122 || t.text.length < 2) continue;
    if (isStopWord(t.text)) return true;
    lower++;
  }
  return lower < FOREIGN_WORDS;
}

/** A currency's sign ("$", "¢", "₵", "£", "₹"): letters glued before it are its prefix ("US$", "GH¢"). */
const CURRENCY_SIGN = /^\p{Sc}$/u;

/**
 * A sentence's mentions with a place or a body run into the name of the person it is the title of
 * ("Mayor of Andøy Knut Ellingsen", "Secretary of State Condoleezza Rice", read by the tagger as one
 * place, organisation or person) cut in two: the person, the last two to four words, and the place or
 * body before it. Only a name of three words or more after a title and "of" (over capitalised words and
 * "and"), and only where the article shows the cut: the place or body is a name of its own elsewhere ("in
 * Andøy"), or ends on a body's or a place's word ("Harbour Council"), or is one word before a given name and
 * a surname ("Secretary of State Maria Holt"; not "Binh" before "Dinh Provincial People"), or the person's last word is said alone ("Ellingsen said"). The person's
 * words read as a person's: capitalised, none a body's, a place's or a title's word, opening with a given
 * name or read by the tagger alone as a person's first word.
 * The place or body is typed as its other mentions are (the tagger, reading it alone, typed "Quy Nhon" a
 * person); one word there is dropped, as {@link afterTitleOf} drops a portfolio's after "of".
 * @param read the sentence, its forms and keys set
 * @param tagger the entity tagger
 * @param said how many mentions each key has in the article, updated for the mentions split
 * @returns the sentence's mentions, split where they ran on
 */
function splitAfterTitleOf(read: ReadSentence, tagger: EntityTagger, said: Map<string, number>): Mention[] {
  const { sentence, tokens, mentions } = read;
  const formOf = (from: number, to: number) =>
    sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
  let out: Mention[] | null = null;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    let at = -1;
    // whether the words before the person are a portfolio that names nothing ("Foreign Affairs")
    let portfolio = false;
    if (m.entry === null && m.to - m.from >= 2 && followsTitleOf(tokens, m.from)) {
      const surname = (said.get(nameKey((tokens[m.to] as Token).text)) ?? 0) > 0;
      for (let k = Math.max(m.from + 1, m.to - 3); k < m.to && at < 0; k++) {
        const shown =
          surname || (said.get(nameKey(formOf(m.from, k - 1))) ?? 0) > 0 || endsAName(tokens, k - 1);
        // "Minister of Foreign Affairs Sergei Lavrov": one or two words, then a given name and a surname
        const named = k <= m.from + 2 && m.to === k + 1 && isGivenName((tokens[k] as Token).text);
        if ((shown || named) && readsAsPersonAlone(tokens, k, m.to, tagger, sentence)) {
          at = k;
          portfolio = !shown;
        }
      }
    }
    if (at < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, j);
    said.set(m.key as string, (said.get(m.key as string) ?? 1) - 1);
    const parts: [number, number, EntityType | null][] = [[at, m.to, 'PER']];
    if (at - m.from > 1 && !portfolio) parts.unshift([m.from, at - 1, null]);
    for (const [from, to, type] of parts) {
      const form = formOf(from, to);
      const key = nameKey(form);
      // made as `mentionsOf` makes a mention and the form and key set after, in that order: one map for
      // every mention (a literal of six fields is another, and the mention step deoptimised on it)
      const part: Mention = { from, to, type, entry: null };
      part.form = form;
      part.key = key;
      out.push(part);
      said.set(key, (said.get(key) ?? 0) + 1);
    }
  }
  return out ?? mentions;
}

/** Whether the word at `at` ends a place's or a body's name ("State", "County", "Council"). */
function endsAName(tokens: readonly Token[], at: number): boolean {
  const text = (tokens[at] as Token).text;
  return isPlaceWord(text) || isOrganisationHead(text) || isPlaceUnit(text);
}

/**
 * Whether tokens `from..to` read as a person's name on their own: capitalised, none a body's, a place's
 * or a title's word, the first a given name or the first word of a person the tagger reads in them alone.
 */
function readsAsPersonAlone(
  tokens: readonly Token[],
  from: number,
  to: number,
  tagger: EntityTagger,
  sentence: string,
): boolean {
  for (let i = from; i <= to; i++) {
    const text = (tokens[i] as Token).text;
    if (!CAPITAL_FIRST.test(text) || isOrganisationWord(text) || isOrganisationHead(text)) return false;
    if (isPlaceWord(text) || isTitle(text)) return false;
  }
  if (isGivenName((tokens[from] as Token).text)) return true;
  const alone = tokens.slice(from, to + 1);
  const spans = spansOf(alone, tagger.tagIndices(textsOf(alone)), sentence);
  return spans[0]?.type === 'PER' && spans[0].from === 0;
}

/** A generation's abbreviation after a person's name ("Jr.", "Sr."). */
const GENERATION = new Set(['Jr', 'Sr']);

/**
 * The rest of a name after a leading country name or demonym ("US Federal Reserve"), or a word a hyphen
 * joins to a participle ("Toronto-listed Halvorsen Resources"), when the rest is a capitalised name. A country of two or three words ("United States Congress", "New Zealand League
 * of Rights") counts when it is not a capital ("New Delhi Wednesday") and the rest is not a place's
 * head word alone ("Cape Verde Islands"): WikiGold organisation recall 0.65 → 0.66, GMB unchanged.
 */
function withoutCountry(form: string, index: EntityIndex): string | null {
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
      // "Singapore Airlines", "China Eastern Airlines": a company named with its country and a trade is
      // called so in full, and another country's has the same rest
      if (isTradeWord(rest) || withoutTrade(rest) !== null) return null;
      return rest;
    }
  }
  return null;
}

/** The gazetteer's name of the country before a name's `core` ("US" of "US Federal Reserve"). */
function countryOf(form: string, core: string, index: EntityIndex): string | null {
  const entry = index.lookup(form.slice(0, form.length - core.length - 1));
  return entry === undefined ? null : (index.entries[entry]?.name ?? null);
}

/** The marks after an interjection or a linking word that opens a sentence ("Well,", "Thanks!", "Huh?"). */
const OPENING_MARKS = new Set([',', '!', '?']);

/**
 * Words that follow a verb opening an instruction and no name opening a sentence ("Check whether",
 * "Click here", "Check back soon", "Scroll down", "Peel off the skin", "Download this", "Pack a
 * cart"): a page's buttons and a recipe's or a guide's steps had made 14 people (and a place) of 13
 * of trafilatura-eval's 168 English scrapes, no right actor lost. Measured on GMB train, GMB dev and WikiGold: no sentence
 * opens with a marked name of one word before one of these but "Iran this", "Pakistan this" and "NATO
 * it" (all three known names, which this rule does not read); not "now" or "on" ("Loeb now", "Israel
 * on"), nor "’s" ("Let’s" beside a person's "Harry’s"), nor "to", which none of the three has there
 * but a headline does ("NHS to move to its highest alert level" of an English scrape; "Click to
 * print" stays a person)
 */
const INSTRUCTED = new Set([
  'whether',
  'if',
  'your',
  'our',
  'out',
  'up',
  'back',
  'here',
  'through',
  'down',
  'off',
  'it',
  'them',
  'me',
  'this',
  'these',
  'a',
  'the',
  'with',
  // "Thank you": 3 organisations on 3 of the English scrapes above; GMB train, GMB dev and WikiGold
  // open 10 sentences with a capitalised word before "you" ("If", "But", "Have", "Now"), none a name
  'you',
]);
