import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { lowerCaseShare } from './lower-case-share.js';
import { runsOf } from './mark-runs.js';
import { titleLike } from './title-like.js';

/** Fewer sentence-case short lines in a row than this are not taken for a list. */
const MIN_ITEMS = 3;
/**
 * A list item is at most this many words; longer lines are judged as text. Measured on zyte-dev and
 * trafilatura-eval text: 7 to 11 give zyte 0.946 (unchanged) and trafilatura-eval 0.857 → 0.858
 * (tp +10, fp +4); 15 takes in sentence-case lists of related headlines (zyte 0.944).
 */
const MAX_ITEM_WORDS = 10;
/** No line of MAX_ITEM_WORDS words is longer than this (a quick test before counting). */
const MAX_ITEM_CHARS = 200;

/**
 * Turns runs of MIN_ITEMS or more short lines written in sentence case ("Reduces wear quickly",
 * "two eggs, beaten") into `item` lines: a list of points inside the text, neither speaking for the body
 * nor against it. Menus and headline lists are written in title case (see {@link titleLike}) or recur
 * on the page, and stay furniture.
 * @param lines the non-empty lines
 * @param kinds their kinds, changed in place
 * @param lengths their lengths in words ({@link wordsIn}), when the caller has them
 */
export function markShortLists(
  lines: readonly BodyBlock[],
  kinds: LineKind[],
  lengths: readonly number[] = lines.map((l) => wordsIn(l.text)),
): void {
  const isItem = (j: number) => {
    if (kinds[j] !== 'short') return false;
    const text = (lines[j] as BodyBlock).text;
    const words = lengths[j] as number;
    // cheapest first: most short lines are capitalised menu entries
    if (text.length > MAX_ITEM_CHARS || words < 2 || words > MAX_ITEM_WORDS) return false;
    return lowerCaseShare(text) >= 0.5 && !titleLike(text);
  };
  for (const [from, to] of runsOf(lines.length, isItem, MIN_ITEMS))
    for (let j = from; j <= to; j++) kinds[j] = 'item';
}
