import { describe, expect, it } from 'vitest';
import { classifyLines, type LineKind } from '../src/text/classify-lines.js';
import { splitLines } from '../src/text/split-lines.js';
import { markTabRows, tabbedLines } from '../src/text/tab-rows.js';

/** The kinds of a scrape's lines, tab rows marked. */
function kindsOf(source: string): LineKind[] {
  const { lines } = splitLines(source);
  const kinds = classifyLines(lines, undefined, true);
  markTabRows(source, lines, kinds);
  return kinds;
}

describe('tabbedLines', () => {
  it('tells the lines whose cells a tab divides, an empty cell after the text too, in one walk', () => {
    const source = 'Paths\tMarta\nSeeds\t\t\nSign in\n\tindented code\nPonds\n\nTools\tAnnelie\n';
    const { lines } = splitLines(source);
    // a tab that only indents a line is no cell's end; a line without one is no row, though a later line holds one
    expect(tabbedLines(source, lines)).toEqual([true, true, false, false, false, true]);
    expect(
      tabbedLines('Paths Marta\nSeeds Karin\n', splitLines('Paths Marta\nSeeds Karin\n').lines),
    ).toBeNull();
  });
});

describe('markTabRows', () => {
  it("makes a table's short rows rows of the article, and leaves its lines of text as they are", () => {
    const long =
      'A volunteer who cannot come in a given week swaps with another one and tells the committee by the weekend before.';
    const kinds = kindsOf(`Job\tVolunteer\nPaths\tMarta\nWeekly\t${long}\nSeeds\tKarin\n`);
    expect(kinds).toEqual(['row', 'row', 'sentence', 'row']);
  });

  it('leaves two tabbed lines, and lines a tab only indents, as they were', () => {
    expect(kindsOf('Paths\tMarta\nSeeds\tKarin\nHome\n')).toEqual(
      kindsOf('Paths Marta\nSeeds Karin\nHome\n'),
    );
    expect(kindsOf('\tPaths\n\tSeeds\n\tPonds\n')).toEqual(kindsOf('Paths\nSeeds\nPonds\n'));
  });
});
