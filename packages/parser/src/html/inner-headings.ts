import type { LineKind } from '../text/classify-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { isInside } from './find-container.js';

/**
 * Adds the article's subheadings the line rules left out: a heading element (`h2` to `h6`, no link,
 * not ending in a colon) set between two kept blocks, inside the article's element. The line rules drop
 * one- and two-word lines inside a body as labels ("Advertisement"), which in markup a heading is not.
 * Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev: half A 0.8991 → 0.8995 (tp
 * +1), half B 0.8885 → 0.8897 (tp +3), zyte-dev 0.986 (three pages' recall up). A heading beside one
 * kept block only: half A fp +2 (a comment section's heading); ending in a colon: fp +1 (a box's label).
 * A heading the line rules read as a caption (it closes on a picture's credit: "… into a corner.
 * Photo: Jane Roe") is a picture's caption set in a heading element, not a subheading: blind half A fp
 * −1 (a caption in an `h2` inside a `figure`, which the saved page's class words had skipped); see
 * extract144 in docs/extraction-rounds.md for the judged figures.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param container the article's element, or -1
 * @param kinds each block's kind as the line rules read it (see `htmlLineKinds`)
 * @returns the kept indices with the subheadings, in order
 */
export function addInnerHeadings(
  page: HtmlBlocks,
  keep: readonly number[],
  container: number,
  kinds: readonly LineKind[],
): number[] {
  const kept = new Set(keep);
  const added: number[] = [];
  for (let k = 1; k < keep.length; k++) {
    const i = (keep[k - 1] as number) + 1;
    if (i + 1 !== keep[k]) continue; // exactly one block between two kept ones
    const b = page.blocks[i] as HtmlBlock;
    if (!b.heading || b.linkChars > 0 || page.tags[b.element] === 'h1' || b.text.endsWith(':')) continue;
    if (kinds[i] === 'caption') continue; // a picture's caption set as a heading
    if (container >= 0 && !isInside(page, b.element, container)) continue;
    if (!kept.has(i)) added.push(i);
  }
  return added.length === 0 ? [...keep] : [...keep, ...added].sort((a, b) => a - b);
}
