import { capitalisedWordEnd, forEachCapitalisedWord } from './capitalised-words.js';
import { countWords, isLetterOrDigitUnit } from './text-stats.js';

/** What {@link readTextWords} reads of a text in one walk. */
export interface TextWords {
  /** How many words the text has: {@link countWords}. */
  count: number;
  /** Where each capitalised word not at a sentence's start is ({@link forEachCapitalisedWord}): its start, then its end, in order. */
  capitalised: Int32Array;
}

/**
 * Counts the words of an article's text and finds its capitalised words in one walk over its units
 * (each had walked the whole text: about 67 and 74 ms over 2,000 bench pages, 118 together, 85 in one
 * walk), for the word count and the story terms' names. A text with characters outside the BMP is read
 * by each apart.
 * @param text any text
 * @returns its word count and its capitalised words
 */
export function readTextWords(text: string): TextWords {
  // the words' starts and ends, in a typed array grown by doubling (written here, not by a closure: a
  // closure over the array cost a quarter of the walk)
  let capitalised = new Int32Array(64);
  // its length kept here, not read from the array: with `capitalised.length` read in the loop, V8's
  // optimised code was thrown away ("wrong map") each time the text came in another string
  // representation (flat or joined, one or two bytes a unit): 11 compiles of this function a thread over
  // 1,000 bench pages (speed104)
  let capacity = 64;
  let found = 0;
  const n = text.length;
  let count = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // countWords: a run of letters, digits and "_"
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    // half of a surrogate pair: the text is read by each apart (forEachCapitalisedWord by its pattern)
    else if (c >= 0xd800 && c <= 0xdfff) return readApart(text);
    else word = isLetterOrDigitUnit(c);
    if (word && !inWord) count++;
    inWord = word;
    // forEachCapitalisedWord: a capital after a letter, a digit, ",", ";" or ":" and a space
    // only a unit after a space may start one: asked here, before the call, for each unit of the text
    if (i < 2 || text.charCodeAt(i - 1) !== 32) continue;
    const end = capitalisedWordEnd(text, i);
    if (end < 0) continue;
    if (found === capacity) {
      capacity *= 2;
      const grown = new Int32Array(capacity);
      grown.set(capitalised);
      capitalised = grown;
    }
    capitalised[found++] = i;
    capitalised[found++] = end;
    // the word's units counted as the walk would have (its "'" and "-" part words), and the unit after
    // it, which no capitalised word can start at (it is no letter): the walk goes on after it. No unit
    // of the word is half of a surrogate pair (no letter), the one after it may be
    for (let j = i + 1; j <= end && j < n; j++) {
      const d = text.charCodeAt(j);
      if (d >= 0xd800 && d <= 0xdfff) return readApart(text);
      const inside = d === 95 || isLetterOrDigitUnit(d);
      if (inside && !inWord) count++;
      inWord = inside;
    }
    i = end;
  }
  return { count, capitalised: capitalised.subarray(0, found) };
}

/** {@link readTextWords} of a text with characters outside the BMP: each of its two reads apart. */
function readApart(text: string): TextWords {
  const capitalised: number[] = [];
  forEachCapitalisedWord(text, (start, end) => {
    capitalised.push(start, end);
  });
  return { count: countWords(text), capitalised: Int32Array.from(capitalised) };
}
