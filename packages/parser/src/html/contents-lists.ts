import { type HtmlBlock, type HtmlBlocks, isLinkHeavy } from './collect-blocks.js';

/**
 * A contents list has at least this many lines in one element. Measured on trafilatura-eval and
 * zyte-dev HTML: 3 and 5 change the same 2 pages (half A, no snippet moving); 2 changes one more (half B)
 * and takes a pair of lines from one of the two.
 */
const MIN_LINES = 3;

/**
 * Whether a block is a line of a contents list: links, every one to a place on the page itself, not a
 * heading (a section's heading linked to its own anchor is the section's).
 */
function isContentsLine(b: HtmlBlock): boolean {
  return (
    !b.heading && isLinkHeavy(b) && b.links.length > 0 && b.links.every((href) => /^#\S/.test(href.trim()))
  );
}

/** A line's words, lower-cased, for comparing a contents line with the heading it names. */
function key(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Drops a table of contents from the body: MIN_LINES kept blocks or more under one element that are
 * links, every link a fragment of the page itself (`href="#…"`), no heading, half of them or more
 * repeating a heading of the page: a post's list of its own sections. They lead through the page, as a
 * menu leads through the site, and the sections they name are in the body under their headings; the
 * element's put-back had taken them in as its short lines. A list of footnotes, whose back links and
 * citation links are fragments too, repeats no heading and stays; so does a heading linked to its own
 * anchor.
 * @param page the page's blocks and block elements
 * @param keep indices of the blocks kept as body, in order
 * @returns the kept indices without the contents lists
 */
export function dropContentsLists(page: HtmlBlocks, keep: readonly number[]): number[] {
  const lines = new Map<number, number[]>();
  for (const i of keep) {
    const b = page.blocks[i] as HtmlBlock;
    if (!isContentsLine(b)) continue;
    const list = page.parents[b.element] ?? -1;
    const held = lines.get(list);
    if (held) held.push(i);
    else lines.set(list, [i]);
  }
  const lists = [...lines].filter(([, l]) => l.length >= MIN_LINES);
  if (lists.length === 0) return [...keep];
  // the page's headings, which a contents list names (a list of footnotes' back links names none)
  const headings = new Set(page.blocks.filter((b) => b.heading).map((b) => key(b.text)));
  const drop = new Set(
    lists
      .filter(
        ([, l]) =>
          l.filter((i) => headings.has(key((page.blocks[i] as HtmlBlock).text))).length * 2 >= l.length,
      )
      .flatMap(([, l]) => l),
  );
  return drop.size === 0 ? [...keep] : keep.filter((i) => !drop.has(i));
}
