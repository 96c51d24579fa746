import type { LineKind } from '../text/classify-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * A heading ending in a full stop is a line of the article set large. Measured on trafilatura-eval HTML
 * half A (half B held out): a closing "Es stützt seine Version." is wanted (half B tp −1 without the
 * test), while headings ending in "?" or "!" are calls ("… nichts mehr versäumen!": fp −2 on both halves
 * against sparing them too).
 */
const SENTENCE_END = /[.。]$/u;

/**
 * Drops the headings that end the body: a heading with no text of the body under it heads what the
 * body left out — a box of related links ("Weitere Tourentipps"), a rating form, a call to support the
 * site — not the article (trafilatura too removes the headings its body ends on). A heading ending in a
 * full stop is a line of the article set large (a closing pull quote) and stays. So does a heading
 * over one last line that is neither prose nor a sentence ("Like this:" over "Like Loading…", a
 * rating form's question over its first option, a contact heading over a phone number), which goes
 * with it: half A fp 81 → 79, half B fp 96 → 94 (tp unchanged on both), zyte-dev F unchanged (two
 * pages lose a likes box); a last sentence under the heading taken too, half A tp −3, half B tp −1
 * (a closing section of one sentence). The blocks of a form the body ends on are read past: a heading
 * over them heads the form.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param kinds the blocks' kinds
 * @returns the kept indices without the headings at their end
 */
export function dropTrailingHeadings(
  page: HtmlBlocks,
  keep: readonly number[],
  kinds: readonly LineKind[],
): number[] {
  // the blocks of a form the body ends on (a comment form, which leaves the body last) are read past:
  // the heading over them heads the form ("Leave a reply")
  let formed = keep.length;
  while (formed > 1 && page.forms[(page.blocks[keep[formed - 1] as number] as HtmlBlock).element]) formed--;
  let end = formed;
  // a heading over one last line that is no text (a label, a button's words, a phone number)
  const under = kinds[keep[end - 1] as number];
  const over = page.blocks[keep[end - 2] as number];
  if (end > 2 && over?.heading && !SENTENCE_END.test(over.text) && under !== 'prose' && under !== 'sentence')
    end--;
  for (; end > 1; end--) {
    const b = page.blocks[keep[end - 1] as number] as HtmlBlock;
    if (!b.heading || SENTENCE_END.test(b.text)) break;
  }
  return end === formed ? [...keep] : [...keep.slice(0, end), ...keep.slice(formed)];
}
