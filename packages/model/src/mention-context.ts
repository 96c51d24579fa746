import type { ReadSentence } from './article-entity.js';
import { TIME_UNITS } from './english-cues.js';
import { isBodyHeadTitle, isHeadTitle, isTitle } from './find-roles.js';
import { CAPITAL_FIRST, DIGIT_FIRST, DIGITS, LETTER_FIRST, LOWER_WORD } from './name-shapes.js';
import { type Token, tokenAt } from './tokenize-words.js';

/**
 * Whether a number sign, a number and a colon follow the name ending at token `to`: "Common Mistake #1:",
 * "Tip #3:", the label of a listicle's numbered heading.
 * @param tokens the sentence's tokens
 * @param to the name's last token
 */
export function labelsNumberedHeading(tokens: readonly Token[], to: number): boolean {
  return (
    tokenAt(tokens, to + 1)?.text === '#' &&
    DIGITS.test(tokenAt(tokens, to + 2)?.text ?? '') &&
    tokenAt(tokens, to + 3)?.text === ':'
  );
}

/** The first person plural, as the writers of a house name themselves ("we", "our", "we're"). */
const WE = /^(?:we|our|we['’](?:re|ve|ll|d))$/i;

/**
 * Whether a name stands where the writers say they are at it: "At Tern Labs, we …", "at Tern Labs,
 * our …", "we at Tern Labs" ({@link kindByContext}).
 * @param tokens the sentence's tokens
 * @param from the name's first token
 * @param to its last token
 */
export function namesOwnHouse(tokens: readonly Token[], from: number, to: number): boolean {
  const before = tokenAt(tokens, from - 1)?.text;
  if (before !== 'At' && before !== 'at') return false;
  const we = tokenAt(tokens, from - 2)?.text;
  if (we === 'we' || we === 'We') return true;
  return tokenAt(tokens, to + 1)?.text === ',' && WE.test(tokenAt(tokens, to + 2)?.text ?? '');
}

/**
 * Whether tokens `from..to-1` between two names join them in a list: a comma, "and", "or", "&", or a
 * comma and "and" or "or".
 */
export function joinsList(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > 2) return false;
  const first = (tokens[from] as Token).text;
  if (to - from === 1) return first === ',' || LIST_JOIN.has(first);
  return first === ',' && LIST_JOIN.has((tokens[from + 1] as Token).text);
}

const LIST_JOIN = new Set(['and', 'or', '&']);

/**
 * The token after a join of two words at token `at`: a comma, "and" or "or", or a comma and "and" or
 * "or" ("Linux, and Ruby"); 0 when token `at` is no such join.
 * @param tokens the sentence's tokens
 * @param at the join's first token
 */
export function coordinatedAfter(tokens: readonly Token[], at: number): number {
  const word = (tokens[at] as Token).text;
  if (word === 'and' || word === 'or') return at + 1 < tokens.length ? at + 1 : 0;
  if (word !== ',') return 0;
  const next = tokenAt(tokens, at + 1)?.text;
  if (next === undefined) return 0;
  return next === 'and' || next === 'or' ? (at + 2 < tokens.length ? at + 2 : 0) : at + 1;
}

/** Personal pronouns of a person. */
const PERSONAL = new Set(['he', 'she', 'his', 'her', 'him', 'He', 'She', 'His', 'Her']);

/**
 * Whether a personal pronoun follows a mention, in its sentence or the next.
 * @param read the article's sentences
 * @param r the mention's sentence
 * @param to the mention's last token
 */
export function pronounAfter(read: readonly ReadSentence[], r: number, to: number): boolean {
  const tokens = (read[r] as ReadSentence).tokens;
  for (let i = to + 1; i < tokens.length; i++) if (PERSONAL.has((tokens[i] as Token).text)) return true;
  const next = read[r + 1]?.tokens ?? [];
  for (let i = 0; i < next.length; i++) if (PERSONAL.has((next[i] as Token).text)) return true;
  return false;
}

/** A version's number after a product's name: one or two digits, or dotted parts ("10", "3.12", "22.04"); no year. */
const VERSION = /^\d{1,2}(?:\.\d{1,2}){0,2}$/;

/** What may follow a version's number: a lower-case word or a stop, no name, date or figure. */
const AFTER_VERSION = /^(?:\p{Ll}+|[.,;:!?)])$/u;

/**
 * Whether a version's number follows a name ("Windows 10 on a Mac", "Python 3.12."), not a table's
 * figure, a date or a span ("Wellington 1 Auckland", "Hagrid 30 June", "Auckland 23/16", "Auckland
 * 1,628,900", "Mojang 2 years ago").
 * @param tokens the sentence's tokens
 * @param to the name's last token
 */
export function versionAfter(tokens: readonly Token[], to: number): boolean {
  if (!VERSION.test(tokenAt(tokens, to + 1)?.text ?? '')) return false;
  const next = tokenAt(tokens, to + 2);
  if (next === undefined) return true;
  // no span of time: "Mojang 2 years ago" of a comment's byline
  if (!AFTER_VERSION.test(next.text) || TIME_UNIT.has(next.text)) return false;
  // no figure's separator: "Auckland 1,628,900"
  const after = tokenAt(tokens, to + 3);
  return !(after && after.start === next.end && DIGIT_FIRST.test(after.text));
}

const TIME_UNIT = new Set(TIME_UNITS);

/** At most this many words make a run-in heading ("Weak Link to the Sovereign:" has 5). */
const MAX_HEADING_WORDS = 6;

/**
 * Where the sentence after a run-in heading opens: a sentence that opens with up to
 * {@link MAX_HEADING_WORDS} words, the first capitalised, then a colon and a capitalised word ("Crop
 * Shortfall: Production in …"); 0 when it opens otherwise.
 * @param tokens the sentence's tokens
 */
export function runInHeadingEnd(tokens: readonly Token[]): number {
  if (!CAPITAL_FIRST.test(tokenAt(tokens, 0)?.text ?? '')) return 0;
  for (let i = 1; i <= MAX_HEADING_WORDS && i + 1 < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (text === ':') return CAPITAL_FIRST.test((tokens[i + 1] as Token).text) ? i + 1 : 0;
    if (!LETTER_FIRST.test(text)) return 0;
  }
  return 0;
}

/**
 * Whether a name at `from` follows a title and "of", over capitalised words and "and" ("Mayor of |",
 * "Minister of Industry and |").
 */
export function followsTitleOf(tokens: readonly Token[], from: number): boolean {
  for (let i = from - 1; i >= 1 && i >= from - 6; i--) {
    const text = (tokens[i] as Token).text;
    if (text === 'of') return isTitle((tokens[i - 1] as Token).text);
    // "Minister of the Interior |"
    if (i === from - 1 && text === 'the' && (tokens[i - 1] as Token).text === 'of') continue;
    if (text !== 'and' && !CAPITAL_FIRST.test(text)) return false;
  }
  return false;
}

/**
 * Whether the word after token `at` is a lower-case noun the name before it modifies ("the Creole
 * service"): a lower-case word that reads as no verb or adverb (not "-ing", "-ed", "-ly", "-s", nor an
 * auxiliary: "the Taurus being one of them", "the Falcon will").
 */
export function modifiesNoun(tokens: readonly Token[], at: number): boolean {
  const next = tokenAt(tokens, at + 1)?.text;
  return next !== undefined && LOWER_WORD.test(next) && !VERB_LIKE.test(next) && !AUXILIARIES.has(next);
}

const VERB_LIKE = /(?:ing|ed|ly|s)$/;

const AUXILIARIES = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'shall',
  'should',
  'did',
  'do',
]);

/**
 * Whether the title of one who heads a body ({@link isHeadTitle}) follows token `at`, then a name
 * ("… CEO Ines Torvik", "… Chief Executive Orla Brennock").
 */
export function headsNamed(tokens: readonly Token[], at: number): boolean {
  const next = tokenAt(tokens, at + 1)?.text;
  // "Valdoria's chief executive Marta Holm": the body's, through its possessive, when a title only a
  // body has is among the title's words
  const possessive = next === "'s" || next === '’s';
  let titleAt = possessive ? at + 2 : at + 1;
  // "Jamaat al-Wadi's Deputy Commander Moussa Ag Ibrahim": after a possessive, titles before the head's
  if (possessive)
    while (
      titleAt < tokens.length &&
      !isHeadTitle((tokens[titleAt] as Token).text) &&
      isTitle((tokens[titleAt] as Token).text)
    )
      titleAt++;
  const title = tokenAt(tokens, titleAt);
  if (title === undefined || !isHeadTitle(title.text)) return false;
  let only = isBodyHeadTitle(title.text);
  let i = titleAt + 1;
  for (; i < tokens.length && isTitle((tokens[i] as Token).text); i++)
    only ||= isBodyHeadTitle((tokens[i] as Token).text);
  // "former Valdoria Chairman to head up": with no name after, a title only a body has
  if (!CAPITAL_FIRST.test(tokenAt(tokens, i)?.text ?? '')) return only;
  return only || !possessive;
}

/** Whether a word is written in capitals only, and the article also writes it in lower case. */
export function isCapitalsOf(word: string, lower: ReadonlySet<string>): boolean {
  return CAPITALS.test(word) && lower.has(word.toLowerCase());
}

/** A word of two capital letters or more. */
export const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * Whether the word before token `at` is a preposition of where or of what a thing belongs to ("at",
 * "in", "of" …): not "by" or "with", after which the name is the one an aside is about ("led by Ahmed
 * Salim, known as Abu Bakr").
 */
export function afterPreposition(tokens: readonly Token[], at: number): boolean {
  return at > 0 && GOVERNING.has((tokens[at - 1] as Token).text);
}

const GOVERNING = new Set(['at', 'in', 'of', 'from', 'on', 'near', 'inside']);

/**
 * Whether a name of two words or more, of any type, that the article writes ends on `word`
 * ("Sergio Pedemonte" for "Pedemonte").
 * @param read the article's sentences as read
 * @param word a one-word name
 */
export function endsLongerName(read: readonly ReadSentence[], word: string): boolean {
  for (const { tokens, mentions } of read)
    for (const m of mentions) if (m.from < m.to && (tokens[m.to] as Token).text === word) return true;
  return false;
}
