import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * A contents list has at least this many lines in one element. Measured on trafilatura-eval and
 * zyte-dev HTML: 3 changes 5 pages (half A fp 49 → 48, half B and zyte-dev unchanged); 2 changes 3 pages
 * more, 5 two pages fewer, no snippet moving.
 */
const MIN_LINES = 3;

/** Whether a block is a line of a contents list: links, every one to a place on the page itself. */
function isContentsLine(b: HtmlBlock): boolean {
  return isLinkHeavy(b) && b.links.length > 0 && b.links.every((href) => /^#\S/.test(href.trim()));
}

/**
 * Drops a table of contents from the body: MIN_LINES kept blocks or more under one element that are
 * links, every link a fragment of the page itself (`href="#…"`): a post's list of its own sections,
 * a row of "back to the contents" links. They lead through the page, as a menu leads through the site,
 * and the sections they name are in the body under their headings; the element's put-back had taken
 * them in as its short lines.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the contents lists
 */
export function dropContentsLists(page: HtmlBlocks, keep: readonly number[]): number[] {
  const lines = new Map<number, number>();
  for (const i of keep) {
    const b = page.blocks[i] as HtmlBlock;
    if (!isContentsLine(b)) continue;
    const list = page.parents[b.element] ?? -1;
    lines.set(list, (lines.get(list) ?? 0) + 1);
  }
  const lists = new Set([...lines].filter(([, n]) => n >= MIN_LINES).map(([e]) => e));
  if (lists.size === 0) return [...keep];
  return keep.filter((i) => {
    const b = page.blocks[i] as HtmlBlock;
    return !(isContentsLine(b) && lists.has(page.parents[b.element] ?? -1));
  });
}
