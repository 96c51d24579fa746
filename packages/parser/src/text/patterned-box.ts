import type { BodyBlock } from '../extraction.js';
import { type LineKind, shapeOf } from './classify-lines.js';

/**
 * A box of fewer lines than this is not read for a pattern: two or three lines repeat by chance (a
 * "Related" label over two links of one shape). Measured with the weak-paragraph join of `bridge` (session
 * 93): no dev page changes at 4 (hash:output, 2,236 pages), nor with the box allowed up to MAX_BRIDGE lines.
 */
const MIN_PATTERNED = 4;

/** A number with its separators ("4.5", "1,299", "2:15") as one mark, so "4 of 6" and "4.5 of 6" match. */
const NUMBER_RUN = /#(?:[.,:]#)*/g;

/**
 * Whether the box between the body's line `last` and line `start` is made of lines of one shape: half
 * or more of its lines share their shape (lower case, numbers as one mark, see shapeOf) with another of
 * its lines, as a gallery's "Photo: Kestrel Press" credits, its "Image 2 of 6" counters or a product
 * card's "4 out of 5 stars" and price lines do. Such a box is set inside an article; the furniture a
 * site closes an article with (a menu, a footer) holds lines of as many shapes as lines.
 * @param lines the non-empty lines
 * @param last the body's last line above the box
 * @param start the first line of text under the box
 */
export function patternedBox(lines: readonly BodyBlock[], last: number, start: number): boolean {
  const n = start - last - 1;
  if (n < MIN_PATTERNED) return false;
  const count = new Map<string, number>();
  for (let i = last + 1; i < start; i++) {
    const shape = shapeOf((lines[i] as BodyBlock).text).replace(NUMBER_RUN, '#');
    count.set(shape, (count.get(shape) ?? 0) + 1);
  }
  let shared = 0;
  for (const c of count.values()) if (c >= 2) shared += c;
  return shared * 2 >= n;
}

/**
 * Whether lines `start`..`end` are paragraphs: each a line of prose or a sentence, one of them prose
 * (a contact line, a caption or a list's item is neither).
 * @param kinds the lines' kinds (see classifyLines)
 * @param start the first line
 * @param end the last line
 */
export function isParagraphRun(kinds: readonly LineKind[], start: number, end: number): boolean {
  let prose = false;
  for (let i = start; i <= end; i++) {
    if (kinds[i] === 'prose') prose = true;
    else if (kinds[i] !== 'sentence') return false;
  }
  return prose;
}
