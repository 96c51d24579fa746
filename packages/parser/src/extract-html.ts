import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Extraction } from './extraction.js';
import { collectBlocks, type HtmlBlock } from './html/collect-blocks.js';
import { findContainer, isInside, namesContent } from './html/find-container.js';

import { findHtmlMeta } from './html/find-html-meta.js';
import { classifyLines, selectBody } from './text/select-body.js';

const BYLINE = /(^|[\s_-])(byline|author|dateline|timestamp|date|meta)([\s_-]|$)/;

/**
 * Finds the article in a saved HTML page: rehype-parse builds the tree (with positions), page
 * furniture is dropped by element and class, and the text blocks are judged like a text scrape's
 * lines, with link-heavy blocks counted as furniture. Metadata comes from JSON-LD, Open Graph, meta
 * tags and `<time>`.
 * @param source the decoded page
 * @param _file the file being parsed, which gets any findings
 * @returns body blocks and metadata
 */
export function extractHtml(source: string, _file: VFile): Extraction {
  const tree = unified().use(rehypeParse).parse(source) as Root;
  const { articleBody: _body, ...meta } = findHtmlMeta(tree);
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
  return {
    blocks: body.map(({ text, line, column, offset }) => ({ text, line, column, offset })),
    meta,
  };
}
