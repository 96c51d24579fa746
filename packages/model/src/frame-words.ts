import {
  ARTICLE_TERMS,
  keyOfLanes,
  LANE_A,
  LANE_B,
  laneA,
  laneB,
  TermIds,
  unitA,
  unitB,
} from './term-keys.js';
import {
  forEachContentWordKey,
  isContentWord,
  isLetterOrDigitUnit,
  isSpaceUnit,
  isStopKey,
  lowerWord,
  type SentenceWords,
  STOP_WORDS,
} from './text-stats.js';
import { unitClass } from './unit-class.js';

/**
 * z-score above which a term is distinctive of a source: 1.28, one-sided 90 % under the log-odds'
 * normal approximation (Monroe, Colaresi & Quinn 2008). 1.96 left the short sources of `corpus/` and of
 * the fixtures with no term or one; 1.28 gives them 3 to 8.
 */
const Z_MIN = 1.28;
/**
 * Weight of the informative prior: a tenth of the pooled counts of all sources. Half the counts
 * pulled every term to the mean and left two-sentence differences unseen; a fiftieth let one-off
 * words through.
 */
const PRIOR_SCALE = 0.1;
const MAX_TERMS = 8;

/**
 * A word (letters or digits, then also apostrophes and hyphens) or a run of other marks that ends a
 * phrase (anything but letters, digits, spaces, apostrophes and hyphens): one pass over a text.
 */
const WORD_OR_BREAK = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|[^\p{L}\p{N}\s'’-]+/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * What {@link frameWords} needs of one source, counted on its own (in a worker thread, say): how many
 * terms it uses, each distinct term as its {@link termKey} (those it uses twice or more first), and
 * the text and count of those it uses twice or more: only they can be distinctive of it. Plain data,
 * cheap to send between threads (about 5 KB a scale-bench page).
 */
export interface FrameTerms {
  /** Terms used, counting each use. */
  total: number;
  /** Every distinct term's key: first the repeated ones, in the order of `repeated`, then the rest. */
  keys: Float64Array;
  /** The repeated terms' texts, one a line (one string, not hundreds). */
  repeated: string;
  /** How often each repeated term is used. */
  counts: Uint32Array;
}

/** What {@link frameTermsAndWordsOf} reads of a source's sentences in one walk. */
export interface FrameTermsAndWords {
  /** The terms, as {@link frameTermsOf} counts them. */
  frameTerms: FrameTerms;
  /** Each sentence's content words, as `contentWordKeysOf` reads them. */
  words: SentenceWords;
}

/**
 * Counts the terms of one source's sentences for {@link frameWordsOf}: each lower-case content word
 * and each two-word phrase of adjacent content words, by its key, the phrase's key gone on from its
 * first word's
 * (no string of a phrase is made until it is seen twice; the strings and a map of them were most of
 * the cost).
 * @param texts the source's sentences
 * @returns its counts, keyed
 */
export function frameTermsOf(texts: readonly string[]): FrameTerms {
  return frameTermsAndWordsOf(texts).frameTerms;
}

/**
 * The terms of one source's sentences ({@link frameTermsOf}) and the content words of each sentence
 * (`contentWordKeysOf`'s, keys in order, repeats kept), read in one walk over each sentence's units
 * where both can be (each with its own words: the terms' lower-case words with "’" and hyphens, the
 * content words' runs joined by one "-" or "'"), where each had walked every sentence on its own.
 * @param texts the source's sentences
 * @returns the terms, counted and keyed, and the content words of sentence 0, then sentence 1's, with
 *   where each sentence's end
 */
export function frameTermsAndWordsOf(texts: readonly string[]): FrameTermsAndWords {
  const table = new TermIds(ARTICLE_TERMS);
  // each term's count and where it was first seen (sentence, start and end of its word or words), made
  // into text only if the term is repeated; the text of a term first seen in a sentence read by pattern
  // is given. Typed arrays grown by doubling, not arrays pushed to for each term: five numbers a term
  // made this the analysis's largest allocation after the entity finder's (issue 17)
  let counts = new Int32Array(ARTICLE_TERMS);
  let where = new Int32Array(ARTICLE_TERMS * 5);
  // their size kept here, not read from the arrays: a typed array's length read beside the sentences'
  // array threw the optimised code away ("wrong map") when the sentences came in an array of another
  // kind (speed104)
  let capacity = ARTICLE_TERMS;
  const textOf = new Map<number, string>();
  let terms = 0;
  let total = 0;
  const count = (
    key: number,
    text: string | null,
    t: number,
    s1: number,
    e1: number,
    s2: number,
    e2: number,
  ) => {
    total++;
    const id = table.id(key);
    if (id < terms) {
      counts[id] = (counts[id] as number) + 1;
      return;
    }
    if (id === capacity) {
      capacity *= 2;
      const c = new Int32Array(capacity);
      c.set(counts);
      counts = c;
      const w = new Int32Array(capacity * 5);
      w.set(where);
      where = w;
    }
    terms++;
    counts[id] = 1;
    if (text !== null) textOf.set(id, text);
    const at = id * 5;
    where[at] = t;
    where[at + 1] = s1;
    where[at + 2] = e1;
    where[at + 3] = s2;
    where[at + 4] = e2;
  };
  const ends = new Uint32Array(texts.length);
  wordsRead = 0;
  texts.forEach((text, t) => {
    const wordsBefore = wordsRead;
    const found = termsByUnit(text);
    if (found === -1) {
      // what was read of the content words goes too: both are read apart, the words from the text
      // lower-cased whole
      wordsRead = wordsBefore;
      forEachContentWordKey(text, keepWord);
      ends[t] = wordsRead;
      countByPattern(text, (key, text) => count(key, text, -1, 0, 0, 0, 0));
      return;
    }
    ends[t] = wordsRead;
    for (let at = 0; at < found * 5; at += 5)
      count(
        read[at] as number,
        null,
        t,
        read[at + 1] as number,
        read[at + 2] as number,
        read[at + 3] as number,
        read[at + 4] as number,
      );
  });
  const keys = new Float64Array(terms);
  const repeated: string[] = [];
  const repeatedCounts: number[] = [];
  let k = 0;
  for (let id = 0; id < terms; id++) {
    if ((counts[id] as number) < 2) continue;
    keys[k++] = table.key(id);
    repeated.push(textOf.get(id) ?? textAt(texts, where, id));
    repeatedCounts.push(counts[id] as number);
  }
  for (let id = 0; id < terms; id++) if ((counts[id] as number) < 2) keys[k++] = table.key(id);
  return {
    frameTerms: { total, keys, repeated: repeated.join('\n'), counts: Uint32Array.from(repeatedCounts) },
    words: { keys: wordKeys.slice(0, wordsRead), ends },
  };
}

/**
 * The terms of one sentence read unit by unit, in {@link read} (five numbers a term: its key, then where
 * its word or words are: start and end of the first, of the second or -1), word then phrase. Whether
 * the sentence can be read so (each unit {@link readsByUnit}) is told in the same pass, not in a pass of
 * its own before: most sentences can, and that pass was an eighth of `frameTermsOf`'s time. The content
 * words (`forEachContentWordKey`'s) are read in the same pass, each unit's lower case its own where the
 * sentence reads by unit, and appended to {@link wordKeys}.
 * @param text one sentence
 * @returns how many terms, or -1 when a unit's lower case needs context or more units (then nothing of
 *   what was read counts: the sentence is read by pattern)
 */
function termsByUnit(text: string): number {
  let found = 0;
  // the last content word: its lanes and where it is, or -1 after a break
  let previous = -1;
  let previousEnd = 0;
  let pa = 0;
  let pb = 0;
  const n = text.length;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (!readsByUnit(c)) return -1;
    if (!isLetterOrDigitUnit(c)) {
      // white space, apostrophes and hyphens are no break; any other mark is
      if (!isSpaceUnit(c) && c !== 39 && c !== 0x2019 && c !== 45) previous = -1;
      i++;
      continue;
    }
    const start = i;
    // the content words in the word: runs of letters and digits, one "-" or "'" between two joining
    // them; `from` where the one being read began, -1 between them
    let from = i;
    let ca = unitA(LANE_A, lowerUnit(c));
    let cb = unitB(LANE_B, lowerUnit(c));
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (!readsByUnit(d)) return -1;
      if (isLetterOrDigitUnit(d)) {
        const u = lowerUnit(d);
        if (from === -1) {
          from = i;
          ca = unitA(LANE_A, u);
          cb = unitB(LANE_B, u);
        } else {
          ca = unitA(ca, u);
          cb = unitB(cb, u);
        }
        continue;
      }
      if (d !== 39 && d !== 0x2019 && d !== 45) break;
      if (from === -1) continue;
      if (d !== 0x2019 && i + 1 < n && isLetterOrDigitUnit(text.charCodeAt(i + 1))) {
        ca = unitA(ca, d);
        cb = unitB(cb, d);
      } else {
        if (i - from > 2) {
          const key = keyOfLanes(ca, cb);
          if (!isStopKey(key)) keepWord(key);
        }
        from = -1;
      }
    }
    // whether the word is one content word, kept (no stop word's key: then it is no stop word), and
    // its key, which is the term's when the word is whole
    let whole = false;
    let wordKey = 0;
    if (from !== -1 && i - from > 2) {
      wordKey = keyOfLanes(ca, cb);
      if (!isStopKey(wordKey)) {
        keepWord(wordKey);
        whole = from === start;
      }
    }
    // framing is carried by common words, not by names: the words a source writes in lower case
    if (!isLowerUnit(c)) {
      previous = -1;
      continue;
    }
    // the word as lowerWord has it: "’" as "'", lower case, a final "'s" dropped
    let end = i;
    if (end - start >= 2 && lowerUnit(text.charCodeAt(end - 1)) === 115) {
      const q = text.charCodeAt(end - 2);
      if (q === 39 || q === 0x2019) end -= 2;
    }
    // a kept content word of the same units is no stop word, and its lanes are the term's (each unit
    // lower-cased alone, no "’" in it)
    whole &&= end === i;
    if (end - start <= 2 || (!whole && isStopWordAt(text, start, end))) {
      previous = -1;
      continue;
    }
    let a = ca;
    let b = cb;
    if (!whole) {
      a = LANE_A;
      b = LANE_B;
      for (let k = start; k < end; k++) {
        const u = lowerUnit(text.charCodeAt(k));
        a = unitA(a, u);
        b = unitB(b, u);
      }
    }
    // a whole word's key was made above, from the same lanes
    found = keep(found, whole ? wordKey : keyOfLanes(a, b), start, i, -1, 0);
    if (previous !== -1) {
      // the phrase's lanes: the last word's gone on over a space and this word's units
      let ja = unitA(pa, 32);
      let jb = unitB(pb, 32);
      for (let k = start; k < end; k++) {
        const u = lowerUnit(text.charCodeAt(k));
        ja = unitA(ja, u);
        jb = unitB(jb, u);
      }
      found = keep(found, keyOfLanes(ja, jb), previous, previousEnd, start, i);
    }
    previous = start;
    previousEnd = i;
    pa = a;
    pb = b;
  }
  return found;
}

/**
 * The terms {@link termsByUnit} read last, five numbers a term (a 53-bit key is exact in a double): one
 * buffer for all sentences, grown by doubling.
 */
let read = new Float64Array(1024);

/**
 * The content words' keys {@link termsByUnit} read, those of an article's sentences one after the
 * other: one buffer, grown by doubling; {@link wordsRead} of them are the article's so far.
 */
let wordKeys = new Float64Array(1024);
let wordsRead = 0;

/** Appends a content word's key to {@link wordKeys}. */
function keepWord(key: number): void {
  if (wordsRead === wordKeys.length) {
    const grown = new Float64Array(wordKeys.length * 2);
    grown.set(wordKeys);
    wordKeys = grown;
  }
  wordKeys[wordsRead++] = key;
}

/** Appends a term to {@link read} after the `found` there, growing it when full; returns the new count. */
function keep(found: number, key: number, s1: number, e1: number, s2: number, e2: number): number {
  const at = found * 5;
  if (at + 5 > read.length) {
    const grown = new Float64Array(read.length * 2);
    grown.set(read);
    read = grown;
  }
  read[at] = key;
  read[at + 1] = s1;
  read[at + 2] = e1;
  read[at + 3] = s2;
  read[at + 4] = e2;
  return found + 1;
}

/** The text of a term first seen where `where` says: its word, or its two words. */
function textAt(texts: readonly string[], where: Int32Array, id: number): string {
  const at = id * 5;
  const text = texts[where[at] as number] as string;
  const first = lowerWord(text.slice(where[at + 1], where[at + 2]));
  const s2 = where[at + 3] as number;
  return s2 === -1 ? first : `${first} ${lowerWord(text.slice(s2, where[at + 4]))}`;
}

/**
 * Counts a sentence's terms as the pattern reads it: for a sentence with a unit that {@link readsByUnit} cannot read
 * unit by unit. Calls `count` with each term's key and text, unigram then phrase.
 */
function countByPattern(text: string, count: (key: number, text: string) => void): void {
  // the last content word and its lanes, or null after a break
  let previous: string | null = null;
  let pa = 0;
  let pb = 0;
  for (const [raw] of text.matchAll(WORD_OR_BREAK)) {
    // a capitalised word is skipped before it is lower-cased, and a lower-case start is no digit
    const lower = LOWER_START.test(raw) ? lowerWord(raw) : '';
    if (lower === '' || !isContentWord(lower)) {
      previous = null;
      continue;
    }
    const a = laneA(LANE_A, lower);
    const b = laneB(LANE_B, lower);
    count(keyOfLanes(a, b), lower);
    if (previous !== null)
      count(keyOfLanes(laneA(laneA(pa, ' '), lower), laneB(laneB(pb, ' '), lower)), `${previous} ${lower}`);
    previous = lower;
    pa = a;
    pb = b;
  }
}

/** Each BMP unit's lower case when it is one unit that needs no context, 0 when not yet known, -1 when not. */
const LOWER_UNIT = new Int32Array(0x10000);
/** A lower-case letter (`\p{Ll}`) beyond ASCII. */
const isLowerBeyondAscii = unitClass(/\p{Ll}/u);

/** The lower case of a unit that has one of one unit (ASCII by its code; "’" read as "'"). */
function lowerUnit(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c === 0x2019) return 39;
  let lower = LOWER_UNIT[c] as number;
  if (lower === 0) {
    const l = String.fromCharCode(c).toLowerCase();
    // "Σ" depends on what follows, "İ" becomes two units: a text holding either is read by pattern
    lower = l.length === 1 && c !== 0x3a3 && (c < 0xd800 || c > 0xdfff) ? l.charCodeAt(0) : -1;
    LOWER_UNIT[c] = lower;
  }
  return lower;
}

function isLowerUnit(c: number): boolean {
  return c < 128 ? c >= 97 && c <= 122 : isLowerBeyondAscii(c);
}

/**
 * Whether a unit lets its sentence be read unit by unit: its lower case is that of the unit on its own
 * (no half of a surrogate pair, no "Σ", no "İ"), as `toLowerCase` of each word gives it.
 * @param c a code unit of the sentence
 */
function readsByUnit(c: number): boolean {
  return c < 128 || lowerUnit(c) !== -1;
}

/** The stop words by length and first letter (all are ASCII), to check a word against without its string. */
const STOP_BY_LENGTH: string[][][] = [];
for (const w of STOP_WORDS) {
  const byFirst = STOP_BY_LENGTH[w.length] ?? [];
  STOP_BY_LENGTH[w.length] = byFirst;
  const list = byFirst[w.charCodeAt(0)] ?? [];
  byFirst[w.charCodeAt(0)] = list;
  list.push(w);
}

/** Whether the word at `start`..`end` of a text, lower-cased ("’" as "'"), is a stop word. */
function isStopWordAt(text: string, start: number, end: number): boolean {
  // only the few stop words of that length and first letter are compared
  const first = lowerUnit(text.charCodeAt(start));
  const candidates = first < 128 ? STOP_BY_LENGTH[end - start]?.[first] : undefined;
  if (candidates === undefined) return false;
  next: for (const w of candidates) {
    for (let k = 1; k < w.length; k++)
      if (lowerUnit(text.charCodeAt(start + k)) !== w.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

/**
 * The words and short phrases each source uses distinctively, by weighted log-odds with an
 * informative Dirichlet prior (the pooled counts of all sources): each source against all the others,
 * with no list of topic words. A phrase hides the single words it holds.
 * @param textsBySource the sentences of each source, by source id
 * @returns the distinctive terms of each source, most distinctive first, at most eight
 */
export function frameWords(textsBySource: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  return frameWordsOf(new Map([...textsBySource].map(([id, texts]) => [id, frameTermsOf(texts)])));
}

/**
 * {@link frameWords} from each source's terms counted on their own ({@link frameTermsOf}).
 * @param termsBySource each source's counted terms, by source id
 * @returns the distinctive terms of each source, most distinctive first, at most eight
 */
export function frameWordsOf(termsBySource: ReadonlyMap<string, FrameTerms>): Map<string, string[]> {
  // the count over all sources of every term some source repeats (only those are scored), by the
  // small id its key is given here: ids for every term of 2,000 pages cost 0.3 s a brief (issue 17)
  const ids = new TermIds();
  let all = new Float64Array(1 << 12);
  let total = 0;
  const repeatedIds = new Map<string, Int32Array>();
  for (const [id, terms] of termsBySource) {
    const own = new Int32Array(terms.counts.length);
    for (let k = 0; k < own.length; k++) {
      const t = ids.id(terms.keys[k] as number);
      if (t >= all.length) {
        const grown = new Float64Array(all.length * 2);
        grown.set(all);
        all = grown;
      }
      own[k] = t;
      all[t] = (all[t] as number) + (terms.counts[k] as number);
    }
    repeatedIds.set(id, own);
    total += terms.total;
  }
  // a term a source uses once counts where another source repeats it, and is looked up, not given an id
  for (const terms of termsBySource.values())
    for (let k = terms.counts.length; k < terms.keys.length; k++) {
      const t = ids.find(terms.keys[k] as number);
      if (t !== -1) all[t] = (all[t] as number) + 1;
    }
  const alpha0 = total * PRIOR_SCALE;
  const out = new Map<string, string[]>();
  for (const [id, terms] of termsBySource) {
    const ni = terms.total;
    const nj = total - ni;
    const scored: [string, number][] = [];
    const own = repeatedIds.get(id) as Int32Array;
    const texts = terms.repeated === '' ? [] : terms.repeated.split('\n');
    for (let k = 0; k < own.length; k++) {
      const t = texts[k] as string;
      const yi = terms.counts[k] as number;
      const yAll = all[own[k] as number] as number;
      const a = yAll * PRIOR_SCALE;
      const yj = yAll - yi;
      const delta = Math.log((yi + a) / (ni + alpha0 - yi - a)) - Math.log((yj + a) / (nj + alpha0 - yj - a));
      const z = delta / Math.sqrt(1 / (yi + a) + 1 / (yj + a));
      if (z >= Z_MIN) scored.push([t, z]);
    }
    // on a tie the phrase goes first: "wetland habitat" says more than "wetland" and "habitat"
    scored.sort(
      (x, y) =>
        y[1] - x[1] || Number(y[0].includes(' ')) - Number(x[0].includes(' ')) || x[0].localeCompare(y[0]),
    );
    const taken: string[] = [];
    for (const [t] of scored) {
      if (taken.length >= MAX_TERMS) break;
      if (
        t.includes(' ')
          ? t.split(' ').every((w) => taken.includes(w))
          : taken.some((p) => p.split(' ').includes(t))
      )
        continue;
      taken.push(t);
    }
    // a phrase taken after its words replaces them
    out.set(
      id,
      taken.filter((t) => t.includes(' ') || !taken.some((p) => p.includes(' ') && p.split(' ').includes(t))),
    );
  }
  return out;
}
