import { wordsIn } from '../text/count-words.js';
import { isFurnitureLine } from '../text/furniture-lines.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/** Headings that close the headline's run: the next section of the page at the headline's rank. */
const SECTION = new Set(['h1', 'h2']);

/**
 * The text right under a page's headline, its one `<h1>`: the blocks after it up to the next `h1` or
 * `h2` or the block `until`, less link-heavy blocks, one-word lines and furniture lines (calls,
 * credits, pointers). A post of short lines (a photo story's captions, a listing's facts) reads as no
 * prose to the line rules, which may then take a teaser's blurb further down; the headline says where
 * the post starts. A page with no `<h1>` or several (a listing of items, each headed so) has none.
 * @param page the page's blocks and block elements
 * @param until the index of the block the run stops before (the body found, when it stands below)
 * @returns the blocks, in order (empty when the page has no one headline above `until`)
 */
export function headlineRunBlocks(page: HtmlBlocks, until: number): HtmlBlock[] {
  const { blocks, tags } = page;
  let headline = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (tags[(blocks[i] as HtmlBlock).element] !== 'h1') continue;
    if (headline >= 0) return [];
    headline = i;
  }
  if (headline < 0 || headline >= until) return [];
  const run: HtmlBlock[] = [];
  for (let i = headline + 1; i < until; i++) {
    const b = blocks[i] as HtmlBlock;
    if (SECTION.has(tags[b.element] ?? '')) break;
    const words = wordsIn(b.text);
    if (!isLinkHeavy(b) && words >= 2 && !isFurnitureLine(b.text, words)) run.push(b);
  }
  return run;
}
