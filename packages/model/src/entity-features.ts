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
  const n = words.length;
  const caps: boolean[] = [];
  for (let i = 0; i < n; i++) caps.push(hasCapital(words[i] as string));
  const connector = connectorWords();
  const look: boolean[] = [];
  for (let i = 0; i < n; i++) {
    // the capital before is tested first: most tokens follow none, and lower-casing them cost more
    // each index read inside the sentence: a read past its end deoptimised the tagger's optimised code
    look.push(
      caps[i] === true ||
        (i > 0 &&
          caps[i - 1] === true &&
          connector.has((words[i] as string).toLowerCase()) &&
          ((i + 1 < n && caps[i + 1] === true) ||
            (i + 2 < n && connector.has((words[i + 1] as string).toLowerCase()) && caps[i + 2] === true))),
    );
  }
  return look;
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
/** Whether a word has a capital letter (ASCII checked without a regular expression). */
function hasCapital(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return UPPER.test(word);
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
              : UPPER.test(ch)
                ? 'X'
                : LOWER.test(ch)
                  ? 'x'
                  : NUMBER.test(ch)
                    ? 'd'
                    : ch;
    if (c !== last || (c !== 'X' && c !== 'x' && c !== 'd')) out += c;
    last = c;
    if (out.length >= 8) break;
  }
  return out;
}

/**
 * The hash of a word's shape, `hashString(wordShape(word))`, without making the shape's string (the
 * shapes of a sentence's tokens were a fifth of its context's cost).
 * @param word a token
 */
function shapeHash(word: string): number {
  let h = 0x811c9dc5;
  let units = 0; // the length of the shape's string so far
  let last = -1; // the shape's last character, as a code point
  for (let i = 0; i < word.length; i++) {
    let cp = word.charCodeAt(i);
    let c: number;
    if (cp >= 65 && cp <= 90) c = 88;
    else if (cp >= 97 && cp <= 122) c = 120;
    else if (cp >= 48 && cp <= 57) c = 100;
    else if (cp < 128) c = cp;
    else {
      cp = word.codePointAt(i) as number;
      if (cp > 0xffff) i++;
      const ch = String.fromCodePoint(cp);
      c = UPPER.test(ch) ? 88 : LOWER.test(ch) ? 120 : NUMBER.test(ch) ? 100 : cp;
    }
    if (c !== last || (c !== 88 && c !== 120 && c !== 100)) {
      if (c > 0xffff) {
        // a character beyond the BMP kept as itself: its two units, as the shape's string holds it
        h = Math.imul(h ^ (0xd800 + ((c - 0x10000) >> 10)), 0x01000193);
        h = Math.imul(h ^ (0xdc00 + ((c - 0x10000) & 0x3ff)), 0x01000193);
        units += 2;
      } else {
        h = Math.imul(h ^ c, 0x01000193);
        units++;
      }
    }
    last = c;
    if (units >= 8) break;
  }
  return h >>> 0;
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
  /** The sentence's tokens: the arrays hold one value per token up to here (they may be longer). */
  length: number;
  words: Uint32Array;
  shapes: Uint32Array;
  prefixes: Uint32Array;
  suffixes3: Uint32Array;
  suffixes2: Uint32Array;
  suffixes4: Uint32Array;
  titles: Uint8Array;
}

/** The key of feature 0, the bias: the same for every token. */
export const BIAS_FEATURE = mix(0, 0);

const BEFORE = hashString('^');
const AFTER = hashString('$');

/**
 * Hashes what the features of a sentence's tokens are made of: each word lower-cased, its shape, its
 * first three and last three and two letters; only for the tokens looked at and their neighbours.
 * @param words the tokens
 * @param look which tokens the tagger looks at (`candidateTokens`)
 * @returns the context, the same object at every call: valid until the next
 */
export function sentenceContext(words: readonly string[], look: readonly boolean[]): SentenceContext {
  const n = words.length;
  // one set of arrays for every sentence, grown as needed and cleared up to the sentence's length
  // (seven arrays made for each sentence cost more than the hashing they hold)
  if (shared.words.length < n) shared = contextOf(Math.max(n, shared.words.length * 2));
  const ctx = shared;
  ctx.length = n;
  for (const a of [
    ctx.words,
    ctx.shapes,
    ctx.prefixes,
    ctx.suffixes3,
    ctx.suffixes2,
    ctx.suffixes4,
    ctx.titles,
  ])
    a.fill(0, 0, n);
  for (let i = 0; i < n; i++) {
    const here = look[i] === true;
    // a token's title flag is read only one or two tokens before a token looked at
    const titled = look[i + 1] === true || look[i + 2] === true;
    if (!(here || titled || look[i - 1] === true || look[i - 2] === true)) continue;
    const word = words[i] as string;
    ctx.shapes[i] = shapeHash(word);
    const w = word.toLowerCase();
    ctx.words[i] = hashString(w);
    if (titled) ctx.titles[i] = isTitleLower(w) ? 1 : 0;
    if (!here) continue;
    ctx.suffixes4[i] = hashString(w, w.length - 4);
    ctx.prefixes[i] = hashString(w, 0, 3);
    ctx.suffixes3[i] = hashString(w, w.length - 3);
    ctx.suffixes2[i] = hashString(w, w.length - 2);
  }
  return ctx;
}

function contextOf(size: number): SentenceContext {
  return {
    length: 0,
    words: new Uint32Array(size),
    shapes: new Uint32Array(size),
    prefixes: new Uint32Array(size),
    suffixes3: new Uint32Array(size),
    suffixes2: new Uint32Array(size),
    suffixes4: new Uint32Array(size),
    titles: new Uint8Array(size),
  };
}
let shared = contextOf(64);

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
  const n = ctx.length;
  const w = ctx.words[i] as number;
  const s = ctx.shapes[i] as number;
  const pw = i > 0 ? (ctx.words[i - 1] as number) : BEFORE;
  const nw = i + 1 < n ? (ctx.words[i + 1] as number) : AFTER;
  const ps = i > 0 ? (ctx.shapes[i - 1] as number) : BEFORE;
  const ns = i + 1 < n ? (ctx.shapes[i + 1] as number) : AFTER;
  out[0] = BIAS_FEATURE;
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
