import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { type markTables, runsOf } from './mark-runs.js';

/**
 * Fewer tabbed lines in a row than this are not taken for a table: a header and two rows. Measured on
 * trafilatura-eval text half A (tp/fp): 2, 3 and 5 rows all give 1338/99 → 1341/99 (half B, zyte-dev
 * text and eval:unseen the same at 2 and 3; 5 gives half B a snippet less): 3 is a table's least.
 */
const MIN_TAB_ROWS = 3;

/**
 * Which lines hold a tab after their first character: a browser copies a table row as its cells joined
 * by tabs ("Load map⇥⇥⇥", "4.2.3⇥April 2014"), which `splitLines` collapses into spaces. A tab only
 * before the text (code indented by tabs) is no cell's end. One walk over the page: the next tab is
 * looked for only past the last one found, so a page with few tabs is not searched again at each line.
 * @param source the decoded scrape
 * @param lines its lines, in order, with the offset of each one's first character (as `splitLines` gives)
 * @returns one flag a line, or null when the page holds no tab
 */
export function tabbedLines(source: string, lines: readonly BodyBlock[]): boolean[] | null {
  let tab = source.indexOf('\t');
  if (tab < 0) return null; // most scrapes: one native search
  // where the line holding the next tab starts, found once for each tab
  let tabLine = source.lastIndexOf('\n', tab) + 1;
  const flags: boolean[] = [];
  for (const l of lines) {
    if (tab >= 0 && tab < l.offset) {
      tab = source.indexOf('\t', l.offset);
      if (tab >= 0) tabLine = source.lastIndexOf('\n', tab) + 1;
    }
    // the tab lies at or past the line's first character: on this line when its line starts no later
    flags.push(tab >= 0 && tabLine <= l.offset);
  }
  return flags;
}

/**
 * Turns the short lines of a table copied from a page — MIN_TAB_ROWS or more lines in a row whose cells
 * a tab divides — into `row` lines, as the number-heavy rows of {@link markTables} are: the article's
 * table, scored as short sentences and kept in the body. A table's rows of names and words had been
 * scored as a menu's entries and dropped as labels inside the article (a status table of screens and
 * their owners), or ended it. Lines read as text keep their kind; only short, repeated and clause lines
 * change. Measured as `item` (neutral) lines, the same on every set but for one half-A snippet at a
 * table's edge, which `row` keeps: a menu laid out as a table (its items tabbed) moved no figure.
 * @param source the decoded scrape the lines were cut from
 * @param lines its non-empty lines, with their offsets into `source`
 * @param kinds their kinds, changed in place
 */
export function markTabRows(source: string, lines: readonly BodyBlock[], kinds: LineKind[]): void {
  const tabbed = tabbedLines(source, lines);
  if (tabbed === null) return;
  for (const [from, to] of runsOf(lines.length, (i) => tabbed[i] === true, MIN_TAB_ROWS))
    for (let j = from; j <= to; j++) {
      const kind = kinds[j];
      if (kind === 'short' || kind === 'repeated' || kind === 'clause') kinds[j] = 'row';
    }
}
