import type { Element, Root, RootContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import type { FoundMeta } from '../extraction.js';

/** What a page states about its article, plus the JSON-LD `articleBody` and where its script starts. */
export type HtmlMeta = FoundMeta & { articleBody?: string; articleBodyAt?: BodyPoint };

/** A place in the file: 1-based line and column, 0-based offset. */
export interface BodyPoint {
  line: number;
  column: number;
  offset: number;
}

/**
 * Reads a page's metadata: JSON-LD (NewsArticle and kin), Open Graph, meta tags, `<time>`, `<title>`,
 * `<h1>`, `<html lang>`, canonical link.
 * @param tree the hast tree
 * @returns what the page states, plus `articleBody` when JSON-LD carries it
 */
export function findHtmlMeta(tree: Root): HtmlMeta {
  const meta: Record<string, string> = {};
  const named: Record<string, string> = {}; // from name= and itemprop=, which property= overrides
  const ld: Record<string, unknown>[] = [];
  const ldAt = new Map<Record<string, unknown>, BodyPoint>();
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
        const content = String(p.content ?? '').trim();
        // a property may name several keys ("dc:creator og:author"); "dc.creator" is "dc:creator"
        const into = p.property === undefined ? named : meta;
        for (const key of metaKeys(p.property ?? p.name ?? p.itemProp))
          if (content && into[key] === undefined) into[key] = content;
      }
      if (el.tagName === 'link' && String(p.rel ?? '').includes('canonical'))
        canonical = String(p.href ?? '');
      if (el.tagName === 'time' && time === undefined && p.dateTime) time = String(p.dateTime);
      if (el.tagName === 'script' && String(p.type ?? '') === 'application/ld+json') {
        try {
          const before = ld.length;
          collectLd(JSON.parse(stripCdata(textOf(el))), ld);
          const at = el.position?.start;
          if (at)
            for (const o of ld.slice(before))
              ldAt.set(o, { line: at.line, column: at.column, offset: at.offset ?? 0 });
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
  for (const [key, value] of Object.entries(named)) meta[key] ??= value;
  const article =
    ld.find((o) => /Article|Posting|Report|BlogPosting/.test(String(o['@type']))) ?? ld[0] ?? {};
  const ldAuthor = names(article.author);
  const ldPublisher = names(article.publisher)[0];
  const out: HtmlMeta = {};
  const set = <K extends keyof FoundMeta>(k: K, v: FoundMeta[K] | undefined) => {
    if (v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)) out[k] = v;
  };
  const statedTitle =
    ldTitle(article, title) ??
    meta['dc:title'] ??
    meta['dcterm:title'] ??
    meta['og:title'] ??
    meta['twitter:title'] ??
    meta['parsely-title'];
  const sites = [
    meta['og:site_name'],
    ldPublisher,
    meta['application-name'],
    hostLabel(canonical || meta['og:url']),
  ];
  set('title', clean(withoutSite(statedTitle ?? stripSite(title, meta['og:site_name']) ?? h1, h1, sites)));
  const creator =
    meta['dc:creator'] ??
    meta['dcterm:creator'] ??
    meta.author ??
    meta['parsely-author'] ??
    (meta['article:author'] && !/^https?:/.test(meta['article:author']) ? meta['article:author'] : undefined);
  const authors = ldAuthor.length
    ? ldAuthor
    : creator
      ? splitAuthors(creator)
      : splitAuthors(byline && cleanByline(byline)).filter(looksLikeName);
  set(
    'authors',
    authors.filter((a) => !/^https?:/.test(a)),
  );
  // the first that reads as a date: a stated key whose value is no date ("Date: Friday") does not hide
  // the next; the dates of creation and of the last change come after every date of publication
  const dated = (key: string) => ld.map((o) => str(o[key]));
  set(
    'published',
    firstDate([
      str(article.datePublished),
      ...dated('datePublished'),
      meta['article:published_time'],
      meta['og:article:published_time'],
      meta['parsely-pub-date'],
      meta.datepublished,
      meta.date,
      meta.pubdate,
      meta['dc:date'],
      meta['dc:date.issued'],
      meta['dcterm:issued'],
      meta['dcterm:date'],
      meta.publishdate,
      meta['publish-date'],
      meta.publication_date,
      meta.citation_publication_date,
      meta['sailthru.date'],
      time,
      ...dated('dateCreated'),
      meta.datecreated,
      meta['dcterm:created'],
      ...dated('dateModified'),
      meta['article:modified_time'],
      meta['og:updated_time'],
      meta.datemodified,
    ]),
  );
  // the publisher a page declares in JSON-LD is its name; og:site_name often adds a tagline or domain
  set('outlet', clean(ldPublisher ?? meta['og:site_name'] ?? meta['application-name']));
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
  const bodyAt = ldAt.get(article);
  if (body && body.length > 200 && bodyAt) {
    out.articleBody = body;
    out.articleBodyAt = bodyAt;
  }
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

/** The keys a meta element's property, name or itemprop stands for, lower-cased and normalised. */
function metaKeys(v: unknown): string[] {
  return String(v ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((k) => k.replace(/^(dc|dcterms?)[.:]/, (_, ns: string) => `${ns === 'dc' ? 'dc' : 'dcterm'}:`));
}

/** JSON-LD in XHTML-era pages is often wrapped in a CDATA section, sometimes behind `//`. */
const stripCdata = (s: string) => s.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$/g, '');

/**
 * Cuts what follows the name in a byline element: a date or time, "@handle", or anything after a
 * " - ", " | " or " • " separator ("Dan Goodin - Apr 16, 2015", "James Akinaka • 8h"), a leading
 * "By" in a few languages, and lower-case words left before a date.
 */
function cleanByline(text: string): string {
  const name = (
    text.split(
      /\s+[-|•·–—]\s+|\s@|\s(?=\S*\d)|\s(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d)/u,
    )[0] ?? ''
  )
    .replace(/^\s*(?:by|par|por|von|di|door|av|af)\s+/iu, '')
    .trim();
  return name.replace(/(?:\s+\p{Ll}\S*)+$/u, ''); // "Aleš Vávra před" (2 hodinami)
}

/** A person's name: one to five words, each capitalised or a particle (de, van, al-, ...), no digits. */
function looksLikeName(s: string): boolean {
  const words = s.replace(/^\s*(?:by|par|von|por|di|door)\s+/i, '').split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 5 &&
    words.every(
      (w) => /^\p{Lu}/u.test(w) || /^(?:de|da|del|der|den|van|von|la|le|al-\S+|bin|ibn|y)$/u.test(w),
    )
  );
}

/**
 * The title JSON-LD gives: its headline, or its name when the two differ and only the name opens the
 * page's <title> (some sites put a description in the headline, others the site's name in the name).
 */
function ldTitle(article: Record<string, unknown>, title: string | undefined): string | undefined {
  const [headline, name] = [str(article.headline), str(article.name)];
  const leads = (s: string | undefined) =>
    s !== undefined && !!title?.toLowerCase().startsWith(s.toLowerCase());
  return headline && name && headline !== name && leads(name) && !leads(headline) ? name : headline;
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

/** What parts a page's title: a bar, a dash, a guillemet, a bullet or a colon with spaces around it. */
const TITLE_PARTS = /\s+(?:[|–—»«·•]|-|::?)\s+/;

/**
 * A title without the site's name the page adds to it ("Plejaden, M45 - Abenteuer Astronomie",
 * "Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de"): the page's headline (its `<h1>`) when the
 * title's first part is it, else the title less a first or last part that names the site (its stated
 * name, its publisher, or its host's name).
 * @param title the title the page states
 * @param h1 the page's first `<h1>`
 * @param sites what the page calls itself
 */
function withoutSite(
  title: string | undefined,
  h1: string | undefined,
  sites: readonly (string | undefined)[],
): string | undefined {
  if (!title) return title;
  const parts = title.split(TITLE_PARTS);
  if (parts.length < 2) return title;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const head = h1 ? key(h1) : '';
  // the headline opens the title; a heading that ends it is the site's own (a blog's name in its <h1>)
  if (head.length >= 8 && key(parts[0] as string) === head) return h1;
  const names = sites
    .filter((s): s is string => !!s)
    .map(key)
    .filter((s) => s.length >= 4);
  // a part of three words at most that holds the site's name ("Rezept von Backen.de"), or a piece of
  // it; a longer part that names it is a headline about the site ("How we designed Dropbox's ATF")
  const isSite = (part: string) => {
    const k = key(part);
    const short = part.trim().split(/\s+/).length <= 3;
    return (
      k.length > 0 &&
      names.some((n) => k === n || (short && k.includes(n)) || (k.length >= 4 && n.includes(k)))
    );
  };
  let from = 0;
  let to = parts.length;
  if (isSite(parts[to - 1] as string)) to--;
  else if (isSite(parts[0] as string)) from++;
  if (to - from === parts.length || to - from < 1) return title;
  // the kept parts, with the separators between them as the title wrote them
  let at = 0;
  const pieces: string[] = [];
  for (const p of parts) {
    const i = title.indexOf(p, at);
    pieces.push(title.slice(at, i), p);
    at = i + p.length;
  }
  // pieces: [sep0, part0, sep1, part1, ...]: keep part `from` to part `to - 1` with the separators between
  return pieces
    .slice(2 * from + 1, 2 * to)
    .join('')
    .trim();
}

/** The main label of a URL's host ("backen" for https://www.backen.de/rezepte/…). */
function hostLabel(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
    return labels.length >= 2 ? labels.at(-2) : labels[0];
  } catch {
    return undefined;
  }
}

function dateOf(v: string | undefined): string | undefined {
  const m = v ? /(\d{4})-(\d{2})-(\d{2})/.exec(v) : null;
  return m ? m[0] : undefined;
}

/** The first of some stated values that holds an ISO date, as `YYYY-MM-DD`. */
function firstDate(values: readonly (string | undefined)[]): string | undefined {
  for (const v of values) {
    const d = dateOf(v);
    if (d) return d;
  }
  return undefined;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const clean = (v: string | undefined) => v?.replace(/\s+/g, ' ').trim();

function textOf(el: Element): string {
  return hastToString(el).replace(/\s+/g, ' ').trim();
}
