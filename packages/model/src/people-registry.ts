import { builtInIndex } from './built-in-index.js';
import { SENTENCE_OPENERS, WEEKDAY_NAME } from './english-cues.js';
import { isGenerationSuffix, type Person, surname } from './find-people.js';
import { isTitle, leadingTitles } from './find-roles.js';
import { isCommonWord } from './given-name-spans.js';
import { isGivenName } from './given-names.js';
import { MONTH_NAMES } from './month-names.js';
import { isContraction } from './name-evidence.js';
import { isLegalForm, isOrganisationHead, isOrganisationWord } from './organisation-words.js';
import { isPlaceWord } from './place-words.js';
import { LETTER, NEXT_NAME_WORD, NOT_NAME_START, WORD_UNIT } from './quote-patterns.js';
import { namesCountry } from './read-mentions.js';
import type { Sentence } from './sentences.js';
import { withoutOpener } from './speaker-titles.js';

/** A personal pronoun opening a sentence in capitals: no name's word, though "He" is a surname too. */
const PRONOUN = /^(?:He|She|It|They|We|I|You)$/u;

/**
 * The people introduced so far across a brief's articles (name → role), indexed by surname and by
 * the tails of each name, so that resolving a speaker is a lookup, not a loop over everyone known.
 * Iterates in the order people were first introduced.
 */
export class PeopleRegistry {
  readonly #people = new Map<string, Person>();
  readonly #rank = new Map<string, number>();
  /** surname or name tail → the first name introduced with it */
  readonly #bySurname = new Map<string, string>();
  readonly #byTail = new Map<string, string>();
  /** a name's first word → the first name introduced with it: the surname of a name written surname first */
  readonly #byFirst = new Map<string, string>();

  /** How many people are known. */
  get size(): number {
    return this.#people.size;
  }

  /** The person of that exact name, if known. */
  get(name: string): Person | undefined {
    return this.#people.get(name);
  }

  /** Everyone known, in the order they were introduced. */
  values(): IterableIterator<Person> {
    return this.#people.values();
  }

  /**
   * Records a person; a role already known is kept.
   * @returns the person as now known
   */
  add(found: Person): Person {
    // "When Winfrey asked if …", "Afterwards Tamsin Quell, the port's lawyer, said": the sentence's
    // opening word is no part of the name
    const own = withoutOpener(found.name) as string;
    const p = own === found.name ? found : { ...found, name: own };
    const known = this.#people.get(p.name);
    const person = { name: p.name, role: known?.role ?? p.role };
    this.#people.set(p.name, person);
    if (!known) {
      this.#rank.set(p.name, this.#rank.size);
      const last = surname(p.name);
      if (!this.#bySurname.has(last)) this.#bySurname.set(last, p.name);
      const first = p.name.slice(0, p.name.indexOf(' '));
      if (first && !this.#byFirst.has(first)) this.#byFirst.set(first, p.name);
      for (let i = p.name.indexOf(' '); i !== -1; i = p.name.indexOf(' ', i + 1)) {
        const tail = p.name.slice(i + 1);
        if (!this.#byTail.has(tail)) this.#byTail.set(tail, p.name);
      }
    }
    return person;
  }

  /**
   * The first person introduced whose surname is one of `words`; else, for names written surname first
   * ("Lakatos Gábor", "Kim Seo-yeon": "Lakatos told", "Kim said"), the first whose name opens with one.
   * @param words candidate surnames
   * @param givenFirst whether a word that is a given name may be a name's first word too (not for
   *   another article's people: "Mirela said" of a baker is no "Mirela Vantakis" of another report)
   */
  bySurname(words: readonly string[], givenFirst = true): Person | undefined {
    // "He said" opening a sentence is the pronoun, not the surname of a name written surname first
    // ("He Ruimin": a trade adviser of one report had been given another report's "He said" quotes)
    const names = words.filter((w) => !PRONOUN.test(w));
    return (
      this.#first(names.map((w) => this.#bySurname.get(w))) ??
      this.#first(names.map((w) => (givenFirst || !isGivenName(w) ? this.#byFirst.get(w) : undefined)))
    );
  }

  /**
   * The person a name refers to: that exact name, else the first one introduced whose name ends with
   * it or whose surname it is.
   * @param name a name as written
   */
  resolve(name: string): Person | undefined {
    return this.#people.get(name) ?? this.#first([this.#byTail.get(name), this.#bySurname.get(name)]);
  }

  #first(names: readonly (string | undefined)[]): Person | undefined {
    let best: string | undefined;
    for (const n of names)
      if (
        n !== undefined &&
        (best === undefined || (this.#rank.get(n) as number) < (this.#rank.get(best) as number))
      )
        best = n;
    return best === undefined ? undefined : this.#people.get(best);
  }
}

/**
 * The people one article reads: the brief's registry (see {@link PeopleRegistry}), this article's own
 * first. A surname alone ("Williams said", "Scott told") is the person this article introduced with it;
 * the person another article introduced with it only when this article wrote no one else of that
 * surname before ("Jennifer Williams, a top aide …" then "Williams said" is not the "John Williams" of
 * another report, whom the registry had given every "Williams" of the brief).
 */
export class ArticlePeople {
  readonly #all: PeopleRegistry;
  readonly #own = new PeopleRegistry();
  readonly #text: string;

  /**
   * @param all the brief's people, filled as its articles are read
   * @param text the article's text
   */
  constructor(all: PeopleRegistry, text: string) {
    this.#all = all;
    this.#text = text;
  }

  /** Records a person in the brief and in this article; see {@link PeopleRegistry.add}. */
  add(found: Person): Person {
    const person = this.#all.add(found);
    this.#own.add(person);
    return person;
  }

  /**
   * The person one of `words` is the surname of (see {@link PeopleRegistry.bySurname}): this article's,
   * else another article's if this article wrote no other full name of it before `sentence`. A given
   * name alone ("Mirela said") is the first word of a name of this article only: another article's
   * person of that given name is someone else as often as not (a baker's words had gone to a governor).
   * @param words candidate surnames
   * @param sentence the sentence they are in
   */
  bySurname(words: readonly string[], sentence: Sentence): Person | undefined {
    return (
      this.#namesake(words, sentence) ??
      this.#mine(this.#own.bySurname(words)) ??
      this.#unless(this.#all.bySurname(words, false), words, sentence)
    );
  }

  /**
   * The person a name refers to (see {@link PeopleRegistry.resolve}): this article's, else that exact
   * name, else another article's whose name ends with it if this article wrote no other full name of it.
   * @param name a name as written
   * @param sentence the sentence it is in
   */
  resolve(name: string, sentence: Sentence): Person | undefined {
    return (
      (name.includes(' ') ? undefined : this.#namesake([name], sentence)) ??
      this.#mine(this.#own.resolve(name)) ??
      this.#all.get(name) ??
      this.#unless(this.#all.resolve(name), [name], sentence)
    );
  }

  /**
   * The person a surname alone means when this article wrote two people or more of it before `sentence`:
   * the one written last ({@link latestNamesake}); undefined when it wrote one or none.
   */
  #namesake(words: readonly string[], sentence: Sentence): Person | undefined {
    for (const word of words) {
      const name = latestNamesake(this.#text, sentence, word);
      if (name !== null) return this.add({ name, role: null });
    }
    return undefined;
  }

  /** This article's person as the brief knows them (a role another article gave them kept). */
  #mine(person: Person | undefined): Person | undefined {
    return person && this.#all.get(person.name);
  }

  /** Another article's person, unless this article wrote a full name of another with one of `words` before `sentence`. */
  #unless(other: Person | undefined, words: readonly string[], sentence: Sentence): Person | undefined {
    if (other === undefined) return undefined;
    const full = fullNameBefore(this.#text, sentence, words);
    return full === null || full === other.name ? other : undefined;
  }
}

/** A capitalised word right before a surname: its given name ("David" of "David Keane", "Eva-Marie"). */
const GIVEN_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*)\s$/u;
/** A given name and a middle initial with its stop right before a surname: "Patrick W. ". */
const INITIAL_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{Ll}'’]+)\s(\p{Lu})\.\s$/u;
/** A generation's suffix after a surname: " Jr.", ", Sr.", " III". */
const SUFFIX_AFTER = /^,?\s(?:Jr\.|Sr\.|II|III|IV)(?![\p{L}])/u;
/** A word's possessive ending ("News'", "Ruiz's"), which ends no given name. */
const POSSESSIVE_END = /['’]s?$/u;
/** The person of a full name found before, added to the people read so far; undefined for none. */
export function fullNameOf(full: string | null, people: ArticlePeople): Person | undefined {
  return full === null ? undefined : people.add({ name: full, role: null });
}

/** One more capitalised word right after a name, to a word's end. */
const NAME_GOES_ON_ONE = new RegExp(String.raw`^${NEXT_NAME_WORD}(?![\p{L}'’])`, 'u');
/** A weekday or a month after a name is no part of it ("said Ana Ruiz Tuesday"). */
const NOT_NAME_AFTER = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAMES.join('|')})$`, 'iu');

/**
 * The given name, and a space, right before a name's middle name where the text writes it ("Gustav " of
 * "admirer Gustav Lloyd Halvard", then "Halvard told AFP": the speaker had been "Lloyd Halvard"): a word
 * the given-name list knows and no common word, so that a body, a title or an article before a name
 * stays out ("Acme Ana Ruiz", "the podcast The Dan Felton Interview").
 * @param text the article's text
 * @param end where the space before the middle name is
 * @returns the given name and a space, or ''
 */
function firstNameBefore(text: string, end: number): string {
  if (end <= 0 || text.charAt(end) !== ' ') return '';
  const first = GIVEN_BEFORE.exec(text.slice(Math.max(0, end - 40), end + 1))?.[1];
  return first && isGivenName(first) && !isTitle(first) && !isCommonWord(first.toLowerCase())
    ? `${first} `
    : '';
}

/**
 * A person introduced by a title and a surname alone ("said Mr. Reves, a senior fellow at …") under
 * the full name the article wrote before ("Eric Reves, one of the leading voices on …"): the brief's
 * quotes had named him "Mr. Reves" wherever he was not among its main actors, whose names they take.
 * @param person the person as the sentence introduces them
 * @param text the article's text
 * @param sentence the sentence that introduces them
 */
export function withFullName(person: Person, text: string, sentence: Sentence): Person {
  const words = person.name.split(' ');
  if (words.length < 2 || leadingTitles(words) !== words.length - 1) return person;
  const full = fullNameBefore(text, sentence, [words.at(-1) as string]);
  return full === null ? person : { ...person, name: full };
}

/**
 * The full name a surname alone stands for ("Keane told supporters"), written earlier in the article
 * ("Former harbour commissioner David Keane won …"): the capitalised word right before the surname where
 * the text first writes it so, not a title, and one capitalised word after it when the name goes on
 * ("Camille Etienne Gbedey" for "Etienne").
 * @param text the article's text
 * @param sentence the sentence with the quote
 * @param beforeSaid the words right before "said"/"told"
 */
export function fullNameBefore(
  text: string,
  sentence: Sentence,
  beforeSaid: readonly string[],
): string | null {
  const word = beforeSaid.find((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_NAME_START.test(w));
  if (!word || isOrganisationWord(word)) return null;
  // each place the surname stands whole before the quote, in text order; no pattern made per quote
  let surnameFirst: string | null = null;
  for (let at = text.indexOf(word); at >= 0 && at < sentence.start; at = text.indexOf(word, at + 1)) {
    if (LETTER.test(text.charAt(at + word.length)) || (at > 0 && WORD_UNIT.test(text.charAt(at - 1))))
      continue;
    const whole = fullNameAt(text, at, word);
    if (whole) return whole;
    // "Hanul Cell chief executive Lee Dong-hyun bowed …": a name written surname first, if no other
    if (surnameFirst === null) {
      const after = givenAfter(text.slice(at + word.length, at + word.length + 40));
      if (after) surnameFirst = `${word} ${after}`;
    }
  }
  return surnameFirst;
}

/**
 * The full name a surname written whole at `at` ends: its given name, a middle initial or a middle name
 * before it, and one capitalised word after it when the name goes on (see {@link fullNameBefore}).
 * @param text the article's text
 * @param at where the surname stands
 * @param word the surname
 * @returns the name, or null when no given name stands before the surname there
 */
function fullNameAt(text: string, at: number, word: string): string | null {
  // "Patrick W. Carlineo Jr., 55, pleaded guilty", then "Carlineo faces …": a listed given name and a
  // middle initial before the surname
  const initialled = at > 0 ? INITIAL_BEFORE.exec(text.slice(Math.max(0, at - 40), at)) : null;
  if (initialled && isGivenName(initialled[1] as string) && !isTitle(initialled[1] as string)) {
    const suffix = SUFFIX_AFTER.exec(text.slice(at + word.length, at + word.length + 5))?.[0] ?? '';
    return `${initialled[1]} ${initialled[2]}. ${word}${suffix}`;
  }
  const given = at > 0 ? GIVEN_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] : undefined;
  // "I’m Ana," a speaker's own words introducing her, give no given name; nor do "Both Acme and …",
  // "Afterwards Ana tells …", nor a body's possessive ("Tern News' Ana Ruiz reports:", then "Ana
  // writes:" had been said by "News' Ana Ruiz")
  if (
    !given ||
    POSSESSIVE_END.test(given) ||
    // "envoy to Norway Qiu Hanlin": a country before the name is what a role is of, no given name
    namesCountry(given, builtInIndex()) ||
    NOT_NAME_START.test(given) ||
    isTitle(given) ||
    isContraction(given) ||
    SENTENCE_OPENERS.has(given.toLowerCase())
  )
    return null;
  // "Camille Etienne Gbedey, their mother", then "Etienne said": a middle name or the first of two
  // surnames alone stands for the whole name, not for the two words up to it
  // (not a common noun that the article writes in lower case too: "the Dan Wootton Interview
  // podcast", then "Wootton asked her" is Dan Wootton, not a person "Dan Wootton Interview")
  const more = NAME_GOES_ON_ONE.exec(text.slice(at + word.length, at + word.length + 30))?.[0];
  const next = more?.trim();
  const whole = `${firstNameBefore(text, at - given.length - 2)}${given} ${word}`;
  return next && !NOT_NAME_AFTER.test(next) && !isOrganisationWord(next) && !writtenLower(text, next)
    ? `${whole}${more}`
    : whole;
}

/**
 * The one of two people or more of one surname whom a surname alone before `sentence` means ("Ana Ruiz
 * and her brother Pedro Ruiz …", then "Pedro Ruiz said the bank would not pay. '…,' Ruiz said."): the
 * one whose full name the article wrote last before it, as a reader takes it. Null when the article
 * wrote one full name of that surname or none before it: the rules for one person read it
 * ({@link fullNameBefore}, the people registry's first of a surname).
 * @param text the article's text
 * @param sentence the sentence with the surname alone
 * @param word the surname
 */
export function latestNamesake(text: string, sentence: Sentence, word: string): string | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || NOT_NAME_START.test(word) || isOrganisationWord(word)) return null;
  // given names apart: "Ana Ruiz" and "Ana María Ruiz" are one person written twice
  const given = new Set<string>();
  let latest: string | null = null;
  for (let at = text.indexOf(word); at >= 0 && at < sentence.start; at = text.indexOf(word, at + 1)) {
    if (LETTER.test(text.charAt(at + word.length)) || (at > 0 && WORD_UNIT.test(text.charAt(at - 1))))
      continue;
    const whole = fullNameAt(text, at, word);
    if (whole === null) continue;
    given.add(whole.slice(0, whole.indexOf(' ')));
    latest = whole;
  }
  return given.size > 1 ? latest : null;
}

/** Whether a text writes a capitalised word in lower case too, as a word of its own ("interview"). */
function writtenLower(text: string, word: string): boolean {
  const lower = word.toLowerCase();
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1))
    if (!LETTER.test(text.charAt(at + lower.length)) && (at === 0 || !LETTER.test(text.charAt(at - 1))))
      return true;
  return false;
}

/**
 * The body a word alone before the verb stands for ("Northwind said"), written earlier in the article
 * with the words that end its name as a body's ("Northwind Ltd", "Northwind Shipping Group"): up to
 * three capitalised words after it, the last a legal form or an organisation's head word.
 * @param text the article's text
 * @param sentence the sentence with the quote
 * @param beforeSaid the words right before "said"/"told"
 * @returns the body's name as the article first writes it, or null
 */
export function bodyNameBefore(
  text: string,
  sentence: Sentence,
  beforeSaid: readonly string[],
): string | null {
  const word = beforeSaid.find((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !NOT_NAME_START.test(w));
  if (!word || isOrganisationWord(word) || SENTENCE_OPENERS.has(word.toLowerCase())) return null;
  for (let at = text.indexOf(word); at >= 0 && at < sentence.start; at = text.indexOf(word, at + 1)) {
    if (at > 0 && WORD_UNIT.test(text.charAt(at - 1))) continue;
    const rest = BODY_WORDS_AFTER.exec(text.slice(at + word.length, at + word.length + 60))?.[0];
    if (!rest) continue;
    const words = rest.trim().split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const last = words[n - 1] as string;
      if (isLegalForm(last) || isOrganisationHead(last)) return `${word} ${words.slice(0, n).join(' ')}`;
    }
  }
  return null;
}

/** Up to three capitalised words right after a word, ending at a word's end. */
const BODY_WORDS_AFTER = /^(?:\s\p{Lu}[\p{L}&'’.-]*){1,3}(?![\p{L}])/u;

/** A capitalised word right after a surname: its given name ("Dong-hyun" of "Lee Dong-hyun", "Gábor" of "Lakatos Gábor"). */
const GIVEN_AFTER = /^\s(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]|\s\p{Lu})/u;

/**
 * The given name after a surname written first, at the start of `after`: one capitalised word, not a
 * third word of the name, nor a title or a word of a body's or place's name ("Lee Street", "Moon Bank").
 */
function givenAfter(after: string): string | null {
  const given = GIVEN_AFTER.exec(after)?.[1];
  if (
    !given ||
    isTitle(given) ||
    isOrganisationWord(given) ||
    isPlaceWord(given) ||
    isGenerationSuffix(given)
  )
    return null;
  return given;
}
