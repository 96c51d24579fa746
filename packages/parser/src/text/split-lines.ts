import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';

/** A file cut into lines: front matter (if any) and each line that holds text. */
export interface SplitLines<Line extends BodyBlock = BodyBlock> {
  /** The YAML between `---` fences on the first lines, or null. */
  front: string | null;
  /** Every non-blank line outside the front matter, its spaces collapsed, with its exact position. */
  lines: Line[];
}

/** A thematic break (`---`, `* * *`, `___`): a rule drawn between parts of a page, not text. */
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const FENCE = /^---[ \t]*$/;
/** White space that `\s+` → `' '` changes: two in a row, or one that is not a plain space. */
const RUNS = /\s\s|[^\S ]/;

/**
 * Cuts a text scrape into lines without a Markdown parser: a scrape is lines, not Markdown, and
 * parsing it as Markdown only to split it cost half of the parse time (issue 17). A line's position
 * is that of its first non-space character: `source.charAt(offset)` is the line's first character,
 * `line` counts `\n`, `column` counts characters from 1.
 * Front matter (`---` on line 1 up to a closing `---`) is set apart as in Markdown; rules (`---`,
 * `***`) and blank lines hold no text and are left out.
 * @param source the decoded file
 * @returns the front matter and the lines
 */
export function splitLines(source: string): SplitLines {
  const lines: BodyBlock[] = [];
  let front: string | null = null;
  let offset = 0;
  let line = 1;
  let end = source.indexOf('\n');
  const next = () => {
    offset = end === -1 ? source.length + 1 : end + 1;
    end = offset > source.length ? -1 : source.indexOf('\n', offset);
    line++;
  };
  if (FENCE.test(source.slice(0, end === -1 ? source.length : end))) {
    // the front matter ends at the next fence line; without one, it is no front matter
    let close = end;
    while (close !== -1) {
      const from = close + 1;
      const to = source.indexOf('\n', from);
      if (FENCE.test(source.slice(from, to === -1 ? source.length : to))) break;
      close = to;
    }
    if (close !== -1) {
      const from = close + 1;
      front = end + 1 <= close ? source.slice(end + 1, close) : '';
      while (offset < from) next();
      next(); // the closing fence
    }
  }
  while (offset <= source.length) {
    const stop = end === -1 ? source.length : end;
    // the line's bounds less the white space `trim` would take off (`isSpaceUnit` is its set, `\s`'s),
    // found without cutting the line out first (a copy or a slice of each line, issue 17)
    let from = offset;
    while (from < stop && isSpaceUnit(source.charCodeAt(from))) from++;
    let to = stop;
    while (to > from && isSpaceUnit(source.charCodeAt(to - 1))) to--;
    if (from < to) {
      const trimmed = source.slice(from, to);
      // most lines hold single spaces only: collapsing them would copy the line for nothing
      const text = RUNS.test(trimmed) ? collapseRuns(trimmed) : trimmed;
      // a rule opens with a space or its mark: other lines (most) are not tried against the pattern
      const c = source.charCodeAt(offset);
      if (!((c === 32 || c === 45 || c === 42 || c === 95) && RULE.test(source.slice(offset, stop))))
        lines.push({ text, line, column: 1 + from - offset, offset: from });
    }
    if (end === -1) break;
    next();
  }
  return { front, lines };
}

/**
 * A line with each run of white space made one space: `text.replace(/\s+/g, ' ')` (`isSpaceUnit` is
 * `\s`'s set), written as the line's stretches between runs joined by a space: the `replace` cost 30
 * MB a pass over 2,000 bench pages for its 24,500 lines with runs, the joined stretches some 10 (issue 17).
 * @param text a line
 * @returns the line, its runs collapsed (the same string when it has none)
 */
export function collapseRuns(text: string): string {
  const n = text.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isSpaceUnit(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && isSpaceUnit(text.charCodeAt(j))) j++;
    // a single plain space stays as it is
    if (j - i > 1 || c !== 32) {
      out += `${text.slice(from, i)} `;
      from = j;
    }
    i = j;
  }
  return from === 0 ? text : out + text.slice(from);
}
