import type { ArticleEntity, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { SPOKE } from './english-cues.js';
import { type EntityIndex, nameKey } from './entity-index.js';
import { isGivenName } from './given-names.js';
import { isPersonalName, LOWER_WORD, lastWord, opensWithGivenName, stripParticle } from './name-shapes.js';
import {
  companiesByShortForm,
  endsAsEvent,
  endsAsOrganisation,
  withoutLegalForm,
  withoutTrade,
} from './organisation-words.js';
import { makesRegion, namesAPlace } from './place-words.js';
import { isStopWord } from './text-stats.js';
import { isPossessiveMark, type Token } from './tokenize-words.js';

/** Moves an entity's forms and mentions into the one it names too (the joins below). */
function takeMentions(into: ArticleEntity, e: ArticleEntity): void {
  for (const f of e.forms) if (!into.forms.includes(f)) into.forms.push(f);
  into.mentions += e.mentions;
  if (e.coded) into.coded = (into.coded ?? 0) + e.coded;
  if (e.sited) into.sited = (into.sited ?? 0) + e.sited;
}

/**
 * Joins a name no gazetteer knows that is a state's or province's name as written ("Arizona" where the
 * tagger read a body, or beside a capitalised word) to the entity of that state the article also has
 * (see `addSpanMentions`): one actor of one name, not a place and a body "Arizona". A person keeps
 * the state's mentions ("Virginia said …, Virginia, 34, …"): a state's name read as a person's is a
 * person's name.
 * @param entities the article's entities, kinds decided
 * @param index the known names
 * @returns them without the names joined
 */
export function joinStateForms(entities: ArticleEntity[], index: EntityIndex): ArticleEntity[] {
  let states: Map<number, ArticleEntity> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry !== null) continue;
    const entry = index.lookup(e.name);
    if (entry === undefined || !index.isSubdivision(e.name, entry)) continue;
    states ??= new Map(entities.filter((s) => s.entry !== null).map((s) => [s.entry as number, s]));
    const state = states.get(entry);
    if (!state) continue;
    if (e.kind === 'person') {
      takeMentions(e, state);
      joined.add(state);
    } else {
      takeMentions(state, e);
      joined.add(e);
    }
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/**
 * Joins a name's first word said alone ("Rivierland" of "Cyber attack on Rivierland hospitals",
 * "Nordhavn" of "Shares in Nordhavn rose") to the one longer name of the article it opens ("Rivierland
 * Zorggroep", "Nordhavn Lines"): it was a place or an organisation of its own beside the body. Only a
 * word no gazetteer knows (a country or a capital stands alone: "Baghdad" beside "Baghdad University"),
 * that the text says nothing of itself (no kind noun or preposition of where calls it a place), that no
 * role or title makes a person, and that opens no other name of the article ("Michigan" beside
 * "Michigan State University" and "Michigan Association" is the state), nor a word of direction ("the
 * North" beside "North Ostrel"); not the first word of a name a place's word makes one ("Kano" of "Kano
 * State", "Swat" of "Swat Valley") nor of a person's.
 * @param entities the article's entities, kinds decided
 * @param described the kinds the words around each entity said it is
 * @returns them without the first words, whose forms and mentions went to their name
 */
export function joinFirstWords(
  entities: ArticleEntity[],
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
): ArticleEntity[] {
  let opened: Map<string, ArticleEntity | null> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of entities) {
    // a body read alone is one of its own ("Google" beside "Google Doc", "House" beside "House Appropriations
    // Subcommittee"); a person is left to the person rules
    if (e.entry !== null || e.kind === 'person' || e.kind === 'organisation' || e.role !== null) continue;
    // a body's product or programme said alone ("Tarvik's Osprey" beside "Osprey Program") is none of its
    // own names
    if (e.product || e.name.includes(' ') || e.forms.some((f) => f.includes(' '))) continue;
    // "the North" beside "North Ostrel": a word of direction alone names a region or a bloc of its own
    if (makesRegion(e.name)) continue;
    const said = described.get(e);
    if (said?.has('place') || said?.has('person')) continue;
    opened ??= namesByFirstWord(entities);
    const name = opened.get(nameKey(e.name));
    if (!name || name === e || e.mentions > name.mentions) continue;
    takeMentions(name, e);
    joined.add(e);
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/**
 * The longest name whose first word said alone is its short form: "Rivierland Zorggroep", "al-Aqsa
 * Martyrs Brigades". On the bench pages, longer ones were run-ons ("California Pressebereich System
 * Operator") that took the place they opened.
 */
const MAX_OPENED_NAME_WORDS = 3;

/**
 * The names of two words or more no gazetteer knows, no person's and no place's by its own words, by
 * their first word's key ({@link nameKey}); null for a word two such names open.
 * @param entities the article's entities, kinds decided
 */
function namesByFirstWord(entities: readonly ArticleEntity[]): Map<string, ArticleEntity | null> {
  const opened = new Map<string, ArticleEntity | null>();
  for (const e of entities) {
    if (e.entry !== null || e.kind === 'person' || e.kind === 'country') continue;
    const space = e.name.indexOf(' ');
    // "Houston Chronicle", "Florida Department of Law Enforcement", "Turin Winter Olympics": a body, a paper
    // or an event named after its place, which is the word said alone
    if (space < 0 || namesAPlace(e.name) || endsAsOrganisation(e.name) || endsAsEvent(e.name)) continue;
    // "California Pressebereich System Operator": a run-on of a page's scrambled words, not a name
    if (e.name.includes(' of ') || e.name.split(' ').length > MAX_OPENED_NAME_WORDS) continue;
    const key = nameKey(e.name.slice(0, space));
    const had = opened.get(key);
    opened.set(key, had === undefined || had === e ? e : null);
  }
  return opened;
}

/**
 * Joins a given name said alone ("Esther" of "'Don't worry, Esther,' he said", "I called David") to the
 * one person of the article whose full name opens with it ("Esther Bwalya", "David Keane"): it was a
 * person of its own. Only a name read as a person, or as a place or a body at most mentions but as a
 * person's at one ({@link readAsPersonToo}): of all those read as places, WikiGold joined as many
 * wrongly ("Tarzan" to "Tarzan Corner", "Maine" to "Maine Central") as rightly ("Jared" to "Jared
 * Leto"); with one person's reading, WikiGold joined 2, both right ("Angelo", "Guido"; kind 0.8322 →
 * 0.8328), 800 articles of GMB train 2 ("Saddam" right, "Sunni" to a "Sunni Arab" read as a person),
 * and it joins a surname written first ("Yoon" of "President Yoon Suk Yeol", read as a body). Not when
 * two people of the article share the given name, nor when the word is also a person's surname. A name
 * read as a place or a body at every mention joins too when it is a listed given name, the person's
 * name reads as one by its words ({@link opensWithGivenName}: not "Tarzan Corner") and the article
 * never writes the word as an adjective ({@link writtenBeforeNoun}: "a Muslim rights group" beside the
 * body "Muslim Advocates" read as a person); this one thing named two ways kept two kinds ("Jared" a
 * place beside the person "Jared Leto"). WikiGold joined 5, all right, kind 0.8407 -> 0.8429; GMB train's
 * first 1,200 articles 7, 6 right by reading ("Lucia" to "Lucia Hiriart", "Saddam" twice), one the
 * tagger's cut of a company ("Kevin" of "Kevin's Music LLC" to "Kevin Costner", a wrong actor before
 * too), precision 0.9150 -> 0.9151, kind unchanged; GMB dev none.
 * @param entities the article's entities, kinds decided
 * @returns them without the given names, whose forms and mentions went to their person
 */
export function joinGivenNames(
  entities: ArticleEntity[],
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
  typedPerson: ReadonlyMap<ArticleEntity, number>,
  lower: () => ReadonlySet<string>,
  read: readonly ReadSentence[],
): ArticleEntity[] {
  const personOf = new Map<string, ArticleEntity | null>();
  const surnames = new Set<string>();
  for (const e of entities) {
    if (e.kind !== 'person' || e.entry !== null) continue;
    const space = e.name.indexOf(' ');
    if (space < 0 || !isPersonalName(e.name)) continue;
    const key = nameKey(e.name.slice(0, space));
    const had = personOf.get(key);
    personOf.set(key, had === undefined || had === e ? e : null);
    surnames.add(nameKey(lastWord(e.name)));
  }
  if (personOf.size === 0) return entities;
  const joined = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry !== null || e.name.includes(' ')) continue;
    const alone = e.kind !== 'person' && !readAsPersonToo(e, described, typedPerson);
    if (alone && !givenNameAlone(e, described)) continue;
    const key = nameKey(e.name);
    const person = personOf.get(key);
    if (!person || surnames.has(key) || !e.forms.every((f) => !f.includes(' '))) continue;
    if (alone && (!opensWithGivenName(person.name, lower) || writtenBeforeNoun(read, e.name))) continue;
    takeMentions(person, e);
    joined.add(e);
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/**
 * Whether the article writes a word before a lower-case noun, as an adjective ("a Muslim convert", "six
 * Muslim men"), which a given name said alone never is ("Jared said", "Jared and his band").
 */
function writtenBeforeNoun(read: readonly ReadSentence[], word: string): boolean {
  for (const { tokens } of read)
    for (let i = 0; i + 1 < tokens.length; i++) {
      if ((tokens[i] as Token).text !== word) continue;
      const next = (tokens[i + 1] as Token).text;
      if (LOWER_WORD.test(next) && !/(?:ing|ed|ly)$/.test(next) && !isStopWord(next) && !SPOKE.has(next))
        return true;
    }
  return false;
}

/** Whether a one-word name read as a place or a body is a given name, with nothing else saying what it is. */
function givenNameAlone(
  e: ArticleEntity,
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
): boolean {
  if (e.kind !== 'place' && e.kind !== 'organisation') return false;
  if (e.role !== null || described.has(e) || makesRegion(e.name)) return false;
  return isGivenName(e.name);
}

/**
 * Whether a one-word name read as a place or a body was read as a person's at some mention, with no role
 * and nothing in the text calling it a place or a body, nor a word of direction.
 */
function readAsPersonToo(
  e: ArticleEntity,
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
  typedPerson: ReadonlyMap<ArticleEntity, number>,
): boolean {
  if (e.kind !== 'place' && e.kind !== 'organisation') return false;
  if (e.role !== null || described.has(e) || makesRegion(e.name)) return false;
  return (typedPerson.get(e) ?? 0) > 0;
}

/**
 * Joins a surname said alone and read as a place or a body ("Kolodziej" of "Strell or Velikova … or
 * Brennick or Kolodziej", a list of candidates the tagger read as places) to the one person of the
 * article whose full name ends with it ("Amy Kolodziej"): at each mention a surname is matched to the
 * full name only where the tagger read that mention as a person's. Only a word no gazetteer knows, that
 * the text says nothing of itself (no kind noun or preposition of where), with no role, and not the
 * surname of two people of the article (then it is only made a person's: "Meadows" beside "Mark Meadows"
 * and "Debbie Meadows" had been an organisation; 800 articles of GMB train kind 0.9088 -> 0.9089, GMB dev
 * and WikiGold unchanged); of a full name a given name opens. GMB dev and WikiGold's
 * figures are unchanged; on 800 articles of GMB train it joined 9 words, each to the name of what it
 * names ("Basescu", "Karadzic" read as bodies beside "Traian Basescu", "Radovan Karadzic"), two of them
 * bodies the tagger had read as people ("Shell" to "Royal-Dutch Shell").
 * @param entities the article's entities, kinds decided
 * @param described the kinds the words around each entity said it is
 * @returns them without the surnames, whose forms and mentions went to their person
 */
export function joinSurnames(
  entities: ArticleEntity[],
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
): ArticleEntity[] {
  let personOf: Map<string, ArticleEntity | null> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry !== null || e.kind === 'person' || e.kind === 'country' || e.role !== null) continue;
    if (e.name.includes(' ') || e.forms.some((f) => f.includes(' ')) || described.has(e)) continue;
    // "the North" beside "Dale North": a word of direction alone names a region
    if (makesRegion(e.name)) continue;
    if (personOf === undefined) {
      personOf = new Map();
      for (const p of entities) {
        const space = p.name.indexOf(' ');
        if (p.kind !== 'person' || p.entry !== null || space < 0 || !isPersonalName(p.name)) continue;
        // a full name a given name opens ("Amy Kolodziej"), not a body read as a person's ("Mahmoud Abbas'
        // Fatah" of GMB train, where "Fatah" is the body)
        if (!isGivenName(p.name.slice(0, space)) || p.name.includes("'")) continue;
        const key = nameKey(stripParticle(lastWord(p.name)));
        const had = personOf.get(key);
        personOf.set(key, had === undefined || had === p ? p : null);
      }
    }
    const person = personOf.get(nameKey(stripParticle(e.name)));
    // the surname of two people of the article ("Mark Meadows", "Debbie Meadows") is a person's, whose
    // of them the text alone tells
    if (person === null) e.kind = 'person';
    if (!person) continue;
    takeMentions(person, e);
    joined.add(e);
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/** A name of two words an ampersand apart ("Crum & Forster"). */
const AMPERSAND_FIRM = /^\p{Lu}\S* & \p{Lu}\S*$/u;

/**
 * Joins the short form of a company the article names in full ("Upjohn" or "Upjohn's shares" beside
 * "Upjohn Co.", "Nissan" beside "Nissan Motor Company") to the company: without its legal form, or
 * that name's first word. The short form alone was read as a person or a place ("Xerox", "Primerica",
 * "Intelogic" on GMB dev, "Datecs" on WikiGold). A name with a role ("Mr. Williams") or that could be
 * two companies' is left alone.
 * @param entities the article's entities, kinds decided
 * @param unsigned the "people" with no sign of one made organisations, whose first word is a short form
 * @param heldIn the words alone said after a holding's noun ("Shares of Norvale"), a company's whatever read
 * @returns them without the short forms, whose forms and mentions went to their company
 */
export function joinCompanyShortForms(
  entities: ArticleEntity[],
  unsigned: ReadonlySet<ArticleEntity>,
  heldIn: ReadonlySet<ArticleEntity>,
): ArticleEntity[] {
  const cores: [ArticleEntity, string][] = [];
  // companies named with their trade, without a legal form ("Harrowgate Foods"): the name before the
  // trade, alone and after them, is the same company when read as an organisation or a person's name
  // too ("Harrowgate, Britain's fifth-largest grocer, said"), not a place ("Aurora" of "Aurora Energy")
  const plain = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry !== null || e.kind !== 'organisation') continue;
    // a "person" with no sign of one is said by its first word too ("Caspira" of "Caspira Shipping")
    let core = withoutLegalForm(e.name) ?? (unsigned.has(e) ? e.name : null);
    if (core === null) {
      // a firm of two names an ampersand apart ("Crum & Forster") is said by its first too, as one
      // named with its trade is
      core = withoutTrade(e.name) ?? (AMPERSAND_FIRM.test(e.name) ? e.name : null);
      if (core !== null) plain.add(e);
    }
    if (core !== null) cores.push([e, core]);
  }
  const companyOf = companiesByShortForm(cores);
  if (companyOf.size === 0) return entities;
  const joined = new Set<ArticleEntity>();
  const surnames = plain.size > 0 ? surnamesOfPeople(entities) : null;
  const first = new Map<ArticleEntity, number>();
  if (plain.size > 0) for (const [i, e] of entities.entries()) first.set(e, i);
  for (const e of entities) {
    if (e.entry !== null || e.role !== null) continue;
    const company = companyOf.get(nameKey(e.name));
    if (!company || company === e || !e.forms.every((f) => companyOf.get(nameKey(f)) === company)) continue;
    // the first word of a "person" with no sign of one, only when read as a person too ("Caspira"): a
    // place is one in its own right ("Michigan" of a run-on "Michigan Varrow")
    if (unsigned.has(company) && withoutLegalForm(company.name) === null && e.kind !== 'person') continue;
    // or a person's, a word alone ("Merrivale said"), when no person of the article has it as surname,
    // or any word alone said after a holding's noun ("Shares of Norvale fell" beside "Norvale Logistics",
    // read as a place there and after "at" and "from");
    // and only after the full name, as news names a company in full first: a word named before it is
    // the name's own ("Apple", then "Apple News"; "Obama", then "the Obama Foundation")
    if (
      plain.has(company) &&
      ((first.get(company) as number) > (first.get(e) as number) ||
        (e.kind !== 'organisation' &&
          !heldIn.has(e) &&
          (e.kind !== 'person' || e.name.includes(' ') || surnames?.has(e.name))))
    )
      continue;
    takeMentions(company, e);
    joined.add(e);
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}

/**
 * How many people of the article have each surname (the last word of a name of several), and each last
 * two words of a name of three or more (keys with a space, which no surname has).
 * @param entities the article's entities, of their kinds
 */
export function surnamesOfPeople(entities: readonly ArticleEntity[]): Map<string, number> {
  const surnames = new Map<string, number>();
  for (const k of entities) {
    const space = k.name.lastIndexOf(' ');
    if (k.kind !== 'person' || space < 0) continue;
    const surname = k.name.slice(space + 1);
    surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
    const before = k.name.lastIndexOf(' ', space - 1);
    if (before < 0) continue;
    const tail = k.name.slice(before + 1);
    surnames.set(tail, (surnames.get(tail) ?? 0) + 1);
  }
  return surnames;
}

/**
 * Words right before a place's name that say the name is the place ("flights to Montana", "based in
 * Montana"), not the firm named after it ("Montana's network", "at Montana", "Montana frequent flyers").
 */
const BEFORE_PLACE = new Set([
  'in',
  'to',
  'from',
  'into',
  'across',
  'near',
  'throughout',
  'within',
  'outside',
]);

/**
 * Whether a known place's mention (tokens `from..to`) stands where only a place does: after a
 * preposition of where or movement ({@link BEFORE_PLACE}) with no possessive or lower-case word after it
 * ("to Montana frequent flyers" is the firm's), or after a town and a comma ("Bozeman, Montana").
 */
function readAsPlaceAt(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.text;
  if (before === undefined) return false;
  if (before === ',') return /^\p{Lu}/u.test(tokens[from - 2]?.text ?? '');
  if (!BEFORE_PLACE.has(before.toLowerCase())) return false;
  // "to Montana frequent flyers", "access to Montana's network": the name modifies or owns what follows
  const after = tokens[to + 1]?.text ?? '';
  return !isPossessiveMark(after) && !LOWER_WORD.test(after);
}

/**
 * Joins a known place's name said alone to the firm of the article named by it and a word of its trade
 * ("Montana" of "Montana's network", "at Montana" beside "Montana Airlines", `trades` in
 * `data/organisation-words.yaml`): in that article it is the firm's short form, as "Harrowgate" is
 * "Harrowgate Foods"'s, and no mention of the place. Only where the article writes the place by its
 * name alone (no adjective: "British" beside "British Airways" is the country's), only after a sentence
 * that names the firm in full, and never where only a place stands (after "in", "to", "from", or a town
 * and a comma: "Bozeman, Montana"); one firm so named.
 * @param entities the article's entities, kinds decided
 * @param read the article's sentences as read
 * @returns them without the places joined to their firm
 */
export function joinPlaceFirms(entities: ArticleEntity[], read: readonly ReadSentence[]): ArticleEntity[] {
  let firms: Map<string, ArticleEntity | null> | undefined;
  const joined = new Set<ArticleEntity>();
  for (const e of entities) {
    if (e.entry === null || (e.kind !== 'place' && e.kind !== 'country')) continue;
    if (firms === undefined) {
      firms = new Map();
      for (const f of entities) {
        if (f.kind !== 'organisation' || f.entry !== null) continue;
        const bare = withoutTrade(withoutLegalForm(f.name) ?? f.name);
        if (bare === null) continue;
        const k = nameKey(bare);
        firms.set(k, firms.has(k) && firms.get(k) !== f ? null : f);
      }
    }
    if (firms.size === 0) break;
    const firm = firms.get(nameKey(e.name));
    if (!firm || e.forms.some((f) => f !== e.name)) continue;
    // a short form follows its full name: "Velmora will be the first stop, where Velmora
    // Airlines will show the jet" names the city, before the firm and beside it
    let firmSaid = false;
    let placed = false;
    for (const { tokens, mentions } of read) {
      let firmHere = false;
      for (const m of mentions) {
        if (m.entry === null && m.form !== undefined && m.form !== e.name && firm.forms.includes(m.form))
          firmHere = true;
        else if (
          m.entry === e.entry &&
          m.form === e.name &&
          (!firmSaid || readAsPlaceAt(tokens, m.from, m.to))
        )
          placed = true;
      }
      if (placed) break;
      if (firmHere) firmSaid = true;
    }
    if (placed) continue;
    takeMentions(firm, e);
    joined.add(e);
  }
  return joined.size === 0 ? entities : entities.filter((e) => !joined.has(e));
}
