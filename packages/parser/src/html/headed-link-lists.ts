import type { LineKind } from '../text/classify-lines.js';
import { wordsIn } from '../text/count-words.js';
import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { isLinkedHeadline } from './linked-headline.js';
import { hostOf } from './page-site.js';
import { isRepeatedLabel } from './repeated-labels.js';
import { shapeKeys } from './shape-keys.js';

/** A list has at least this many items: one linked line under a subheading may be the article's. */
const MIN_ITEMS = 2;
/**
 * The one link covers at least this share of an item's text: a headline with a short tag after it
 * ("… [MAP]") is still the link's. Not tuned (0.9, `teaser-runs.ts`'s share, misses such tags).
 */
const TITLE_LINK_SHARE = 0.8;
/**
 * The body goes on after the list with a line of this many words: a sentence, not a like button's
 * count or a share line the later steps drop. Not tuned.
 */
const MIN_AFTER_WORDS = 8;
/** A label is a few words ("More on the port", "Also on the coast"), not a sentence. Not tuned. */
const MAX_LABEL_WORDS = 5;

/**
 * Drops a list of linked headlines set inside the body under a label, whatever the label says and
 * whatever the page names its elements: a short line that is no link (MAX_LABEL_WORDS words, no full
 * stop) right over MIN_ITEMS blocks or more, each one link covering a headline (`isLinkedHeadline`'s
 * words, no prose of its own), all of one shape (`shapeKeys`), with the body going on
 * after them. `dropPointerLinkLists` knows such a box by its label's words and `dropLinkLines` drops a
 * link line between paragraphs only when it has no tag beside the link and is no list item; a page
 * whose class words name no box ("related", "teaser") leaves such lists in the body. Only the blocks
 * between two kept blocks are read: no scan of the page.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @param kinds the blocks' kinds as the line rules read them (an advertisement's repeated label between
 *   a list and the paragraph beside it does not part them; `isRepeatedLabel`)
 * @returns the kept indices without the lists and their labels
 */
export function dropHeadedLinkLists(
  page: HtmlBlocks,
  keep: readonly number[],
  kinds: readonly LineKind[] = [],
): number[] {
  const { blocks } = page;
  const keyOf = shapeKeys(page);
  const out = new Set<number>();
  // (a list stands between the body's blocks: its label and items may be kept or left out)
  for (let k = 0; k + 1 < keep.length; k++) {
    const before = keep[k] as number;
    const after = keep[k + 1] as number;
    for (let i = before; i < after; i++) {
      if (!isLabel(blocks[i] as HtmlBlock)) continue;
      let j = i + 1;
      const shape = isLinkedHeadline(blocks[j], TITLE_LINK_SHARE)
        ? keyOf((blocks[j] as HtmlBlock).element)
        : null;
      while (
        j < blocks.length &&
        isLinkedHeadline(blocks[j], TITLE_LINK_SHARE) &&
        keyOf((blocks[j] as HtmlBlock).element) === shape
      )
        j++;
      // the body goes on after the list, with a line of its own text (a list the body ends on, before
      // the site's furniture the body still holds, is for the trailing rules)
      if (shape === null || j - i - 1 < MIN_ITEMS || !goesOn(blocks[keep.find((n) => n >= j) ?? -1]))
        continue;
      for (let m = i; m < j; m++) out.add(m);
      i = j - 1;
    }
  }
  for (const i of bareLinkLists(page, keep, kinds)) out.add(i);
  return out.size === 0 ? [...keep] : keep.filter((i) => !out.has(i));
}

/**
 * The items of lists of linked headlines with no label, each list set whole between two paragraphs of
 * the body, every link to another page of the site (a relative address or the page's own host): the
 * "related stories" a newsroom's editor sets inside the article, which the line rules kept as short
 * lines. A list linking away (a shop's buying links, a source) is the article's and stays. Counted on
 * trafilatura-eval HTML half A (read) and zyte-dev: such lists linking home, 4 on 2 half-A pages (6
 * items: 2 "without" snippets, 0 "with"); zyte-dev's 15 unlabelled lists all link away (all in the answer).
 */
function bareLinkLists(page: HtmlBlocks, keep: readonly number[], kinds: readonly LineKind[]): number[] {
  const { blocks, parents } = page;
  const listOf = (i: number | undefined) =>
    i === undefined ? -2 : (parents[(blocks[i] as HtmlBlock).element] ?? -1);
  const item = (i: number | undefined) =>
    i !== undefined &&
    page.tags[(blocks[i] as HtmlBlock).element] === 'li' &&
    isLinkedHeadline(blocks[i], TITLE_LINK_SHARE) &&
    linksHome(blocks[i] as HtmlBlock, page.site);
  const out: number[] = [];
  for (let k = 1; k < keep.length; k++) {
    if (!item(keep[k]) || listOf(keep[k - 1]) === listOf(keep[k])) continue;
    const list = listOf(keep[k]);
    let m = k;
    while (m < keep.length && listOf(keep[m]) === list && item(keep[m])) m++;
    const run = keep.slice(k, m);
    // the whole list, with a paragraph of the body on both sides, past an advertisement's label the
    // later steps drop (named, the page's names skip its box: blind, "Advertisement" parted the list
    // from the paragraph under it). Blind half A fp 53 → 52 (with the price cards, 50), half B
    // 1330/121/93 and zyte-dev unchanged; named unchanged
    const whole = blocks.every((b, j) => parents[b.element] !== list || run.includes(j));
    const label = (i: number) => isRepeatedLabel(page, i, kinds);
    const before = keep.slice(0, k).findLast((i) => !label(i));
    const after = keep.slice(m).find((i) => !label(i));
    if (whole && goesOn(blocks[before ?? -1]) && goesOn(blocks[after ?? -1])) out.push(...run);
    k = m - 1;
  }
  return out;
}

/** Whether every link of a block goes to another page of the page's site (relative, or its host). */
function linksHome(b: HtmlBlock, site: string | null): boolean {
  return b.links.every((href) => {
    const host = hostOf(href);
    return host === null ? href !== '' && !/^(#|[a-z]+:)/i.test(href.trim()) : host === site;
  });
}

/** Whether the body goes on with a block: a line of its own text, no link. */
function goesOn(b: HtmlBlock | undefined): boolean {
  return b !== undefined && b.linkChars < b.text.length / 2 && wordsIn(b.text) >= MIN_AFTER_WORDS;
}

/** Whether a block is a list's label: a few words, no link, no sentence. */
function isLabel(b: HtmlBlock): boolean {
  if (b.linkChars > 0 || /[.!?]["”’)]?$/u.test(b.text)) return false;
  const words = wordsIn(b.text);
  return words >= 1 && words <= MAX_LABEL_WORDS;
}
