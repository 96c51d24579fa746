import { decodeHTMLStrict } from 'entities';
import type { BodyBlock } from '../extraction.js';
import { composedText } from './composed-text.js';
import type { BodyPoint } from './find-html-meta.js';

/** Markup written with its angle brackets escaped (`&lt;p class=&quot;text&quot;&gt;`). */
const ESCAPED_TAG = /&lt;\/?[a-z]/i;
/** A tag that ends a paragraph of the body (a new block starts after it). */
const BLOCK_TAG = /<\/?(?:p|br|div|h\d|li)\b[^>]*>/gi;
/** Any other tag, read as a space. */
const TAG = /<[^>]+>/g;

/**
 * Splits a JSON-LD `articleBody` into the body's blocks, as the text it holds: markup is read as
 * markup (a paragraph's tag ends a block, other tags are spaces), also when the page escaped it
 * (`&lt;p&gt;`, its entities then escaped twice, `&amp;ccedil;`), and character references are
 * decoded (only those closed by `;`, so that "AT&T" or "&notice" stay as written).
 * @param body the `articleBody` string as the page's JSON-LD states it
 * @param at where the JSON-LD script starts, given to every block
 * @returns the blocks, each one paragraph in NFC, empty ones left out
 */
export function ldBlocks(body: string, at: BodyPoint): BodyBlock[] {
  const markup = ESCAPED_TAG.test(body) ? decodeHTMLStrict(body) : body;
  return markup
    .replace(BLOCK_TAG, '\n')
    .replace(TAG, ' ')
    .split(/\n+/)
    .map((t) => composedText(decodeHTMLStrict(t).replace(/\s+/g, ' ').trim()))
    .filter(Boolean)
    .map((text) => ({ text, ...at }));
}
