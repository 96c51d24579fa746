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
  const starts = new Set([...keys].map((k) => pairOf(k.charCodeAt(0), k.length > 1 ? k.charCodeAt(1) : -1)));
  // the same for ASCII pairs as a table (row: first character, column: second + 1, 0 for none): the set
  // of large numbers was the cost of the look-up
  const ascii = new Uint8Array(128 * 129);
  for (const k of keys) {
    const first = k.charCodeAt(0);
    const second = k.length > 1 ? k.charCodeAt(1) : -1;
    if (first < 128 && second < 128) ascii[first * 129 + second + 1] = 1;
  }
  // the third characters of the keys of three ASCII characters or more, a bit each, per row of their
  // first two (rows numbered from 1 in `rows`, 0 for none): a word whose first two characters pass the
  // table above is looked up in `keys` only when its third may start a key too. Of the 502,695 words of
  // 2,000 bench pages' notice tests that pass the pair, 74,810 start a key: each of the others cut a
  // string out of the line and hashed it. A key of one or two characters is looked up as before.
  const short = [...keys].some((k) => k.length < 3);
  const rows = new Uint16Array(128 * 128);
  const bits: number[] = [];
  for (const k of keys) {
    const [a, b, t] = [k.charCodeAt(0), k.charCodeAt(1), k.charCodeAt(2)];
    if (k.length < 3 || a >= 128 || b >= 128 || t >= 128) continue;
    let row = rows[a * 128 + b] as number;
    if (row === 0) {
      bits.push(0, 0, 0, 0);
      row = bits.length / 4;
      rows[a * 128 + b] = row;
    }
    const at = (row - 1) * 4 + (t >> 5);
    bits[at] = (bits[at] as number) | (1 << (t & 31));
  }
  const thirds = Int32Array.from(bits);
  /** Whether a key of three characters or more may start with ASCII `a`, `b`, `t` ({@link thirds}). */
  const thirdMayStart = (a: number, b: number, t: number) => {
    const row = rows[a * 128 + b] as number;
    return row !== 0 && ((thirds[(row - 1) * 4 + (t >> 5)] as number) & (1 << (t & 31))) !== 0;
  };
  // when every key starts with a visible character, a phrase can only start where a key starts after a
  // character that is no letter or digit, and the pattern is tried there only; else on the whole line
  const whole = [...keys].some((k) => k.charCodeAt(0) <= 32);
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
            ? ascii[c * 129 + 1] === 1 || (next >= 0 && ascii[c * 129 + next + 1] === 1)
            : starts.has(pairOf(c, -1)) || (next >= 0 && starts.has(pairOf(c, next)));
        // an ASCII pair whose third character starts no key starts none (no key is shorter than three)
        if (starting && c < 128 && next >= 0 && next < 128 && !short && i + 2 < length) {
          const third = lower.charCodeAt(i + 2);
          if (third < 128 && !thirdMayStart(c, next, third)) starting = false;
        }
        if (starting)
          for (const n of lengths)
            if (keys.has(lower.slice(i, i + n))) {
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
/** Two UTF-16 code units as one number (`second` -1: none). */
const pairOf = (first: number, second: number) => first * 65537 + second + 1;

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
