import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A box set between an article's paragraphs has at most this many words. Measured on trafilatura-eval
 * HTML half A (half B held out) and zyte-dev: half A fp −2, half B fp −3 (0.9025 → 0.9034), zyte-dev P
 * 0.992 → 0.993 (four pages up, a newsletter box, a wire slug, a promotion; none down); 40 words:
 * half A tp −6. Code blocks, tables, lists, quotations and figures are the article's own (without
 * that, half A tp −3: a code sample's lines).
 */
export const MAX_BOX_WORDS = 25;

/** Block elements whose content belongs to the article however it is nested. */
const OWN = /^(pre|table|dl|ul|ol|blockquote|figure)$/;

/**
 * Drops boxes set between the article's paragraphs (a newsletter sign-up, a promotion, a wire
 * service's slug): a kept block of MAX_BOX_WORDS words or fewer, not a heading, whose kept neighbours
 * before and after are paragraphs of one parent element, while it sits deeper inside that parent, in
 * an element of its own that is not a list, table, quotation, figure or code block.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the boxes
 */
export function dropInlineBoxes(page: HtmlBlocks, keep: readonly number[]): number[] {
  const parentOf = (i: number) => page.parents[(page.blocks[i] as HtmlBlock).element] ?? -1;
  const boxes = new Set<number>();
  for (let k = 1; k + 1 < keep.length; k++) {
    const i = keep[k] as number;
    const b = page.blocks[i] as HtmlBlock;
    const parent = parentOf(keep[k - 1] as number);
    if (parent < 0 || parent !== parentOf(keep[k + 1] as number) || parentOf(i) === parent) continue;
    if (b.heading || wordsIn(b.text) > MAX_BOX_WORDS) continue;
    if (childUnder(page, b.element, parent) >= 0) boxes.add(i);
  }
  return boxes.size === 0 ? [...keep] : keep.filter((i) => !boxes.has(i));
}

/**
 * The element under `parent` that holds element `e` (a box's wrapper), or -1 when `e` is not inside
 * `parent` or a list, table, quotation, figure or code block stands between them (the article's own).
 * @param page the page's blocks and block elements
 * @param e an element
 * @param parent an element above it
 * @returns the element right under `parent` on the way up from `e`, or -1
 */
export function childUnder(page: HtmlBlocks, e: number, parent: number): number {
  let child = -1;
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) {
    if (x === parent) return child;
    if (OWN.test(page.tags[x] ?? '')) return -1;
    child = x;
  }
  return -1;
}
