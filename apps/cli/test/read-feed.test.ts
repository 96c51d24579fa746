import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../src/fetch/canonical-url.js';
import { refusedRange } from '../src/fetch/guard-address.js';
import { readFeed } from '../src/fetch/read-feed.js';
import { readSitemap } from '../src/fetch/read-sitemap.js';

const base = 'https://news.example.org/feeds/world';
const buf = (s: string) => Buffer.from(s);

describe('readFeed', () => {
  it('reads the item links of RSS 2.0, RSS 1.0, Atom and JSON Feed, resolved and once each', () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
      <item><title>a</title><link>/a.html</link></item>
      <item><title>guid only</title><guid isPermaLink="true">https://news.example.org/b.html</guid></item>
      <item><title>again</title><link>https://news.example.org/a.html</link></item>
      <item><title>mail</title><link>mailto:x@example.org</link></item></channel></rss>`;
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
      <channel rdf:about="https://news.example.org/"><title>t</title><link>https://news.example.org/</link></channel>
      <item rdf:about="https://news.example.org/c.html"><title>c</title><link>https://news.example.org/c.html</link></item></rdf:RDF>`;
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>x</id><updated>2024-01-01T00:00:00Z</updated>
      <entry><title>d</title><id>1</id><updated>2024-01-01T00:00:00Z</updated>
        <link rel="self" href="https://news.example.org/api/d"/><link rel="alternate" href="https://news.example.org/d.html"/></entry></feed>`;
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 't',
      items: [
        { id: '1', url: 'https://news.example.org/e.html' },
        { id: '2', external_url: 'https://other.example.com/f' },
      ],
    });
    expect(readFeed(buf(rss), base)).toEqual([
      'https://news.example.org/a.html',
      'https://news.example.org/b.html',
    ]);
    expect(readFeed(buf(rdf), base)).toEqual(['https://news.example.org/c.html']);
    expect(readFeed(buf(atom), base)).toEqual(['https://news.example.org/d.html']);
    expect(readFeed(buf(json), base)).toEqual([
      'https://news.example.org/e.html',
      'https://other.example.com/f',
    ]);
  });

  it('says when a body is not a feed', () => {
    expect(() => readFeed(buf('<html><body>hello</body></html>'), base)).toThrowErrorMatchingInlineSnapshot(
      `[DetectError: Unrecognized feed format]`,
    );
  });
});

describe('readSitemap', () => {
  it('lists a news sitemap newest first, and the sitemaps of an index', () => {
    const map = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://news.example.org/old.html</loc><news:news><news:publication_date>2024-04-01</news:publication_date></news:news></url>
      <url><loc>https://news.example.org/new.html</loc><news:news><news:publication_date>2024-04-20</news:publication_date></news:news></url></urlset>`;
    expect(readSitemap(buf(map), base)).toEqual({
      urls: ['https://news.example.org/new.html', 'https://news.example.org/old.html'],
      index: false,
    });
    const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://news.example.org/s1.xml</loc></sitemap></sitemapindex>`;
    expect(readSitemap(buf(index), base)).toEqual({ urls: ['https://news.example.org/s1.xml'], index: true });
    expect(() => readSitemap(buf('<urlset><url>'), base)).toThrowErrorMatchingInlineSnapshot(
      `[Error: not well-formed XML (Invalid '[ "urlset", "url"]' found., line 1)]`,
    );
  });
});

describe('canonicalUrl', () => {
  it('drops tracking parameters and the fragment, sorts the query, keeps what names the page', () => {
    expect(canonicalUrl('https://News.Example.org/a.html?utm_source=rss&id=7&fbclid=x&b=2#top')).toBe(
      'https://news.example.org/a.html?b=2&id=7',
    );
    expect(canonicalUrl('https://news.example.org/section/')).toBe('https://news.example.org/section');
  });
});

describe('refusedRange', () => {
  it('refuses private, loopback and link-local addresses unless a range allows them', () => {
    expect(refusedRange('10.1.2.3', [])).toBe('private');
    expect(refusedRange('169.254.169.254', [])).toBe('linkLocal');
    expect(refusedRange('127.0.0.1', [])).toBe('loopback');
    expect(refusedRange('::ffff:192.168.0.1', [])).toBe('private');
    expect(refusedRange('fd00::1', [])).toBe('uniqueLocal');
    expect(refusedRange('127.0.0.1', ['127.0.0.0/8'])).toBeNull();
    expect(refusedRange('10.1.2.3', ['127.0.0.0/8'])).toBe('private');
    expect(refusedRange('93.184.216.34', [])).toBeNull();
  });
});
