import type { HtmlBlock, HtmlBlocks } from './collect-blocks.js';
import { isInside } from './find-container.js';

/** Class and id words of an element holding article text ("story-text", "article-body"). */
const CONTENT = /(^|[\s_-])(article|content|body|post|story|entry|text|prose)([\s_-]|$)/;

/**
 * Another part of the article starts or ends within this many blocks of the part found so far.
 * Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev, against no other parts:
 * half A tp +2, fp +1; half B tp +4, fp +1 (0.9009 → 0.9021); zyte-dev unchanged. With no limit,
 * half A tp +3; parts of any name (a layout "row"): zyte-dev 0.990 → 0.986 (teasers in rows alike).
 */
const NEAR_BLOCKS = 10;

/**
 * Class and id words are compared with their numbers left out: a page builder or a document converter
 * numbers the parts of one text ("outline-text-2 text-3" beside "text-4", a CMS's "article_c2616"
 * beside "article_c2618"). Measured on trafilatura-eval HTML half A (half B held out) and zyte-dev:
 * half A tp 1366 → 1368 (a post converted from Org mode, its sections in "text-1" to "text-4"; a
 * TYPO3 page's second content element), fp unchanged; half B and zyte-dev unchanged.
 */
const NUMBER = /\d+/g;
/**
 * A numbered part above the article's element holding fewer blocks than this is its dek (a builder's
 * "fusion-text-1" over the story in "fusion-text-3"), which stays out as deks do: a lead set apart is
 * two paragraphs or more (LEAD_BLOCKS in extract-html.ts).
 */
const PART_ABOVE_BLOCKS = 2;

/**
 * Finds the other parts of an article split over several elements of the same kind, one after
 * another (`<div class="story-text">` between advertisements): elements with the same tag and the same
 * class and id words as the article's element, when these name article content, neither inside it
 * nor holding it, each starting or ending within NEAR_BLOCKS blocks of the parts found so far. Words
 * that differ only in a number name parts too (see NUMBER), but for a part of one block above the
 * element (see PART_ABOVE_BLOCKS).
 * @param page the page's blocks and block elements
 * @param container the article's element
 * @returns the other parts' elements
 */
export function articleParts(page: HtmlBlocks, container: number): number[] {
  const exact = page.names[container] ?? '';
  if (!CONTENT.test(exact)) return [];
  const name = exact.replace(NUMBER, '#');
  const tag = page.tags[container];
  const spans = new Map<number, [number, number]>();
  // each element's words with numbers left out, worked out once (an element holds many blocks)
  const unnumbered = new Map<number, string>();
  const numbered = new Set<number>();
  const count = new Map<number, number>();
  page.blocks.forEach((b: HtmlBlock, i) => {
    for (let e = b.element; e >= 0; e = page.parents[e] ?? -1) {
      if (page.tags[e] !== tag) continue;
      const own = page.names[e] ?? '';
      if (own !== exact) {
        if (name === exact) continue; // words with no number: only the same words name a part
        let plain = unnumbered.get(e);
        if (plain === undefined) {
          plain = own.replace(NUMBER, '#');
          unnumbered.set(e, plain);
        }
        if (plain !== name) continue;
        numbered.add(e);
      }
      count.set(e, (count.get(e) ?? 0) + 1);
      const span = spans.get(e);
      if (span) span[1] = i;
      else spans.set(e, [i, i]);
    }
  });
  const own = spans.get(container);
  if (!own) return [];
  let [from, to] = own;
  const candidates = [...spans].filter(
    ([e, [a]]) =>
      e !== container &&
      !isInside(page, e, container) &&
      !isInside(page, container, e) &&
      !(numbered.has(e) && a < from && (count.get(e) ?? 0) < PART_ABOVE_BLOCKS),
  );
  const parts: number[] = [];
  for (let grew = true; grew; ) {
    grew = false;
    for (const [e, [a, z]] of candidates) {
      if (parts.includes(e) || !((z < from && from - z <= NEAR_BLOCKS) || (a > to && a - to <= NEAR_BLOCKS)))
        continue;
      parts.push(e);
      from = Math.min(from, a);
      to = Math.max(to, z);
      grew = true;
    }
  }
  return parts;
}
