import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { childUnder, MAX_BOX_WORDS } from './inline-boxes.js';

/**
 * Drops boxes of two blocks or more set between the article's paragraphs (a label over a teaser's
 * headline, a gallery's headline over its "Back to gallery" line): kept blocks that follow each other,
 * none a heading and not items of one class side by side, MAX_BOX_WORDS words together, all in one
 * element below the parent of the paragraphs kept right before and right after them. `dropInlineBoxes`
 * leaves out the one-block boxes: a box of two has a neighbour inside the box, not a paragraph.
 * Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev: half A unchanged (1365/72
 * tp/fp), half B fp 87 → 85 (tp 1308 unchanged), zyte-dev 0.993 → 0.994 (P 0.994 → 0.995: one page's
 * gallery headline and "Back to Gallery"); `eval:unseen` changes 3 pages, each losing what Readability
 * keeps and zyte's answers leave out (picture captions, a video player's time labels, a "Powered by"
 * box). Without the test on items of one class, a recipe's ingredients set in `div`s between its intro
 * and its method went too (fixture `html-recipe-ingredients-inside`).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the boxes
 */
export function dropInlineBoxRuns(page: HtmlBlocks, keep: readonly number[]): number[] {
  const parentOf = (i: number) => page.parents[(page.blocks[i] as HtmlBlock).element] ?? -1;
  const boxes = new Set<number>();
  for (let k = 1; k + 1 < keep.length; k++) {
    const parent = parentOf(keep[k - 1] as number);
    if (parent < 0 || parentOf(keep[k] as number) === parent) continue;
    const first = page.blocks[keep[k] as number] as HtmlBlock;
    const box = childUnder(page, first.element, parent);
    // a box holds its blocks in elements of their own
    if (box < 0 || box === first.element) continue;
    let m = k;
    let words = 0;
    let heading = false;
    for (; m < keep.length; m++) {
      const b = page.blocks[keep[m] as number] as HtmlBlock;
      if (childUnder(page, b.element, parent) !== box) break;
      heading ||= b.heading;
      words += wordsIn(b.text);
    }
    // items of one class side by side are a list set in `div`s (a recipe's ingredients), the article's own
    const items = keep.slice(k, m).map((i) => (page.blocks[i] as HtmlBlock).element);
    const one = items[0] as number;
    const list = items.every(
      (e) => page.parents[e] === page.parents[one] && page.names[e] === page.names[one],
    );
    if (
      !heading &&
      !list &&
      m < keep.length &&
      m - k >= 2 &&
      words <= MAX_BOX_WORDS &&
      parentOf(keep[m] as number) === parent
    )
      for (let j = k; j < m; j++) boxes.add(keep[j] as number);
    k = m - 1;
  }
  return boxes.size === 0 ? [...keep] : keep.filter((i) => !boxes.has(i));
}
