// Tells a headline-like line: a few words, nearly all capitalised, with no sentence break inside.
import { isSpaceUnit } from '@briefing/model';
import { holdsUnspacedScript, wordsIn } from './count-words.js';
import { isLetterAt } from './lower-case-share.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A sentence's end inside a line: a stop, a question, an exclamation or an ellipsis before a space. */
const SENTENCE_BREAK = /[.!?…]\s/u;

/**
 * Tells a headline-like line: three to twenty words, nearly all capitalised, with no sentence break
 * inside (a link to another article, a menu entry, the page's own title).
 * @param text a line
 * @param words its length in words ({@link wordsIn}), when the caller has it: a line longer than
 *   twenty is no headline, however few spaces it has (Chinese or Japanese prose naming a school or a
 *   band in Latin letters splits on spaces into a few capitalised "words", see {@link TITLE_WORDS})
 */
export function titleLike(text: string, words = 0): boolean {
  if (SENTENCE_BREAK.test(text)) return false; // first: most lines are prose, and this is cheap
  // only for those scripts: a spaced line's words are its space-split ones, capped in the walk below
  if (words > TITLE_WORDS && holdsUnspacedScript(text)) return false;
  // the words of `text.split(/\s+/)` that hold a letter, walked without building them: a word is
  // capitalised when it matches /^["“‘(]?[\p{Lu}\p{N}]/u or is a SMALL_WORD, upper when /^\p{Lu}/u
  let n = 0;
  let capitalised = 0;
  let upper = 0;
  const length = text.length;
  let i = 0;
  while (i < length) {
    while (i < length && isSpaceUnit(text.charCodeAt(i))) i++;
    if (i >= length) break;
    const start = i;
    let letter = false;
    for (; i < length && !isSpaceUnit(text.charCodeAt(i)); i++)
      if (!letter && isLetterAt(text, i)) letter = true;
    if (!letter) continue;
    if (++n > 20) return false;
    const first = capitalAt(text, start, i);
    if (first === 2) upper++;
    const c = text.charCodeAt(start);
    if (
      first !== 0 ||
      (OPENING_MARKS.has(c) && capitalAt(text, start + 1, i) !== 0) ||
      (c >= 97 && c <= 122 && i - start <= 4 && SMALL_WORD.test(text.slice(start, i)))
    )
      capitalised++;
    // of 20 words at most, nine in ten capitalised: a third that is not says no (most lines, early)
    else if (n - capitalised >= 3) return false;
  }
  return n >= 3 && capitalised / n >= 0.9 && upper >= 2;
}

/**
 * A headline in Chinese or Japanese is at most this many words (as {@link wordsIn} counts them: a word
 * per two characters), the cap titleLike's walk over space-split words sets in spaced scripts. Measured
 * on trafilatura-eval: a Chinese page's paragraphs naming a school in Latin letters had read as headlines
 * and cut the body's start off; HTML half A tp +1 (1393 → 1394), fp unchanged; text, half B, zyte-dev and
 * eval:unseen unchanged; of 2,236 dev pages only that page's output changes (hash-output).
 */
const TITLE_WORDS = 20;

/** The marks a capitalised word of a headline may open with: `"`, `“`, `‘`, `(`. */
const OPENING_MARKS = new Set([0x22, 0x201c, 0x2018, 0x28]);
const CAPITAL = /\p{Lu}/u;
const NUMBER = /\p{N}/u;

/** 2 when the code point at `i` (before `end`) is a capital (`\p{Lu}`), 1 a number (`\p{N}`), else 0. */
function capitalAt(text: string, i: number, end: number): 0 | 1 | 2 {
  if (i >= end) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 2 : c >= 48 && c <= 57 ? 1 : 0;
  const ch = String.fromCodePoint(text.codePointAt(i) as number);
  return CAPITAL.test(ch) ? 2 : NUMBER.test(ch) ? 1 : 0;
}

const SMALL_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|the|to|vs|with)$/;
