import type { Element, Root } from 'hast';
import { wordsIn } from '../text/count-words.js';

/** Phrasing elements: they mark words inside a line of text, and hold no box of their own. */
const PHRASING = new Set('a abbr b cite dfn em i mark q s small span strong u'.split(' '));
/**
 * The line around a phrasing element must hold this many words of its own (outside its elements) for
 * the element to be words of a sentence. Measured on all 2,236 dev pages (`hash:output`): at 3, 7
 * trafilatura-eval and 4 readability pages change, no zyte-dev page; at 1, also a blog's "→" after
 * each "Weiterlesen" and one page whose text does not change; at 6, 4 pages fewer (two code blocks'
 * comments among them).
 */
const MIN_SENTENCE_WORDS = 3;

/**
 * Whether an element is words of the sentence it sits in: a phrasing element (a link, an emphasis, a
 * span) whose parent holds running text of its own around it. A furniture word in its class names
 * what the words do when clicked ("popup" on a gloss shown over a novel's words, "tags" on a linked
 * term), not a box of the page: skipping it cuts words out of the sentence.
 * @param el the element
 * @param parent the element or root it sits in
 * @returns whether the element is words of a sentence
 */
export function isSentenceWords(el: Element, parent: Element | Root | null): boolean {
  if (!PHRASING.has(el.tagName) || !parent) return false;
  let own = '';
  for (const c of parent.children) if (c.type === 'text') own += ` ${c.value}`;
  return wordsIn(own) >= MIN_SENTENCE_WORDS;
}
