import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { unique } from './read-feed.js';

/**
 * The page URLs of a (news) sitemap, newest first when the news publication dates say, else in
 * document order. A sitemap index gives the URLs of its sitemaps instead (`index: true`).
 * @param body the sitemap's bytes
 * @param base the sitemap's URL
 * @returns the URLs and whether they are sitemaps
 * @throws {Error} when the body is not a sitemap
 */
export function readSitemap(body: Buffer, base: string): { urls: string[]; index: boolean } {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new Error(`not well-formed XML (${valid.err.msg.replace(/\s+/g, ' ')}, line ${valid.err.line})`);
  const doc = new XMLParser({
    removeNSPrefix: true,
    isArray: (name) => name === 'url' || name === 'sitemap',
  }).parse(text) as {
    urlset?: { url?: { loc?: string; news?: { publication_date?: string } }[] };
    sitemapindex?: { sitemap?: { loc?: string }[] };
  };
  if (doc.sitemapindex)
    return {
      urls: unique(
        (doc.sitemapindex.sitemap ?? []).map((s) => s.loc),
        base,
      ),
      index: true,
    };
  if (!doc.urlset) throw new Error('not a sitemap (no <urlset> or <sitemapindex>)');
  const entries = (doc.urlset.url ?? []).map((u, i) => ({
    loc: u.loc,
    date: String(u.news?.publication_date ?? ''),
    i,
  }));
  entries.sort((a, b) => (a.date === b.date ? a.i - b.i : a.date < b.date ? 1 : -1));
  return {
    urls: unique(
      entries.map((e) => e.loc),
      base,
    ),
    index: false,
  };
}
