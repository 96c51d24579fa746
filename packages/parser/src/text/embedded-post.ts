import type { BodyBlock } from '../extraction.js';

/**
 * The line a social network's embed prints under a post when a page is copied without its scripts:
 * a dash, the poster's name, the handle in brackets and the date ("— Jane Roe (@janeroe) February 17,
 * 2020", "— Jane Roe (@janeroe) 25. September 2018").
 */
const ATTRIBUTION = /^[—–-]\s?[^()]{1,80}\(@\w{1,30}\)\s.{0,30}\d{4}$/u;

/**
 * A post embedded at the article's end is one of the post's lines and its attribution at most this
 * many lines after the body (its text on one line, or none left when the body ends on it). Measured on
 * trafilatura-eval text (tp/fp): half A 1328/109 → 1329/109 (2 pages change, both a tweet closing the
 * article), half B unchanged (no page changes); zyte-dev text R 0.9605 → 0.9612 (a senate's tweet under
 * a report), P unchanged; no HTML or eval:unseen page changes.
 */
const MAX_AFTER = 2;

/**
 * Whether a line is the attribution an embedded post prints under its text ({@link ATTRIBUTION}).
 * @param text a line
 */
export function isPostAttribution(text: string): boolean {
  // every attribution opens with a dash: most lines are left without the pattern
  const c = text.charCodeAt(0);
  return (c === 0x2014 || c === 0x2013 || c === 0x2d) && ATTRIBUTION.test(text);
}

/**
 * Takes in a post embedded right after the article (a tweet it quotes to close, which a scrape gives
 * as the post's text and an attribution line): the attribution scores as furniture and the post's
 * text, often a line without a sentence's end, as nothing, so the best run stopped before them.
 * @param lines the non-empty lines
 * @param last the body's last line
 * @returns the attribution's line when one stands within MAX_AFTER lines after `last`, else `last`
 */
export function embeddedPostEnd(lines: readonly BodyBlock[], last: number): number {
  for (let j = last + 1; j <= last + MAX_AFTER && j < lines.length; j++)
    if (isPostAttribution((lines[j] as BodyBlock).text)) return j;
  return last;
}
