import { isSpaceUnit, STOP_WORDS } from './text-stats.js';

// The marks of a token of code, each tried on one whitespace-separated token:
/** A code block's operators and braces, a shell prompt or variable ("$ cd", "$0", not "$50"), a table's box lines. */
const CODE_MARK = /[={}<>`\\\u2500-\u257f]|\$(?![\d.,]*\d)|^\|.|.\|$/u;
/**
 * A statement's end: ";" after a word in lower case ("region;", "n);") or inside a token, not after
 * a capitalised one, as a list of names or of times separates its items ("Hay, Jennifer; Gordon").
 */
const STATEMENT_END = /^[^\p{Lu}].*;|;./u;
/**
 * A call or an index glued to its word: "avg(n)", "array[2", not a footnote's "[3]", a wiki's
 * "[edit]" nor "friend(s)".
 */
const CALL = /\w(?:\((?!s\))|\[(?!\d+\]|\p{L}+\]$))/u;
/** A protocol and its version ("HTTP/1.1") or a header's name ("Content-Type:", "Access-Control-Allow-Origin:"). */
const PROTOCOL_OR_HEADER = /^\p{Lu}+\/\d|^\p{Lu}[\p{L}\d]*(?:-\p{Lu}[\p{L}\d]*)+:$/u;
/** Words joined by "_" ("status_code") or by "." in lower case ("console.log", "add.wasm"). */
const JOINED = /[\p{L}\d]_[\p{L}\d]|\p{Ll}\.\p{Ll}/u;
/** Abbreviations a full stop joins in lower case, which prose uses ("e.g.", "i.e."). */
const LATIN = /^\(?(?:e\.g|i\.e|a\.m|p\.m)\.?[,:;)]?$/u;
/** A command line's option ("-O3", "--all") or a path from the root or the home folder ("/usr/bin", "~/src"). */
const OPTION_OR_PATH = /^(?:--?\p{L}|\.{0,2}\/\p{L}|~\/)/u;
/** A JSON object's key: '"name":'. */
const KEY = /^[{[]?"[^"]+":/u;

/**
 * {@link CODE_MARK}, {@link STATEMENT_END}, {@link CALL}, {@link JOINED}, {@link OPTION_OR_PATH},
 * {@link PROTOCOL_OR_HEADER} and {@link KEY} as one pattern, tried once a token.
 */
const CODE_TOKEN = new RegExp(
  [CODE_MARK, STATEMENT_END, CALL, JOINED, OPTION_OR_PATH, PROTOCOL_OR_HEADER, KEY]
    .map((r) => `(?:${r.source})`)
    .join('|'),
  'u',
);

/** Whether one whitespace-separated token has the shape of code ({@link looksLikeCode}). */
const isCodeToken = (token: string): boolean => CODE_TOKEN.test(token) && !LATIN.test(token);

const LETTER = /\p{L}/u;
/** The punctuation a word of prose may carry at either end. */
const EDGE_PUNCTUATION = /^[("'“‘]+|[)"'”’.,:;!?]+$/gu;

/**
 * What a sentence with a token of code holds somewhere ({@link isCodeToken}'s patterns, loosened): most
 * sentences hold none, and are not split into tokens. A capital, "-" and a capital ("HTTP-GET") is
 * matched by "-\p{L}" from its "-", and the match ends where one of the three would: the alternative of
 * its own (`\p{Lu}-\p{Lu}`), which V8 tried at every capital, is not needed (the test checks that
 * {@link holdsTwoCues} answers the same with it). Read by {@link cueEnd}, which finds its matches.
 */
export const CODE_CUE = /[=;{}<>`\\\u2500-\u257f$|_([/]|\p{Ll}\.\p{Ll}|-\p{L}|":/gu;
const SPACE = /\s/gu;

/** The units that are a cue alone ({@link CODE_CUE}'s class), by ASCII code: 1 for a cue. */
const CUE_UNIT = new Uint8Array(128);
for (const c of '=;{}<>`\\$|_([/') CUE_UNIT[c.charCodeAt(0)] = 1;
const LOWER_AT = /\p{Ll}/uy;
const LETTER_AT = /\p{L}/uy;

/** Where a code point in small letters ({@link CODE_CUE}'s `\p{Ll}`) at `at` ends, or -1 for none. */
function lowerEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return c >= 97 && c <= 122 ? at + 1 : -1;
  LOWER_AT.lastIndex = at;
  return LOWER_AT.test(text) ? LOWER_AT.lastIndex : -1;
}

/**
 * Where the first match of {@link CODE_CUE} from `from` ends, as the pattern's `lastIndex` after it, or
 * -1 for none: one walk over the units by code. With its `\p{Ll}` first, V8 tried the pattern's
 * alternatives at every small letter of a sentence (most of its units); here a letter is looked at only
 * beside a "." or after a "-". A match of `\p{Ll}\.\p{Ll}` is found at its "."; none starts between its
 * letter and the ".", so the first found is the leftmost, as the pattern's (the test compares the two
 * at every start, letters beyond the BMP and lone surrogates among them).
 * @param text a sentence
 * @param from where the search starts (no unit inside a surrogate pair)
 */
export function cueEnd(text: string, from: number): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (CUE_UNIT[c] === 1) return i + 1;
      if (c === 46) {
        // the letter before the "." starts the match: it must lie at or after `from`
        let p = i - 1;
        if (p < from) continue;
        const before = text.charCodeAt(p);
        if (before >= 0xdc00 && before <= 0xdfff && p - 1 >= from) {
          const high = text.charCodeAt(p - 1);
          if (high >= 0xd800 && high <= 0xdbff) p--;
        }
        if (i + 1 < n && lowerEnd(text, p) === i) {
          const end = lowerEnd(text, i + 1);
          if (end >= 0) return end;
        }
      } else if (c === 45) {
        if (i + 1 >= n) continue;
        const next = text.charCodeAt(i + 1);
        if (next < 128) {
          if ((next | 32) >= 97 && (next | 32) <= 122) return i + 2;
          continue;
        }
        LETTER_AT.lastIndex = i + 1;
        if (LETTER_AT.test(text)) return LETTER_AT.lastIndex;
      } else if (c === 34 && i + 1 < n && text.charCodeAt(i + 1) === 58) return i + 2;
    } else if (c >= 0x2500 && c <= 0x257f) return i + 1;
  }
  return -1;
}

/**
 * Whether two whitespace-separated tokens of a sentence hold {@link CODE_CUE}: every token of code holds
 * one, and a sentence is code only with two such tokens or more (of four words or more, three in ten),
 * so a sentence with one, such as prose with a "(" or a "-", is not split into tokens. The cue's first
 * match is found, then a second one after the end of its token (a match holds no white space).
 * @param text a sentence
 * @returns whether it does
 */
export function holdsTwoCues(text: string): boolean {
  const end = cueEnd(text, 0);
  if (end < 0) return false;
  // the first match's end, within its token
  SPACE.lastIndex = end;
  if (SPACE.exec(text) === null) return false;
  return cueEnd(text, SPACE.lastIndex) >= 0;
}
const CAPITALISED = /^\p{Lu}\p{Ll}*$/u;
/** A word in lower case when only its first letter is a capital ("The" opening a sentence; not SQL's "AS"). */
const lowerWord = (word: string): string => (CAPITALISED.test(word) ? word.toLowerCase() : word);

// measured on the readability test pages' sentences: three words in ten shaped as code, and a fifth more
// than the function words, took their SQL, shell, JavaScript and HTTP lines (Python's "from", "in",
// "if" and SQL's lower-case "as" count as function words: the stop words of text-stats) and no prose that names a function or a file
// ("We'd build this with emcc -O3 add.c -o add.js which would emit add.js", 0.33 against 0.28)
const CODE_SHARE = 0.3;
const CODE_OVER_PROSE = 0.2;

/**
 * Whether a sentence (or a line) is code by its shape rather than prose: of four or more words (figures
 * aside), three in ten or more are shaped as code (operators and braces, a statement's ";", a call
 * "avg(n)", words joined by "_" or ".", a command line's option or a path, a protocol's version or a
 * header's name, a JSON key, a shell prompt or a table's box lines) and they outnumber the stop words
 * of English prose by a fifth of the words. Pages with code examples flatten them into their text
 * ("SELECT avg(n) FROM unnest(array[2, 3]) AS n;", "HTTP/1.1 200 OK Content-Type: text/html"): their
 * capitalised keywords are no actors and their lines no points. Prose that names a function or a file
 * ("Call foo_bar() to reset the cache.") stays prose.
 * @param text a sentence
 */
export function looksLikeCode(text: string): boolean {
  if (!holdsTwoCues(text) || tooFewCues(text)) return false;
  let words = 0;
  let code = 0;
  let prose = 0;
  for (const token of text.split(/\s+/u)) {
    if (isCodeToken(token)) code++;
    // a figure is neither: a query's output is mostly figures
    else if (!LETTER.test(token)) continue;
    else if (STOP_WORDS.has(lowerWord(token.replace(EDGE_PUNCTUATION, '')))) prose++;
    words++;
  }
  return words >= 4 && code >= CODE_SHARE * words && code - prose >= CODE_OVER_PROSE * words;
}

/**
 * Whether a sentence's tokens with a {@link CODE_CUE} are too few for it to be code, whatever they are:
 * every token of code holds a cue (each of {@link CODE_TOKEN}'s alternatives holds one of the cue's),
 * and a token without one that holds an ASCII letter is a word and no code. Code needs code ≥ 0.3 of
 * the words, the words at least the code and those others: 10·code ≥ 3·(code + others), so 7·cues ≥
 * 3·others; with fewer cues the tokens are not read one by one (most sentences with two cues are prose,
 * and their tokens were each cut out and tried against four patterns). One walk over the units, the cue
 * searched from the end of the last token that held one (a cue holds no white space).
 * @param text a sentence that {@link holdsTwoCues}
 */
function tooFewCues(text: string): boolean {
  const n = text.length;
  let cues = 0;
  let others = 0;
  // a unit inside the next cue (the last of its match), or n for none
  let end = cueEnd(text, 0);
  let cue = end >= 0 ? end - 1 : n;
  let i = 0;
  while (i < n) {
    while (i < n && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= n) break;
    let letter = false;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (isSpaceUnit(c)) break;
      if (!letter && (c | 32) >= 97 && (c | 32) <= 122) letter = true;
    }
    if (cue < i) {
      cues++;
      end = cueEnd(text, i);
      cue = end >= 0 ? end - 1 : n;
    } else if (letter) others++;
  }
  return 7 * cues < 3 * others;
}
