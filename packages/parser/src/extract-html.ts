import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { BodyBlock, Extraction } from './extraction.js';
import { collectBlocks, type HtmlBlock } from './html/collect-blocks.js';
import { findContainer, isInside, namesContent } from './html/find-container.js';

import { type BodyPoint, findHtmlMeta } from './html/find-html-meta.js';
import { reportDropped } from './report-dropped.js';
import { classifyLines } from './text/classify-lines.js';
import { selectBody } from './text/select-body.js';

const BYLINE = /(^|[\s_-])(byline|author|dateline|timestamp|date|meta)([\s_-]|$)/;

/**
 * Finds the article in a saved HTML page: rehype-parse builds the tree (with positions), page
 * furniture is dropped by element and class, and the text blocks are judged like a text scrape's
 * lines, with link-heavy blocks counted as furniture. Metadata comes from JSON-LD, Open Graph, meta
 * tags and `<time>`.
 * When the page's JSON-LD carries an `articleBody` much longer than the body found in the markup (a page
 * that fills its body by script, or hides it), that text is the body, placed at its script.
 * @param source the decoded page
 * @param file the file being parsed, which gets the findings (what was dropped, as for text scrapes)
 * @returns body blocks and metadata
 */
export function extractHtml(source: string, file: VFile): Extraction {
  const tree = unified().use(rehypeParse).parse(source) as Root;
  const { articleBody, articleBodyAt, ...meta } = findHtmlMeta(tree);
  const page = collectBlocks(tree);
  const { blocks } = page;
  const kinds = classifyLines(blocks).map((k, i) => {
    const b = blocks[i];
    return b && b.linkChars > b.text.length * 0.5 ? 'short' : k;
  });
  const region = selectBody(blocks, kinds);
  let keep = region?.keep ?? [];
  // the element most of the kept text sits in holds the article: its lists, tables and short
  // paragraphs belong to it too, when it is named as content or holds little else
  const container = findContainer(page, keep);
  if (container >= 0) {
    const prose = (b: HtmlBlock) =>
      b.linkChars <= b.text.length * 0.5 &&
      b.text.split(' ').length >= 2 &&
      !BYLINE.test(page.names[b.element] ?? ''); // the byline and date line are metadata
    const inside = blocks.flatMap((b, i) => (isInside(page, b.element, container) && prose(b) ? [i] : []));
    const kept = keep.reduce((n, i) => n + (blocks[i]?.text.length ?? 0), 0);
    const more = inside.reduce((n, i) => n + (blocks[i]?.text.length ?? 0), 0);
    if (namesContent(page, container) || more <= kept * 1.5)
      keep = [...new Set([...keep, ...inside])].sort((a, b) => a - b);
    // and what was selected outside it (at most a fifth) is a teaser, a bio or a notice beside it
    keep = keep.filter((i) => isInside(page, (blocks[i] as HtmlBlock).element, container));
  }
  // the headline is the title, not part of the body
  const title = meta.title?.toLowerCase();
  let body = keep
    .map((i) => blocks[i])
    .filter((b): b is HtmlBlock => b !== undefined && !(b.heading && b.text.toLowerCase() === title));
  // a page with no paragraph of prose (a short note, a list) keeps whatever text is not links
  if (body.length === 0)
    body = blocks.filter((b) => b.linkChars <= b.text.length * 0.5 && b.text.split(' ').length >= 3);
  const found = body.map(({ text, line, column, offset }) => ({ text, line, column, offset }));
  const foundChars = found.reduce((n, b) => n + b.text.length, 0);
  if (articleBody && articleBodyAt && foundChars < articleBody.length * LD_BODY_SHARE)
    return { blocks: ldBlocks(articleBody, articleBodyAt), meta };
  const index = new Map(blocks.map((b, i) => [b, i]));
  reportDropped(blocks, new Set(body.map((b) => index.get(b) as number)), found, file);
  return { blocks: found, meta };
}

/**
 * The markup's body must hold at least this share of the JSON-LD `articleBody`'s characters, else the
 * latter is taken. Measured on zyte-dev and trafilatura-eval HTML: below half, the markup had lost the
 * article (hidden or script-filled body); above it, the two hold the same text.
 */
const LD_BODY_SHARE = 0.5;

/** Splits a JSON-LD `articleBody` into paragraphs (at line breaks; markup inside it is dropped). */
function ldBlocks(body: string, at: BodyPoint): BodyBlock[] {
  return body
    .replace(/<\/?(?:p|br|div|h\d|li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .split(/\n+/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((text) => ({ text, ...at }));
}
