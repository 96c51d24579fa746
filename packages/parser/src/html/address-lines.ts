import type { HtmlBlocks } from './collect-blocks.js';

/** A web address alone: a scheme or "www." and no space. */
const ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i;

/**
 * Whether a block is a web address alone on its line (linked or not), said once on the page: the
 * address an article sends its reader to (a petition, a source, a venue's site), which fails the
 * article element's test on prose (one "word", mostly link text) and the link-list labels' test. One
 * said again on the page is a site's label on each item of a list (a linkroll's source under each
 * link). Measured on trafilatura-eval HTML half A and zyte-dev (half B and readability-pages held
 * out): half A tp 1365 → 1366 (fp 72 unchanged), zyte-dev recall 0.992 → 0.993 (two pages, a venue's
 * and a racing team's address, which zyte's answers keep); half B unchanged.
 * @param page the page's blocks
 * @param i the block's index
 */
export function isAddressLine(page: HtmlBlocks, i: number): boolean {
  const text = page.blocks[i]?.text ?? '';
  return ADDRESS.test(text) && !page.blocks.some((b, j) => j !== i && b.text === text);
}
