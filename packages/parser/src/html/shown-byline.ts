import { bylineLineAuthors } from '../text/byline-lines.js';
import { detailLineAuthors } from '../text/detail-line-author.js';
import { parseByline } from '../text/find-byline.js';
import { strictBylineAuthors } from '../text/kept-byline.js';

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

/**
 * The writers a saved page shows in a byline line of no byline markup, read as a text scrape's lines are
 * when the markup names none (no JSON-LD or meta author, no element whose class, `rel` or `itemprop`
 * names a byline, or one whose name no reader of it takes: "<p><i>von Jana Roe</i></p>", "<div
 * class="submitted">Gespeichert von jroe am 24. Juli 2027</div>"): the first of the {@link ABOVE} blocks
 * over the body that is a byline, top down, else of the {@link UNDER} blocks under its first block that
 * the body leaves out (a dek, then "Von Jana Roe"), else the first of the body's {@link OPENING} blocks
 * that is a byline and nothing else, or a post's detail line (a body may keep either under its headline).
 * @param blocks the page's text blocks, in order
 * @param first the index of the body's first block
 * @param opening the indices of the body's first blocks, the first one `first`
 * @returns the writers, or null when no line so placed is a byline
 */
export function shownByline(
  blocks: readonly { text: string }[],
  first: number,
  opening: readonly number[],
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
  return null;
}
