import { absorb } from './absorb-entity.js';
import type { ArticleEntity, Mention, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { tallyMention } from './count-mentions.js';
import { countryCapitals } from './country-entries.js';
import { isStoryLabel } from './dateline.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import { type EntityTagger, entityTagger } from './entity-tagger.js';
import type { EntityTally } from './entity-tally.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { isOpeningNoun, kindModified } from './kind-nouns.js';
import { CAPITALS, coordinatedAfter, runInHeadingEnd, versionAfter } from './mention-context.js';
import { headlineCaseQueries, isHeadlineCase, lowerCaseWords, opensSentence } from './name-evidence.js';
import { CAPITAL_FIRST, DIGIT_FIRST, PEOPLE_ADJECTIVE } from './name-shapes.js';
import { CAPITALISED_WORD, LOWER_FIRST } from './no-name-mentions.js';
import { isAbbreviatedLegalForm, isOrganisationHead, isTradeWord } from './organisation-words.js';
import { isOwned } from './possessed-bodies.js';
import { namesKnownSpan, readMentions } from './read-mentions.js';
import { type SentenceWords, wordsOfSentences } from './read-words.js';
import { sentenceReadsAsEnglish } from './reads-as-english.js';
import { headingsRepeated } from './repeated-headings.js';
import { settleEntities } from './settle-entities.js';
import { NameKeys } from './short-forms.js';
import { isFunctionWordAlone, opensWithCapital } from './span-words.js';
import { splitAfterTitleOf } from './split-after-title.js';
import { capitalsPlacedElsewhere, entriesReadAsSubdivisions } from './subdivision-readings.js';
import { type Token, tokenAt } from './tokenize-words.js';

export type { ArticleEntity } from './article-entity.js';
export { mostVoted } from './kind-evidence.js';
export { initialsOf, opensWithPlaceAdjective } from './name-shapes.js';

/**
 * Finds the entities of one article: names the tagger sees and known names (countries,
 * organisations, the config's packs and aliases), one entity per real-world thing, joined by the
 * aliases the text defines: "Kenya Defence Forces (KDF)", "X, known as Y", a surname after a
 * full name, an acronym of a name used before ("AFO"), a short form after "the" ("the Fed").
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
  joinUnmarkedPossessives(t);
  return settleEntities(t, tagger);
}

/**
 * Widens a name no gazetteer knows over the capitalised word before it, which the tagger left out, when
 * the two are a name the article says elsewhere as one ("Kel/O Varra/MISC rival Skylane" after "the
 * airline Kel Varra": "Varra" had been an alias of its own, merged as a surname into a person "Kel
 * Varra"). Only a word no other name of the sentence holds; the counts of `said` follow.
 * @param one a sentence read, its mentions' forms and keys made
 * @param said how many mentions each key has in the article
 */
function widenToSaidNames(one: ReadSentence, said: Map<string, number>, index: EntityIndex): void {
  const { sentence, tokens, mentions } = one;
  for (let j = 0; j < mentions.length; j++) {
    const m = mentions[j] as Mention;
    if (m.entry !== null || m.from === 0) continue;
    const before = tokens[m.from - 1] as Token;
    if (!capitalisedWord(before.text)) continue;
    const wider = nameKey(`${before.text} ${m.form as string}`);
    if (
      wider === m.key ||
      !(said.has(wider) || opensSaidName(tokens, m, said) || opensFirmBeforeApposition(tokens, m, index))
    )
      continue;
    if (j > 0 && (mentions[j - 1] as Mention).to >= m.from - 1) continue;
    said.set(m.key as string, (said.get(m.key as string) ?? 1) - 1);
    said.set(wider, (said.get(wider) ?? 0) + 1);
    // the form as made, its full stop kept ("Jr.", "Corp.")
    m.form = sentence.slice(before.start, (tokens[m.from] as Token).start) + (m.form as string);
    m.from -= 1;
    m.key = wider;
  }
}

/**
 * Whether the capitalised word opening the sentence and the first word of a name of two words or more
 * the tagger read after it are a name the article says alone ("Harrow Point Lending Corporation, the
 * second largest lender, …", read as "Point Lending Corporation", then "will delist Harrow Point"):
 * the word opens the body's name, which the tagger cut at the sentence's head.
 */
function opensSaidName(tokens: readonly Token[], m: Mention, said: ReadonlyMap<string, number>): boolean {
  if (m.to === m.from || !opensSentence(tokens, m.from - 1)) return false;
  return said.has(nameKey(`${(tokens[m.from - 1] as Token).text} ${(tokens[m.from] as Token).text}`));
}

/**
 * Whether the capitalised word opening the sentence is the first word of a firm's name the tagger cut
 * at the sentence's head, the name being the sentence's subject set off by an apposition ("Sunward
 * Harbour Lending, another lender, said …", read as "Harbour Lending"): a name of two
 * words or more closed by a trade's noun or a body's head noun ("Lending", "Bank"), a comma and "a",
 * "an", "another" or "the" after it. Not a function word, a title, a given name, a kind's noun
 * ("Manufacturer Bionova, a …") nor a name the gazetteer knows ("Ostrel Kestrel Bank, the …"): an
 * adjective before a firm's name ("Embattled Kestrel Bank said") is not set off so.
 */
function opensFirmBeforeApposition(tokens: readonly Token[], m: Mention, index: EntityIndex): boolean {
  if (m.to === m.from || !opensSentence(tokens, m.from - 1)) return false;
  const last = (tokens[m.to] as Token).text;
  if (!isTradeWord(last) && !isOrganisationHead(last)) return false;
  if (
    tokenAt(tokens, m.to + 1)?.text !== ',' ||
    !APPOSITION_OPENER.test(tokenAt(tokens, m.to + 2)?.text ?? '')
  )
    return false;
  const word = (tokens[m.from - 1] as Token).text;
  return (
    !isFunctionWordAlone(word) &&
    !isTitle(word) &&
    !isGivenName(word) &&
    !isOpeningNoun(tokens, m.from - 1) &&
    index.lookup(word) === undefined
  );
}

/** The words that open an apposition after a name ("…, another lender,"). */
const APPOSITION_OPENER = /^(?:a|an|another|the)$/;

/** Whether a word opens with a capital and goes on in letters ("Aer", not "A." or "US-led"). */
function capitalisedWord(word: string): boolean {
  return CAPITALISED_WORD.test(word);
}
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
  /** The kinds the words around an entity no gazetteer knows said it is ("the airline Norvair"). */
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
  for (let r = 0; r < read.length; r++) widenToSaidNames(read[r] as ReadSentence, said, index);
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
  const planNamed = new Set<ArticleEntity>();
  const launched = new Map<ArticleEntity, number>();
  const definite = new Map<ArticleEntity, Set<string>>();
  const bodysThings = new Map<ArticleEntity, number>();
  const heldIn = new Set<ArticleEntity>();
  const personSurnames = new Set<string>();
  const firmWords = new Set<string>();
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
      else if (m.type === 'ORG' && m.entry === null && m.to > m.from)
        for (let k = m.from; k <= m.to; k++) firmWords.add((tokens[k] as Token).text);
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
    planNamed,
    launched,
    definite,
    bodysThings,
    heldIn,
    personSurnames,
    firmWords,
    namedOtherwise,
    noPersonKeys,
  };
}

/**
 * Joins a body's acronym written with an "s" and no apostrophe before a lower-case word ("TMCs largest
 * shareholder" beside "Tessel Motor Company (TMC)") to the body: a possessive whose mark was left out,
 * no name of its own (a car-industry cluster brief had a carmaker's acronym so written as a person). Only
 * an acronym another entity, an organisation, has as a form: a firm's acronym is seldom a plural, a class's
 * ("MPs", "NGOs") is no body's form.
 */
function joinUnmarkedPossessives(t: EntityTally): void {
  const { entities, byForm, read } = t;
  for (const e of [...entities]) {
    if (e.entry !== null || e.forms.length !== 1) continue;
    const form = e.forms[0] as string;
    if (!UNMARKED_POSSESSIVE.test(form)) continue;
    const body = byForm.get(nameKey(form.slice(0, -1)));
    if (!body || body === e || body.kind !== 'organisation' || !entities.includes(body)) continue;
    if (!read.some(({ tokens }) => tokens.some((x, i) => x.text === form && beforeLowerWord(tokens, i))))
      continue;
    absorb(t, body, e);
  }
}
/** An acronym of two to five capitals and a small "s" ("TMCs"). */
const UNMARKED_POSSESSIVE = /^\p{Lu}{2,5}s$/u;
/** Whether token `at` stands right before a word in lower case ("TMCs largest"). */
const beforeLowerWord = (tokens: readonly Token[], at: number) =>
  /^\p{Ll}+$/u.test(tokenAt(tokens, at + 1)?.text ?? '');

/**
 * Joins a body's name said with a people's adjective before it ("Flemish Heritage Council") to the same name
 * said alone ("the Heritage Council"): one entity, as a country's demonym before a name makes one ("US Air
 * Force" and "the Air Force", see {@link withoutCountry}), for the peoples no gazetteer holds as a country.
 * The adjective is a capitalised word the article writes before a lower-case word inside a sentence too ("the
 * old Flemish windmills") and never as a name alone.
 */
function joinPeopleAdjectiveForms(t: EntityTally): void {
  const { entities, byForm, read } = t;
  let adjectives: Set<string> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of [...entities]) {
    if (e.entry !== null || e.kind === 'person' || isOwned(e) || joined.has(e)) continue;
    for (const form of e.forms) {
      const space = form.indexOf(' ');
      if (space < 0) continue;
      const rest = form.slice(space + 1);
      const bare = byForm.get(nameKey(rest));
      if (!bare || bare === e || bare.entry !== null || bare.kind === 'person' || isOwned(bare)) continue;
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

/** A generation's abbreviation after a person's name ("Jr.", "Sr."). */
const GENERATION = new Set(['Jr', 'Sr']);
