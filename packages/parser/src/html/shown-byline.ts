import { bylineLineAuthors } from '../text/byline-lines.js';
import { datedBylineReaders } from '../text/dated-byline.js';
import { detailLineAuthors } from '../text/detail-line-author.js';
import { parseByline } from '../text/find-byline.js';
import { isSectionName } from '../text/furniture-lines.js';
import { strictBylineAuthors } from '../text/kept-byline.js';
import { isNameAlone } from '../text/name-alone.js';
import { nameUnderLabel } from '../text/name-under-label.js';

/**
 * Lines above the article read for its byline, as a text scrape's are (`bylineAbove` in
 * `extract-text.ts`): the headline, a dek, a picture and its credit stand between them.
 */
const ABOVE = 10;

/** The body's first blocks read for a byline it kept, as many as a text scrape's opening (`BYLINE_IN_OPENING`). */
const OPENING = 5;

/**
 * Blocks under the body's first one read when the body goes on below them (a dek the body keeps, then
 * "Von Jana Roe" left out), as many as `shownDate` reads for a date line so placed.
 */
const UNDER = 3;

/**
 * The body's last blocks read for a byline it kept at its end: the byline, then a picture's credit or a
 * note or two under it ("Text: Jana Roe" / "Fotos: Ole Lind"). Half A's one page of the class sets its
 * byline last; 3 was chosen before half B was measured, not tuned.
 */
const CLOSING = 3;

/**
 * A byline's reader for a line above the body: a "By" line of a name (not "Jane Roe – Photographer", a
 * caption's shape too), a byline line of any language ("von Jana Roe", "Par Jeanne Dupont le 7 mai"),
 * or a post's detail line naming its writer, a handle too ("12. Juni 2027 von jroe", "Posted in Notes
 * by jroe on 3 May 2027", "3 May 2027 // Autor: jroe // …").
 */
function readAbove(text: string): string[] | null {
  const byline = parseByline(text);
  if (byline?.role === null) return byline.authors;
  return bylineLineAuthors(text)?.authors ?? detailLineAuthors(text)?.authors ?? null;
}

/** How the page writes its dates: the years its article mentions, most frequent first, and whether slashed dates are day first. */
export interface PageDates {
  years: readonly number[];
  dayFirst: boolean;
}

/**
 * The writers a saved page shows in a byline line of no byline markup, read as a text scrape's lines are
 * when the markup names none (no JSON-LD or meta author, no element whose class, `rel` or `itemprop`
 * names a byline, or one whose name no reader of it takes: "<p><i>von Jana Roe</i></p>", "<div
 * class="submitted">Gespeichert von jroe am 24. Juli 2027</div>"): the first of the {@link ABOVE} blocks
 * over the body that is a byline, top down, else of the {@link UNDER} blocks under its first block that
 * the body leaves out (a dek, then "Von Jana Roe"), else the first of the body's {@link OPENING} blocks
 * that is a byline and nothing else, or a post's detail line (a body may keep either under its headline).
 * When none is, and `dates` is given, a line of the same places that sets a name and the date with no
 * byline word, as a text scrape's is read (`datedBylineReaders`: "Jana Roe | 6 May 2027", "11.05.2027 -
 * Jana Roe", a theme's two stamps then a handle "3. Mai 20273. Mai 2027 jroe"), top down, none in a list
 * of posts. Then an author's label alone over a name alone over the body ("Autor" / "Jana Roe,",
 * `nameUnderLabel`); last, a byline or a name alone closing the body (`closingByline`).
 * @param blocks the page's text blocks, in order
 * @param first the index of the body's first block
 * @param opening the indices of the body's first blocks, the first one `first`
 * @param dates how the page writes its dates, asked for only when no byline word's line names a writer
 * @param closing the indices of the body's last blocks, read last of all (`closingByline`)
 * @returns the writers, or null when no line so placed is a byline
 */
export function shownByline(
  blocks: readonly { text: string }[],
  first: number,
  opening: readonly number[],
  dates?: () => PageDates,
  closing: readonly number[] = [],
): string[] | null {
  for (let i = Math.max(0, first - ABOVE); i < first; i++) {
    const found = readAbove((blocks[i] as { text: string }).text);
    if (found) return found;
  }
  const next = opening[1] ?? first + 1;
  for (let i = first + 1; i < Math.min(next, first + 1 + UNDER); i++) {
    const found = readAbove((blocks[i] as { text: string }).text);
    if (found) return found;
  }
  for (const i of opening.slice(0, OPENING)) {
    const text = (blocks[i] as { text: string }).text;
    const found = strictBylineAuthors(text) ?? detailLineAuthors(text)?.authors;
    if (found) return found;
  }
  return (
    (dates ? datedByline(blocks, first, opening, dates()) : null) ??
    nameUnderLabel(blocks, first, ABOVE) ??
    closingByline(blocks, closing) ??
    null
  );
}

/**
 * The writers of a byline the body kept among its last blocks, closing the article: a byline and
 * nothing else ("Text: Jana Roe", "Autoren Jana Roe und Ole Lind", `strictBylineAuthors`), bottom up
 * among the last {@link CLOSING}; else the body's last block when it is a person's name and nothing
 * else ("Jana Roe" signing the article, `isNameAlone`). A picture's credit ("Foto: Jana Roe"), a
 * sentence naming a person or a call to sign up is none.
 * @param blocks the page's text blocks, in order
 * @param closing the indices of the body's last blocks, in order
 * @returns the writers, or null when no such block closes the body
 */
export function closingByline(
  blocks: readonly { text: string }[],
  closing: readonly number[],
): string[] | null {
  const last = closing.slice(-CLOSING);
  for (let k = last.length - 1; k >= 0; k--) {
    const found = strictBylineAuthors((blocks[last[k] as number] as { text: string }).text);
    if (found) return found;
  }
  const end = (blocks[last.at(-1) ?? -1] as { text: string } | undefined)?.text.trim();
  return end && isNameAlone(end) ? [end] : null;
}

/**
 * The writer of a line of the places {@link shownByline} reads that sets a name and the date on one line
 * with no byline word: over the body top down, then under its first block, then among the body's first
 * blocks (a saved page's body keeps the line under its headline, "<p>11.05.2027 - Jana Roe</p>"; the
 * readers take a line that is a date and a name and nothing else, or a post's fields after them).
 * @param blocks the page's text blocks, in order
 * @param first the index of the body's first block
 * @param opening the indices of the body's first blocks
 * @param dates how the page writes its dates
 */
function datedByline(
  blocks: readonly { text: string }[],
  first: number,
  opening: readonly number[],
  dates: PageDates,
): string[] | null {
  const { nameThenDate, dateThenName } = datedBylineReaders(blocks, dates.years, dates.dayFirst);
  const next = opening[1] ?? first + 1;
  const places: number[] = [];
  for (let i = Math.max(0, first - ABOVE); i < first; i++) places.push(i);
  for (let i = first + 1; i < Math.min(next, first + 1 + UNDER); i++) places.push(i);
  places.push(...opening.slice(0, OPENING));
  for (const i of places) {
    const text = (blocks[i] as { text: string }).text;
    const found = nameThenDate(text) ?? dateThenName(text, i);
    if (found && !found.authors.some((name) => isSectionHandle(blocks, i, name))) return found.authors;
  }
  return null;
}

/**
 * Whether a user's handle read after a date is a section's name ("6 May 2027 · business", the post's
 * category): a one-word name in small letters that is a section's name (`data/section-names.yaml`) or
 * that another block of the page is, word for word (a sidebar's list of categories).
 * @param blocks the page's text blocks
 * @param at the index of the block the name was read in
 * @param name the name read
 */
function isSectionHandle(blocks: readonly { text: string }[], at: number, name: string): boolean {
  if (name.includes(' ') || name !== name.toLowerCase()) return false;
  if (isSectionName(name)) return true;
  for (let j = 0; j < blocks.length; j++)
    if (j !== at && (blocks[j] as { text: string }).text.trim().toLowerCase() === name) return true;
  return false;
}
