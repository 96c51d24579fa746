// The sentence segments of Intl.Segmenter (Unicode's sentence boundaries, UAX #29), read in JavaScript
// for text whose every character has a known sentence-break class, and by ICU otherwise. ICU's
// iterator cost a bench page's analysis more than any other step of splitting its sentences.

const icu = new Intl.Segmenter('en', { granularity: 'sentence' });

// Sentence-break classes (UAX #29, table 4). OLetter, Extend, Format and Sep have no characters
// here: a text holding one (or any character outside the table) goes to ICU.
const NONE = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
const OTHER = 11;

/** Punctuation past Latin Extended-A that web text often holds: quotes, dashes, bullets, the euro. */
const EXTRA = [
  0x2013, 0x2014, 0x2018, 0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x2039, 0x203a, 0x20ac,
];
/** The class of each unit up to U+017F (Basic Latin, Latin-1, Latin Extended-A), 0 where ICU decides. */
const LATIN = new Uint8Array(0x180);
const EXTRA_CLASS = new Map<number, number>();

/**
 * A character's class as UAX #29 defines it from Unicode properties, in the order of its table (the
 * full stop is an ATerm before it is a sentence terminal). What this misses the tests catch: every
 * character of the table is read by ICU in the contexts that tell the classes apart.
 */
function classOf(code: number): number {
  const c = String.fromCharCode(code);
  if (code === 0x0d) return CR;
  if (code === 0x0a) return LF;
  // C1 controls (U+0085 is a paragraph separator), format characters and marks: ICU's
  if ((code >= 0x80 && code <= 0x9f) || /[\p{Cf}\p{M}]/u.test(c)) return NONE;
  if (/\p{White_Space}/u.test(c)) return SP;
  if (/\p{Lowercase}/u.test(c)) return LOWER;
  if (/[\p{Uppercase}\p{Lt}]/u.test(c)) return UPPER;
  if (/\p{Alphabetic}/u.test(c)) return NONE; // OLetter
  if (code >= 0x30 && code <= 0x39) return NUMERIC;
  if (code === 0x2e) return ATERM;
  if (/\p{Sentence_Terminal}/u.test(c)) return STERM;
  if (/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u.test(c)) return CLOSE;
  if (code === 0x2c || code === 0x2d || code === 0x3a || code === 0x3b || code === 0x2013 || code === 0x2014)
    return SCONTINUE;
  return OTHER;
}

for (let code = 0; code < LATIN.length; code++) LATIN[code] = classOf(code);
for (const code of EXTRA) EXTRA_CLASS.set(code, classOf(code));

/** The classes of the text read last, reused (no array a paragraph). */
let scratch = new Uint8Array(4096);

/** Each unit's class (in a shared array, valid until the next call), or null when a unit has none here. */
function classesOf(text: string): Uint8Array | null {
  if (scratch.length < text.length) scratch = new Uint8Array(text.length * 2);
  const classes = scratch;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < 0x180 ? (LATIN[code] as number) : (EXTRA_CLASS.get(code) ?? NONE);
    if (c === NONE) return null;
    classes[i] = c;
  }
  return classes;
}

/**
 * Calls `visit` with each sentence segment of a text and its offset, exactly as
 * `new Intl.Segmenter('en', { granularity: 'sentence' })` gives them: read here when every character is
 * one whose class is known (Latin letters, digits, spaces, common punctuation), by ICU otherwise.
 * @param text any text
 * @param visit called with each segment (the segments cover the text, in order) and its offset
 */
export function forEachSentenceSegment(text: string, visit: (segment: string, index: number) => void): void {
  const classes = classesOf(text);
  if (classes === null) {
    for (const s of icu.segment(text)) visit(s.segment, s.index);
    return;
  }
  let from = 0;
  forEachBoundary(classes, text.length, (to) => {
    visit(text.slice(from, to), from);
    from = to;
  });
  if (from < text.length) visit(text.slice(from), from);
}

/**
 * Calls `at` with the end of each sentence segment of a text but the last, given its `n` units' classes
 * (UAX #29's rules SB3–SB11).
 */
function forEachBoundary(cls: Uint8Array, n: number, at: (end: number) => void): void {
  let i = 0;
  while (i < n) {
    const c = cls[i] as number;
    // SB3, SB4: a break after a paragraph separator, CR LF being one
    if (c === CR || c === LF) {
      i += c === CR && i + 1 < n && cls[i + 1] === LF ? 2 : 1;
      if (i < n) at(i);
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++;
      continue;
    }
    const next = i + 1 < n ? (cls[i + 1] as number) : NONE;
    // SB6: "3.5"; SB7: "U.S"
    if (
      c === ATERM &&
      (next === NUMERIC || (next === UPPER && (cls[i - 1] === UPPER || cls[i - 1] === LOWER)))
    ) {
      i++;
      continue;
    }
    // SB9, SB10: closing punctuation and spaces stay with the terminator
    let j = i + 1;
    while (j < n && cls[j] === CLOSE) j++;
    while (j < n && cls[j] === SP) j++;
    if (j < n) {
      const k = cls[j] as number;
      // SB8a: "Go!, and", "Why?!"
      if (k === SCONTINUE || k === ATERM || k === STERM) {
        i = j;
        continue;
      }
      // SB8: after a full stop, no break before a lower-case letter that follows before any other
      // letter, terminator or paragraph separator ("etc. and", "e.g. 5 apples")
      if (c === ATERM) {
        let m = j;
        while (m < n && !STOPS_LOWER_LOOKAHEAD[cls[m] as number]) m++;
        if (m < n && cls[m] === LOWER) {
          i = m;
          continue;
        }
      }
      // SB11: the break comes after a paragraph separator that follows
      if (k === CR) j += j + 1 < n && cls[j + 1] === LF ? 2 : 1;
      else if (k === LF) j++;
    }
    if (j < n) at(j);
    i = j;
  }
}

/** The classes that end SB8's look-ahead for a lower-case letter (OLetter, Upper, Lower, ParaSep, SATerm). */
const STOPS_LOWER_LOOKAHEAD = Uint8Array.from({ length: OTHER + 1 }, (_, c) =>
  c === UPPER || c === LOWER || c === CR || c === LF || c === ATERM || c === STERM ? 1 : 0,
);
