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

/**
 * Splits a sentence into tokens the way news NER data is tokenised (Penn Treebank-like: "'s" and
 * punctuation apart, "U.S." and "al-Amin" whole), keeping offsets.
 * @param text one sentence
 * @returns its tokens in order
 */
export function tokenizeWords(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
