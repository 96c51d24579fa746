import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock } from './collect-blocks.js';

/** A headline has this many words or more ("Read more" and a name are no headline). */
const MIN_TITLE_WORDS = 3;
/** A headline has at most this many words. Not tuned. */
const MAX_TITLE_WORDS = 25;

/**
 * Whether a block is a linked headline, as a teaser card or a related list shows one: one link covering
 * at least `share` of its text, of MIN_TITLE_WORDS to MAX_TITLE_WORDS words.
 * @param b a block, or undefined past the page's ends
 * @param share the least share of its characters the link covers
 */
export function isLinkedHeadline(b: HtmlBlock | undefined, share: number): boolean {
  if (b?.links.length !== 1 || b.linkChars < b.text.length * share) return false;
  const words = wordsIn(b.text);
  return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS;
}
