// Who a statement says did what it tells, and whether two statements give one deed to other doers.
import type { ActorMentions } from './actor-mentions.js';
import { actorWordOf, withActorWords } from './actor-words.js';
import { PLAIN_WORD, subjectWords } from './claim-words.js';
import { countryEntries } from './country-entries.js';
import { DETERMINERS, WEEKDAY_NAME } from './english-cues.js';
import { escapeRegExp } from './escape-reg-exp.js';
import { isTitle } from './find-roles.js';
import { MONTH_NAMES } from './month-names.js';
import { isStopWord } from './text-stats.js';

/** One word for an actor, as {@link withActorWords} writes it ("actornorvaletransit"). */
const ACTOR_WORD = /^actor[\p{Ll}\p{N}]{3,}$/u;
const DETERMINER = new Set(DETERMINERS);
/** A word of a name: a capital first. */
const CAPITAL = /^\p{Lu}/u;
/** A day's or a month's name, which dates a statement and names no doer. */
const WHEN = new RegExp(`^(?:${WEEKDAY_NAME}|${MONTH_NAMES.join('|')})$`, 'iu');
/**
 * Words after a verb before what it is done to: a particle or a noun and its preposition ("carried out
 * the …", "claimed responsibility for the …"): at most two.
 */
const BEFORE_OBJECT = 2;

/** Whether a word of a statement names someone: an actor's word or a capitalised word, not a date's. */
function namesSomeone(word: string): boolean {
  return ACTOR_WORD.test(word) || (CAPITAL.test(word) && !isStopWord(word.toLowerCase()) && !WHEN.test(word));
}

/**
 * Who a statement says did what it tells: the name right before its first verb, its speaker's
 * attribution left out ("Police said the Norvale Brigade carried out the bombing" → "Norvale",
 * "Brigade"; "Norvale Transit has ordered 40 trams" → "Norvale", "Transit"), each actor as its one word
 * so that two names of one actor are one doer; past a description set off by commas after the name
 * ("Norvale Transit, the city's operator, ordered …" → "Norvale", "Transit"). None when a description or
 * a pronoun stands there ("The city's operator ordered …", "It ordered …").
 * @param text a statement
 * @param mentions finds the brief's actors
 * @returns the doer's name words, empty when the statement names none
 */
export function doerOf(text: string, mentions: ActorMentions): string[] {
  const actorText = withActorWords(text, mentions);
  const read = subjectWords(actorText);
  if (read === null) return [];
  const nameAtEnd = (words: readonly string[]) => {
    const out: string[] = [];
    for (let k = words.length - 1; k >= 0 && namesSomeone(words[k] as string); k--)
      out.unshift(words[k] as string);
    return out;
  };
  const named = nameAtEnd(read.subject);
  if (named.length > 0) return named;
  // a name, then a description of it set off by commas right before the verb, opened by a determiner
  // (an apposition: "Norvale Transit, the city's operator, ordered 40 trams" → "Norvale", "Transit";
  // "Ana Ruiz, a former mayor, opened …"): the name is the doer (fixture claims-doer-before-an-apposition)
  const apposition = new RegExp(
    `^(.*?),\\s+(?:${DETERMINERS.join('|')})\\s+[^,]{1,80}?,\\s+${escapeRegExp(read.verb)}\\b`,
    'iu',
  ).exec(actorText);
  return apposition ? nameAtEnd(Array.from((apposition[1] as string).matchAll(PLAIN_WORD), (m) => m[0])) : [];
}

let countries: Set<string> | undefined;
/** The names of countries and their aliases (`countryEntries`), read once. */
function countryNames(): Set<string> {
  countries ??= new Set(countryEntries().flatMap((e) => [e.name, ...e.aliases]));
  return countries;
}

/**
 * Whether a doer acts for someone else that another statement may name instead: one holding an office
 * (a title word: "Finance Minister Ana Ruiz" acts for her government) or a country (acting through its
 * ministers and firms). "Finance Minister Ana Ruiz announced that the state would lend the banks 40
 * billion crowns" and "Varnia announced that it would lend its banks 40 billion crowns" tell one deed.
 */
function actsForOthers(doer: readonly string[], mentions: ActorMentions): boolean {
  const names = countryNames();
  return doer.some((w) => {
    if (!ACTOR_WORD.test(w)) return isTitle(w) || names.has(w);
    const actor = mentions.actors.find((a) => actorWordOf(a.name) === w);
    return (
      actor !== undefined &&
      [actor.name, ...actor.aliases].some((n) => names.has(n) || n.split(' ').some(isTitle))
    );
  });
}

/**
 * Whether two statements give what they tell to other doers: each names a doer ({@link doerOf}) and
 * neither names the other's anywhere ("Norvale Transit ordered 40 trams from the Kestrel works"
 * against "Velmar Rail ordered 40 trams from the Kestrel works"). Such statements tell two events, or
 * dispute who did one ({@link oneDeedOfOtherDoers}); they never support each other.
 * @param a a statement
 * @param b another
 * @param mentions finds the brief's actors
 */
export function otherDoers(a: string, b: string, mentions: ActorMentions): boolean {
  const x = doerOf(a, mentions);
  const y = doerOf(b, mentions);
  if (x.length === 0 || y.length === 0 || actsForOthers(x, mentions) || actsForOthers(y, mentions))
    return false;
  const wordsOf = (text: string) =>
    new Set(Array.from(withActorWords(text, mentions).matchAll(PLAIN_WORD), (m) => m[0]));
  const inA = wordsOf(a);
  const inB = wordsOf(b);
  return !x.some((w) => inB.has(w)) && !y.some((w) => inA.has(w));
}

/**
 * What a statement's deed is done to when it is one definite thing: "the" within {@link BEFORE_OBJECT}
 * words after its first verb, no number or other determiner before it, and the words after it up to the
 * next function word ("carried out the bombing of …" → "bombing"); in lower case.
 */
function definiteObject(text: string, mentions: ActorMentions): string | undefined {
  const read = subjectWords(withActorWords(text, mentions));
  if (read === null) return undefined;
  const rest = read.rest.map((w) => w.toLowerCase());
  for (let k = 0; k <= BEFORE_OBJECT && k < rest.length; k++) {
    const w = rest[k] as string;
    if (w === 'the') {
      const thing: string[] = [];
      for (let j = k + 1; j < rest.length && !isStopWord(rest[j] as string); j++)
        thing.push(rest[j] as string);
      return thing.length > 0 ? thing.join(' ') : undefined;
    }
    // a number or another determiner makes it no one definite thing ("ordered 40 trams", "a new depot")
    if (/\d/.test(w) || DETERMINER.has(w)) return undefined;
  }
  return undefined;
}

/**
 * Whether two statements give one deed to other doers ({@link otherDoers}), a dispute of who did it:
 * both tell of one definite thing done ("the bombing of the Aldmoor bridge": "The Kestrel Front claimed
 * responsibility for the bombing …" against "Police said the Norvale Brigade carried out the bombing
 * …"). Without a definite thing in common ("ordered 40 trams") the two tell two events.
 * @param a a statement
 * @param b another
 * @param mentions finds the brief's actors
 */
export function oneDeedOfOtherDoers(a: string, b: string, mentions: ActorMentions): boolean {
  if (!otherDoers(a, b, mentions)) return false;
  const thing = definiteObject(a, mentions);
  return thing !== undefined && thing === definiteObject(b, mentions);
}
