import { wordsIn } from '../text/count-words.js';
import { isFurnitureLine } from '../text/furniture-lines.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/** Headings that close the headline's run: the next section of the page at the headline's rank. */
const SECTION = new Set(['h1', 'h2']);

/**
 * The text right under a page's headline, its one `<h1>`: the blocks after it up to the next `h1` or
 * `h2`, less link-heavy blocks, one-word lines and furniture lines (calls, credits, pointers), when the
 * headline stands above the body found. A post of short lines (a photo story's captions, a listing's
 * facts, a how-to's one-sentence steps, a forum thread's short replies) reads as no prose to the line
 * rules, which may then take a teaser's blurb further down, or the post's one paragraph of prose and
 * none of the short lines after it; the headline says where the post starts, and its section where the
 * post ends. A page with no `<h1>` or several (a listing of items, each headed so) has none.
 * @param page the page's blocks and block elements
 * @param below the index of the body's first block (the page's block count when none was found): the
 *   headline must stand above it
 * @returns the blocks, in order (empty when the page has no one headline above `below`)
 */
export function headlineRunBlocks(page: HtmlBlocks, below: number): HtmlBlock[] {
  const { blocks, tags } = page;
  let headline = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (tags[(blocks[i] as HtmlBlock).element] !== 'h1') continue;
    if (headline >= 0) return [];
    headline = i;
  }
  if (headline < 0 || headline >= below) return [];
  const run: HtmlBlock[] = [];
  for (let i = headline + 1; i < blocks.length; i++) {
    const b = blocks[i] as HtmlBlock;
    if (SECTION.has(tags[b.element] ?? '')) break;
    const words = wordsIn(b.text);
    if (!isLinkHeavy(b) && words >= 2 && !isFurnitureLine(b.text, words)) run.push(b);
  }
  return run;
}
