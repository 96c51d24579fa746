/** The tags the entity tagger chooses from (IOB2 over CoNLL-2003's four types). */
export const ENTITY_TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

/** Lower-case words that may sit inside a name between capitalised words ("Bank of England"). */
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'da', 'du', 'la', 'le', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'on', 'in', '&']);

/**
 * Whether the tagger looks at a token: it has a capital letter, or it is a connector word between two
 * such tokens. Every other token is outside any name, which keeps tagging fast (about a fifth of
 * news tokens are looked at).
 * @param words the tokens of a sentence
 * @returns one flag per token
 */
export function candidateTokens(words: readonly string[]): boolean[] {
  const caps = words.map((w) => /\p{Lu}/u.test(w));
  return words.map((w, i) => {
    if (caps[i]) return true;
    if (!CONNECTORS.has(w.toLowerCase())) return false;
    return caps[i - 1] === true && (caps[i + 1] === true || (CONNECTORS.has(words[i + 1]?.toLowerCase() ?? '') && caps[i + 2] === true));
  });
}

/**
 * The shape of a word: capitals as X, small letters as x, digits as d, runs collapsed ("Al-Sudani" →
 * "Xx-Xx", "U.S." → "X.X.").
 * @param word a token
 */
export function wordShape(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd')
    .slice(0, 8);
}

/**
 * The features of one token for the entity tagger: the word and its neighbours, shapes, affixes and
 * the two tags chosen before it.
 * @param lower the sentence's tokens, lower-cased
 * @param shapes their shapes
 * @param i the token
 * @param prev the tag chosen for token i-1 (`^` at the start)
 * @param prev2 the tag chosen for token i-2
 * @returns feature strings
 */
export function entityFeatures(
  lower: readonly string[],
  shapes: readonly string[],
  i: number,
  prev: string,
  prev2: string,
): string[] {
  const w = lower[i] as string;
  const p = lower[i - 1] ?? '^';
  const n = lower[i + 1] ?? '$';
  return [
    'b',
    `w=${w}`,
    `s=${shapes[i]}`,
    `p3=${w.slice(0, 3)}`,
    `x3=${w.slice(-3)}`,
    `x2=${w.slice(-2)}`,
    `i=${i === 0 ? 1 : 0}${shapes[i]}`,
    `pw=${p}`,
    `nw=${n}`,
    `ppw=${lower[i - 2] ?? '^'}`,
    `nnw=${lower[i + 2] ?? '$'}`,
    `ps=${shapes[i - 1] ?? '^'}`,
    `ns=${shapes[i + 1] ?? '$'}`,
    `pt=${prev}`,
    `pt2=${prev2}|${prev}`,
    `ptw=${prev}|${w}`,
    `pwn=${p}|${w}`,
    `wnw=${w}|${n}`,
    `psn=${shapes[i - 1] ?? '^'}|${shapes[i]}|${shapes[i + 1] ?? '$'}`,
  ];
}
