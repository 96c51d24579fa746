import type { Element, Root } from 'hast';

/**
 * The host of a link, lower-cased and without `www.`, or null for a link that names no host: relative,
 * a fragment, a mail or script link, or one that does not parse.
 * @param href the link's `href`
 * @returns the host, or null
 */
export function hostOf(href: string): string | null {
  if (!/^(https?:)?\/\//i.test(href.trim())) return null;
  try {
    return new URL(href.trim(), 'https://page.invalid/').hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The host of the site a saved page belongs to, read from its `<head>`: the canonical link, else
 * `og:url` (what a browser saving the page keeps of its address). Reads only the head's own children.
 * @param tree the page's tree
 * @returns the host without `www.`, or null when the head names none
 */
export function findSite(tree: Root): string | null {
  const html = tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
  const head = html?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'head');
  let og: string | null = null;
  for (const n of head?.children ?? []) {
    if (n.type !== 'element') continue;
    const p = n.properties;
    if (n.tagName === 'link' && String(p.rel ?? '').includes('canonical')) {
      const host = hostOf(String(p.href ?? ''));
      if (host) return host;
    }
    if (n.tagName === 'meta' && String(p.property ?? '') === 'og:url' && og === null)
      og = hostOf(String(p.content ?? ''));
  }
  return og;
}
