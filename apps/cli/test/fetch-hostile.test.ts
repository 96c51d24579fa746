import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempWorkspace } from './helpers.js';
import { articlePage, briefAsync, gzipBomb, paragraphsOf, rssFeed, serveForFile } from './web-server.js';

const server = serveForFile();
let dir: string;
let busyHits = 0;
let bigFeed = '';

beforeAll(() => {
  dir = tempWorkspace(false);
  const o = server.origin;
  const page = (file: string) => {
    const { title, paragraphs } = paragraphsOf(file);
    return { type: 'text/html; charset=utf-8', body: articlePage(title, '2024-04-20', paragraphs) };
  };
  server.routes.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' });
  server.routes.set('/a1.html', page('corpus/al-fassel-long-term-partnership.txt'));
  server.routes.set('/a2.html', page('corpus/us-vision-real-security-reform.txt'));
  server.routes.set('/a3.html', page('corpus/strategic-council-us-withdrawal-approach.txt'));
  server.routes.set('/private/secret.html', page('corpus/alwaght-nato-mission-boost.txt'));
  server.routes.set('/good.xml', {
    type: 'application/rss+xml',
    body: rssFeed([
      { title: 'a1', link: `${o}/a1.html?utm_source=feed` },
      { title: 'a2', link: `${o}/a2.html` },
      { title: 'secret', link: `${o}/private/secret.html` },
    ]),
  });
  // 10 MB of items
  const filler = Array.from({ length: 100_000 }, (_, i) => ({
    title: `item ${i} ${'x'.repeat(40)}`,
    link: `${o}/n${i}`,
  }));
  bigFeed = rssFeed(filler);
  server.routes.set('/big-feed.xml', { type: 'application/rss+xml', body: Buffer.from(bigFeed) });
  const bomb = gzipBomb(50_000_000);
  server.routes.set('/bomb.html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(bomb);
  });
  server.routes.set('/loop', (_req, res) => {
    res.writeHead(302, { location: '/loop' }).end();
  });
  server.routes.set('/hang', () => {
    // never answers
  });
  server.routes.set('/malformed.xml', {
    type: 'application/rss+xml',
    body: '<rss><channel><item><title>broken</rss',
  });
  server.routes.set('/image.html', {
    type: 'image/png',
    body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });
  server.routes.set('/busy.xml', (_req, res) => {
    busyHits++;
    if (busyHits === 1) {
      res.writeHead(429, { 'retry-after': '1' }).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': 'application/rss+xml' })
      .end(rssFeed([{ title: 'a3', link: `${o}/a3.html` }]));
  });
  server.routes.set('/always-busy.xml', (_req, res) => {
    res.writeHead(429, { 'retry-after': '3600' }).end();
  });
  server.routes.set('/news-sitemap.xml', {
    type: 'application/xml',
    body: `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>${o}/a2.html</loc></url></urlset>`,
  });
  server.routes.set('/private-feed.xml', {
    type: 'application/rss+xml',
    body: rssFeed([
      { title: 'ten', link: 'http://10.0.0.1/x.html' },
      { title: 'metadata', link: 'http://169.254.169.254/latest/meta-data/' },
      { title: 'a2 again', link: `${o}/a2.html` },
      { title: 'file', link: 'file:///etc/passwd' },
    ]),
  });
  const config = {
    out: 'out',
    fetch: {
      allow: ['127.0.0.0/8'],
      timeout: 2,
      maxBytes: 2_000_000,
      perHost: { interval: 0, concurrency: 4 },
    },
    briefs: [
      {
        id: 'web',
        formats: ['json'],
        sources: [
          { feed: `${o}/good.xml` },
          { feed: `${o}/big-feed.xml` },
          { url: `${o}/bomb.html` },
          { url: `${o}/loop` },
          { url: `${o}/hang` },
          { feed: `${o}/malformed.xml` },
          { url: `${o}/image.html` },
          { feed: `${o}/busy.xml` },
          { feed: `${o}/always-busy.xml` },
          { feed: `${o}/private-feed.xml` },
          { sitemap: `${o}/news-sitemap.xml` },
        ],
      },
    ],
  };
  fs.writeFileSync(path.join(dir, 'briefing.config.json'), JSON.stringify(config, null, 2));
});

describe('brief build with hostile web sources', () => {
  it('names each failing URL with its reason, keeps within its time limits and builds the rest', async () => {
    const r = await briefAsync(['build'], dir);
    const o = server.origin;
    const failures = r.stderr
      .split('\n')
      .filter((l) => l.endsWith('[fetch:fetch-failed]'))
      .map((l) => l.replaceAll(o, 'ORIGIN'))
      .sort();
    expect(failures).toEqual([
      'ORIGIN/always-busy.xml: error: HTTP 429, Retry-After 3600 s is longer than the 60 s limit [fetch:fetch-failed]',
      `ORIGIN/big-feed.xml: error: larger than the 2000000-byte limit (${Buffer.byteLength(bigFeed)} bytes) [fetch:fetch-failed]`,
      'ORIGIN/bomb.html: error: larger than the 2000000-byte limit once decompressed [fetch:fetch-failed]',
      'ORIGIN/hang: error: no complete answer within 2 s [fetch:fetch-failed]',
      'ORIGIN/image.html: error: not a web page (image/png) [fetch:fetch-failed]',
      'ORIGIN/loop: error: more than 5 redirects [fetch:fetch-failed]',
      'ORIGIN/malformed.xml: error: not a feed: Invalid feed format [fetch:fetch-failed]',
      'ORIGIN/private/secret.html: error: disallowed by robots.txt [fetch:fetch-failed]',
      "http://10.0.0.1/x.html: error: address 10.0.0.1 is a private address: refused (allow it in the config's fetch.allow) [fetch:fetch-failed]",
      "http://169.254.169.254/latest/meta-data/: error: address 169.254.169.254 is a link-local address: refused (allow it in the config's fetch.allow) [fetch:fetch-failed]",
    ]);
    expect(r.code).toBe(1);
    // the never-answering server costs its 2 s limit, the 429 its 1 s Retry-After: nothing hangs
    expect(r.ms).toBeLessThan(30_000);
    expect(busyHits).toBe(2);
    const briefing = JSON.parse(fs.readFileSync(path.join(dir, 'out/web.json'), 'utf8')) as {
      sources: { url: string | null; path: string }[];
    };
    // a1 reached with a tracking parameter, a2 through two feeds and a sitemap: three sources in all
    expect(briefing.sources.map((s) => s.url?.replace(o, 'ORIGIN')).sort()).toEqual([
      'ORIGIN/a1.html',
      'ORIGIN/a2.html',
      'ORIGIN/a3.html',
    ]);
    for (const s of briefing.sources) expect(s.path).toMatch(/^archive\/[0-9a-f]{32}\.html$/);
  });
});
