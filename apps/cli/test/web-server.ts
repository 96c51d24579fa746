import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll } from 'vitest';
import { briefBin, repoRoot, tempWorkspace } from './helpers.js';

/** One request the test server saw. */
export interface SeenRequest {
  path: string;
  ifNoneMatch?: string;
  ifModifiedSince?: string;
  status: number;
}

/** A route's answer: a body with a type, or a handler of its own. */
export type Route =
  | { type: string; body: string | Buffer; lastModified?: string }
  | ((req: http.IncomingMessage, res: http.ServerResponse) => void);

/**
 * A real HTTP server on 127.0.0.1 for the fetch tests: serves the routes it is given (ETag and
 * Last-Modified on each, answering 304 to a matching conditional request) and records every request.
 */
/** Each static route's ETag, hashed once: a 12 MB body hashed at every request slows a loaded machine. */
const etags = new WeakMap<object, string>();

function etagOf(route: { body: string | Buffer }): string {
  let etag = etags.get(route);
  if (etag === undefined) {
    etag = `"${createHash('sha256').update(route.body).digest('hex').slice(0, 16)}"`;
    etags.set(route, etag);
  }
  return etag;
}

export class TestServer {
  readonly routes = new Map<string, Route>();
  readonly seen: SeenRequest[] = [];
  readonly #server: http.Server;
  readonly #sockets = new Set<import('node:net').Socket>();
  origin = '';

  constructor() {
    this.#server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const route = this.routes.get(url.pathname);
      const record = (status: number) =>
        this.seen.push({
          path: url.pathname + url.search,
          ...(req.headers['if-none-match'] ? { ifNoneMatch: String(req.headers['if-none-match']) } : {}),
          ...(req.headers['if-modified-since']
            ? { ifModifiedSince: String(req.headers['if-modified-since']) }
            : {}),
          status,
        });
      if (route === undefined) {
        record(404);
        res.writeHead(404).end('not found');
        return;
      }
      if (typeof route === 'function') {
        record(0);
        route(req, res);
        return;
      }
      const etag = etagOf(route);
      const lastModified = route.lastModified ?? 'Mon, 01 Apr 2024 00:00:00 GMT';
      if (req.headers['if-none-match'] === etag) {
        record(304);
        res.writeHead(304, { etag, 'last-modified': lastModified }).end();
        return;
      }
      record(200);
      res
        .writeHead(200, {
          'content-type': route.type,
          'content-length': Buffer.byteLength(route.body),
          etag,
          'last-modified': lastModified,
        })
        .end(route.body);
    });
    this.#server.on('connection', (s) => {
      this.#sockets.add(s);
      s.on('close', () => this.#sockets.delete(s));
    });
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async start(): Promise<void> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
  }

  /** Stops, dropping connections held open by hostile routes. */
  async stop(): Promise<void> {
    for (const s of this.#sockets) s.destroy();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/**
 * A {@link TestServer} for the calling test file: started before its tests (before the file's own
 * `beforeAll` hooks that come after this call) and stopped after them.
 */
export function serveForFile(): TestServer {
  const server = new TestServer();
  beforeAll(() => server.start());
  afterAll(() => server.stop());
  return server;
}

/**
 * An article page: the title in `<h1>`, the date in a `<time>`, the paragraphs in `<article>`.
 * @param title the headline
 * @param date `YYYY-MM-DD`
 * @param paragraphs the body
 */
export function articlePage(title: string, date: string, paragraphs: readonly string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${date}T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1><time datetime="${date}">${date}</time>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>All rights reserved.</footer></body></html>`;
}

/**
 * The paragraphs of a corpus file or fixture: blank-line separated blocks, front matter dropped.
 * @param file a path relative to the repository root
 */
export function paragraphsOf(file: string): { title: string; paragraphs: string[] } {
  const text = fs.readFileSync(path.join(repoRoot, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const title =
    /^title: (.*)$/m.exec(fs.readFileSync(path.join(repoRoot, file), 'utf8'))?.[1] ?? path.basename(file);
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 12);
  return { title, paragraphs };
}

/** An invented article page to serve: where, and what {@link articlePage} makes of it. */
export interface InventedPage {
  path: string;
  title: string;
  date: string;
  paragraphs: readonly string[];
}

/**
 * Serves each page as {@link articlePage} makes it, and an RSS feed listing them, in their order, at
 * `/feed.rss`.
 * @param server the file's test server, started
 * @param pages the pages
 * @returns the feed's URL
 */
export function publishFeed(server: TestServer, pages: readonly InventedPage[]): string {
  for (const page of pages)
    server.routes.set(page.path, {
      type: 'text/html; charset=utf-8',
      body: articlePage(page.title, page.date, page.paragraphs),
    });
  const items = pages.map((page) => ({ title: page.title, link: `${server.origin}${page.path}` }));
  server.routes.set('/feed.rss', { type: 'application/rss+xml', body: rssFeed(items) });
  return `${server.origin}/feed.rss`;
}

/**
 * An RSS 2.0 feed listing links.
 * @param items title and link of each item
 */
export function rssFeed(items: readonly { title: string; link: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test feed</title><link>http://example.org/</link><description>t</description>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link></item>`).join('\n')}
</channel></rss>`;
}

/**
 * A JSON Feed listing links.
 * @param items title and link of each item
 */
export function jsonFeed(items: readonly { title: string; link: string }[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test JSON feed',
    items: items.map((i) => ({ id: i.link, url: i.link, title: i.title })),
  });
}

/** A gzip body that inflates to `size` zero bytes. */
export function gzipBomb(size: number): Buffer {
  return zlib.gzipSync(Buffer.alloc(size), { level: 9 });
}

/**
 * Runs the built `brief` program without blocking this process (the test server must answer).
 * @param args its arguments
 * @param cwd the folder it runs in
 * @param env extra environment
 */
export function briefAsync(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [briefBin, ...args],
      { cwd, env: { ...process.env, CI: 'true', ...env }, timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr, ms: Date.now() - start });
      },
    );
  });
}

/**
 * A workspace whose config builds one brief, `morning`, as JSON and HTML from the RSS feed at `feed`
 * (on 127.0.0.1), as a team's scheduled job would; removed after the file's tests.
 * @param feed the feed's URL
 */
export function feedWorkspace(feed: string): string {
  const dir = tempWorkspace(false);
  const config = {
    out: 'out',
    fetch: { allow: ['127.0.0.0/8'], timeout: 5, perHost: { interval: 0 } },
    briefs: [{ id: 'morning', formats: ['json', 'html'], sources: [{ feed }] }],
  };
  fs.writeFileSync(path.join(dir, 'briefing.config.json'), JSON.stringify(config, null, 2));
  return dir;
}

/**
 * One scheduled morning run at 05:30 UTC of `day` (`SOURCE_DATE_EPOCH`): `brief fetch` into the archive,
 * then `brief build --offline` from it alone.
 * @param dir the workspace
 * @param day the run's day (`YYYY-MM-DD`)
 * @param build more arguments of the build
 * @returns the fetch's exit code and the build's result
 */
export async function scheduledRun(
  dir: string,
  day: string,
  build: string[] = [],
): Promise<{ fetched: number; built: Awaited<ReturnType<typeof briefAsync>> }> {
  const env = { SOURCE_DATE_EPOCH: String(Date.parse(`${day}T05:30:00Z`) / 1000) };
  const fetched = (await briefAsync(['fetch'], dir, env)).code;
  return { fetched, built: await briefAsync(['build', '--offline', ...build], dir, env) };
}
