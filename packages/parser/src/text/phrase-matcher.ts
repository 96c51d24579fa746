import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { escapeRegExp, isLetterOrDigitUnit, readYamlData } from '@briefing/model';
import { parse as parseYaml } from 'yaml';

/**
 * The shape of `data/furniture-phrases.yaml`: groups (share, subscribe, rights, ...) of lower-case
 * words and phrases, a trailing `*` marking a stem.
 */
export type FurniturePhrases = Record<string, string[]>;

/** Tells whether a line in lower case holds one of a file's phrases. */
export interface PhraseMatcher {
  test(lower: string): boolean;
}

const matchers = new Map<string, PhraseMatcher>();

/**
 * Reads and checks a furniture phrase file.
 * @param text the YAML text
 * @param only the names of the groups to match (all when absent)
 * @returns a matcher of any of its phrases at the start of a word, in a line in lower case: a quick
 *   look-up of each word's first characters (most lines hold no phrase), then one regular expression
 *   tried where such a word starts
 * @throws TypeError when the file is not a map of lists of non-empty strings
 */
export function furnitureMatcher(text: string, only?: readonly string[]): PhraseMatcher {
  return phraseMatcher(parseYaml(text), only);
}

/** {@link furnitureMatcher} of a phrase file already parsed. */
function phraseMatcher(data: unknown, only?: readonly string[]): PhraseMatcher {
  const groups =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? Object.entries(data)
          .filter(([name]) => only === undefined || only.includes(name))
          .map(([, group]) => group as unknown)
      : null;
  if (groups === null || groups.length === 0)
    throw new TypeError('furniture phrases: expected a map of groups, each a list of phrases');
  const stems: string[] = [];
  const words: string[] = [];
  const keys = new Set<string>();
  for (const group of groups) {
    if (!Array.isArray(group) || !group.every((p) => typeof p === 'string' && p.trim() !== ''))
      throw new TypeError(
        `furniture phrases: expected a list of non-empty strings, got ${JSON.stringify(group)}`,
      );
    for (const p of group as string[]) {
      const stem = p.endsWith('*');
      const lower = (stem ? p.slice(0, -1) : p).toLowerCase();
      keys.add(lower.slice(0, KEY));
      const literal = escapeRegExp(lower);
      (stem ? stems : words).push(literal);
    }
  }
  // the phrases that must end a word share one look-ahead: a look-ahead of its own after each phrase (a
  // Unicode class each) made the pattern take a quarter of a second to compile in each thread
  const ends = words.length > 0 ? `(?:${words.join('|')})(?![\\p{L}\\p{N}])` : '';
  const alternatives = [...(stems.length > 0 ? [stems.join('|')] : []), ...(ends ? [ends] : [])];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'u');
  // the same pattern tried only where a key stands (sticky): the look-behind at the front of so long an
  // alternation costs its time at every character of the line
  const at = new RegExp(pattern.source, 'uy');
  const lengths = [...new Set([...keys].map((k) => k.length))];
  // the first two characters of each key as a number, so that most words are passed over without
  // cutting a string out of the line (a one-character key, or a word at the line's end, has no second)
  // (hashed to a bit each of TRIPLE_BITS, as `triples` below: a pair beyond ASCII as a number above 2^30
  // was boxed for the set's look-up, at every word of a line in Greek or Polish; a bit shared by chance
  // lets a word through to the exact look-up, no more)
  const starts = new Int32Array(TRIPLE_BITS >> 5);
  for (const k of keys) {
    const bit = pairBit(k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : -1);
    starts[bit >> 5] = (starts[bit >> 5] as number) | (1 << (bit & 31));
  }
  /** Whether a pair of code units (`second` -1: none) may start a key (see {@link starts}). */
  const mayStart = (first: number, second: number) => {
    const bit = pairBit(first, second);
    return ((starts[bit >> 5] as number) & (1 << (bit & 31))) !== 0;
  };
  // the same for ASCII pairs as a table (row: first character, column: second + 1, 0 for none): the set
  // of large numbers was the cost of the look-up. A bit a pair (2 KB): a byte each (16 KB a matcher, 23
  // matchers) missed the cache on most of the lines' words (a sixth of the matchers' time, issue 17)
  const ascii = new Int32Array((128 * 129 + 31) >> 5);
  for (const k of keys) {
    const first = k.charCodeAt(0);
    const second = k.length > 1 ? k.charCodeAt(1) : -1;
    if (first < 128 && second < 128) {
      const bit = first * 129 + second + 1;
      ascii[bit >> 5] = (ascii[bit >> 5] as number) | (1 << (bit & 31));
    }
  }
  /** Whether an ASCII pair (`second` -1: none) starts a key (see {@link ascii}). */
  const asciiStarts = (first: number, second: number) => {
    const bit = first * 129 + second + 1;
    return ((ascii[bit >> 5] as number) & (1 << (bit & 31))) !== 0;
  };
  // the first three characters of the keys of three ASCII characters or more, hashed to a bit each of
  // 16,384 (2 KB): a word whose first two characters pass the table above is looked up in `keys` only
  // when its first three may start a key too (a bit shared by chance lets a word through to the exact
  // look-up, no more). Of the 502,695 words of 2,000 bench pages' notice tests that pass the pair, 74,810
  // start a key: each of the others cut a string out of the line and hashed it. (A table of 32 KB a
  // matcher, rows by pair and a bit per third character, missed the cache.) A key of one or two
  // characters is looked up as before.
  const short = [...keys].some((k) => k.length < 3);
  const triples = new Int32Array(TRIPLE_BITS >> 5);
  for (const k of keys) {
    const [a, b, t] = [k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2)];
    if (k.length < 3 || a >= 128 || b >= 128 || t >= 128) continue;
    const bit = tripleBit(a, b, t);
    triples[bit >> 5] = (triples[bit >> 5] as number) | (1 << (bit & 31));
  }
  /** Whether a key of three characters or more may start with ASCII `a`, `b`, `t` ({@link triples}). */
  const thirdMayStart = (a: number, b: number, t: number) => {
    const bit = tripleBit(a, b, t);
    return ((triples[bit >> 5] as number) & (1 << (bit & 31))) !== 0;
  };
  // when every key starts with a visible character, a phrase can only start where a key starts after a
  // character that is no letter or digit, and the pattern is tried there only; else on the whole line
  const whole = [...keys].some((k) => k.charCodeAt(0) <= 32);
  // the keys of ASCII characters as numbers (see asciiKeyOf): a stretch of the line that is ASCII, most,
  // is looked up without cutting it out of the line and hashing the copy (1 % of the parse, issue 17)
  const asciiKeys = new Set<number>();
  for (const k of keys) if (asciiKeyOf(k, 0, k.length) >= 0) asciiKeys.add(asciiKeyOf(k, 0, k.length));
  /** Whether `lower.slice(from, to)` is a key. */
  const holdsKey = (lower: string, from: number, to: number) => {
    const number = asciiKeyOf(lower, from, to);
    return number >= 0 ? asciiKeys.has(number) : keys.has(lower.slice(from, to));
  };
  const test = (lower: string) => {
    let before = false; // whether the character before is a letter or digit
    const length = lower.length;
    for (let i = 0; i < length; i++) {
      const c = lower.charCodeAt(i);
      const word = c < 128 ? (c >= 97 && c <= 122) || (c >= 48 && c <= 57) : isLetterOrDigitUnit(c);
      if (!before && c > 32) {
        const next = i + 1 < length ? lower.charCodeAt(i + 1) : -1;
        let starting =
          c < 128 && next < 128
            ? asciiStarts(c, -1) || (next >= 0 && asciiStarts(c, next))
            : mayStart(c, -1) || (next >= 0 && mayStart(c, next));
        // an ASCII pair whose third character starts no key starts none (no key is shorter than three)
        if (starting && c < 128 && next >= 0 && next < 128 && !short && i + 2 < length) {
          const third = lower.charCodeAt(i + 2);
          if (third < 128 && !thirdMayStart(c, next, third)) starting = false;
        }
        if (starting)
          for (const n of lengths)
            if (holdsKey(lower, i, Math.min(i + n, length))) {
              if (whole) return pattern.test(lower);
              at.lastIndex = i;
              if (at.test(lower)) return true;
              break;
            }
      }
      before = word;
    }
    return false;
  };
  return { test };
}

/** Phrases are looked up by this many first characters. */
const KEY = 4;
/**
 * `text.slice(from, to)` (1 to {@link KEY} code units) as one number when all of it is ASCII: its length
 * less one, then 7 bits a unit (below 2^30, a small integer); -1 when a unit is not ASCII.
 */
function asciiKeyOf(text: string, from: number, to: number): number {
  let number = to - from - 1;
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    if (c >= 128) return -1;
    number = number * 128 + c;
  }
  return number;
}

/** The bits of a matcher's table of key openings (see `tripleBit`): 2^14. */
const TRIPLE_BITS = 1 << 14;

/** Three ASCII code units hashed to one of {@link TRIPLE_BITS} bits (Fibonacci hashing). */
const tripleBit = (a: number, b: number, t: number) => Math.imul((a << 14) | (b << 7) | t, 0x9e3779b1) >>> 18;

/** Two UTF-16 code units (`second` -1: none) hashed to one of {@link TRIPLE_BITS} bits. */
const pairBit = (first: number, second: number) => Math.imul((first << 16) ^ (second + 1), 0x9e3779b1) >>> 18;

/**
 * One YAML file of the package's `data/`, parsed (found through the package, also from a bundle).
 * @param file its name in `data/`
 */
export function readPhraseData(file: string): unknown {
  const pkg = createRequire(import.meta.url).resolve('@briefing/parser/package.json');
  return readYamlData(new URL(`data/${file}`, pathToFileURL(pkg)));
}

/**
 * The phrases of one file of `data/` (of some of its groups only, kept under their own `key`), read
 * once (found through the package, also from a bundle).
 */
export function phrases(file: string, only?: readonly string[], key = file): PhraseMatcher {
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = phraseMatcher(readPhraseData(file), only);
    matchers.set(key, matcher);
  }
  return matcher;
}

const lists = new Map<string, Set<string>>();

/** The phrases of one file of `data/` as a set of lower-case strings, read once. */
export function phraseList(file: string): Set<string> {
  let list = lists.get(file);
  if (list === undefined) {
    phrases(file); // checks the file's shape
    const data = readPhraseData(file) as FurniturePhrases;
    list = new Set(
      Object.values(data)
        .flat()
        .map((p) => p.toLowerCase()),
    );
    lists.set(file, list);
  }
  return list;
}
