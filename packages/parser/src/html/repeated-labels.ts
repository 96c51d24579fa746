import type { LineKind } from '../text/classify-lines.js';
import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A label the page prints again and again has at most this many words ("Advertisement", "Show picture
 * Close picture"). Measured blind (`eval:extraction --blind`) on trafilatura-eval HTML half A (half B
 * held out) and zyte-dev: half A fp 63 → 61, half B and zyte-dev unchanged.
 */
const MAX_LABEL_WORDS = 4;

const SENTENCE_END = /[.!?…:;]["”»’']?$/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;

/**
 * Drops from the body the short labels the page prints more than once, each in a box of its own (an
 * advertisement's marker over each slot, a slide's "Show picture" toggle): a kept block the line rules
 * read as `repeated` (its shape stands on two lines of the page or more), of MAX_LABEL_WORDS words or
 * fewer, holding a letter and no digit, not ending like a sentence, that is no paragraph nor list item,
 * and whose element's parent holds neither block beside it. The article's own repeated lines stay: a
 * menu's "Meal 1" heading over each day's paragraphs (its parent holds them), a poll's "12 votes" (a
 * count), a card's "Drink during your workout" (a paragraph). Read from the kept blocks and their two
 * neighbours only.
 * A button in a product card ("To the shop" beside its price) shares its parent with the card's lines and
 * stays: without the box test, half A fp 63 → 60 but half B tp 1320 → 1319.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param kinds the blocks' kinds as the line rules read them
 * @returns the kept indices without the repeated labels
 */
export function dropRepeatedLabels(
  page: HtmlBlocks,
  keep: readonly number[],
  kinds: readonly LineKind[],
): number[] {
  return keep.filter((i) => !isRepeatedLabel(page, i, kinds));
}

/**
 * Whether block `i` is a short label the page prints again and again in a box of its own (see
 * `dropRepeatedLabels`): an advertisement's marker, a slide's toggle.
 * @param page the page's blocks and block elements
 * @param i the block's index
 * @param kinds the blocks' kinds as the line rules read them
 */
export function isRepeatedLabel(page: HtmlBlocks, i: number, kinds: readonly LineKind[]): boolean {
  if (kinds[i] !== 'repeated') return false;
  const b = page.blocks[i] as HtmlBlock;
  const tag = page.tags[b.element];
  if (tag === 'li' || tag === 'p') return false;
  if (wordsIn(b.text) > MAX_LABEL_WORDS || !LETTER.test(b.text) || DIGIT.test(b.text)) return false;
  return !SENTENCE_END.test(b.text) && aloneInParent(page, i);
}

/**
 * Whether block `i`'s element stands in a box of its own: neither block beside it has the same parent.
 * @param page the page's blocks and block elements
 * @param i the block's index
 */
function aloneInParent(page: HtmlBlocks, i: number): boolean {
  const parent = page.parents[(page.blocks[i] as HtmlBlock).element];
  const near = [page.blocks[i - 1], page.blocks[i + 1]];
  return near.every((n) => n === undefined || page.parents[n.element] !== parent);
}
