import type { LineKind } from '../text/classify-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { isInIngredients } from './recipe-ingredients.js';
import { isSlideCounter } from './slide-counters.js';

/** The kinds of line a slide holds beside its counter: a caption the page repeats, a credit, a control. */
const SLIDE_KINDS: ReadonlySet<LineKind> = new Set(['repeated', 'short', 'caption']);

/**
 * Drops a gallery's slides from the body: a kept slide counter ("Image 3 of 12", "3 / 12": see
 * {@link isSlideCounter}) that is no list item nor a recipe's line, with the kept blocks right around
 * it (neighbours in the body, each next to the last) that are short lines, captions or lines the page
 * repeats and no heading, when one of them is a line the page repeats or stands under a picture (a
 * caption printed once under the slide and again in the gallery's viewer): the slide's captions,
 * credits and controls ("Back to the gallery"). A recipe's "1/2" over "cup of flour" has no such line.
 * Read from the kept blocks only.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param kinds the blocks' kinds as the line rules read them
 * @returns the kept indices without the slides
 */
export function dropGallerySlides(
  page: HtmlBlocks,
  keep: readonly number[],
  kinds: readonly LineKind[],
): number[] {
  const gone = new Set<number>();
  const slideLine = (k: number) => {
    const i = keep[k] as number;
    const b = page.blocks[i] as HtmlBlock;
    return !gone.has(k) && !b.heading && SLIDE_KINDS.has(kinds[i] as LineKind);
  };
  for (let k = 0; k < keep.length; k++) {
    const i = keep[k] as number;
    const b = page.blocks[i] as HtmlBlock;
    if (gone.has(k) || !isSlideCounter(b.text)) continue;
    if (page.tags[b.element] === 'li' || isInIngredients(page, b.element)) continue;
    let from = k;
    while (from > 0 && slideLine(from - 1)) from--;
    let to = k;
    while (to < keep.length - 1 && slideLine(to + 1)) to++;
    let slide = false;
    for (let j = from; j <= to && !slide; j++) {
      const s = keep[j] as number;
      slide = kinds[s] === 'repeated' || (page.blocks[s] as HtmlBlock).afterPicture !== null;
    }
    if (!slide) continue;
    for (let j = from; j <= to; j++) gone.add(j);
  }
  return gone.size === 0 ? [...keep] : keep.filter((_, k) => !gone.has(k));
}
