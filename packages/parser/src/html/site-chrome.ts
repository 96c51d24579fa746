import type { Element, Root, RootContent } from 'hast';
import { classAnd } from './class-names.js';

/** Elements that hold an article or the page's main content: a header or footer inside them is theirs. */
const CONTENT = new Set(['article', 'main']);
/** Tags of the site's own furniture when they stand outside the article: its header, menus and footer. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer']);
/** Class or id words of the site's footer ("site-footer", "colophon"); `findHtmlMeta` reads them too. */
export const SITE_FOOTER_WORDS = /(?:^|\s)(?:footer|site-footer|page-footer|colophon|site-info)(?:\s|$)/i;
/** Class or id words of the site's header ("site-header", "masthead"). */
const SITE_HEADER_WORDS = /(?:^|\s)(?:header|site-header|page-header|masthead)(?:\s|$)/i;

/**
 * The elements of a page that are the site's furniture rather than its article: a `<header>`, `<nav>`
 * or `<footer>` outside any `<article>` or `<main>`, and an element whose class or id names the site's
 * header or footer ("masthead", "site-footer", "colophon") there. What they show (the site's name in
 * the logo, the owner in the copyright line, the menu) stands on every page of the site.
 * @param tree the page's tree
 * @returns the outermost such elements
 */
export function siteChromeOf(tree: Root): Set<Element> {
  const chrome = new Set<Element>();
  const stack: [Root | RootContent, boolean][] = [[tree, false]];
  while (stack.length > 0) {
    const [node, inContent] = stack.pop() as [Root | RootContent, boolean];
    if (!('children' in node)) continue;
    let within = inContent;
    if (node.type === 'element') {
      const words = classAnd(node);
      if (
        !inContent &&
        (CHROME_TAGS.has(node.tagName) || SITE_HEADER_WORDS.test(words) || SITE_FOOTER_WORDS.test(words))
      ) {
        chrome.add(node);
        continue;
      }
      within ||= CONTENT.has(node.tagName);
    }
    for (const child of node.children) stack.push([child, within]);
  }
  return chrome;
}
