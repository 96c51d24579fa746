import { isSpaceUnit } from '@briefing/model';
import type { BodyBlock } from '../extraction.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A run of white space (each collapsed to one space). */
const SPACE_RUN = /\s+/g;

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
    const raw = source.slice(offset, end === -1 ? source.length : end);
    // most lines hold single spaces only: collapsing them would copy the line for nothing; trimmed
    // first (`trim` takes what `\s` matches), as a line's only runs are often its indent or its end
    const trimmed = raw.trim();
    const text = RUNS.test(trimmed) ? trimmed.replace(SPACE_RUN, ' ') : trimmed;
    // a rule opens with a space or its mark: other lines (most) are not tried against the pattern
    const c = raw.length > 0 ? raw.charCodeAt(0) : -1;
    if (text && !((c === 32 || c === 45 || c === 42 || c === 95) && RULE.test(raw))) {
      // the white space `trimStart` would take off (`isSpaceUnit` is its set), counted without a copy
      let lead = 0;
      while (isSpaceUnit(raw.charCodeAt(lead))) lead++;
      lines.push({ text, line, column: 1 + lead, offset: offset + lead });
    }
    if (end === -1) break;
    next();
  }
  return { front, lines };
}
