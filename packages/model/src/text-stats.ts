import {
  keyOfLanes,
  LANE_A,
  LANE_B,
  TermIds,
  type TermIdsState,
  termKey,
  unitA,
  unitB,
} from './term-keys.js';

export type { TermIdsState } from './term-keys.js';

import { unitClass } from './unit-class.js';

const STOP = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours said says say also however although even still since per via one two three four five new its it's us'`.split(
    /\s+/,
  ),
);

/** The stop words ({@link isStopWord}), all ASCII and lower case. */
export const STOP_WORDS: ReadonlySet<string> = STOP;

/**
 * The content words of a text, lower-cased, without stop words or short tokens.
 * @param text any text
 * @returns the words in order
 */
export function contentWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu) ?? [];
  return words.filter((w) => w.length > 2 && !STOP.has(w));
}

/**
 * A word as framing and claim comparison read it: curly apostrophe straightened, lower case, a final
 * possessive "'s" dropped. No copy is made of what needs no change.
 * @param raw a word as written
 */
export function lowerWord(raw: string): string {
  const w = (raw.includes('’') ? raw.replace(/’/g, "'") : raw).toLowerCase();
  return w.endsWith("'s") ? w.slice(0, -2) : w;
}

/**
 * Whether a UTF-16 code unit is white space as `\s` has it (tab to carriage return, space, no-break
 * space, the Unicode spaces, line and paragraph separators, the byte-order mark), for loops that walk a
 * text's words without splitting it.
 * @param c a code unit (`text.charCodeAt(i)`)
 */
export function isSpaceUnit(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

/** A letter or a digit beyond ASCII. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigitBeyondAscii = unitClass(LETTER_OR_DIGIT);

/**
 * Counts the words of a text (runs of letters, digits and `_`, as `/[\p{L}\p{N}_]+/gu` finds them)
 * character by character, without building an array of them or running a pattern over the whole text
 * (ASCII read from its codes, other characters looked up once each).
 * @param text any text
 * @returns the number of words
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const units = text.charCodeAt(i) === 95 ? 1 : letterOrDigitAt(text, i);
    const word = units > 0;
    if (word && !inWord) n++;
    inWord = word;
    if (units === 2) i++;
  }
  return n;
}

/**
 * Counts the runs of letters and digits of a text (what `/[\p{L}\p{N}]+/gu` matches) up to `most`,
 * without building the array of them: for tests that only ask whether a text has so many words.
 * @param text any text
 * @param most where to stop counting (all runs by default)
 * @returns the number of runs, or `most` when there are as many or more
 */
export function countLetterRuns(text: string, most = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < text.length && n < most; i++) {
    const units = letterOrDigitAt(text, i);
    if (units > 0 && !inRun) n++;
    inRun = units > 0;
    if (units === 2) i++;
  }
  return n;
}

/**
 * How many UTF-16 units the letter or digit (`/[\p{L}\p{N}]/u`) at `i` of a text spans: 1, or 2 for
 * one outside the BMP; 0 when the character there is neither. ASCII is read from its code, other
 * characters are asked of the pattern once each.
 * @param text any text
 * @param i a position in it
 */
export function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterOrDigitUnit(c) ? 1 : 0;
}

/**
 * Whether one UTF-16 unit, read alone, is a letter or a digit (`/[\p{L}\p{N}]/u`; half of a surrogate
 * pair is neither), each unit beyond ASCII asked of the pattern once: for loops that read a text by
 * character code.
 * @param c a code unit (`text.charCodeAt(i)`)
 */
export function isLetterOrDigitUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isLetterOrDigitBeyondAscii(c);
}

/**
 * Calls `visit` with the {@link termKey} of each content word of a text in order: the words
 * {@link contentWords} gives, read character by character, no string made for a word.
 * @param text any text
 * @param visit called with each word's key
 */
export function forEachContentWordKey(text: string, visit: (key: number) => void): void {
  const lower = text.toLowerCase();
  const n = lower.length;
  let i = 0;
  while (i < n) {
    let units = letterOrDigitAt(lower, i);
    if (units === 0) {
      i++;
      continue;
    }
    const start = i;
    let a = LANE_A;
    let b = LANE_B;
    for (;;) {
      // a run of letters and digits, then a hyphen or apostrophe that joins the next run
      while (units > 0) {
        for (const end = i + units; i < end; i++) {
          const c = lower.charCodeAt(i);
          a = unitA(a, c);
          b = unitB(b, c);
        }
        units = i < n ? letterOrDigitAt(lower, i) : 0;
      }
      // -1 at the end: a read past a string's end deoptimises the optimised code that makes it (issue 17)
      const c = i < n ? lower.charCodeAt(i) : -1;
      if ((c !== 45 && c !== 39) || i + 1 >= n) break;
      units = letterOrDigitAt(lower, i + 1);
      if (units === 0) break;
      a = unitA(a, c);
      b = unitB(b, c);
      i++;
    }
    if (i - start > 2) {
      const key = keyOfLanes(a, b);
      if (STOP_BITS[(key >>> 0) & STOP_MASK] === 0 || !STOP_KEYS.has(key)) visit(key);
    }
  }
}

/** The stop words' {@link termKey}s. */
const STOP_KEYS = new Set([...STOP].map(termKey));
/**
 * The stop words' keys' low bits (`key >>> 0` is the low 32 bits of a key below 2^53): a word with no
 * bit set here is no stop word, answered without hashing its 53-bit key into the set (most words).
 */
const STOP_MASK = 4095;
const STOP_BITS = new Uint8Array(STOP_MASK + 1);
for (const key of STOP_KEYS) STOP_BITS[(key >>> 0) & STOP_MASK] = 1;

/**
 * Whether a content word's {@link termKey} is a stop word's, for walks that hash a word without making
 * its string ({@link forEachContentWordKey}).
 * @param key the word's key, lower case
 */
export function isStopKey(key: number): boolean {
  return STOP_BITS[(key >>> 0) & STOP_MASK] !== 0 && STOP_KEYS.has(key);
}

/**
 * Whether a lower-case word is a stop word: a function word (article, pronoun, auxiliary, preposition,
 * conjunction) or one of the few reporting words every news text uses.
 * @param word a lower-case word
 */
export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/**
 * Whether a lower-case word counts as a content word (what {@link contentWords} keeps).
 * @param word a lower-case word
 */
export function isContentWord(word: string): boolean {
  return word.length > 2 && !STOP.has(word);
}

/**
 * A set of words as the ascending, distinct ids a {@link Vocabulary} gave them: `wordIds` from
 * `wordsFrom` to `wordsTo` (not included). `wordIds` is most often the ids of all the sentences of the
 * sentence's article, one after the other, so that learning an article makes one array, not one a
 * sentence (half a million at 10,000 pages).
 */
export interface WordRange {
  /** The ids; the set is those from `wordsFrom` to `wordsTo`. */
  readonly wordIds: Uint32Array;
  /** Where the set's ids begin in `wordIds`. */
  readonly wordsFrom: number;
  /** Where they end in `wordIds` (the first index after them). */
  readonly wordsTo: number;
}

/**
 * The ids of a {@link Vocabulary.learned} article's sentences: sentence `i`'s are `ids` from
 * `ends[i - 1]` (0 for the first) to `ends[i]`.
 */
export interface LearnedWords {
  /** The ids of sentence 0, then sentence 1's, and so on, each sentence's ascending. */
  readonly ids: Uint32Array;
  /** Where each sentence's ids end in `ids`. */
  readonly ends: Uint32Array;
}

/**
 * The content words of each sentence of an article ({@link contentWords}), distinct, as
 * {@link termKey}s: one flat array for the whole article, cheap to send between threads.
 */
export interface SentenceWords {
  /** The keys of sentence 0's words, then sentence 1's, and so on. */
  keys: Float64Array;
  /** Where each sentence's keys end in `keys`. */
  ends: Uint32Array;
}

/**
 * The content words of each sentence of an article ({@link forEachContentWordKey}), in order, repeats
 * kept: read once for both {@link sentenceWordsOf} and a story's terms (`storyTermsOf`).
 * @param sentences the article's sentences
 * @returns sentence 0's keys, then sentence 1's, with where each sentence's keys end
 */
export function contentWordKeysOf(sentences: readonly { text: string }[]): SentenceWords {
  let keys = new Float64Array(256);
  let n = 0;
  const add = (key: number) => {
    if (n === keys.length) {
      const grown = new Float64Array(keys.length * 2);
      grown.set(keys);
      keys = grown;
    }
    keys[n++] = key;
  };
  const ends = new Uint32Array(sentences.length);
  sentences.forEach((s, i) => {
    forEachContentWordKey(s.text, add);
    ends[i] = n;
  });
  return { keys: keys.subarray(0, n), ends };
}

/**
 * Whether a text's content words are its sentences' words one after the other, so that
 * {@link contentWordKeysOf} of the sentences reads the same words as {@link forEachContentWordKey} of
 * the text: white space between the sentences and around them, or sentences side by side where no word
 * can run across the edge ("。" then a letter), and no "Σ" (whose lower case depends on the letters
 * beside it).
 * @param text the text
 * @param sentences its sentences, offsets into it
 */
export function sentencesHoldTheWords(
  text: string,
  sentences: readonly { start: number; end: number }[],
): boolean {
  if (text.includes('Σ')) return false;
  let last = 0;
  for (const s of sentences) {
    if (s.start < last || (last > 0 && s.start === last && mayJoin(text, last))) return false;
    for (let i = last; i < s.start; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
    last = s.end;
  }
  for (let i = last; i < text.length; i++) if (!isSpaceUnit(text.charCodeAt(i))) return false;
  return true;
}

/** Whether a word of {@link forEachContentWordKey} may run across offset `at`: word units on both sides. */
function mayJoin(text: string, at: number): boolean {
  const inWord = (c: number) =>
    isLetterOrDigitUnit(c) || c === 45 || c === 39 || (c >= 0xd800 && c <= 0xdfff);
  return inWord(text.charCodeAt(at - 1)) && inWord(text.charCodeAt(at));
}

/** Most keys a sentence's are sorted by insertion (more go to the typed array's sort). */
const INSERTION_SORT_MAX = 48;

/**
 * Finds the content words of each sentence of an article on its own (in a worker thread, say), for
 * {@link learnWords}.
 * @param sentences the article's sentences
 * @param found their words as {@link contentWordKeysOf} read them (read here when not given)
 * @returns their words, keyed
 */
export function sentenceWordsOf(
  sentences: readonly { text: string }[],
  found: SentenceWords = contentWordKeysOf(sentences),
): SentenceWords {
  // one typed buffer for the article: each sentence's keys go after the last's, are sorted in place
  // (numerically, as a typed array sorts) and the repeats squeezed out; no array a sentence
  const keys = new Float64Array(found.keys.length);
  let n = 0;
  let from = 0;
  const ends = new Uint32Array(sentences.length);
  // (a sentence's keys put in order as they are copied, by insertion, unless it has many: the typed
  // array sort's order, as keys are whole numbers, without two views of the buffer made a sentence)
  const source = found.keys;
  for (let i = 0; i < sentences.length; i++) {
    const to = found.ends[i] as number;
    const start = n;
    const end = start + to - from;
    if (to - from > INSERTION_SORT_MAX) {
      keys.set(source.subarray(from, to), start);
      keys.subarray(start, end).sort();
    } else
      for (let k = from; k < to; k++) {
        const key = source[k] as number;
        let j = start + k - from;
        for (; j > start && (keys[j - 1] as number) > key; j--) keys[j] = keys[j - 1] as number;
        keys[j] = key;
      }
    for (let j = start; j < end; j++)
      if (j === start || keys[j] !== keys[j - 1]) keys[n++] = keys[j] as number;
    ends[i] = n;
    from = to;
  }
  return { keys: keys.slice(0, n), ends };
}

/**
 * Gives words small integer ids, so that each sentence keeps its words as a short sorted array of
 * numbers rather than a set of strings: a brief of 10,000 articles holds a quarter of a million of them.
 * Words are known by their {@link termKey}, so the words of sentences found in a worker thread
 * ({@link sentenceWordsOf}) get ids without their text.
 */
export class Vocabulary {
  #ids = new TermIds();
  readonly #bySentence = new WeakMap<object, WordRange>();
  // the learned ids of each article's sentences, by its sentences array: one entry and one array of ids
  // an article (a weak map entry for each of 500,000 sentences was a quarter of the cross-article step
  // at 10,000 pages, an array of ids for each a tenth)
  readonly #learned = new Map<readonly object[], LearnedWords>();

  /**
   * The vocabulary that {@link learnWords} learned, maybe in another thread, over the same articles'
   * sentences, so that {@link Vocabulary.learnedOf} and {@link Vocabulary.idsOfSentenceAt} return their
   * ids.
   * @param learned what `learnWords` gave for the articles' words
   * @param sentencesOf the articles' sentences, in the order of the words learned
   * @param words the words learned (each article's ends are read from them)
   */
  static learned(
    learned: LearnedVocabulary,
    sentencesOf: readonly (readonly object[])[],
    words: readonly (SentenceWords | undefined)[],
  ): Vocabulary {
    const vocabulary = new Vocabulary();
    vocabulary.#ids = TermIds.revived(learned.table);
    let at = 0;
    words.forEach((w, i) => {
      if (w === undefined) return;
      const sentences = sentencesOf[i] as readonly object[];
      const ids = learned.ids.subarray(at, at + w.keys.length);
      at += w.keys.length;
      vocabulary.#learned.set(sentences, {
        ids,
        ends: w.ends.length >= sentences.length ? w.ends : endsOf(sentences, w.ends),
      });
    });
    return vocabulary;
  }

  /** How many distinct words have been seen. */
  get size(): number {
    return this.#ids.size;
  }

  /**
   * The ids learned for an article's sentences ({@link Vocabulary.learned}).
   * @param sentences the same array of sentences that was learned
   * @returns the ids of all its sentences with where each ends, or undefined when it was not learned
   */
  learnedOf(sentences: readonly object[]): LearnedWords | undefined {
    return this.#learned.get(sentences);
  }

  /**
   * The ids of a sentence's content words: those learned for it when its article was
   * ({@link Vocabulary.learnedOf}), else {@link Vocabulary.idsOfSentence}'s.
   * @param sentences the article's sentences
   * @param index which of them
   * @param remember keep ids found from the text for the next ask of the same sentence object
   */
  idsOfSentenceAt(sentences: readonly { text: string }[], index: number, remember = true): WordRange {
    const learned = this.#learned.get(sentences);
    if (learned === undefined || index >= learned.ends.length)
      return this.idsOfSentence(sentences[index] as { text: string }, remember);
    return {
      wordIds: learned.ids,
      wordsFrom: index === 0 ? 0 : (learned.ends[index - 1] as number),
      wordsTo: learned.ends[index] as number,
    };
  }

  /**
   * The ids of a sentence's content words ({@link Vocabulary.idsOf}) from its text (not those learned
   * for it: ask {@link Vocabulary.idsOfSentenceAt} for those), found once for a sentence asked
   * twice: the timeline asks for those of each dated sentence, and the scoring again.
   * @param s a sentence
   * @param remember keep them for the next ask of the same sentence object
   * @returns its distinct ids, ascending, as the whole of their own array
   */
  idsOfSentence(s: { text: string }, remember = true): WordRange {
    let range = this.#bySentence.get(s);
    if (range === undefined) {
      const ids = Uint32Array.from(this.idsOf(s.text));
      range = { wordIds: ids, wordsFrom: 0, wordsTo: ids.length };
      if (remember) this.#bySentence.set(s, range);
    }
    return range;
  }

  /**
   * The ids of a text's content words.
   * @param text any text
   * @returns distinct ids, ascending
   */
  idsOf(text: string): readonly number[] {
    const ids: number[] = [];
    forEachContentWordKey(text, (key) => ids.push(this.#ids.id(key)));
    ids.sort((a, b) => a - b);
    let n = 0;
    for (let i = 0; i < ids.length; i++) if (i === 0 || ids[i] !== ids[i - 1]) ids[n++] = ids[i] as number;
    ids.length = n;
    return ids;
  }
}

/**
 * Writes the ids of one article's sentence words into `ids` (as many as its keys), each sentence's
 * ascending, giving new words theirs in order of first sight.
 */
function idsOfWords(table: TermIds, words: SentenceWords, sentences: number, ids: Uint32Array): void {
  const { keys, ends } = words;
  // a sentence's words are distinct, so its ids take as many places as its keys: one array for the
  // article, and the sentences end where their keys do
  let from = 0;
  for (let i = 0; i < sentences; i++) {
    const to = ends[i] ?? from;
    for (let k = from; k < to; k++) {
      // sorted by insertion as they come: a sentence has a dozen or two distinct words, and a sort
      // with a comparator for each of 500,000 sentences was a third of this step's time at 10,000 pages
      const id = table.id(keys[k] as number);
      let j = k;
      while (j > from && (ids[j - 1] as number) > id) {
        ids[j] = ids[j - 1] as number;
        j--;
      }
      ids[j] = id;
    }
    from = to;
  }
}

/**
 * What {@link learnWords} is given: each article's sentence words ({@link sentenceWordsOf}) in the
 * order they are learned (undefined for an article without), and how many sentences each has.
 */
export interface VocabularyJob {
  words: (SentenceWords | undefined)[];
  sentences: Uint32Array;
}

/**
 * The ids {@link learnWords} gave, as typed arrays (their buffers can be moved to another thread): the
 * table of ids, and every article's sentence-word ids one after the other, as many as its keys.
 */
export interface LearnedVocabulary {
  table: TermIdsState;
  ids: Uint32Array<ArrayBuffer>;
}

/**
 * Gives the words of articles their ids, article by article in the job's order (new words theirs in
 * order of first sight): the same ids whichever thread runs it; {@link Vocabulary.learned} makes the
 * vocabulary from the result.
 * @param job the articles' words and sentence counts
 */
export function learnWords(job: VocabularyJob): LearnedVocabulary {
  let total = 0;
  for (const w of job.words) total += w?.keys.length ?? 0;
  const ids = new Uint32Array(total);
  const table = new TermIds();
  let at = 0;
  job.words.forEach((w, i) => {
    if (w === undefined) return;
    idsOfWords(table, w, job.sentences[i] as number, ids.subarray(at, at + w.keys.length));
    at += w.keys.length;
  });
  return { table: table.state(), ids };
}

/** The ends of every sentence when fewer were given: those after the last given end where it does. */
function endsOf(sentences: readonly object[], given: Uint32Array): Uint32Array {
  const ends = new Uint32Array(sentences.length);
  ends.set(given);
  ends.fill(given.length > 0 ? (given[given.length - 1] as number) : 0, given.length);
  return ends;
}

/**
 * Jaccard similarity of two word sets given as ascending ids.
 * @returns |a ∩ b| / |a ∪ b|, 0 for two empty sets
 */
export function jaccard(a: WordRange, b: WordRange): number {
  const x = a.wordIds;
  const y = b.wordIds;
  const aTo = a.wordsTo;
  const bTo = b.wordsTo;
  const aSize = aTo - a.wordsFrom;
  const bSize = bTo - b.wordsFrom;
  if (aSize === 0 && bSize === 0) return 0;
  let shared = 0;
  let i = a.wordsFrom;
  let j = b.wordsFrom;
  while (i < aTo && j < bTo) {
    const p = x[i] as number;
    const q = y[j] as number;
    if (p === q) {
      shared++;
      i++;
      j++;
    } else if (p < q) i++;
    else j++;
  }
  return shared / (aSize + bSize - shared);
}
