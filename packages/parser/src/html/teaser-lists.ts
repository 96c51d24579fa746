import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * A teaser list has at least this many items. Measured on zyte-dev and trafilatura-eval HTML half A
 * (half B held out): a list after the article's last kept block, under a label the line rules left out
 * ("More great stories"), each item holding a link, not put back by the article's element: zyte-dev
 * 0.989 → 0.990 (one page's P 0.946 → 0.998), both halves unchanged; without the label, half B tp −1.
 */
const MIN_ITEMS = 3;

/**
 * The article goes on after a list when its element holds, further down, a heading right over a
 * paragraph of prose of at least this many words: a new section of the text, not a bio or a comment box.
 * Measured on all 2,236 dev pages (`hash:output`): at 10 or 20, 2 trafilatura-eval pages (a blog's
 * lists of tools, a union's list of press reports; no snippet moves) and 2 readability pages (a
 * changelog's lists of fixes, an encyclopedia's notes) keep their lists, no zyte-dev page changes; at
 * 40, the changelog only. Reaching 2 or 4 blocks under the heading changes no page.
 */
const SECTION_WORDS = 20;

/**
 * Finds the items of teaser lists after the article ("More in this section", "Read next"): lists of
 * MIN_ITEMS items or more, each holding a link, that start after the last block the line rules kept,
 * right under a label they left out, with no section of the article after them (a changelog's list of
 * fixes under its label, the next section below, is the article). The article's element holds them,
 * but they point elsewhere.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks the line rules kept, in order
 * @param inArticle whether a block element is inside the article's element
 * @returns indices of the teaser lists' items
 */
export function teaserListItems(
  page: HtmlBlocks,
  keep: readonly number[],
  inArticle: (element: number) => boolean,
): Set<number> {
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
    if (sectionAfter(page, items.at(-1) as number, inArticle)) continue;
    for (const i of items) teasers.add(i);
  }
  return teasers;
}

/** Whether the article's element holds a section of prose after a block (see SECTION_WORDS). */
function sectionAfter(page: HtmlBlocks, after: number, inArticle: (element: number) => boolean): boolean {
  const { blocks } = page;
  for (let i = after + 1; i + 1 < blocks.length; i++) {
    const heading = blocks[i] as HtmlBlock;
    const under = blocks[i + 1] as HtmlBlock;
    if (
      heading.heading &&
      !under.heading &&
      inArticle(heading.element) &&
      inArticle(under.element) &&
      isProse(under)
    )
      return true;
  }
  return false;
}

/** Whether a block is a paragraph of prose of SECTION_WORDS words or more, not links. */
function isProse(b: HtmlBlock): boolean {
  return !isLinkHeavy(b) && b.text.split(' ').length >= SECTION_WORDS;
}
