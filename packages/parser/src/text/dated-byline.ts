import { findDateline, withoutDateLabel } from './find-published.js';
import { nameAfterDate, nameBeforeDate } from './name-alone.js';

/** A line that opens on a digit or a month's name and a digit: a date may open it ("3 May", "May 3"). */
const DATE_OPENS = /^\s*(?:\d|\p{L}{3,9}\.?\s+\d)/u;

/**
 * How far apart two lines of a date and a writer stand in a list of posts (a title and a "Read more"
 * between them); on trafilatura-eval text half A it kept one list's writer from a page by another.
 */
const POST_LIST_SPAN = 3;

/** The readers of a byline that sets a name and the date on one line with no byline word. */
export interface DatedBylineReaders {
  /** A name, then the date ("Jane Roe | 6 May 2024"); null when the line is not so shaped. */
  nameThenDate(line: string): { authors: string[] } | null;
  /**
   * The date, then the name or a handle ("28 Jan. 2024 Jane Roe", "3 May 2024 at 9:14 am - jroe");
   * null when the line is not so shaped, or when another line so shaped stands within
   * {@link POST_LIST_SPAN} lines of it (an entry of a list of posts, each under its date and writer).
   */
  dateThenName(line: string, i: number): { authors: string[] } | null;
}

/**
 * The readers of a byline of a name and a date on one line and no byline word (`nameBeforeDate`,
 * `nameAfterDate`), its dates read as the page writes them: a text scrape's lines, or a saved page's
 * blocks (`shownByline`).
 * @param lines the page's lines (or blocks), in order: `dateThenName` reads those around its line
 * @param years the years the article mentions, most frequent first (a date with no year takes one)
 * @param slashDayFirst whether slashed dates are day first
 * @returns the two readers
 */
export function datedBylineReaders(
  lines: readonly { text: string }[],
  years: readonly number[],
  slashDayFirst: boolean,
): DatedBylineReaders {
  const dateEnd = (line: string, at: number) => {
    const date = DATE_OPENS.test(line) ? findDateline(line, years, slashDayFirst) : null;
    return date !== null && date.index <= at ? date.end : -1;
  };
  const readDateThenName = (line: string) =>
    nameAfterDate(line, dateEnd(line, 1), (rest) => dateEnd(rest, 0));
  return {
    nameThenDate: (line) =>
      nameBeforeDate(line, (rest) => findDateline(withoutDateLabel(rest), years, slashDayFirst) !== null),
    dateThenName: (line, i) => {
      const found = readDateThenName(line);
      if (found === null) return null;
      for (let j = Math.max(0, i - POST_LIST_SPAN); j <= i + POST_LIST_SPAN && j < lines.length; j++)
        if (j !== i && readDateThenName((lines[j] as { text: string }).text) !== null) return null;
      return found;
    },
  };
}
