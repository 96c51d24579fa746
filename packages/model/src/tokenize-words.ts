/** A word or punctuation token of a sentence: `text === source.slice(start, end)`. */
export interface Token {
  text: string;
  start: number;
  end: number;
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
    // the pattern's tokens read by their character codes, and the pattern itself (at this offset)
    // only where a character outside ASCII decides: 111 -> 90 CPU ms for the tokens of 1,000 bench pages
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

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiAlnum = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57);
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** Characters outside ASCII that are neither letters, digits nor white space (quotes, dashes, "…"). */
const isPunctuation = (c: number) => (c >= 0x2010 && c <= 0x201f) || c === 0x2026;
/** Whether `c` is no ASCII word character (`\b` in a `u` pattern without `i` is ASCII only); NaN past the end. */
const isNotWordChar = (c: number) => !(isAsciiAlnum(c) || c === 95);
const BAIL = -1;

/**
 * The end of the {@link TOKEN} match starting at `p`, or {@link BAIL} when a character the code
 * does not classify (outside ASCII) could change it. `c` is the code at `p`, not white space.
 */
function tokenEnd(text: string, p: number, c: number): number {
  if (isApostrophe(c)) {
    const s = text.charCodeAt(p + 1);
    return (s === 115 || s === 83) && isNotWordChar(text.charCodeAt(p + 2)) ? p + 2 : p + 1;
  }
  if (isPunctuation(c)) return p + 1;
  if (c >= 128) return BAIL;
  if (!isAsciiAlnum(c)) return p + 1;
  if (isAsciiLetter(c)) {
    // (?:\p{L}\.){2,}
    let q = p;
    let pairs = 0;
    for (;;) {
      const x = text.charCodeAt(q);
      if (x >= 128) return BAIL;
      if (!isAsciiLetter(x) || text.charCodeAt(q + 1) !== 46) break;
      pairs++;
      q += 2;
    }
    if (pairs >= 2) return q;
    // \p{Lu}\p{Ll}{0,3}\.(?=\s+\p{Lu})
    if (c >= 65 && c <= 90) {
      let d = p + 1;
      for (;;) {
        const x = text.charCodeAt(d);
        if (x >= 128) return BAIL;
        if (x < 97 || x > 122 || d - p > 4) break;
        d++;
      }
      if (d - p <= 4 && text.charCodeAt(d) === 46) {
        let q = d + 1;
        for (;;) {
          const x = text.charCodeAt(q);
          if (x >= 128) return BAIL;
          if (!(x === 32 || (x >= 9 && x <= 13))) break;
          q++;
        }
        const x = text.charCodeAt(q);
        if (q > d + 1 && x >= 65 && x <= 90) return d + 1;
      }
    }
  }
  // [\p{L}\p{N}]+(?:(?:[-&.]|['’](?![sS]\b))[\p{L}\p{N}]+)*
  let q = p;
  for (;;) {
    const x = text.charCodeAt(q);
    if (isAsciiAlnum(x)) {
      q++;
      continue;
    }
    if (x === 45 || x === 38 || x === 46) {
      const y = text.charCodeAt(q + 1);
      if (y >= 128) return BAIL;
      if (!isAsciiAlnum(y)) return q;
      q++;
      continue;
    }
    if (isApostrophe(x)) {
      const y = text.charCodeAt(q + 1);
      if ((y === 115 || y === 83) && isNotWordChar(text.charCodeAt(q + 2))) return q;
      if (y >= 128) return BAIL;
      if (!isAsciiAlnum(y)) return q;
      q++;
      continue;
    }
    if (x >= 128 && !isPunctuation(x)) return BAIL;
    return q; // NaN past the end: no branch above takes it
  }
}
