import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { inQuote } from './find-container.js';

/**
 * A line is a link when at least this share of its characters is link text, and it says something
 * when it has at least MIN_LINK_WORDS words. Measured on zyte-dev and trafilatura-eval HTML half A
 * (half B held out): 0.9 and 6 words give zyte-dev 0.983 → 0.984 (P 0.981 → 0.983; all-capitals
 * headlines and "click here" lines between a news page's paragraphs), half A 0.8962 → 0.8964 (fp −2,
 * tp −1: a shop link the answers keep), half B 0.8845 → 0.8854 (fp −4, tp −1). 5 or 8 words: half B
 * 0.8850. Lines that read as sentences spared too: zyte-dev the same, half B 0.8848 (teasers that end
 * in a full stop stay). A label before the link ("SEE MORE: …", up to 30 characters and a colon) not
 * counted: half A 0.8995 → 0.9001 (fp −2, two sites), half B unchanged, zyte-dev P 0.986 → 0.987.
 */
const LINK_SHARE = 0.9;
const MIN_LINK_WORDS = 6;

/**
 * Drops lines of the body that are one link to another page: a teaser headline or a call set between
 * the article's paragraphs ("CLICK HERE TO GET THE APP", "READ MORE: …"). List items, headings and table
 * rows (a list of sources, a table of contents), web addresses and lines in a quotation stay.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the link lines
 */
export function dropLinkLines(page: HtmlBlocks, keep: readonly number[]): number[] {
  return keep.filter((i) => {
    const b = page.blocks[i] as HtmlBlock;
    const tag = page.tags[b.element] ?? '';
    if (tag === 'li' || tag === 'tr' || /^h[1-6]$/.test(tag)) return true;
    // a label before the link ("READ MORE: …", "Lesen Sie auch: …") is not part of the link text
    const label = /^[^:]{1,30}:\s/u.exec(b.text)?.[0].length ?? 0;
    if (b.linkChars < (b.text.length - label) * LINK_SHARE || wordsIn(b.text) < MIN_LINK_WORDS) return true;
    return /https?:|www\.|\//.test(b.text) || inQuote(page, b.element);
  });
}
