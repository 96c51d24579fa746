import type { ArticleEntity, ReadSentence } from './article-entity.js';
import type { ActorKind } from './briefing.js';
import { nameKey } from './entity-index.js';
import { isEverydayWord, isFrequentWord } from './everyday-words.js';
import { isTitle } from './find-roles.js';
import { isGivenName } from './given-names.js';
import { nameParticles } from './name-particles.js';
import { CAPITAL_FIRST, DIGITS, initialsOf, LETTER_FIRST, stripParticle } from './name-shapes.js';
import { isOrganisationWord, isTradeWord, opensBodyBeforeFor } from './organisation-words.js';
import { isPlaceWord, makesRegion } from './place-words.js';
import { bracketedAcronyms } from './read-words.js';
import { ACRONYM_FORM } from './short-forms.js';
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * Whether an entity is a term the article defines ({@link settleEntities}): a name of two words or more
 * with a form that is the acronym of its initials ("Bus Rapid Transit", "BRT"), whose capitalised words
 * the article all writes in lower case too and none of which is a body's, a trade's or a place's word.
 * @param e the entity
 * @param lower the article's lower-case words, read when first asked
 */
export function definesTerm(e: ArticleEntity, lower: () => ReadonlySet<string>): boolean {
  if (!e.name.includes(' ')) return false;
  const initials = initialsOf(e.name);
  if (initials.length < 2 || !e.forms.includes(initials)) return false;
  const words = e.name.split(/\s+/).filter((w) => CAPITAL_FIRST.test(w));
  if (words.some((w) => isOrganisationWord(w) || opensBodyBeforeFor(w) || isTradeWord(w) || isPlaceWord(w)))
    return false;
  const said = lower();
  return words.every((w) => said.has(w.toLowerCase()));
}

/**
 * Whether an entity is a bare acronym the article defines right after words in lower case, their
 * initials its letters ("gross domestic product (GDP)", "drug reaction with eosinophilia and systemic
 * symptoms (DRESS)"): a term, no body's name ({@link settleEntities}).
 * @param e the entity
 * @param read the article's sentences
 * @param cache where the article's such acronyms are kept once read
 */
export function spellsLowerTerm(
  e: ArticleEntity,
  read: readonly ReadSentence[],
  cache: { acronyms?: Set<string> },
): boolean {
  if (!ACRONYM_FORM.test(e.name)) return false;
  if (cache.acronyms === undefined) {
    cache.acronyms = new Set();
    for (const { sentence, tokens } of read) {
      if (!sentence.includes('(')) continue;
      for (const { acronym, bracket, letters } of bracketedAcronyms(sentence, tokens))
        if (bracket > 1 && spelledInLowerCase(tokens, bracket - 1, letters)) cache.acronyms.add(acronym);
    }
  }
  return cache.acronyms.has(e.name);
}

/**
 * Whether the words ending at token `to`, in lower case but for the first, spell an acronym's letters by
 * their initials, small words between them passed over ("reaction with eosinophilia").
 */
function spelledInLowerCase(tokens: readonly Token[], to: number, letters: string): boolean {
  let left = letters.length;
  for (let i = to; i >= 0 && left > 0; i--) {
    const text = (tokens[i] as Token).text;
    const first = text[0]?.toLowerCase();
    if (first === letters[left - 1] && (LOWER_TERM_WORD.test(text) || (left === 1 && left < letters.length)))
      left--;
    else if (!TERM_JOINS.has(text)) return false;
  }
  return left === 0;
}

const LOWER_TERM_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;

/** Small words a term holds between its words ("reaction with eosinophilia and systemic symptoms"). */
const TERM_JOINS = new Set(['of', 'and', 'for', 'the', 'with', 'in', 'on', 'to', 'by', 'from']);

/**
 * The one-word names an article writes as a thing's ({@link settleEntities}): those it writes before a
 * version's number or a thing's noun, those of its entities read as things, and the capitalised words
 * no entity of another kind is named by that a comma, "and" or "or" joins to one of them ("Linux" of
 * "Windows, Linux, Ubuntu" beside "Windows 10": the tagger read no name there).
 * @param kept the article's entities, kinds decided
 * @param coordinated the words joined to each capitalised word
 * @param thingWords the words written before a thing's noun
 * @param versioned the words written before a version's number
 */
export function thingNames(
  kept: readonly ArticleEntity[],
  coordinated: ReadonlyMap<string, readonly string[]>,
  thingWords: ReadonlySet<string>,
  versioned: ReadonlySet<string>,
): Set<string> {
  const things = new Set([...thingWords, ...versioned]);
  const named = new Set<string>();
  for (const n of kept)
    if (n.kind === 'other') {
      if (!n.name.includes(' ')) things.add(n.name);
    } else for (const f of n.forms) named.add(f);
  // a word between two names in a list of three or more, then the next
  for (let pass = 0; pass < 2; pass++)
    for (const [w, beside] of coordinated)
      if (!things.has(w) && !named.has(w) && beside.some((b) => things.has(b))) things.add(w);
  return things;
}

/**
 * Whether an entity is a name of two words or more no gazetteer knows, read as a place or a body, with no
 * role and nothing in the text calling it anything, nor opened by a word of direction ("West Seattle").
 */
export function mistypedFullName(
  e: ArticleEntity,
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
): boolean {
  if (e.entry !== null || (e.kind !== 'place' && e.kind !== 'organisation')) return false;
  if (!e.name.includes(' ') || e.role !== null || described.has(e)) return false;
  return !makesRegion(e.name.slice(0, e.name.indexOf(' ')));
}

/**
 * The keys of the one-word names no gazetteer knows read as a place's or a body's, with no role and
 * nothing in the text calling them anything, nor a word of direction: surnames a full name may claim.
 */
export function surnamesSaidAlone(
  entities: readonly ArticleEntity[],
  described: ReadonlyMap<ArticleEntity, ReadonlyMap<ActorKind, number>>,
): Set<string> {
  const keys = new Set<string>();
  for (const e of entities)
    if (
      e.entry === null &&
      (e.kind === 'place' || e.kind === 'organisation') &&
      e.role === null &&
      !described.has(e) &&
      !makesRegion(e.name) &&
      e.forms.every((f) => !f.includes(' '))
    )
      keys.add(nameKey(stripParticle(e.name)));
  return keys;
}

/**
 * The keys ({@link nameKey}) of every form of the places and countries of the article.
 * @param entities the article's entities, of their kinds
 */
export function placeKeys(entities: readonly ArticleEntity[]): Set<string> {
  const keys = new Set<string>();
  for (const e of entities)
    if (e.kind === 'place' || e.kind === 'country') for (const f of e.forms) keys.add(nameKey(f));
  return keys;
}

/** The plural of a word for a member of a people or a faith ("Muslims", "Americans", "Maronites", "Pakistanis"). */
const PEOPLES = /(?:an|im|ite|ist|i)s$/;

/** A capital and a full stop: a name's initial ("J. Smith"). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * Whether a "person" shows nothing of one: a name of two or three words no form of which opens with a
 * given name, an initial or a title, with no role found beside it, and a word of it an everyday word of
 * English or its last a frequent one (see {@link isEverydayWord}, {@link isFrequentWord}).
 * @param e an entity the tagger read as a person
 * @param surnames how many people of the article have each surname (`surnamesOfPeople`)
 * @param alone the names of one word of the article's entities
 */
export function readsAsNoPerson(
  e: ArticleEntity,
  surnames: ReadonlyMap<string, number>,
  alone: ReadonlySet<string>,
): boolean {
  if (e.role !== null || !e.name.includes(' ')) return false;
  const words = e.name.split(' ');
  // a people named by its plural ("Sunni Muslims", "Shi'ite Iraqis"), which GMB counts as people
  if (PEOPLES.test(words.at(-1) as string)) return false;
  const surname = words.at(-1) as string;
  // a surname's particle ("Abu Musab al-Zarqawi", "Díaz de Vélez"): a personal name's shape, of names
  // the given-name lists miss most
  const { prefix } = nameParticles();
  if (words.some((w, i) => i > 0 && prefix.test(w))) return false;
  // the surname of another person of the article ("Rice" of "Condoleezza Rice" and of "Neither Rice",
  // a sentence's opener the tagger took into the name). Not a first word said alone as a person: that
  // kept "Pak Ui Chun" on GMB, but also companies said by their first word ("Lockheed"), and GMB kind
  // was 0.9019 with it, 0.9020 without
  // Not one that ends as this name does, in two words: "Chrome Safe Browsing" beside "Enhanced Safe
  // Browsing" are a product's names, which had made each the other's sign of a person
  const tail = words.length > 2 ? `${words.at(-2)} ${surname}` : null;
  if ((surnames.get(surname) ?? 0) - (tail === null ? 1 : (surnames.get(tail) ?? 1)) > 0) return false;
  for (const f of e.forms) {
    // a surname said alone ("Morales said")
    if (f === surname) return false;
    const first = f.split(' ')[0] as string;
    if (isGivenName(first) || INITIAL.test(first) || isTitle(first)) return false;
  }
  // a name of capitalised words of letters none of which is an everyday word of English, its last
  // word not among the 40,000 most frequent of web text ("Ollanta Humala", "Wangari Maathai", "Tomo
  // Miličević"): a personal name of a language the given-name lists miss, where a body's name has a
  // common word ("Linkin Park", "Halo Trust") or ends in a frequent one ("Brakmoor Analytics", "Kestrel
  // Interactive"). Not one whose first word the article says alone as a name of its own: a body's short
  // form ("Dewa" of "Dewa Budjana", a band of WikiGold, had become an actor of its own). Kind on GMB
  // train's first 1,200 articles 0.9091 -> 0.9113 (52 actors' kinds made right, 7 wrong, 4 of them
  // people gold calls bodies), GMB dev 0.9076 -> 0.9079 (2 and 1), WikiGold 0.8441 -> 0.8447 (3 and 3
  // bands' names); without the frequent-word test 0.9137, 0.9079 and 0.8461, but 9 fixtures' invented
  // companies became people
  if (alone.has(words[0] as string) || !words.every((w) => NAME_WORD.test(w))) return true;
  return words.some(isEverydayWord) || isFrequentWord(surname);
}

/** A capitalised word of letters, a hyphen or an apostrophe inside ("Mir-Kazemi", "Jung-hwan", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/**
 * The kind with the most votes; on a tie, or with no votes, the kind so far.
 * @param votes mentions by kind
 * @param kind the kind so far
 */
export function mostVoted(votes: ReadonlyMap<ActorKind, number> | undefined, kind: ActorKind): ActorKind {
  let best = kind;
  let most = votes?.get(kind) ?? 0;
  for (const [k, n] of votes ?? []) if (n > most) [best, most] = [k, n];
  return best;
}

/**
 * Whether an entity is a person with a role whose surname is a body's word ("Tobin Rask, the Vice
 * Chairman of Halvard"): read as a person, two words, the first a given name.
 */
export function rolePerson(e: ArticleEntity): boolean {
  if (e.kind !== 'person' || !e.role) return false;
  const space = e.name.indexOf(' ');
  return space > 0 && e.name.indexOf(' ', space + 1) < 0 && isGivenName(e.name.slice(0, space));
}

/**
 * The capitalised words an article writes right after a model's code ("Skyliner" of "the 480
 * Skyliner" and of "480 Skyliners", "MRTT" of "an A330 MRTT"), each with the share of its uses so
 * written (a plural's use counts for its singular).
 * @param read the article's sentences
 */
export function modelNames(read: readonly ReadSentence[]): Map<string, number> {
  const coded = new Map<string, number>();
  const aliased = new Set<string>();
  for (const { tokens } of read)
    for (let i = 1; i < tokens.length; i++) {
      // only a capitalised word counts (`singular` keeps the first letter): asked first, by its first
      // character when that is ASCII, as most words are not (the code's two patterns had been tried
      // before every word)
      const text = (tokens[i] as Token).text;
      const c = text.charCodeAt(0);
      if (c < 65 || (c > 90 && c < 128) || !CAPITAL_FIRST.test(text)) continue;
      if (followsModelCode(tokens, i)) {
        const w = singular(text);
        coded.set(w, (coded.get(w) ?? 0) + 1);
      } else if (namedAfterCode(tokens, i)) aliased.add(singular(text));
    }
  if (coded.size === 0 && aliased.size === 0) return coded;
  const uses = new Map<string, number>();
  for (const { tokens } of read)
    for (const t of tokens) {
      const w = singular(t.text);
      if (coded.has(w)) uses.set(w, (uses.get(w) ?? 0) + 1);
    }
  for (const [w, n] of coded) coded.set(w, n / (uses.get(w) as number));
  // "the Kestrel 480, or Skyliner": the other name the article gives a model's code is the model's in
  // all its uses (an aircraft cluster brief had a model so named, written alone twice, as a person)
  for (const w of aliased) coded.set(w, 1);
  return coded;
}

/** A word of four letters or more without its final "s", else the word: the key a model's name is counted by. */
export const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/**
 * Whether token `from` is the other name a model's code is given after a comma and "or": "the Kestrel
 * 480, or Skyliner, is …" (the code after a maker's capitalised name, as {@link followsModelCode} reads
 * three digits).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 */
function namedAfterCode(tokens: readonly Token[], from: number): boolean {
  if (tokenAt(tokens, from - 1)?.text !== 'or' || tokenAt(tokens, from - 2)?.text !== ',') return false;
  return codeAfterMaker(tokens, from - 3);
}

/** Whether token `at` is a model's code after a maker's capitalised name ("Kestrel 480"). */
function codeAfterMaker(tokens: readonly Token[], at: number): boolean {
  const code = tokenAt(tokens, at)?.text ?? '';
  const maker = tokenAt(tokens, at - 1)?.text ?? '';
  return MODEL_NUMBER.test(code) && CAPITAL_FIRST.test(maker) && !BEFORE_A_COUNT.has(maker.toLowerCase());
}

/**
 * Whether a model's code stands right before token `from`, or before a quotation mark and it: "the
 * AV380 Superjumbo", "an A330 MRTT", and three digits after a maker's name ("Kestrel 480 \"Skyliner\"").
 * Not a number after a preposition or a figure's part, an address's, a count's or an amount's ("at 220
 * Mill Street", "1,000 CFA francs").
 * @param tokens the sentence's tokens
 * @param from the name's first token
 */
function followsModelCode(tokens: readonly Token[], from: number): boolean {
  let at = from - 1;
  if (OPENING_QUOTE.test(tokenAt(tokens, at)?.text ?? '')) at--;
  const code = tokenAt(tokens, at)?.text ?? '';
  if (!MODEL_NUMBER.test(code)) return false;
  const before = tokenAt(tokens, at - 1)?.text;
  // a word before the code, not a figure's part ("1,000 CFA francs", "600 - 150 B.C."); before three
  // digits alone, a maker's name ("Kestrel 480"), as they count as often ("to buy 150 Aerovale jets", "an
  // estimated 400 Buddhist pilgrims" of GMB train)
  if (before === undefined || BEFORE_A_COUNT.has(before.toLowerCase())) return false;
  return DIGITS.test(code) ? CAPITAL_FIRST.test(before) : LETTER_FIRST.test(before);
}

/**
 * A model's code: up to three capitals and two to four digits ("A380", "MD-95") or three digits ("787"),
 * and a series after a hyphen ("737-800", "777-200LR").
 */
const MODEL_NUMBER = /^(?:\p{Lu}{1,3}-?\d{2,4}|\d{3})(?:-\d{1,3}\p{Lu}{0,3})?$/u;

const OPENING_QUOTE = /^["“'‘]$/u;

/** Words before a number that make it an address's or a count's, no model's code ("at 220 Mill Street"). */
const BEFORE_A_COUNT = new Set([
  'only',
  'just',
  'another',
  'all',
  'at',
  'on',
  'in',
  'from',
  'to',
  'of',
  'by',
  'near',
  'for',
  'with',
  'than',
  'about',
  'over',
  'under',
  'some',
  'nearly',
  'almost',
  'around',
]);
