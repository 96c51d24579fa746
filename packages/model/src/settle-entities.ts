import { splitAcronymRunOns } from './acronym-run-ons.js';
import type { ArticleEntity } from './article-entity.js';
import { beforeCountry } from './company-arms.js';
import { nameKey } from './entity-index.js';
import type { EntityTagger } from './entity-tagger.js';
import type { EntityTally } from './entity-tally.js';
import { isEverydayWord } from './everyday-words.js';
import { isTitle } from './find-roles.js';
import { isPrefixedName } from './given-name-spans.js';
import {
  joinCompanyShortForms,
  joinFirstWords,
  joinGivenNames,
  joinPlaceFirms,
  joinStateForms,
  joinSurnames,
  surnamesOfPeople,
} from './join-entity-forms.js';
import {
  definesTerm,
  mistypedFullName,
  modelNames,
  mostVoted,
  placeKeys,
  readsAsNoPerson,
  rolePerson,
  singular,
  spellsLowerTerm,
  surnamesSaidAlone,
  thingNames,
} from './kind-evidence.js';
import { endsAsEdition, endsAsIndex } from './kind-nouns.js';
import { lowerCaseWords } from './name-evidence.js';
import { isPersonalName, lastWord, opensWithGivenName, stripParticle } from './name-shapes.js';
import { isObservance } from './no-actor-names.js';
import {
  endsAsChamber,
  endsAsFair,
  endsAsLaw,
  endsAsOrganisation,
  endsAsProgramme,
  endsAsUnit,
  isLegalForm,
  isOrganisationHead,
  namesATechnique,
  withoutTrade,
} from './organisation-words.js';
import { endsAsFacility, isPlaceWord, namesAPlace, regionOf } from './place-words.js';
import { namesCountry } from './read-mentions.js';
import { joinRunOnNames } from './run-on-names.js';

/**
 * Whether a name said only after a body's possessive reads as the body's programme or product by its
 * words: everyday words all ("Morning Hour", "Market Talk"; not a reporter's "Behnam Farrow" after a
 * radio's possessive, whatever the tagger read), none ending it as a body's, a unit's, a trade's, a place's
 * or a facility's ("the Kestrel Navy's Eastern Fleet", "Tarvik's Ostrel Airport" are no programmes), and no
 * lower-case word inside ("the alliance's Council for Fisheries").
 * @param name the name
 */
function isBodysThing(name: string): boolean {
  if (!name.split(' ').every(isEverydayWord)) return false;
  if (endsAsOrganisation(name) || endsAsUnit(name) || withoutTrade(name) !== null) return false;
  const last = lastWord(name);
  return !(
    isOrganisationHead(last) ||
    isPlaceWord(last) ||
    endsAsFacility(name) ||
    LOWER_WORD_INSIDE.test(name)
  );
}

/** A lower-case word inside a name ("Council for Fisheries"). */
const LOWER_WORD_INSIDE = /\s\p{Ll}/u;

/** The kept entities with their kinds settled, joined as one where the article names one thing so. */
export function settleEntities(t: EntityTally, tagger: EntityTagger | null): ArticleEntity[] {
  const {
    read,
    index,
    entities,
    typedPerson,
    typed,
    described,
    notOpening,
    titledNames,
    noPersonKeys,
    speakers,
    pronounced,
    modifiedAs,
    versioned,
    spoke,
    indexed,
    planNamed,
    launched,
    definite,
  } = t;
  // a one-word "person" the tagger typed a person in fewer than half its mentions was a misreading
  // ("this Varnian plan", then "the Varnian fleet" as an organisation). eval:actors keeps its
  // recall and precision (one actor fewer on GMB dev and on WikiGold) from one, two or three mentions
  // on; three leaves alone a name mentioned once or twice. Counting modifier uses instead ("Varnian
  // fleet") cost 3 points of person recall on GMB dev
  const kept = entities.filter(
    (e) =>
      !(
        e.kind === 'person' &&
        e.entry === null &&
        e.forms.every((f) => !/\s/.test(f)) &&
        e.mentions >= 3 &&
        2 * (typedPerson.get(e) ?? 0) < e.mentions
      ) &&
      // "the Company", "Inc" said alone: a filing's defined term or a legal form cut from its name, no
      // name of its own (WikiGold precision 0.7683 -> 0.7694, recall unchanged)
      !(e.entry === null && e.forms.every((f) => !/\s/.test(f) && isLegalForm(f))),
  );
  // the article's lower-case words among those opensWithGivenName may ask about (the words of each name
  // of two words or more no gazetteer knows), read when a name first asks: every lower-case word of the
  // article had been hashed into the set
  let articleLower: Set<string> | undefined;
  const lowerOfArticle = (): ReadonlySet<string> => {
    if (articleLower === undefined) {
      const asked = new Set<string>();
      for (const e of kept)
        if (e.entry === null && e.name.includes(' '))
          for (const w of e.name.split(' ')) asked.add(w.toLowerCase());
      articleLower = lowerCaseWords(
        read.map((x) => x.tokens),
        asked,
      );
    }
    return articleLower;
  };
  // an entity is of the kind the tagger gave most of its mentions, not only the first ("Sorano" read
  // as a place once at the head of a sentence and as an organisation after)
  for (const e of kept) {
    // what the text says a name is outweighs every reading of the tagger ("flag carrier Aeroflot",
    // then three mentions read as a place): WikiGold kind 0.795 with two votes a description, 0.799
    e.kind = mostVoted(described.get(e) ?? typed.get(e), e.kind);
    // a company's or a body's name says what it is ("Varrow Motor Company" read as a person)
    // (already one, it stays one: "Port Wire" is no place for opening with "Port")
    // a law's or a treaty's is a thing's ("Drugs and Cosmetics Act", "Penal Code" read as bodies)
    if (e.entry === null && endsAsLaw(e.name)) e.kind = 'other';
    // and a show's or a fair's named after its place ("Varnholm Air Show" read as a body)
    else if (e.entry === null && endsAsFair(e.name)) e.kind = 'other';
    // and a programme's ("Varnland Assets Relief Program" read as a body; the gazetteer's UN programmes
    // are bodies)
    else if (e.entry === null && endsAsProgramme(e.name)) e.kind = 'other';
    // and a technique's or a system's that the article defines by an acronym ("Vessel Tracking and
    // Reporting System (VTRS)" read as a body; "the Federal Grain System", written with none, stays one)
    else if (e.entry === null && namesATechnique(e.name) && e.forms.some((f) => ACRONYM_FORM.test(f)))
      e.kind = 'other';
    // a word, a hyphen or none and a number read as a place or a person is a code's: a disease's, a
    // model's, a format's ("Covid-19", "F-35", "MP3", a chip's "M2", read as places); a body's stays
    // one ("G-20", "G7")
    else if (e.entry === null && (e.kind === 'place' || e.kind === 'person') && CODE_NAME.test(e.name))
      e.kind = 'other';
    // a word, a full stop and a file's extension is a file's or a program's, whatever the tagger read
    // ("React.js" a place, "Pipfile.lock" a body), a site's a body's ("Booking.com")
    else if (e.entry === null && FILE_NAME.test(e.name))
      e.kind = SITE_NAME.test(e.name) ? 'organisation' : 'other';
    // (not a person's given name and surname the tagger read as a person's, with a role: "said Tobin
    // Rask, the Vice Chairman of Halvard")
    else if (e.entry === null && endsAsOrganisation(e.name) && !rolePerson(e)) e.kind = 'organisation';
    // and a legislature's chamber ("United States House of Representatives" read as a place)
    else if (e.entry === null && endsAsChamber(e.name)) e.kind = 'organisation';
    // and so does a company's trade after the name it is called by ("Nissan Motors dropped 30%" read as
    // a person; eval:actors unchanged: neither set holds one read as other than a body)
    else if (e.entry === null && withoutTrade(e.name) !== null) e.kind = 'organisation';
    // and a place's its own ("Swat Valley", "Lake Chad" read as an organisation or a person)
    else if (e.entry === null && e.kind !== 'place' && namesAPlace(e.name)) e.kind = 'place';
    // a word in camel case read as a place ("PostgreSQL", "jQuery", "ReactJS", "PyPI", "5GiB") is no
    // place's: GMB and WikiGold mark 5 such tokens as places in their 1.1 million, people's names and a
    // company's ("McPherson", "PepsiCo"); the five read corpora's 29 such places were all wrong, 23 of
    // them programs', formats', terms' or units' names and 6 bodies' ("OpenAI", "CySEC"), so a thing's;
    // a prefix of one to three letters before a capitalised word stays ("McAllen", "DeKalb", "LaGuardia")
    else if (
      e.entry === null &&
      e.kind === 'place' &&
      !e.name.includes(' ') &&
      CAMEL_CASE.test(e.name) &&
      !isPrefixedName(e.name) &&
      !described.get(e)?.has('place')
    )
      e.kind = 'other';
    // a word ending in "file" is a file's name ("Dockerfile", "Makefile", "Gemfile", "Procfile"): GMB and
    // WikiGold hold no capitalised such word, and a guide to containers had "Dockerfile" a place of 9
    // mentions in 2 sources, which the bottom line named as where two sources split
    else if (
      e.entry === null &&
      e.kind !== 'other' &&
      !e.name.includes(' ') &&
      FILE_WORD.test(e.name) &&
      !described.get(e)?.has(e.kind)
    )
      e.kind = 'other';
    else if (titledNames.has(e) && isPersonalName(e.name)) e.kind = 'person';
    // "coached by Gregg Brandon", "Steve finds Dick Cheney's BlackBerry": a name a given name opens,
    // read as a body's by the tagger, with nothing in the text calling it one and no "the" before it
    // ("the Kennedy Space Center"), is a person's (WikiGold kind 0.809 -> 0.828, GMB dev 0.902 ->
    // 0.904 with "corps" and "brotherhood" as bodies' words; recall and precision unchanged); so is one
    // read as a place that the tagger read as a person's at least once ("Amy Kolodziej", then
    // "Strell or Velikova … or Brennick" read as places; GMB dev kind 0.9051 -> 0.9054, WikiGold and
    // 800 articles of GMB train unchanged)
    else if (
      e.entry === null &&
      ((e.kind === 'organisation' && !described.get(e)?.has('organisation')) ||
        (e.kind === 'place' && !described.get(e)?.has('place') && (typedPerson.get(e) ?? 0) > 0)) &&
      e.forms.every((f) => !noPersonKeys.has(nameKey(f))) &&
      opensWithGivenName(e.name, lowerOfArticle)
    )
      e.kind = 'person';
    // "HALLORAN" of a transcript's "HALLORAN: …" said more than once (read as a place) is a person
    else if (e.entry === null && speakers.size > 0 && e.forms.some((f) => speakers.has(f))) e.kind = 'person';
    // "G. Ranganathan", "K. Rajendran" read as places: a name its initials open is a person's (not an
    // organisation's, which may be named after one: "J.P. Morgan"; nor initials the gazetteer knows: "U.S.
    // Marines")
    else if (
      e.entry === null &&
      e.kind === 'place' &&
      INITIALS_NAME.test(e.name) &&
      index.lookup(e.name.slice(0, e.name.indexOf(' '))) === undefined
    )
      e.kind = 'person';
  }
  // "Chad Edward Gaudin" read as a place at every mention and "Gaudin" alone as a body: a full name that
  // reads as a person's by its words, whose last word the article says alone as a place's or a body's
  // name, with nothing in the text calling either one, is a person's (then joinSurnames joins the
  // surname to it). Not one a place's name opens, said alone too or a state's ("Boston Bruins" beside
  // "Boston", "Florida Marlins"): a team's. Counted on GMB dev, WikiGold and GMB train's first 1,200
  // articles: 6 names made people, all people's by reading ("Oscar Arias"/"Arias", tennis players);
  // WikiGold kind 0.8429 -> 0.8441, GMB train's 0.9092 -> 0.9091 (its gold marks 3 of them a place or a
  // body there, the same names a person elsewhere in it), GMB dev has none
  let saidAlone: Set<string> | undefined;
  let formKeys: Set<string> | undefined;
  for (const e of kept) {
    if (!mistypedFullName(e, described)) continue;
    saidAlone ??= surnamesSaidAlone(kept, described);
    if (
      !saidAlone.has(nameKey(stripParticle(lastWord(e.name)))) ||
      !opensWithGivenName(e.name, lowerOfArticle)
    )
      continue;
    const first = e.name.slice(0, e.name.indexOf(' '));
    formKeys ??= new Set(kept.flatMap((k) => k.forms.map(nameKey)));
    const entry = index.lookup(first);
    if (formKeys.has(nameKey(first)) || (entry !== undefined && index.isSubdivision(first, entry))) continue;
    e.kind = 'person';
  }
  // "Varrow Australia": a name a country's ends may be a company's arm there (findActors reads it against
  // the brief's companies)
  const isCountry = (words: string) => namesCountry(words, index);
  for (const e of kept) {
    if (e.entry !== null || e.kind === 'organisation' || !e.name.includes(' ')) continue;
    const company = beforeCountry(e.name, isCountry);
    if (company !== null) e.armOf = company;
  }
  // "Central Mediterranean" beside "the Mediterranean": a direction before a place the article names is
  // a region of it, whatever the tagger read
  let places: Set<string> | undefined;
  for (const e of kept) {
    if (e.entry !== null || e.kind === 'place') continue;
    const region = regionOf(e.name);
    if (region === null) continue;
    places ??= placeKeys(kept);
    if (places.has(nameKey(region))) e.kind = 'place';
  }
  // the names the article writes as a file's before its extension ("Pipfile" of "Pipfile.lock")
  const fileStems = new Set<string>();
  for (const e of kept)
    for (const f of e.forms)
      if (FILE_NAME.test(f) && !SITE_NAME.test(f)) fileStems.add(f.slice(0, f.indexOf('.')));
  // a "person" with no sign of one is a company or a thing ("Goldman Sachs", "Kestrel Earth"), read
  // once every entity has its kind (another person's surname is a sign)
  let surnames: Map<string, number> | undefined;
  let oneWord: Set<string> | undefined;
  const unsigned = new Set<ArticleEntity>();
  for (const e of kept) {
    if (e.kind !== 'person' || e.entry !== null || described.get(e)?.has('person') || pronounced.has(e))
      continue;
    surnames ??= surnamesOfPeople(kept);
    // a one-word "person" with no title, role, pronoun or person of its surname, and no "said" after it,
    // that a noun after it says is a thing's or a company's ("Brent crude" in an oil brief and a
    // central-bank brief, "Leerink analyst Tom Varga" in a drug-trial brief); a given name too: "Brent"
    // is one, and the nouns are none a person's name modifies
    if (!e.name.includes(' ')) {
      const thing =
        modifiedAs.get(e) ?? (t.thingWords.has(e.name) || fileStems.has(e.name) ? 'other' : undefined);
      if (thing && e.role === null && !spoke.has(e) && !surnames.has(e.name)) e.kind = thing;
      continue;
    }
    oneWord ??= new Set(kept.filter((k) => !k.name.includes(' ')).map((k) => k.name));
    if (!readsAsNoPerson(e, surnames, oneWord)) continue;
    e.kind = 'organisation';
    unsigned.add(e);
  }
  // so is a one-word "place" no gazetteer knows that a noun after it says is a thing's, a program's or
  // a system's ("the Python interpreter", "Ubuntu derivatives", "Wasm runtimes" read as places), or
  // that the article writes as a file's name before its extension ("the Pipfile", "Pipfile.lock"; see
  // fileStems)
  for (const e of kept)
    if (
      e.kind === 'place' &&
      e.entry === null &&
      !e.name.includes(' ') &&
      (modifiedAs.get(e) === 'other' || t.thingWords.has(e.name) || fileStems.has(e.name))
    )
      e.kind = 'other';
  // and a one-word "person" or "place" the article writes right before a version's number is a product's
  // ("Overcast 2 is out", then "Overcast syncs" read as a person; "Ubuntu 22.04"): GMB train and WikiGold
  // mark a person's name right before a number 4 times in their million tokens ("Ruhlen 1987", "Lukic
  // 30"); eval:actors and GMB train's first 2,200 articles unchanged, "Overcast", "Windows" on bench pages
  for (const e of kept)
    if (
      (e.kind === 'person' || e.kind === 'place') &&
      e.entry === null &&
      !e.name.includes(' ') &&
      e.role === null &&
      !described.get(e)?.has(e.kind) &&
      versioned.has(e.name)
    )
      e.kind = 'other';
  // and so is a one-word "person" or "place" a comma, "and" or "or" joins to a thing's name ("on Mac and
  // Windows" beside "Windows 10", "PHP, Python, and Ruby" beside "the Python interpreter"): names listed
  // together are of one kind. Read again for a list of three ("Windows, Linux, Ubuntu"). On
  // trafilatura-eval's 168 English text scrapes 7 kinds changed, all wrong before (5 programs, a
  // coin and a people: "Maori" beside "Moriori people"); eval:actors and GMB train's first 1,200 articles
  // unchanged
  let things: Set<string> | undefined;
  for (let pass = 0; pass < 2; pass++)
    for (const e of kept) {
      if (
        (e.kind !== 'person' && e.kind !== 'place') ||
        e.entry !== null ||
        e.name.includes(' ') ||
        e.role !== null ||
        spoke.has(e) ||
        described.get(e)?.has(e.kind)
      )
        continue;
      const beside = t.coordinated.get(e.name);
      // "Python 3.7 on Windows", "Mercurial on Windows" beside "Python 3": what a thing runs on is a thing
      // (trafilatura-eval's 990 text scrapes: "Windows", a person of 5 mentions, the one kind changed;
      // eval:actors and GMB train's first 1,200 articles unchanged)
      const under = t.carriedOn.get(e.name);
      if (beside === undefined && under === undefined) continue;
      things ??= thingNames(kept, t.coordinated, t.thingWords, versioned);
      const isThing = (w: string) => (things as Set<string>).has(w);
      if (!beside?.some(isThing) && !under?.some(isThing)) continue;
      e.kind = 'other';
      things.add(e.name);
    }
  for (const e of kept) if (e.entry === null && !notOpening.has(e)) e.opening = true;
  // "the Nikkei index", "Tai Lok Index": a market's index is a product, no actor (a stock-market brief
  // had twelve among its actors); not a body's name before its index ("the Norvale Stock Exchange
  // composite index": the exchange, a body of GMB dev)
  for (const e of kept)
    if (e.entry === null && (endsAsIndex(e.name) || (indexed.has(e) && !endsAsOrganisation(e.name))))
      e.product = true;
  // "the plan, called \"Fresh Start\"": a plan's name is no actor (a car-industry cluster brief had a
  // firm's restructuring plan as a person); not one that speaks or has a role
  for (const e of kept)
    if (e.entry === null && planNamed.has(e) && e.role === null && !spoke.has(e)) {
      e.kind = 'other';
      e.product = true;
    }
  // "the completely new Orvane Castell": a name read as a person's said after "the" and a launch's
  // adjective in half its mentions or more is a product's, no actor (a car-industry cluster brief had a
  // carmaker's new model as a person); not one that speaks, has a role or opens with a title
  for (const e of kept)
    if (
      e.entry === null &&
      e.kind === 'person' &&
      e.role === null &&
      !spoke.has(e) &&
      !isTitle(e.name.split(' ')[0] as string) &&
      2 * (launched.get(e) ?? 0) >= e.mentions
    ) {
      e.kind = 'other';
      e.product = true;
    }
  // "closed for Christmas", "ahead of Thanksgiving": a holiday's or an observance's name, read as a place
  // or anything, is a day's and names no actor (`observances` of `data/no-actor-names.yaml`)
  for (const e of kept)
    if (e.entry === null && e.role === null && isObservance(e.name)) {
      e.kind = 'other';
      e.product = true;
    }
  // "Lumina Pro", "Padlet Lite": a product's edition, no actor (a deals page's laptop line of 75 mentions
  // had been its first actor, an organisation)
  for (const e of kept)
    if (e.entry === null && e.kind !== 'person' && endsAsEdition(e.name) && !endsAsOrganisation(e.name))
      e.product = true;
  // "the K420 XLR (Extra Long Range)": a model's code (letters and a figure, a variant's letters after
  // it) is a product's, and so is the long form a bracket gives it, whatever the tagger read
  for (const e of kept)
    if (e.entry === null && !e.product && e.forms.some(isModelCode) && !endsAsOrganisation(e.name))
      e.product = true;
  // "the 8W2 would fly", "showed the K400": a model's code said alone, with no maker's name, is a
  // product's too, whatever the tagger read; not a place's (a road's number, "B4120"), nor a
  // code that speaks or has a role
  for (const e of kept)
    if (
      e.entry === null &&
      !e.product &&
      e.kind !== 'place' &&
      e.kind !== 'country' &&
      e.role === null &&
      !spoke.has(e) &&
      e.forms.every((f) => CODE_ALONE.test(f))
    )
      e.product = true;
  // "Kestrel TV's Morning Hour", "Tarvik's Osprey V": a name of everyday words said only right after a
  // body's possessive, by none of its own words a body's, a unit's or a place's, that never speaks and has no role, is the
  // body's programme or product, no actor (a markets brief had a broadcaster's two programmes as a person
  // and a body)
  for (const e of kept)
    if (
      e.entry === null &&
      !e.product &&
      e.role === null &&
      !spoke.has(e) &&
      e.kind !== 'country' &&
      t.bodysThings.get(e) === e.mentions &&
      isBodysThing(e.name)
    ) {
      e.kind = 'other';
      e.product = true;
    }
  // "Meta Programming In Python", "Dreams From A Dirt Nap": a name read as a person's with a
  // capitalised preposition or conjunction inside is a work's title in title case, no actor (GMB and
  // WikiGold mark 33 such spans, none a person's but "King Of Cool")
  for (const e of kept)
    if (e.entry === null && e.kind === 'person' && TITLE_CASE_INNER.test(e.name)) {
      e.kind = 'other';
      e.product = true;
    }
  // the acronyms the article defines after words in lower case, read when a bare acronym first asks
  const lowerTerms: { acronyms?: Set<string> } = {};
  // "Certificate Authority (CA)", "Bus Rapid Transit (BRT)": a name set off with the acronym of its initials
  // whose capitalised words are all common words the article also writes in lower case, none a body's, a
  // trade's or a place's ("Centre for Disease Control (CDC)" is a body), is a term it defines, no body; not
  // one that speaks or has a role ("Human Rights Watch (HRW) said", whose "watch" a report seldom writes)
  for (const e of kept)
    if (
      e.entry === null &&
      (e.kind === 'organisation' || e.kind === 'place') &&
      e.role === null &&
      !spoke.has(e) &&
      !described.get(e)?.has(e.kind) &&
      (definesTerm(e, lowerOfArticle) || spellsLowerTerm(e, read, lowerTerms))
    ) {
      e.kind = 'other';
      e.product = true;
    }
  // "cards from Nvidia, Gigabyte, MSI and Asus", "options from MSI, Asus, EVGA and Zotac": a name no
  // gazetteer knows read as a place, that the text calls no place, listed beside bodies more often than
  // beside places and countries (two bodies at least), is a body too
  for (const e of kept) {
    if (e.entry !== null || e.kind !== 'place' || described.get(e)?.has('place') || namesAPlace(e.name))
      continue;
    const beside = t.listed.get(e);
    if (!beside || beside.length < 2) continue;
    let bodies = 0;
    let places = 0;
    // each name once: a pair a table repeats on every row is one listing
    for (const n of new Set(beside))
      if (n.kind === 'organisation') bodies++;
      else if ((n.kind === 'place' && n.entry !== null) || n.kind === 'country') places++;
    if (bodies >= 2 && bodies > places) e.kind = 'organisation';
  }
  for (const [e, forms] of definite) e.definite = [...forms];
  // "Kestrel 480 Skyliner", "the new 480 Skyliner": a word the article writes after a model's code
  // in half its uses or more is the model's name, a product, also where the tagger read it alone ("The
  // Skyliner will be …"); the aircraft brief had "Skyliner" among its actors (a maker said once after
  // a code stays: "the AV380 Aerovale superjumbo")
  let models: Map<string, number> | undefined;
  for (const e of kept) {
    if (e.entry !== null || e.product || e.name.includes(' ')) continue;
    models ??= modelNames(read);
    if (models.size > 0 && (models.get(singular(e.name)) ?? 0) >= 0.5) e.product = true;
  }
  const out = joinSurnames(
    joinGivenNames(
      joinFirstWords(
        joinPlaceFirms(
          joinCompanyShortForms(
            joinRunOnNames(splitAcronymRunOns(joinStateForms(kept, index)), index, read),
            unsigned,
            t.heldIn,
          ),
          read,
        ),
        described,
      ),
      described,
      typedPerson,
      lowerOfArticle,
      read,
    ),
    described,
  );
  return tagger === null ? out.filter((e) => e.entry !== null) : out;
}

/**
 * A capitalised preposition, conjunction or verb of being between two words of a name ("Meta Programming
 * In Python"): no person's name has one ("Of", "The" and "A" stand in nicknames and initials: "Dwayne The
 * Rock Johnson", "Herbert A E Scheele").
 */
const TITLE_CASE_INNER =
  / (?:In|On|For|With|To|From|And|At|By|Into|About|Without|Against|Over|Under|Is|Are|Was|Your|My|Our|How|Why|What) \S/;

/** Initials and one to three capitalised words: a person's name ("G. Ranganathan", "M.N. Sridhar"). */
const INITIALS_NAME = /^(?:\p{Lu}\.){1,3}(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;

/** A word, a full stop and an extension in lower case: a file's or a program's name ("React.js", "setup.py"). */
const FILE_NAME = /^\p{L}[\p{L}\d_-]*\.\p{Ll}{1,4}$/u;
/** A file name of a site's ({@link FILE_NAME}): a domain of the web ("Booking.com"). */
const SITE_NAME = /\.(?:com|org|net|gov|edu)$/;

/** A capitalised word of letters ending in "file" or "files" after three letters or more ("Dockerfile"). */
const FILE_WORD = /^\p{Lu}\p{Ll}{2,}files?$/u;
/** A lower-case letter right before a capital: a word in camel case ("PostgreSQL", "jQuery", "OpenAI"). */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;
/**
 * Whether a name of two or three words opens with a model's code ({@link CODE_NAME} with three or four
 * figures: "K420 XLR", "TR720 GX") and no word of a body's or a trade's follows it.
 */
function isModelCode(form: string): boolean {
  const space = form.indexOf(' ');
  if (space < 0) return false;
  const words = form.split(' ').length;
  return (
    words <= 3 &&
    MODEL_CODE.test(form.slice(0, space)) &&
    !endsAsOrganisation(form) &&
    withoutTrade(form) === null
  );
}
/** A form in capitals of three letters or more: an acronym ("VTRS", "GPS"). */
const ACRONYM_FORM = /^\p{Lu}{3,}$/u;
/** A model's code: one or two capitals and three or four figures ("TR720", "K420"). */
const MODEL_CODE = /^\p{Lu}{1,2}\d{3,4}$/u;

/**
 * A model's code alone: one or two capitals and three or four figures ("K400", "TR720"), or a capital
 * between figures ("8W2"). Not two figures after a letter (a group of states is named so), nor a code with a
 * hyphen ("TX-40": GMB marks a task force so named as a body).
 */
const CODE_ALONE = /^(?:\p{Lu}{1,2}\d{3,4}|\d{1,3}\p{Lu}\d{1,3})$/u;

/** A word of letters, a hyphen or none, and a number: "Covid-19", "F-35", "MS-13", "MP3", "M2". */
const CODE_NAME = /^\p{L}+-?\d+$/u;
