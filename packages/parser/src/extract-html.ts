import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Extraction } from './extraction.js';
import { collectBlocks, type HtmlBlock } from './html/collect-blocks.js';

const CONTENT_HINT = /(^|[\s_-])(article|content|body|post|story|entry|text|prose)([\s_-]|$)/;

import { findHtmlMeta } from './html/find-html-meta.js';
import { classifyLines, selectBody } from './text/select-body.js';

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
  const blocks = collectBlocks(tree);
  const kinds = classifyLines(blocks).map((k, i) => {
    const b = blocks[i];
    return b && b.linkChars > b.text.length * 0.5 ? 'short' : k;
  });
  const region = selectBody(blocks, kinds);
  let keep = region?.keep ?? [];
  // the container most of the kept text sits in holds the article: its lists, tables and short
  // paragraphs belong to it too
  const counts = new Map<string, number>();
  for (const i of keep) {
    const b = blocks[i] as HtmlBlock;
    counts.set(b.context, (counts.get(b.context) ?? 0) + b.text.length);
  }
  const container = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (container && CONTENT_HINT.test(container)) {
    const inside = new Set(keep);
    blocks.forEach((b, i) => {
      if (
        b.context.startsWith(container) &&
        b.linkChars <= b.text.length * 0.5 &&
        b.text.split(' ').length >= 2
      )
        inside.add(i);
    });
    keep = [...inside].sort((a, b) => a - b);
  }
  let body = keep.map((i) => blocks[i]).filter((b) => b !== undefined);
  // a page with no paragraph of prose (a short note, a list) keeps whatever text is not links
  if (body.length === 0)
    body = blocks.filter((b) => b.linkChars <= b.text.length * 0.5 && b.text.split(' ').length >= 3);
  return {
    blocks: body.map(({ text, line, column, offset }) => ({ text, line, column, offset })),
    meta,
  };
}
