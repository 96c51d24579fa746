import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A teaser list has at least this many items. Measured on zyte-dev and trafilatura-eval HTML half A
 * (half B held out): a list after the article's last kept block, under a label the line rules left out
 * ("More great stories"), each item holding a link, not put back by the article's element: zyte-dev
 * 0.989 → 0.990 (one page's P 0.946 → 0.998), both halves unchanged; without the label, half B tp −1.
 */
const MIN_ITEMS = 3;

/**
 * Finds the items of teaser lists after the article ("More in this section", "Read next"): lists of
 * MIN_ITEMS items or more, each holding a link, that start after the last block the line rules kept,
 * right under a label they left out. The article's element holds them, but they point elsewhere.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks the line rules kept, in order
 * @returns indices of the teaser lists' items
 */
export function teaserListItems(page: HtmlBlocks, keep: readonly number[]): Set<number> {
  const last = keep[keep.length - 1] ?? -1;
  const lists = new Map<number, number[]>();
  for (let i = last + 1; i < page.blocks.length; i++) {
    const b = page.blocks[i] as HtmlBlock;
    if (page.tags[b.element] !== 'li') continue;
    const list = page.parents[b.element] ?? -1;
    const items = lists.get(list);
    if (items) items.push(i);
    else lists.set(list, [i]);
  }
  const teasers = new Set<number>();
  for (const items of lists.values()) {
    const first = items[0] as number;
    // right under a label: the block before the list is neither kept nor the article's last block
    if (items.length < MIN_ITEMS || first - 1 <= last) continue;
    if (!items.every((i) => (page.blocks[i] as HtmlBlock).linkChars > 0)) continue;
    for (const i of items) teasers.add(i);
  }
  return teasers;
}
