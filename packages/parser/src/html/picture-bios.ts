import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { commonElement, isInside } from './find-container.js';

/**
 * A writer's box holds at most this many lines under the name: a role, a bio, a link or two. Measured with
 * `--blind` (every class and id stripped; half B not read): half A fp 60 → 58 (a role line under a
 * portrait between a lead and the rest, a two-paragraph bio after the article), half B and zyte-dev
 * unchanged; saved HTML and `eval:unseen` unchanged. Not tuned.
 */
const MAX_BIO_LINES = 3;
/**
 * Those lines weigh at most this many words together: a bio, not a section. Not tuned (the two boxes weigh
 * 4 and about 70; `dropPictureBoxes` stops at 50).
 */
const MAX_BIO_WORDS = 80;

/** A person's name: two to four capitalised words, no digit, no sentence end. */
const NAME = /^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * Drops a writer's box told by its shape alone, whatever it is named: a box that opens on a picture (the
 * writer's portrait) over a line the body left out that is a name of two to four capitalised words, then
 * at most MAX_BIO_LINES kept lines and nothing else (MAX_BIO_WORDS words together: a role, "Editor for
 * the city desk.", a bio of a paragraph or two, a profile's links). Pages name such boxes ("author",
 * "bio"), which `dropAuthorBoxes` reads; `dropPictureBoxes` takes a shorter box (50 words) whose lines
 * are all under the picture. Measured: see MAX_BIO_LINES.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the writers' boxes
 */
export function dropPictureBios(page: HtmlBlocks, keep: readonly number[]): number[] {
  const { blocks } = page;
  const kept = new Set(keep);
  const drop = new Set<number>();
  for (let n = 1; n < keep.length; n++) {
    const first = keep[n] as number;
    const name = blocks[first - 1];
    if (!name || kept.has(first - 1) || name.afterPicture === null || name.pictureIn < 0) continue;
    if (!NAME.test(name.text.trim())) continue;
    const box = commonElement(page, name.pictureIn, (blocks[first] as HtmlBlock).element);
    // the box opens on the portrait: no line of it stands before
    const before = blocks[first - 2];
    if (box < 0 || (before && isInside(page, before.element, box))) continue;
    let end = first;
    while (end < blocks.length && isInside(page, (blocks[end] as HtmlBlock).element, box)) end++;
    const lines = blocks.slice(first, end);
    if (lines.length > MAX_BIO_LINES || lines.reduce((w, l) => w + wordsIn(l.text), 0) > MAX_BIO_WORDS)
      continue;
    for (let k = first; k < end; k++) drop.add(k);
  }
  return drop.size === 0 ? [...keep] : keep.filter((i) => !drop.has(i));
}
