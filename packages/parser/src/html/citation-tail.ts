import { wordsIn } from '../text/count-words.js';
import { isNoticeLine } from '../text/notice-lines.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';

/**
 * The body's last blocks read for a citation line and the notices around it: a citation and a reprint
 * notice, with a line between. Measured blind (`eval:extraction --blind`) on zyte-dev and trafilatura-eval
 * HTML half A (half B held out): see {@link dropCitationTail}.
 */
const TAIL_BLOCKS = 3;
/** A headline this short ("Update") may stand in any line; a citation is told by a longer one. */
const MIN_TITLE_WORDS = 3;

const WEB_ADDRESS = /\bhttps?:\/\/|\bwww\./i;

/**
 * Drops the "how to cite this page" line the body ends on ("Citation: Norvale Transit tries a bus on
 * request (2024, May 9) retrieved 10 May 2024 from https://…"), with the site's notices right around
 * it ("This document is subject to copyright…", `data/notice-phrases.yaml`): a citation line is a kept
 * block holding the page's headline (MIN_TITLE_WORDS words or more) and a web address. Read back from
 * the body's end, at most TAIL_BLOCKS blocks, each a citation or a notice line; nothing goes unless a
 * citation line is among them (a notice alone at the end is the line rules' to judge).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param title the page's headline, when known
 * @returns the kept indices without the citation tail
 */
export function dropCitationTail(
  page: HtmlBlocks,
  keep: readonly number[],
  title: string | null | undefined,
): number[] {
  if (!title || wordsIn(title) < MIN_TITLE_WORDS || keep.length <= TAIL_BLOCKS) return [...keep];
  const headline = title.toLowerCase();
  let cut = keep.length;
  let cited = false;
  for (let k = keep.length - 1; k >= keep.length - TAIL_BLOCKS; k--) {
    const text = (page.blocks[keep[k] as number] as HtmlBlock).text;
    const lower = text.toLowerCase();
    if (WEB_ADDRESS.test(text) && lower.includes(headline)) cited = true;
    else if (!isNoticeLine(lower, wordsIn(text))) break;
    cut = k;
  }
  return cited ? keep.slice(0, cut) : [...keep];
}
