import { isUpperUnit } from './capitalised-words.js';
import { nameParticles } from './name-particles.js';

// an initial ("J. Smith"), an abbreviated title ("Dr. Amina Diallo", "Gen. Ana Ruiz"), a word (not ending
// in an apostrophe: "told NBC News' Today show" names no "News' Today"), a particle, a nickname
const TOKEN = String.raw`(?:\p{Lu}\.(?=\s\p{Lu}[\p{L}'’]*\p{L})|\p{Lu}\p{Ll}{1,3}\.(?=\s\p{Lu}\p{Ll})|\p{Lu}(?:[\p{L}'’]*\p{L})?(?:-[\p{L}'’]*\p{L})*|(?:al|el|bin|ibn|abu|abd|abdul)-\p{Lu}[\p{L}'’]+|"\p{Lu}\p{L}+"|“\p{Lu}\p{L}+”)`;
/** One or two particles before a name's next part ("de Groot", "van der Berg", "bin Salman"). */
const PARTICLES = String.raw`(?:(?:${nameParticles().name.join('|')})\s){0,2}`;
/**
 * A personal name: two to five capitalised tokens, allowing particles such as al- and "de" between
 * them and a quoted nickname, and a generation's suffix ("James P. Kennedy Jr."), not ending in a possessive ("President Lena Varga’s visit" names no "Lena
 * Varga’s"; "Acme's Tom Hale" holds his company's).
 */
export const NAME = String.raw`${TOKEN}(?:\s${PARTICLES}${TOKEN}){1,4}(?:\s(?:Jr|Sr)\.)?(?<!['’]s)(?![\p{L}'’])`;
/**
 * How each token of {@link NAME} opens (kept in step with its tokens): where a name can start, for a
 * lookahead after a context.
 */
export const NAME_START = String.raw`(?:\p{Lu}|(?:al|el|bin|ibn|abu|abd|abdul)-\p{Lu}|"\p{Lu}|“\p{Lu})`;

// NAME compiles to some 60–90 KB of regexp bytecode (its Unicode classes, twice over), and again to
// native code once run: built once here, where each speaker cue had built its own pattern around it
// (c2000's quote cues, first pass in a fresh process: about 1,000 CPU ms, of which some 300–450 the
// compiling of a dozen such patterns; measured by helper speed73 in the fiftieth session)
const NAME_AT = new RegExp(NAME, 'uy');

/**
 * Where the name {@link NAME} reads from one position ends: what a pattern that has NAME last, after
 * a context that ends there, captures.
 * @param text the text
 * @param at where the name must start
 * @returns the index after the name, or -1 when none starts there
 */
export function nameEndAt(text: string, at: number): number {
  if (!mayOpenName(text.charCodeAt(at))) return -1;
  NAME_AT.lastIndex = at;
  return NAME_AT.test(text) ? NAME_AT.lastIndex : -1;
}

/**
 * Whether a unit may open {@link NAME}: a capital, the first letter of a particle joined by a hyphen
 * ("al-", "bin-", "ibn-", "el-", "abu-"), a quotation mark before a nickname, or half of a surrogate pair
 * (a capital beyond the BMP). Asked before the pattern, which the cross-article step ran on what follows
 * every mention of a quote's title ("the minister said"): a third of `titledBefore` over 2,000 bench pages.
 * @param c a code unit (NaN past the text's end: no name)
 */
function mayOpenName(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || c === 97 || c === 98 || c === 101 || c === 105 || c === 34;
  return c === 0x201c || (c >= 0xd800 && c <= 0xdfff) || (c >= 128 && isUpperUnit(c));
}

/** A name found with what follows it: where it starts and ends, and the match of the pattern after it. */
export interface NameThen {
  /** Where the name starts. */
  index: number;
  /** The index after the name. */
  end: number;
  /** The match of the pattern after the name, from `end`. */
  after: RegExpExecArray;
}

/**
 * The name {@link NAME} reads from one position with what `after` matches right after it: what the
 * pattern `(NAME)AFTER` matches there, when AFTER matches at no end of the name shorter than its
 * longest (AFTER opens with a comma, or with a space and a word that is no part of a name: a verb of
 * saying, "of"). Such a shorter end is a token's end before a space and the next token (or particle),
 * before a hyphen inside the last token, before the stop of an initial, or before " Jr.". One end the
 * pattern tries after the longest is longer: "James P. Kennedy Jr" before its stop, whose token "Jr"
 * leaves the stop out, then the name before it with the suffix " Jr." ({@link suffixEnd}).
 * @param text the text
 * @param at where the name must start
 * @param after a sticky (`y`) pattern of what must follow the name
 * @returns the name and the match after it, or null
 */
export function nameThenAt(text: string, at: number, after: RegExp): NameThen | null {
  const end = nameEndAt(text, at);
  return end < 0 ? null : tailOf(text, at, end, after);
}

/** What `after` matches after the name from `index` to `end`, or after its suffix with its stop. */
function tailOf(text: string, index: number, end: number, after: RegExp): NameThen | null {
  after.lastIndex = end;
  const tail = after.exec(text);
  if (tail) return { index, end, after: tail };
  const longer = suffixEnd(text, index, end);
  if (longer < 0) return null;
  after.lastIndex = longer;
  const suffixed = after.exec(text);
  return suffixed && { index, end: longer, after: suffixed };
}

const PARTICLE = new Set(nameParticles().name);
const ENDS_IN_SUFFIX = /\s(?:Jr|Sr)$/u;
const WORD_UNIT = /[\p{L}'’]/uy;

/**
 * The end NAME tries after a name that ends in the token "Jr" or "Sr" before a stop: the name before
 * that token with the suffix " Jr." (NAME's optional end), when that name has two tokens (particles
 * are none), ends in a token, and no letter follows the stop.
 * @param text the text
 * @param index where the name starts
 * @param end where its longest match ends
 * @returns the index after the stop, or -1
 */
function suffixEnd(text: string, index: number, end: number): number {
  const name = text.slice(index, end);
  if (text.charAt(end) !== '.' || !ENDS_IN_SUFFIX.test(name)) return -1;
  // the suffix follows a token, not a particle ("Corp van Sr." has none), with two tokens before it
  const words = name.split(/\s/u);
  if (PARTICLE.has(words.at(-2) as string)) return -1;
  if (words.filter((word) => !PARTICLE.has(word)).length < 3) return -1;
  WORD_UNIT.lastIndex = end + 1;
  return WORD_UNIT.test(text) ? -1 : end + 1;
}

/**
 * The first name {@link NAME} reads, from `from` on, right after which `after` matches: what the
 * pattern `(NAME)AFTER` finds, under {@link nameThenAt}'s terms.
 * @param text the text
 * @param after a sticky (`y`) pattern of what must follow the name
 * @param from where to start looking
 * @param opens whether a name may start at an index (what a pattern requires before it), all by default
 * @returns the name and the match after it, or null
 */
export function nameThen(
  text: string,
  after: RegExp,
  from = 0,
  opens: (at: number) => boolean = () => true,
): NameThen | null {
  // a name found ends where `after` matches: only the stretch before each such place that holds no unit
  // a name never holds can hold its start; the starts are tried in the order the pattern would try them.
  // The name pattern had been run from every index of the text, its verb, clause and all ("X said …"):
  // `matchNameSaid` 676 → 318 ms of samples, one thread over 1,000 scale-bench pages (speed101)
  const anywhere = unanchored(after);
  anywhere.lastIndex = from;
  let at = from;
  for (let next = anywhere.exec(text); next !== null; next = anywhere.exec(text)) {
    const end = next.index;
    let start = end;
    while (start > at && !breaksName(text.charCodeAt(start - 1))) start--;
    // the next start a unicode pattern would try is a code point on from `at`: a unit that breaks a name
    // is ASCII, so the one after it is one too
    for (at = start; at < end; ) {
      if (opens(at)) {
        const nameEnd = nameEndAt(text, at);
        const found = nameEnd < 0 ? null : tailOf(text, at, nameEnd, after);
        if (found) return found;
      }
      at += (text.codePointAt(at) as number) > 0xffff ? 2 : 1;
    }
    anywhere.lastIndex = end + ((text.codePointAt(end) as number) > 0xffff ? 2 : 1);
  }
  return null;
}

/** Each sticky pattern of what follows a name, as a search for where it matches (made once). */
const UNANCHORED = new WeakMap<RegExp, RegExp>();

/** `after` without its sticky flag and with `g`: where it matches, from `lastIndex` on. */
function unanchored(after: RegExp): RegExp {
  let anywhere = UNANCHORED.get(after);
  if (anywhere === undefined) {
    anywhere = new RegExp(after.source, `${after.flags.replace(/[gy]/g, '')}g`);
    UNANCHORED.set(after, anywhere);
  }
  return anywhere;
}

/**
 * The ASCII units {@link NAME} never reads: all but letters, white space, the stop, the apostrophe, the
 * hyphen, the quotation mark and those of a particle (`data/name-particles.yaml`); no unit beyond ASCII
 * counts, so that none a name may hold is missed.
 */
const BREAKS_NAME = (() => {
  const breaks = new Uint8Array(128).fill(1);
  for (const c of '.\'-"\t\n\v\f\r ') breaks[c.charCodeAt(0)] = 0;
  for (let c = 65; c <= 90; c++) breaks[c] = breaks[c + 32] = 0;
  for (const word of nameParticles().name)
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 128) breaks[word.charCodeAt(i)] = 0;
  return breaks;
})();

/** Whether a code unit can stand in no name {@link NAME} reads (see {@link BREAKS_NAME}). */
function breaksName(c: number): boolean {
  return c < 128 && BREAKS_NAME[c] === 1;
}

/**
 * A match built as the one pattern that held the name and its context would have returned it.
 * @param text the text matched
 * @param index where the whole match starts
 * @param end where it ends
 * @param groups the captured groups, in order (undefined where one did not take part)
 */
export function matchOf(
  text: string,
  index: number,
  end: number,
  groups: (string | undefined)[],
): RegExpExecArray {
  const m = [text.slice(index, end), ...groups] as unknown as RegExpExecArray;
  m.index = index;
  m.input = text;
  return m;
}
