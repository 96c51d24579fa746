import { composedText } from '../html/composed-text.js';
import { isCommentForm, isCommentHeader } from './comment-lines.js';
import { isCommentStamp } from './comment-thread.js';
import { wordsIn } from './count-words.js';
import { type FoundDate, findDateline, withoutDateLabel } from './find-published.js';
import { isPublicationNote } from './opening-notes.js';

// patterns of the functions below, made once: a pattern written inside a function is a new object at
// each call (issue 17)
/** A letter or a number. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/**
 * How many lines after the body's end are read for its date. Measured on trafilatura-eval's text
 * scrapes, half A: 8 against 12 gave one right date fewer and two wrong fewer (a sidebar's "Most Recent
 * Post", a page's "last change"); 4 gave eight right fewer.
 */
const UNDER_BODY = 8;
/**
 * How many lines after the body's end are read for a date line whose label says publication
 * ("Erschienen am: …", "Published on …": `isPublicationNote`), past {@link UNDER_BODY}. Measured on
 * trafilatura-eval's text scrapes: 12 to 40 all gave half A one right date more (a note under a page's
 * "last change"), half B and every other dev page unchanged; 16 leaves room without reaching a footer.
 */
const UNDER_BODY_NOTE = 16;
/** The most words of a line read as a date line of its own ("Written by Owen Hartwell, PhD on April 29, 2018"). */
export const DATE_LINE_LENGTH = 15;
const DIGIT = /\d/;
/** A line that is a link, whose date is that of the page it links to ("…/2016/07/07/…"). */
const LINK_LINE = /^\s*(?:https?:\/\/|www\.)/i;

/**
 * The date a page states in a short line under its article ("Erscheinungsdatum: 07.02.2022", "Written
 * by … on April 29, 2018", "Gespeichert von rasos am 24. Juli 2017 - 18:55"), nearest first, up to a
 * comment thread, whose dates are its comments': a comment form, a "… says:" header, or a comment's
 * header ("Jane Roe 12 May 2021 at 18:40") with another under it (a stamp alone may be the post's).
 * Past 8 lines, up to 16, only a line whose label says publication ("Erschienen am: 01.11.2023") is
 * read: a bare date that far down is as often a sidebar's latest post or the page's last change.
 * A whole day only, its year stated.
 * @param lines the page's lines (a text scrape's) or text blocks (a saved page's), in order
 * @param last the index of the body's last line
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 * @param words each line's length in words, when the caller has them
 * @returns the date, or null
 */
export function dateUnderBody(
  lines: readonly { text: string }[],
  last: number,
  years: readonly number[],
  slashDayFirst: boolean,
  words?: readonly number[],
): FoundDate | null {
  const count = (i: number) => words?.[i] ?? wordsIn((lines[i] as { text: string }).text);
  const near = Math.min(lines.length, last + 1 + UNDER_BODY);
  const below = Math.min(lines.length, last + 1 + UNDER_BODY_NOTE);
  for (let i = last + 1; i < below; i++) {
    const line = (lines[i] as { text: string }).text;
    if (
      isCommentForm(line, count(i)) ||
      isCommentHeader(line, lines[i + 1]?.text) ||
      (isCommentStamp(line, count(i)) && stampFollows(lines, i + 1, i < near ? near : below, count))
    )
      break;
    if (count(i) > DATE_LINE_LENGTH || (i >= near && !isPublicationNote(line))) continue;
    const found = dayIn(withoutDateLabel(composedText(line)), years, slashDayFirst);
    if (found && found.inferred === undefined) return found;
  }
  return null;
}

/**
 * A whole day a line states as a date line may ({@link findDateline}): with its year, and standing apart
 * from the words before it, in a line that is no link ("tannfrog28.09.1912:44", a user's name run into
 * a two-figure year and a time, is no date; nor a link's "/2016/07/07/" to another post).
 * @param text one line
 * @param years the years the body mentions, most frequent first
 * @param slashDayFirst whether slashed dates are day first
 * @returns the date, or null
 */
export function dayIn(text: string, years: readonly number[], slashDayFirst: boolean): FoundDate | null {
  // a day with its year has a digit: most lines have none, and the date parser is dear
  if (!DIGIT.test(text) || LINK_LINE.test(text)) return null;
  const found = findDateline(text, years, slashDayFirst);
  if (found === null || found.date.length !== 10 || found.date.startsWith('--')) return null;
  return found.index > 0 && LETTER_OR_NUMBER.test(text[found.index - 1] as string) ? null : found;
}

/** Whether one of the lines from `from` up to `to` (not included) is a comment's header. */
function stampFollows(
  lines: readonly { text: string }[],
  from: number,
  to: number,
  count: (i: number) => number,
): boolean {
  for (let i = from; i < to; i++)
    if (isCommentStamp((lines[i] as { text: string }).text, count(i))) return true;
  return false;
}
