/** A word or punctuation token of a sentence: `text === source.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * The token at `i`, or undefined outside the sentence. A read past an array's end (`tokens[i + 1]` at
 * the last token) gives undefined too, but deoptimises the optimised code that makes it the first time
 * it does, and V8 compiles that code again (issue 17): read so in the rare cases of hot code.
 * @param tokens a sentence's tokens
 * @param i any index
 */
export function tokenAt<T>(tokens: readonly T[], i: number): T | undefined {
  return i >= 0 && i < tokens.length ? tokens[i] : undefined;
}

/** The tokens of a possessive's mark: "'s", "’s", or an apostrophe alone after a plural ("Workers '"). */
const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’']);

/**
 * Whether a token is a possessive's mark ("'s", "’s", or an apostrophe alone).
 * @param text the token's text
 */
export function isPossessiveMark(text: string): boolean {
  return POSSESSIVE_MARKS.has(text);
}

/**
 * Whether a possessive's mark follows token `at` ("Apple 's", "Workers '").
 * @param tokens the sentence's tokens
 * @param at the token before it
 */
export function possessiveAfter(tokens: readonly { text: string }[], at: number): boolean {
  return isPossessiveMark(tokenAt(tokens, at + 1)?.text ?? '');
}

/**
 * The texts of some tokens, in an array filled by push: an array `map` makes is holey once its caller
 * is optimised and packed before, and the tagger's steps deoptimised on the kind they had not seen yet
 * (issue 17).
 * @param tokens the tokens
 */
export function textsOf(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) out.push((tokens[i] as Token).text);
  return out;
}

// dotted abbreviations (U.S., U.N.), a short capitalised abbreviation before a capital (Gen. Smith),
// words with inner hyphens, dots, ampersands or apostrophes (al-Amin, O'Brien, AT&T, 3.5), a
// possessive 's split off as its own token, or any other single character
const TOKEN =
  /(?:\p{L}\.){2,}|\p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})|[\p{L}\p{N}]+(?:(?:[-&.]|['’](?![sS]\b))[\p{L}\p{N}]+)*|['’][sS]\b|\S/gu;
/** {@link TOKEN} tried at one offset only. */
const TOKEN_AT = new RegExp(TOKEN.source, 'uy');

/**
 * Splits a sentence into tokens the way news NER data is tokenised (Penn Treebank-like: "'s" and
 * punctuation apart, "U.S." and "al-Amin" whole), keeping offsets.
 * @param text one sentence
 * @returns its tokens in order
 */
export function tokenizeWords(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) {
      p++;
      continue;
    }
    // the pattern's tokens read by their character codes (111 -> 90 CPU ms for the tokens of 1,000 bench
    // pages), units outside ASCII by their classes (124-130 -> 77-78 ms), and the pattern itself (at
    // this offset) only at half of a surrogate pair or white space outside ASCII
    let end = tokenEnd(text, p, c);
    if (end < 0) {
      TOKEN_AT.lastIndex = p;
      const m = TOKEN_AT.exec(text);
      if (m === null) {
        p++; // white space (every other character is a token): all of it is in the BMP
        continue;
      }
      end = p + m[0].length;
    }
    out.push({ text: text.slice(p, end), start: p, end });
    p = end;
  }
  return out;
}
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Characters outside ASCII that are neither letters, digits nor white space (quotes, dashes, "…"). */
const isPunctuation = (c: number) => (c >= 0x2010 && c <= 0x201f) || c === 0x2026;
/** Whether `c` is no ASCII word character (`\b` in a `u` pattern without `i` is ASCII only); -1 past the end. */
const isNotWordChar = (c: number) => !(isAsciiAlnum(c) || c === 95);
const isAsciiAlnum = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const BAIL = -1;

// what {@link TOKEN} asks of a code unit, as bits: \p{L}, \p{Lu}, \p{Ll}, \p{N}, \s; SURROGATE for
// half of a pair (the pattern reads the pair whole: the code leaves it to the pattern)
const KNOWN = 1;
const LETTER = 2;
const UPPER = 4;
const LOWER = 8;
const NUMBER = 16;
const SPACE = 32;
const SURROGATE = 64;
const WORD = LETTER | NUMBER;
/** Each BMP unit's bits, asked of the patterns once (0: not yet); ASCII and surrogates filled here. */
const KINDS = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++)
  KINDS[c] =
    KNOWN |
    (c >= 65 && c <= 90 ? LETTER | UPPER : 0) |
    (c >= 97 && c <= 122 ? LETTER | LOWER : 0) |
    (c >= 48 && c <= 57 ? NUMBER : 0) |
    (c === 32 || (c >= 9 && c <= 13) ? SPACE : 0);
KINDS.fill(KNOWN | SURROGATE, 0xd800, 0xe000);

/** The bits of the unit at `i` of a text; {@link KNOWN} alone past the end. */
function kindAt(text: string, i: number): number {
  if (i >= text.length) return KNOWN;
  const c = text.charCodeAt(i);
  const k = KINDS[c] as number;
  return k !== 0 ? k : kindOf(c);
}

function kindOf(c: number): number {
  const ch = String.fromCharCode(c);
  const k =
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\s/u.test(ch) ? SPACE : 0);
  KINDS[c] = k;
  return k;
}

/**
 * The code unit at `i` of a text, or -1 past its end, which like NaN equals no unit: `tokenEnd` read past
 * the end at most tokens' ends, and each such read (NaN, no small integer, out of bounds) deoptimised it.
 */
const codeAt = (text: string, i: number) => (i < text.length ? text.charCodeAt(i) : -1);

/**
 * The end of the {@link TOKEN} match starting at `p`, or {@link BAIL} where the pattern must decide:
 * half of a surrogate pair, or white space outside ASCII at `p`. `c` is the code at `p`, not white
 * space. Units outside ASCII are read by their classes ({@link KINDS}): bailing on each one sent every
 * word with an accent or an umlaut to the pattern, most of the words of a text in German or French.
 */
function tokenEnd(text: string, p: number, c: number): number {
  if (isApostrophe(c)) {
    const s = codeAt(text, p + 1);
    return (s === 115 || s === 83) && isNotWordChar(codeAt(text, p + 2)) ? p + 2 : p + 1;
  }
  if (isPunctuation(c)) return p + 1;
  const k = kindAt(text, p);
  if ((k & (SURROGATE | SPACE)) !== 0) return BAIL;
  if ((k & WORD) === 0) return p + 1;
  if ((k & LETTER) !== 0) {
    // (?:\p{L}\.){2,}
    let q = p;
    let pairs = 0;
    for (;;) {
      const x = kindAt(text, q);
      if ((x & SURROGATE) !== 0) return BAIL;
      if ((x & LETTER) === 0 || codeAt(text, q + 1) !== 46) break;
      pairs++;
      q += 2;
    }
    if (pairs >= 2) return q;
    // \p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})
    if ((k & UPPER) !== 0) {
      let d = p + 1;
      for (;;) {
        const x = kindAt(text, d);
        if ((x & SURROGATE) !== 0) return BAIL;
        if ((x & LOWER) === 0 || d - p > 4) break;
        d++;
      }
      if (d - p <= 4 && codeAt(text, d) === 46) {
        let q = d + 1;
        for (;;) {
          const x = kindAt(text, q);
          if ((x & SURROGATE) !== 0) return BAIL;
          if ((x & SPACE) === 0) break;
          q++;
        }
        const x = kindAt(text, q);
        if ((x & SURROGATE) !== 0) return BAIL;
        if (q > d + 1 && (x & UPPER) !== 0) return d + 1;
      }
    }
  }
  // [\p{L}\p{N}]+(?:(?:[-&.]|['’](?![sS]\b))[\p{L}\p{N}]+)*
  let q = p;
  for (;;) {
    const x = codeAt(text, q);
    // an ASCII unit is a word's (\p{L}, \p{N}) when a letter or a digit, as its KINDS say: asked by its
    // code, not by the table, as most units of most words are ASCII
    if (x >= 0 && x < 128) {
      if (isAsciiAlnum(x)) {
        q++;
        continue;
      }
    } else {
      const k = kindAt(text, q);
      if ((k & SURROGATE) !== 0) return BAIL;
      if ((k & WORD) !== 0) {
        q++;
        continue;
      }
    }
    if (x === 45 || x === 38 || x === 46 || isApostrophe(x)) {
      const y = codeAt(text, q + 1);
      if (isApostrophe(x) && (y === 115 || y === 83) && isNotWordChar(codeAt(text, q + 2))) return q;
      const ky = kindAt(text, q + 1);
      if ((ky & SURROGATE) !== 0) return BAIL;
      if ((ky & WORD) === 0) return q;
      q++;
      continue;
    }
    return q; // past the end (KNOWN alone) or any other unit
  }
}
