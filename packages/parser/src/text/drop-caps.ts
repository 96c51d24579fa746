import type { BodyBlock } from '../extraction.js';

/** A line of one capital letter: a drop cap, which a scrape sets on a line of its own. */
const DROP_CAP = /^\p{Lu}$/u;
/** A line that goes on with a word's lower-case rest ("dam Schiff's inquiry …" after "A"). */
const WORD_REST = /^\p{Ll}/u;

/**
 * Joins each drop cap (a paragraph's first letter set large, which a scrape gives as a line of its own)
 * to the line it opens: "A" over "dam Schiff's inquiry …" is "Adam Schiff's inquiry …". Left apart,
 * the letter stood above the body as a line of furniture and the article's first word was cut. A
 * letter in a run of such letters (an index's "A", "B", "C") is no drop cap.
 * @param lines the non-empty lines
 * @returns the lines, each drop cap joined to the next (the same array when there is none)
 */
export function joinDropCaps(lines: BodyBlock[]): BodyBlock[] {
  let out: BodyBlock[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as BodyBlock;
    const next = lines[i + 1];
    const previous = lines[i - 1];
    if (
      next !== undefined &&
      DROP_CAP.test(line.text) &&
      WORD_REST.test(next.text) &&
      !(previous !== undefined && DROP_CAP.test(previous.text))
    ) {
      out ??= lines.slice(0, i);
      // a line of its own shape, as splitLines makes them (see joinWrappedLines)
      out.push({ text: line.text + next.text, line: line.line, column: line.column, offset: line.offset });
      i++;
      continue;
    }
    out?.push(line);
  }
  return out ?? lines;
}
