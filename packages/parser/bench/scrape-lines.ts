// What the classify scripts of trafilatura-eval's text scrapes share: a page's lines as the parser
// reads them (kinds, the body region it chose), where a snippet stands among them, and the table of
// class counts they print.
import { decodeText } from '../src/decode.js';
import type { BodyBlock } from '../src/extraction.js';
import type { BodyRegion, BodyTrace } from '../src/text/body-region.js';
import { classifyLines, type LineKind } from '../src/text/classify-lines.js';
import { wordsIn } from '../src/text/count-words.js';
import { joinDropCaps } from '../src/text/drop-caps.js';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { splitLines } from '../src/text/split-lines.js';
import { markTabRows } from '../src/text/tab-rows.js';

/** A text scrape's lines with the parser's reading of them. */
export interface ScrapeLines {
  lines: BodyBlock[];
  kinds: LineKind[];
  /** Each line's words, as `wordsIn` counts them. */
  words: number[];
  /** The body region `selectBody` chose, or null. */
  region: BodyRegion | null;
  /** The line at a character of the lines joined (each normalised, then one space). */
  lineAt(at: number): number;
  /** The page's lines normalised by `norm` and joined by one space. */
  joined: string;
}

/**
 * Reads a text scrape's lines as the parser does.
 * @param data the file's bytes
 * @param norm the scorer's normalisation
 * @param trace filled with the steps of `selectBody`, when given
 * @param join false to leave out the learned join (`train:join` reads the body before it)
 */
export function scrapeLines(
  data: Buffer,
  norm: (s: string) => string,
  trace?: BodyTrace,
  join = true,
): ScrapeLines {
  const decoded = decodeText(data);
  const lines = decoded.ok
    ? joinDropCaps(joinWrappedLines(splitLines(decoded.text).lines, decoded.text))
    : [];
  // as extract-text.ts calls them
  const words = lines.map((l) => wordsIn(l.text));
  const kinds = classifyLines(lines, words, true);
  // a table's tabbed rows, as extract-text.ts reads them before selecting the body
  if (decoded.ok) markTabRows(decoded.text, lines, kinds);
  const region =
    lines.length > 0 ? selectBody(lines, kinds, trace ? { words, trace, join } : { words, join }) : null;
  return { lines, kinds, words, region, ...joinedLines(lines, norm) };
}

/**
 * A page's lines normalised and joined by one space, to find snippets in, and the line at a character.
 * @param lines the page's lines
 * @param norm the scorer's normalisation
 */
export function joinedLines(
  lines: readonly BodyBlock[],
  norm: (s: string) => string,
): { joined: string; lineAt(at: number): number } {
  const starts: number[] = [];
  let joined = '';
  for (const l of lines) {
    starts.push(joined.length);
    joined += `${norm(l.text)} `;
  }
  const lineAt = (at: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return { joined, lineAt };
}

/**
 * Prints counts of classes ("group: detail") by group, most first, each group's details under it.
 * @param counts how many of each class
 * @param heading the line above the table (the total is added)
 */
export function printClasses(counts: ReadonlyMap<string, number>, heading: string): void {
  const total = [...counts.values()].reduce((x, y) => x + y, 0);
  console.log(`\n${heading}: ${total}`);
  const groupOf = (cls: string) => cls.split(':')[0] as string;
  const groups = new Map<string, number>();
  for (const [cls, n] of counts) groups.set(groupOf(cls), (groups.get(groupOf(cls)) ?? 0) + n);
  for (const [group, n] of [...groups].sort((x, y) => y[1] - x[1])) {
    console.log(`${String(n).padStart(5)}  ${group}`);
    for (const [cls, m] of [...counts].sort((x, y) => y[1] - x[1]))
      if (groupOf(cls) === group && cls !== group)
        console.log(`${String(m).padStart(9)}  ${cls.slice(group.length + 2)}`);
  }
}
