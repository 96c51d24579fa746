import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isCreditLine } from './credit-lines.js';
import { isFurnitureLine } from './furniture-lines.js';

/**
 * At most this many lines stand between the body's last paragraph and the end of the file. Measured on
 * eval:robustness's "the article alone" (zyte-dev's answers pasted alone): R 0.982 → 0.983, pages found
 * whole 34 → 38 of 61, with MAX_TAIL_WORDS, MAX_HEAD and MIN_BODY_LINES; no page of zyte-dev,
 * trafilatura-eval (text) or readability-pages changes its output. A poll's 23 result lines and an
 * event's 15-line box (of two other pages alone) stay out: longer tails are a scrape's footers.
 */
const MAX_TAIL = 4;
/** Each of them is at most this many words (an event's name, its dates, an address, hours). Same measure. */
const MAX_TAIL_WORDS = 15;
/**
 * The body starts within this many lines of the file's start (a title above it at most): a page scrape's
 * menus and header stand above its body. Without it, 10 text scrapes (zyte-dev 1, trafilatura-eval 9)
 * took in their unknown footers ("Powered by WordPress", a bio, "E-Mail schreiben"): zyte-dev text
 * 0.978 → 0.977, trafilatura-eval half A fp 98 → 104, half B 96 → 99, no tp gained.
 */
const MAX_HEAD = 1;
/**
 * The body holds at least this many lines (a page's short notice, a script wall's two lines, is no
 * article): a trafilatura-eval text scrape of a notice and its footer menu took in the menu (score unchanged).
 */
const MIN_BODY_LINES = 4;

/**
 * Finds the short lines an article alone ends with: when the body's last line is a paragraph and only a
 * few short lines follow it to the end of the file, none of them page furniture (a share, follow or
 * rights line, a credit, a pointer) nor a line the page repeats (a menu's), the file is the article as a
 * user selected and pasted it, and those lines (an event's dates, an address, hours) are its own. A page
 * scrape has its menus above the body (MAX_HEAD) and ends with its site's footer, whose lines are
 * furniture, repeated or too many.
 * @param lines the non-empty lines
 * @param kinds the lines' kinds
 * @param lengths the lines' lengths in words
 * @param first the body's first line
 * @param last the body's last line
 * @returns the file's last line, or `last` when the tail is not the article's
 */
export function tailToEnd(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths: readonly number[],
  first: number,
  last: number,
): number {
  const end = lines.length - 1;
  if (first > MAX_HEAD || last - first + 1 < MIN_BODY_LINES || end === last || end - last > MAX_TAIL)
    return last;
  if (kinds[last] !== 'prose' && kinds[last] !== 'sentence') return last;
  for (let i = last + 1; i <= end; i++) {
    const text = (lines[i] as BodyBlock).text;
    const words = lengths[i] as number;
    if (words < 1 || words > MAX_TAIL_WORDS || kinds[i] === 'repeated') return last;
    if (isFurnitureLine(text, words) || isCreditLine(text, words)) return last;
  }
  return end;
}
