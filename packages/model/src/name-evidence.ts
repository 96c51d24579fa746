import { opensAfterClock } from './clock-time.js';
import { SENTENCE_OPENERS } from './english-cues.js';
import { isJurisdiction, isPortfolioBefore, isTitle } from './find-roles.js';
import { isStopWord } from './text-stats.js';
import { type Token, tokenAt } from './tokenize-words.js';

/** Words of at least this many letters decide whether a line is in headline case. */
const LONG_WORD = 4;
/**
 * Share of capitalised long words from which a line is in headline case ("Harder Winters Ahead? Valdor
 * Council Plans Harbour Works Boost"): a sentence of running text rarely has more than half its
 * long words capitalised, a headline in title case has nearly all of them.
 */
const HEADLINE_SHARE = 0.75;

/**
 * The words an article writes in lower case somewhere (its common words, as opposed to its names).
 * @param sentences the tokens of each sentence
 * @param only the words asked about, when known (then the others are not collected: hashing every
 *   word of an article into a set was a fifth of its headline test)
 */
export function lowerCaseWords(
  sentences: readonly (readonly Token[])[],
  only?: ReadonlySet<string>,
): Set<string> {
  const lower = new Set<string>();
  if (only === undefined) {
    for (const tokens of sentences) for (const t of tokens) if (isLowerWord(t.text)) lower.add(t.text);
    return lower;
  }
  if (only.size === 0) return lower;
  // a bit per word length asked about (31 and over share one), for each first unit a-z (26 for any other):
  // a word equal to one asked about has its first unit and its length, and most words are passed over by
  // them (by the length alone, 82 % of c2000's English lower-case words and 65 % of the others' had been
  // hashed into the set, where 4 % and 1 % are in it)
  const lengths = new Int32Array(27);
  for (const w of only) {
    const c = w.charCodeAt(0);
    const at = c >= 97 && c <= 122 ? c - 97 : 26;
    lengths[at] = (lengths[at] as number) | (1 << Math.min(w.length, 31));
  }
  // the words asked about are lower case: a word opening on a capital or with no letter (an ASCII code
  // outside a-z) is passed over before the set is asked (every noun of a text in German)
  for (const tokens of sentences)
    for (const t of tokens) {
      const c = t.text.charCodeAt(0);
      if (c < 97 || (c > 122 && c < 128)) continue;
      const bits = lengths[c <= 122 ? c - 97 : 26] as number;
      if ((bits & (1 << Math.min(t.text.length, 31))) !== 0 && only.has(t.text) && isLowerWord(t.text))
        lower.add(t.text);
    }
  return lower;
}

const LOWER_WORD = /^\p{Ll}+$/u;
const LETTER_FIRST = /^\p{L}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Whether a word is lower-case letters only (`^\p{Ll}+$`), by its character codes while they are
 * ASCII: the Unicode pattern on every token of every article took 2 % of the scale bench's parse.
 */
function isLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    return c < 128 ? false : LOWER_WORD.test(word);
  }
  return word.length > 0;
}

/** Whether a word starts with a letter, and whether with a capital, by its first character's code when ASCII. */
function firstLetter(word: string): 'capital' | 'small' | null {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return 'capital';
  if (c >= 97 && c <= 122) return 'small';
  if (c < 128 || !LETTER_FIRST.test(word)) return null;
  return CAPITAL_FIRST.test(word) ? 'capital' : 'small';
}

/**
 * Whether a sentence is written in headline (title) case, where a capital letter says nothing about a
 * name: three in four of its words of four letters or more are capitalised, and at least three of
 * them are function words ("From", "With") or words the article writes in lower case elsewhere ("Plans",
 * "Military", "Boost"), two when all of four or more are capitalised, and it does
 * not end with a full stop, as headlines do not — a sentence dense with names ("Eighth Air Force,
 * 2 June 1943; VIII Fighter Command…") is capitalised as much, but ends like a sentence.
 * @param tokens the sentence's tokens
 * @param lower the article's lower-case words ({@link lowerCaseWords})
 */
export function isHeadlineCase(tokens: readonly Token[], lower: ReadonlySet<string>): boolean {
  return headlineCase(tokens, (w) => lower.has(w));
}

/**
 * The lower-case forms {@link isHeadlineCase} needs to know of for a line: none when its capitals alone
 * rule headline case out (most lines: they end with a full stop), else its capitalised long words.
 * @param tokens the sentence's tokens
 * @param into receives the words
 */
export function headlineCaseQueries(tokens: readonly Token[], into: Set<string>): void {
  const asked: string[] = [];
  if (!headlineCase(tokens, (w) => asked.push(w) > 0)) return;
  for (const w of asked) into.add(w);
}

/** {@link isHeadlineCase}, with `isLower` telling whether the article writes a word in lower case. */
function headlineCase(tokens: readonly Token[], isLower: (word: string) => boolean): boolean {
  if (tokens.at(-1)?.text === '.') return false;
  let long = 0;
  let capitalised = 0;
  let common = 0;
  for (const t of tokens) {
    const first = t.text.length < LONG_WORD ? null : firstLetter(t.text);
    if (first === null) continue;
    long++;
    if (first !== 'capital') continue;
    capitalised++;
    // a function word ("From", "With", "After") is a common word whatever the article writes: a short
    // statement's title in capitals, cased by the parser, has few words the body writes in lower case
    const word = t.text.toLowerCase();
    if (isStopWord(word) || isLower(word)) common++;
  }
  const last = tokens.at(-1)?.text;
  // a short heading with every long word capitalised needs two common words ("Lessons for Varnia's
  // Harbour Authority": without it the heading's last words had been read as a place; eval:actors
  // unchanged)
  const enough = common >= 3 || (common >= 2 && capitalised === long && long >= 4);
  return last !== '.' && enough && capitalised >= HEADLINE_SHARE * long;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+$/u;
/**
 * The first token of a name found by the tagger once a capitalised function word that only opens the
 * sentence is left out ("Will Varnian harbour works…" names no "Will Varnian"): `from`, or past
 * the stop words and sentence openers ("Whether", "Meanwhile") when `from` opens a sentence
 * ({@link opensSentence}).
 * @param tokens the sentence's tokens
 * @param from the span's first token
 * @param to the span's last token
 * @returns the first token of what is left, which is past `to` when nothing is
 */
export function skipOpeningStopWords(tokens: readonly Token[], from: number, to: number): number {
  if (!opensSentence(tokens, from)) return from;
  let at = from;
  // a capitalised word only: "US" or "IT" in capitals is a name whatever its lower case is
  while (at <= to) {
    const text = (tokens[at] as Token).text;
    const lower = text.toLowerCase();
    if (!CAPITALISED_WORD.test(text) || !(isStopWord(lower) || SENTENCE_OPENERS.has(lower))) break;
    at++;
  }
  // "10:00 AM In the Museum": nor is the article after them (the name had been "the Museum")
  if (at > from) while (at <= to && ARTICLES.has((tokens[at] as Token).text)) at++;
  return at;
}
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Whether token `at` opens a sentence: it is the sentence's first word or number (after any opening
 * quotes or brackets), or the first after a sentence's end the splitter left inside a quotation ('… live
 * anywhere. Since Taylor's decision …' had made a person "Since Taylor"), the first after a clock
 * time alone (a schedule's "8:10 AM Leaves her trailer"), or the first after a transcript's speaker
 * label ("Rick: At Tern Labs, we …").
 * @param tokens the sentence's tokens
 * @param at the token asked about
 */
export function opensSentence(tokens: readonly Token[], at: number): boolean {
  let first = 0;
  while (first < at && !WORD_START.test((tokens[first] as Token).text)) first++;
  return (
    first === at ||
    SENTENCE_END.has((tokens[at - 1] as Token).text) ||
    opensAfterClock(tokens, at) ||
    followsSpeakerLabel(tokens, first, at)
  );
}

/**
 * Whether token `at` is the first after a transcript's speaker label opening the sentence: one or two
 * capitalised words and a colon ("Rick: At Tern Labs, we …" had made "At Tern Labs" a body's name).
 */
function followsSpeakerLabel(tokens: readonly Token[], first: number, at: number): boolean {
  if (at < first + 2 || at > first + 3 || tokens[at - 1]?.text !== ':') return false;
  for (let i = first; i < at - 1; i++) if (!CAPITALISED_WORD.test((tokens[i] as Token).text)) return false;
  return true;
}

const WORD_START = /^[\p{L}\p{N}]/u;
const SENTENCE_END = new Set(['.', '!', '?']);

/** A word and a contracted verb or negation: "Don’t", "I'm", "You'll", "We've", "They'd". */
const CONTRACTION = /^\p{L}+['’](?:t|m|re|ve|ll|d)$/iu;

/**
 * Whether a word is a contraction ("I’m", "Don't", "We've"), which is no word of a name.
 * @param word one word
 */
export function isContraction(word: string): boolean {
  return CONTRACTION.test(word);
}

/**
 * The first token of `from..to` that is not a contraction ("I'm", "Don’t" are capitalised at a
 * sentence's start, or always, and are no names).
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token
 * @returns the index of the first other token, `to + 1` when all are contractions
 */
export function skipContractions(tokens: readonly Token[], from: number, to: number): number {
  let at = from;
  while (at <= to && CONTRACTION.test((tokens[at] as Token).text)) at++;
  return at;
}

/**
 * Whether tokens `from..to` hold only title words ("Gen.", "General", "Commander"), perhaps after a
 * country ("US President", "Spanish Prime Minister") or a level of government ("County Commissioner"):
 * a role without the name it belongs to is not an actor.
 * @param tokens the sentence's tokens
 * @param from the first token
 * @param to the last token
 * @param isCountry whether tokens `from..end` name a country or its people (none is skipped without it)
 */
export function onlyTitleWords(
  tokens: readonly Token[],
  from: number,
  to: number,
  isCountry: (from: number, to: number) => boolean = () => false,
): boolean {
  // the last token is read whatever country opens the run: most runs end with no title, and the
  // country look-ups before it were the cost of this test
  if (to >= from && !isTitle((tokens[to] as Token).text)) return false;
  let start = from;
  for (let end = Math.min(to - 1, from + 2); end >= from; end--)
    if (isCountry(from, end)) {
      start = end + 1;
      break;
    }
  // "County Commissioner", "State Treasurer": the level of government the office sits at
  while (start < to && isJurisdiction((tokens[start] as Token).text)) start++;
  // "US Treasury Secretary", "Finance Minister": a portfolio's word before its office's title
  let portfolio = start;
  while (portfolio < to && !isTitle((tokens[portfolio] as Token).text)) portfolio++;
  if (portfolio > start && isPortfolioBefore(tokens, start, portfolio - 1)) start = portfolio;
  for (let i = start; i <= to; i++) if (!isTitle((tokens[i] as Token).text)) return false;
  return true;
}

/**
 * Whether the token at `at` completes a title ("Minister of Finance", "Secretary of State"): it follows
 * a title word and "of". One word there names a portfolio, not an organisation; a longer name ("the
 * Governor of the Bank of England") is read as a name.
 * @param tokens the sentence's tokens
 * @param at the token
 */
export function afterTitleOf(tokens: readonly Token[], at: number): boolean {
  return (
    tokenAt(tokens, at - 1)?.text.toLowerCase() === 'of' && at >= 2 && isTitle((tokens[at - 2] as Token).text)
  );
}
