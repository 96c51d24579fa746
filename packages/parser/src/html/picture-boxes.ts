import { wordsIn } from '../text/count-words.js';
import { holdsCredit } from '../text/credit-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { commonElement, isInside } from './find-container.js';

/** A picture's box holds at most this many lines under the picture: a caption and a credit. Not tuned. */
const MAX_BOX_LINES = 3;
/**
 * The lines of a picture's box weigh at most this many words together: a caption of a sentence or two
 * and a credit. Not tuned: the boxes of half A's blind leaks weigh 8 to 24 words.
 */
const MAX_BOX_WORDS = 50;
/**
 * A line the body left out under a picture tells its box as a caption's when it has at most this many
 * words: a credit of a name and an agency ("Jane Roe/Kestrel Press"), not a paragraph. Not tuned.
 */
const MAX_LEFT_OUT_WORDS = 6;

const letters = (t: string) =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Drops a picture's caption and credit set as lines of their own in the picture's box, whatever the box
 * is named: the element that holds the picture and the lines right under it (up to MAX_BOX_LINES, at
 * most MAX_BOX_WORDS words, no heading) and nothing else, when one of those lines tells the box: it states a
 * credit (`holdsCredit`: "Photograph: Jane Roe", "(Jane Roe/Agency)"), says what the picture's alt text
 * says, or is a short line (MAX_LEFT_OUT_WORDS) the body left out, a credit no list of ours holds
 * ("Jane Roe/kestrel-images.example"). The caption beside such a line goes with it: `dropPictureCaptions`
 * reads only the line right under the picture, so a credit set first left the caption under it in the
 * body, and a caption set first its credit. A line the page shows twice stays (a dek repeated as the
 * lead picture's caption). A site's class names ("image-caption", "copyright") prune such boxes; this
 * rule holds without them. Measured on trafilatura-eval HTML (half B not read) and zyte-dev: saved, half
 * A 1404/96/47 unchanged, half B fp 75 → 72, zyte-dev 0.995 and `eval:unseen` unchanged (12 of 2,236 dev
 * pages change); with `--blind`, half A fp 74 → 69, half B 1321/130/98 → 1320/131/93, zyte-dev 0.988.
 * Without the twice-shown line's exception, half A lost a snippet of a dek repeated as a caption.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the pictures' boxes
 */
export function dropPictureBoxes(page: HtmlBlocks, keep: readonly number[]): number[] {
  const { blocks } = page;
  const kept = new Set(keep);
  const drop = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as HtmlBlock;
    if (b.afterPicture === null || b.pictureIn < 0) continue;
    const box = commonElement(page, b.pictureIn, b.element);
    // the box opens on the picture: no line of it stands before
    const before = blocks[i - 1];
    if (box < 0 || (before && isInside(page, before.element, box))) continue;
    let end = i;
    while (end < blocks.length && isInside(page, (blocks[end] as HtmlBlock).element, box)) end++;
    if (end - i < 2 || end - i > MAX_BOX_LINES) continue;
    const lines = blocks.slice(i, end);
    // a heading makes the box a card or the page's header (a picture over a date, the headline and a dek)
    if (lines.some((l) => l.heading)) continue;
    if (lines.reduce((n, l) => n + wordsIn(l.text), 0) > MAX_BOX_WORDS) continue;
    const alt = letters(b.afterPicture);
    const told = lines.some(
      (l, k) =>
        holdsCredit(l.text) ||
        (alt.length > 0 && letters(l.text) === alt) ||
        (!kept.has(i + k) && wordsIn(l.text) <= MAX_LEFT_OUT_WORDS),
    );
    if (!told) continue;
    // but a line the page shows again elsewhere stays: the page's dek or lead set as its lead picture's
    // caption, which the article's text holds (a caption of the article's own words)
    for (let k = i; k < end; k++) if (!shownTwice(blocks, k)) drop.add(k);
  }
  return drop.size === 0 ? [...keep] : keep.filter((i) => !drop.has(i));
}

/** Whether another block of the page holds the same text as block `k`. */
function shownTwice(blocks: readonly HtmlBlock[], k: number): boolean {
  const text = (blocks[k] as HtmlBlock).text;
  return blocks.some((b, j) => j !== k && b.text === text);
}
