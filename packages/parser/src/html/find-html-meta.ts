import type { Element, Root, RootContent } from 'hast';
import type { FoundMeta } from '../extraction.js';

/**
 * Reads a page's metadata: JSON-LD (NewsArticle and kin), Open Graph, meta tags, `<time>`, `<title>`,
 * `<h1>`, `<html lang>`, canonical link.
 * @param tree the hast tree
 * @returns what the page states, plus `articleBody` when JSON-LD carries it
 */
export function findHtmlMeta(tree: Root): FoundMeta & { articleBody?: string } {
  const meta: Record<string, string> = {};
  const ld: Record<string, unknown>[] = [];
  let title: string | undefined;
  let h1: string | undefined;
  let lang: string | undefined;
  let time: string | undefined;
  let canonical: string | undefined;
  let byline: string | undefined;
  const stack: (Root | RootContent)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Root | RootContent;
    if (node.type === 'element') {
      const el = node as Element;
      const p = el.properties;
      if (el.tagName === 'html' && typeof p.lang === 'string') lang = p.lang;
      if (el.tagName === 'title' && title === undefined) title = textOf(el);
      if (el.tagName === 'h1' && h1 === undefined) h1 = textOf(el);
      if (el.tagName === 'meta') {
        const key = String(p.property ?? p.name ?? p.itemProp ?? '').toLowerCase();
        const content = String(p.content ?? '').trim();
        if (key && content && meta[key] === undefined) meta[key] = content;
      }
      if (el.tagName === 'link' && String(p.rel ?? '').includes('canonical'))
        canonical = String(p.href ?? '');
      if (el.tagName === 'time' && time === undefined && p.dateTime) time = String(p.dateTime);
      if (el.tagName === 'script' && String(p.type ?? '') === 'application/ld+json') {
        try {
          collectLd(JSON.parse(textOf(el)), ld);
        } catch {
          // invalid JSON-LD is common on the web; ignore it
        }
      }
      const cls = `${Array.isArray(p.className) ? p.className.join(' ') : ''} ${String(p.rel ?? '')} ${String(p.itemProp ?? '')}`;
      if (
        byline === undefined &&
        /\b(byline|author)\b/i.test(cls) &&
        el.tagName !== 'meta' &&
        el.tagName !== 'link'
      ) {
        const t = textOf(el);
        if (t.length > 2 && t.length < 100) byline = t;
      }
      if (el.tagName === 'script' || el.tagName === 'style') continue;
    }
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
  }
  const article =
    ld.find((o) => /Article|Posting|Report|BlogPosting/.test(String(o['@type']))) ?? ld[0] ?? {};
  const ldAuthor = names(article.author);
  const ldPublisher = names(article.publisher)[0];
  const out: FoundMeta & { articleBody?: string } = {};
  const set = <K extends keyof FoundMeta>(k: K, v: FoundMeta[K] | undefined) => {
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  set(
    'title',
    clean(
      str(article.headline) ??
        meta['og:title'] ??
        meta['twitter:title'] ??
        stripSite(title, meta['og:site_name']) ??
        h1,
    ),
  );
  const authors = ldAuthor.length
    ? ldAuthor
    : splitAuthors(meta.author ?? meta['article:author'] ?? meta['dc.creator'] ?? byline);
  set(
    'authors',
    authors.filter((a) => !/^https?:/.test(a)),
  );
  set(
    'published',
    dateOf(
      str(article.datePublished) ??
        meta['article:published_time'] ??
        meta['date'] ??
        meta['pubdate'] ??
        meta['dc.date'] ??
        meta['publishdate'] ??
        meta['sailthru.date'] ??
        time,
    ),
  );
  set('outlet', clean(meta['og:site_name'] ?? ldPublisher ?? meta['application-name']));
  set('section', meta['article:section'] ?? str(article.articleSection));
  const tags =
    meta['article:tag'] ??
    meta.keywords ??
    (Array.isArray(article.keywords) ? article.keywords.join(',') : str(article.keywords));
  if (tags)
    set(
      'tags',
      tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean)
        .slice(0, 20),
    );
  set('language', lang ?? meta['og:locale']?.replace('_', '-'));
  set('url', canonical || meta['og:url']);
  set('subtitle', meta['og:description'] ?? meta.description);
  const body = str(article.articleBody);
  if (body && body.length > 200) out.articleBody = body;
  return out;
}

function collectLd(data: unknown, out: Record<string, unknown>[]): void {
  if (Array.isArray(data)) for (const d of data) collectLd(d, out);
  else if (data && typeof data === 'object') {
    const o = data as Record<string, unknown>;
    out.push(o);
    if (Array.isArray(o['@graph'])) collectLd(o['@graph'], out);
  }
}

function names(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string')
    return [(v as { name: string }).name];
  return [];
}

function splitAuthors(v: string | undefined): string[] {
  if (!v) return [];
  return v
    .replace(/^\s*by\s+/i, '')
    .split(/\s*(?:,|\band\b|&)\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 1 && s.length < 60);
}

function stripSite(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return undefined;
  const parts = title.split(/\s+[|–—-]\s+|\s+[:»]\s+/);
  if (parts.length < 2) return title;
  const keep = parts.filter((p) => !site || p.trim().toLowerCase() !== site.toLowerCase());
  return keep.sort((a, b) => b.length - a.length)[0] ?? title;
}

function dateOf(v: string | undefined): string | undefined {
  const m = v ? /(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
  return m ? m[0] : undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const clean = (v: string | undefined) => v?.replace(/\s+/g, ' ').trim();

function textOf(el: Element): string {
  let out = '';
  const stack: RootContent[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop() as RootContent;
    if (n.type === 'text') out += n.value;
    else if ('children' in n)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as RootContent);
  }
  return out.replace(/\s+/g, ' ').trim();
}
