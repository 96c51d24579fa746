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

/** Block elements whose content belongs to the article however it is nested (also `inline-box-runs.ts`). */
export const OWN = /^(pre|table|dl|ul|ol|blockquote|figure)$/;

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
    let inside = false;
    let own = false;
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) {
      if (e === parent) {
        inside = true;
        break;
      }
      if (OWN.test(page.tags[e] ?? '')) own = true;
    }
    if (inside && !own) boxes.add(i);
  }
  return boxes.size === 0 ? [...keep] : keep.filter((i) => !boxes.has(i));
}
