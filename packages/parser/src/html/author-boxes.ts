import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/** Class and id words of a box about the writer: a byline, an author's bio or position. */
const AUTHOR = /(^|[\s_-])(author|byline)([\s_-]|$)/;

/**
 * Drops what the body took from a box about the writer inside the article's element: a block that sits
 * in an element named "author" or "byline" below the article's element ("cbx-author_position",
 * "author-box"), which holds the writer's name, role or bio, not the article. Measured on
 * trafilatura-eval HTML half A (half B held out) and zyte-dev: half A 0.9063 → 0.9075 (fp −4 on four
 * sites), half B 0.8952 → 0.8957 (fp −3, tp −1), zyte-dev unchanged; with "bio" too, the same.
 * Only the elements below the article's element and its ancestors are read: a lead kept outside the
 * element (`leadBefore`) was dropped for a name on the page itself (WordPress's `<body
 * class="single-author">`): half A tp 1375 → 1376 (that page), no other dev page changes.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param container the article's element, or -1 (then nothing is dropped)
 * @returns the kept indices without the author boxes' blocks
 */
export function dropAuthorBoxes(page: HtmlBlocks, keep: readonly number[], container: number): number[] {
  if (container < 0) return [...keep];
  const above = new Set<number>();
  for (let x = container; x >= 0; x = page.parents[x] ?? -1) above.add(x);
  return keep.filter((i) => {
    for (let x = (page.blocks[i] as HtmlBlock).element; x >= 0 && !above.has(x); x = page.parents[x] ?? -1)
      if (AUTHOR.test(page.names[x] ?? '')) return false;
    return true;
  });
}
