import type { Root, RootContent } from 'hast';
import { keyOf } from '../byline-furniture.js';

/** Elements whose text a reader never sees on the page: the head, scripts, styles, templates. */
const UNSHOWN = new Set(['head', 'script', 'style', 'noscript', 'template']);

/**
 * The text a page shows, as one key (`keyOf`: letters and digits alone, lower case, without accents),
 * so that a name is found however it is spaced, cased or hyphenated there ("JANA ROE", "Jana-Roe").
 * Text in hidden elements counts: a byline a menu folds away is still the page's.
 * @param tree the page's tree
 * @returns the key of every text node outside the head, scripts, styles and templates
 */
export function shownTextOf(tree: Root): string {
  const parts: string[] = [];
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent;
    if (node.type === 'text') parts.push(node.value);
    if (node.type === 'element' && UNSHOWN.has(node.tagName)) continue;
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  return keyOf(parts.join(' '));
}

/**
 * Whether a page shows a name in its text. A writer only a meta tag or JSON-LD states, whom the page
 * never shows (a site's owner in every page's `author` tag, a nickname or a handle on a page with no
 * byline), is likely no byline's: on trafilatura-eval HTML half A no page whose writer was found rightly
 * failed this test, and 20 pages that named a writer wrongly did (13 of them "no author" pages).
 * `eval:authors` HTML, F1 / given on "none": half A 0.649 / 0.241 → 0.691 / 0.151, half B 0.623 / 0.224 →
 * 0.633 / 0.177, B's recall 0.578 → 0.568 (one page whose four co-writers it shows nowhere); it costs
 * readability-pages' byline 0.800 → 0.627 (Readability's expected byline is its reading of the meta tags).
 * A page that shows no text at all (its article drawn by a script) cannot say: every name passes.
 * @param name a writer's name
 * @param shown the page's shown text, `shownTextOf`
 */
export function isShown(name: string, shown: string): boolean {
  const key = keyOf(name);
  return shown === '' || key === '' || shown.includes(key);
}
