import type { BodyBlock } from '../extraction.js';
import { splitNames } from './byline-lines.js';
import { isFurnitureLine, isSectionName } from './furniture-lines.js';
import { keyOf } from './line-copies.js';
import { isNameAlone } from './name-alone.js';

/** A line of a dash or a bar alone, between a byline's name and its date ("Jane Roe" / "—" / "3 May 2024"). */
const DASH_ALONE = /^[-–—|·•]$/u;
/** A follow button under a writer's name ("+ Follow", "Folgen"), a mark and one word. */
const FOLLOW_BUTTON = /^\+\s?\p{L}+$/u;
/** A year with the time run into it, no space between ("4 de mayo de 202207:59 hs", two fields set side by side). */
const YEAR_RUN_INTO_TIME = /((?:19|20)\d{2})(\d{1,2}:\d{2})/u;
/** A field mark between spaces on a date line: a slash, a bar, a dot. */
const FIELD_BREAK = / [/|·•] /u;
/** An initial closing a name ("Juan Ruiz C.", a second surname's initial). */
const CLOSING_INITIAL = / \p{Lu}\.$/u;
/** A small letter: a line in capitals holds none. */
const SMALL_LETTER = /\p{Ll}/u;
/** How many lines under the name its date line may stand, past blanks, dashes and a follow button. */
const DATE_WITHIN = 3;

/**
 * One name as written when it is a person's ({@link isNameAlone}): in capitals too ("JANA ROE"), and
 * closed by an initial ("Jana Roe C.").
 * @param name a piece of a line
 */
function isPersonName(name: string): boolean {
  const bare = name.replace(CLOSING_INITIAL, '');
  const cased = SMALL_LETTER.test(bare)
    ? bare
    : bare.replace(/\p{L}+/gu, (w) => (w[0] as string) + w.slice(1).toLowerCase());
  return isNameAlone(cased);
}

/**
 * A line's names when it gives persons' names and nothing else: one name, or names parted by commas,
 * a slash or a joining word ("Jana Roe, Ian Lee & Ana Ruiz"), each {@link isPersonName}.
 * @param text a line
 * @returns the names as written, or null when the line is not so shaped
 */
export function personNames(text: string): string[] | null {
  const names = splitNames(text, /\s*[,/]\s*/u);
  return names.length > 0 && names.every(isPersonName) ? names : null;
}

/**
 * The date line under a line: the next line that is not blank, a dash alone or a follow button, within
 * {@link DATE_WITHIN} lines, when it is a date line; a year with its time run into it is read parted, and
 * a line of fields by its first ("posted 4/5/2027 05:49 / updated 4/5/2027 05:50").
 * @param lines the page's lines
 * @param i the line's index
 * @param isDate whether a line's text is a date line
 * @returns the date line's index, or -1 when none stands under it
 */
function dateLineUnder(lines: readonly BodyBlock[], i: number, isDate: (text: string) => boolean): number {
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + DATE_WITHIN); j++) {
    const text = (lines[j] as BodyBlock).text.trim();
    if (text === '' || DASH_ALONE.test(text) || FOLLOW_BUTTON.test(text)) continue;
    const parted = text.replace(YEAR_RUN_INTO_TIME, '$1 $2');
    return isDate(parted) || isDate(parted.split(FIELD_BREAK)[0] as string) ? j : -1;
  }
  return -1;
}

/** A digit: a line holding one is no name. */
const DIGIT = /\d/u;

/** How many lines under the date line a copy of the name's line makes it a headline given twice. */
const COPY_UNDER_DATE = 2;

/**
 * A person's name, or a few, alone on a line right over a date line ("Jana Roe" / "4 May 2027", "JANA
 * ROE & IAN LEE" / "—" / "4 May 2027"): a byline set with no "by" word. Each name is
 * {@link isPersonName}; a line with a digit, a section's name or furniture is none, and so is a line
 * given again right under its date (a headline over its date and repeated as the article's: "Harbour
 * Lights Week" / "21.01.2027 Press release" / "Harbour Lights Week", its words read as a name's).
 * @param lines the page's lines
 * @param i the line's index
 * @param isDate whether a line's text is a date line (read as the page's dates are)
 * @returns the names as written, or null when the line is no such byline
 */
export function writerOverDate(
  lines: readonly BodyBlock[],
  i: number,
  isDate: (text: string) => boolean,
): string[] | null {
  const text = (lines[i] as BodyBlock).text.trim();
  // the name's test first: the cheapest, and it turns down nearly every line (the title step asks
  // this of each headline candidate)
  if (text === '' || DIGIT.test(text)) return null;
  const names = personNames(text);
  if (names === null || isSectionName(text) || isFurnitureLine(text)) return null;
  const date = dateLineUnder(lines, i, isDate);
  if (date < 0) return null;
  const key = keyOf(text);
  for (let j = date + 1; j <= date + COPY_UNDER_DATE && j < lines.length; j++)
    if (keyOf((lines[j] as BodyBlock).text) === key) return null;
  return names;
}

/**
 * The writers of a text scrape whose byline is a person's name, or a few names, alone on its line right
 * over the page's date line ("Jana Roe" / "4 May 2027", "JANA ROE & IAN LEE" / "—" / "4 May 2027"), a
 * byline news sites and magazines set with no "by": looked for in the lines above the body and in the
 * body's first lines it left out, the headline's line too (a page whose headline was taken from the
 * name), on a page with a date found or none. Each name is {@link isPersonName}. The date under it is
 * the byline's sign, so neither the body's opening telling of the name nor a copy of it elsewhere (a
 * teaser's byline) turns it down, as they do a name alone with no date under it (`nameAloneAuthors`);
 * a page holding two such pairs above its body's end is a list of teasers, each signed and dated, and
 * gives none, and a line given again right under its date is a headline. No name: a section's name,
 * furniture.
 * @param lines the page's lines
 * @param from the first line looked at
 * @param to the line the look ends before
 * @param last the body's last line: a teaser list's pairs are counted down to it
 * @param kept the lines the body keeps (none of them is a byline)
 * @param isDate whether a line's text is a date line (read as the page's dates are)
 * @returns the writers, or undefined when no line is one
 */
export function nameOverDateLine(
  lines: readonly BodyBlock[],
  from: number,
  to: number,
  last: number,
  kept: ReadonlySet<number>,
  isDate: (text: string) => boolean,
): string[] | undefined {
  const pairAt = (i: number): string[] | null => writerOverDate(lines, i, isDate);
  let found: string[] | undefined;
  for (let i = Math.max(0, from); i < Math.min(lines.length, to) && !found; i++)
    if (!kept.has(i)) found = pairAt(i) ?? undefined;
  if (!found) return undefined;
  // a second such pair above the body's end: a list of teasers (under it, a list of more articles)
  let pairs = 0;
  for (let i = 0; i <= Math.min(last, lines.length - 1) && pairs < 2; i++) if (pairAt(i) !== null) pairs++;
  return pairs > 1 ? undefined : found;
}
