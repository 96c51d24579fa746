import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import { unified } from 'unified';
import type { BodyBlock, Extraction, FoundMeta } from './extraction.js';

/**
 * Finds the article in a saved HTML page: hast through rehype-parse, metadata from the head,
 * body blocks through rehype-remark.
 * @param source the decoded page
 * @param _file the path, for messages
 * @returns body blocks, metadata and findings
 */
export function extractHtml(source: string, _file: string): Extraction {
  const hast = unified().use(rehypeParse).parse(source) as HastRoot;
  const mdast = unified().use(rehypeRemark).runSync(hast) as unknown as MdastRoot;
  const blocks: BodyBlock[] = [];
  for (const node of mdast.children) {
    const text = mdastToString(node).replace(/\s+/g, ' ').trim();
    if (text.split(' ').length < 12) continue;
    const start = node.position?.start;
    blocks.push({ text, line: start?.line ?? 1, column: start?.column ?? 1, offset: start?.offset ?? 0 });
  }
  return { blocks, meta: htmlMeta(hast), diagnostics: [] };
}

function htmlMeta(hast: HastRoot): FoundMeta {
  const meta: FoundMeta = {};
  const visit = (node: HastRoot | HastRoot['children'][number]): void => {
    if (node.type === 'element') {
      const p = node.properties;
      if (node.tagName === 'title' && meta.title === undefined)
        meta.title = node.children
          .map((c) => ('value' in c ? c.value : ''))
          .join('')
          .trim();
      if (node.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? '');
        const content = String(p.content ?? '');
        if (key === 'og:title') meta.title = content;
        if (key === 'og:site_name') meta.outlet = content;
        if (key === 'author') meta.authors = [content];
        if (key === 'article:published_time') meta.published = content.slice(0, 10);
      }
      if (node.tagName === 'html' && typeof p.lang === 'string') meta.language = p.lang;
    }
    if ('children' in node) for (const c of node.children) visit(c as HastRoot['children'][number]);
  };
  visit(hast);
  return meta;
}
