import { wordsIn } from '../text/count-words.js';
import { isPointerLabel } from '../text/furniture-lines.js';
import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * The links under a pointer label are looked for among this many blocks (as `teaser-links.ts` does).
 * Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev: half A unchanged (1359/81,
 * tp/fp), half B fp 97 → 96, zyte-dev unchanged; `hash:output`: five trafilatura-eval pages change,
 * each losing a "Lesen Sie auch", "Mehr zum Thema" or "Related" box of one to three teasers.
 */
const MAX_LINKS = 6;

/** Longer than this, a block is no label of five words (`isPointerLabel`'s limit). */
const MAX_LABEL_CHARS = 80;

/**
 * Drops a box of links to other pages set inside the body under a pointer label ("Related", "Read
 * more", "Lesen Sie auch:"; the "read more" and "related" groups of `data/furniture-phrases.yaml`):
 * the label and the link-heavy blocks right under it, up to the first block that is not one. A label
 * with no link under it (a subheading that happens to say "more") stays. The text rules' sibling is
 * `teaser-links.ts`; in HTML a block's link share tells a teaser from the article's next line.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the boxes
 */
export function dropPointerLinkLists(page: HtmlBlocks, keep: readonly number[]): number[] {
  const out = new Set<number>();
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k] as number;
    const label = page.blocks[i] as HtmlBlock;
    // a label is a few words: most blocks are passed over without counting their words
    if (label.text.length > MAX_LABEL_CHARS || isLinkHeavy(label)) continue;
    if (!isPointerLabel(label.text, wordsIn(label.text))) continue;
    const links: number[] = [];
    for (let j = i + 1; j < page.blocks.length && j - i <= MAX_LINKS; j++) {
      if (!isLinkHeavy(page.blocks[j] as HtmlBlock)) break;
      links.push(j);
    }
    if (links.length === 0) continue;
    out.add(i);
    for (const j of links) out.add(j);
  }
  return out.size === 0 ? [...keep] : keep.filter((i) => !out.has(i));
}
