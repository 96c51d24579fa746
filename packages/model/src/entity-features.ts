import { isTitleLower } from './find-roles.js';
import { nameParticles } from './name-particles.js';

/** The tags the entity tagger chooses from (IOB2 over CoNLL-2003's four types). */
export const ENTITY_TAGS = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
] as const;
/** The tag index standing for "before the sentence". */
export const START_TAG = ENTITY_TAGS.length;
/** How many features {@link entityFeatures} writes per token. */
export const FEATURES_PER_TOKEN = 22;

/** English words that may sit inside a name between capitalised words ("Bank of England", "Procter & Gamble"). */
const ENGLISH_CONNECTORS = ['of', 'the', 'for', 'and', 'on', 'in', '&'];
let connectors: ReadonlySet<string> | undefined;

/** {@link ENGLISH_CONNECTORS} and the name particles marked `connector` ("Viña del Mar"), made once. */
function connectorWords(): ReadonlySet<string> {
  connectors ??= new Set([...ENGLISH_CONNECTORS, ...nameParticles().connector]);
  return connectors;
}

/**
 * Whether the tagger looks at a token: it has a capital letter, or it is a connector word between two
 * such tokens. Every other token is outside any name, which keeps tagging fast (about a fifth of
 * news tokens are looked at).
 * @param words the tokens of a sentence
 * @returns one flag per token
 */
export function candidateTokens(words: readonly string[]): boolean[] {
  const caps = words.map(hasCapital);
  const connector = connectorWords();
  return words.map((w, i) => {
    if (caps[i]) return true;
    if (!connector.has(w.toLowerCase())) return false;
    return (
      caps[i - 1] === true &&
      (caps[i + 1] === true || (connector.has(words[i + 1]?.toLowerCase() ?? '') && caps[i + 2] === true))
    );
  });
}

/** Whether a word has a capital letter (ASCII checked without a regular expression). */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return /\p{Lu}/u.test(word);
  }
  return false;
}

/**
 * The shape of a word: capitals as X, small letters as x, digits as d, runs collapsed, at most 8
 * characters ("Al-Amin" → "Xx-Xx", "U.S." → "X.X.").
 * @param word a token
 */
export function wordShape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const code = ch.charCodeAt(0);
    const c =
      code >= 65 && code <= 90
        ? 'X'
        : code >= 97 && code <= 122
          ? 'x'
          : code >= 48 && code <= 57
            ? 'd'
            : code < 128
              ? ch
              : /\p{Lu}/u.test(ch)
                ? 'X'
                : /\p{Ll}/u.test(ch)
                  ? 'x'
                  : /\p{N}/u.test(ch)
                    ? 'd'
                    : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

/** FNV-1a over the UTF-16 code units of a string (or of `s.slice(from, to)`). */
function hashString(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Mixes a feature template id with up to three values into one 32-bit key (never 0). */
function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 1, 0x9e3779b1);
  h = Math.imul(h ^ a, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h ^ b, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h ^ c, 0x27d4eb2f);
  h ^= h >>> 15;
  return h >>> 0 || 1;
}

/** The per-token values features are made of, computed once per sentence. */
export interface SentenceContext {
  words: Uint32Array;
  shapes: Uint32Array;
  prefixes: Uint32Array;
  suffixes3: Uint32Array;
  suffixes2: Uint32Array;
  suffixes4: Uint32Array;
  titles: Uint8Array;
}

const BEFORE = hashString('^');
const AFTER = hashString('$');

/**
 * Hashes what the features of a sentence's tokens are made of: each word lower-cased, its shape, its
 * first three and last three and two letters; only for the tokens looked at and their neighbours.
 * @param words the tokens
 * @param look which tokens the tagger looks at (`candidateTokens`)
 */
export function sentenceContext(words: readonly string[], look: readonly boolean[]): SentenceContext {
  const n = words.length;
  const ctx = {
    words: new Uint32Array(n),
    shapes: new Uint32Array(n),
    prefixes: new Uint32Array(n),
    suffixes3: new Uint32Array(n),
    suffixes2: new Uint32Array(n),
    suffixes4: new Uint32Array(n),
    titles: new Uint8Array(n),
  };
  words.forEach((word, i) => {
    if (!(look[i] || look[i - 1] || look[i + 1] || look[i - 2] || look[i + 2])) return;
    const w = word.toLowerCase();
    ctx.words[i] = hashString(w);
    ctx.shapes[i] = hashString(wordShape(word));
    ctx.titles[i] = isTitleLower(w) ? 1 : 0;
    if (!look[i]) return;
    ctx.suffixes4[i] = hashString(w, w.length - 4);
    ctx.prefixes[i] = hashString(w, 0, 3);
    ctx.suffixes3[i] = hashString(w, w.length - 3);
    ctx.suffixes2[i] = hashString(w, w.length - 2);
  });
  return ctx;
}

/**
 * Writes the feature keys of token `i` for the entity tagger: the word and its neighbours, shapes,
 * affixes, and the two tags chosen before it, each hashed to a 32-bit key.
 * @param ctx the sentence's hashed values
 * @param i the token
 * @param prev the tag index chosen for token i-1 ({@link START_TAG} at the start)
 * @param prev2 the tag index chosen for token i-2
 * @param out receives {@link FEATURES_PER_TOKEN} keys
 */
export function entityFeatures(
  ctx: SentenceContext,
  i: number,
  prev: number,
  prev2: number,
  out: Uint32Array,
): void {
  const n = ctx.words.length;
  const w = ctx.words[i] as number;
  const s = ctx.shapes[i] as number;
  const pw = i > 0 ? (ctx.words[i - 1] as number) : BEFORE;
  const nw = i + 1 < n ? (ctx.words[i + 1] as number) : AFTER;
  const ps = i > 0 ? (ctx.shapes[i - 1] as number) : BEFORE;
  const ns = i + 1 < n ? (ctx.shapes[i + 1] as number) : AFTER;
  out[0] = mix(0, 0);
  out[1] = mix(1, w);
  out[2] = mix(2, s);
  out[3] = mix(3, ctx.prefixes[i] as number);
  out[4] = mix(4, ctx.suffixes3[i] as number);
  out[5] = mix(5, ctx.suffixes2[i] as number);
  out[6] = mix(6, i === 0 ? 1 : 0, s);
  out[7] = mix(7, pw);
  out[8] = mix(8, nw);
  out[9] = mix(9, i > 1 ? (ctx.words[i - 2] as number) : BEFORE);
  out[10] = mix(10, i + 2 < n ? (ctx.words[i + 2] as number) : AFTER);
  out[11] = mix(11, ps);
  out[12] = mix(12, ns);
  out[13] = mix(13, prev);
  out[14] = mix(14, prev2, prev);
  out[15] = mix(15, prev, w);
  out[16] = mix(16, pw, w);
  out[17] = mix(17, w, nw);
  out[18] = mix(18, ps, s, ns);
  out[19] = mix(19, i > 0 ? (ctx.titles[i - 1] as number) : 2, i > 1 ? (ctx.titles[i - 2] as number) : 2);
  out[20] = mix(20, ctx.suffixes4[i] as number);
  out[21] = mix(21, i > 1 ? (ctx.shapes[i - 2] as number) : BEFORE, ps, s);
}
