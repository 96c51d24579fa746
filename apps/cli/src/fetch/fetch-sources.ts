import type { Diagnostic } from '@briefing/model';
import { Archive } from './archive.js';
import { canonicalUrl } from './canonical-url.js';
import { type FetchConfig, sourceUrl, type WebSource } from './fetch-config.js';
import { FetchError, HttpClient, type HttpResponse } from './http-client.js';
import { readFeed } from './read-feed.js';
import { readSitemap } from './read-sitemap.js';

/** What fetching the web sources gave: archived files per source, and what failed. */
export interface FetchResult {
  /** For each web source's URL, the archived page files it led to, in the source's order. */
  filesOf: Map<string, string[]>;
  /** The (canonical) URL of each archived page file. */
  urlOf: Map<string, string>;
  diagnostics: Diagnostic[];
  /** Counts for the summary. */
  stats: { requests: number; fetched: number; notModified: number; failed: number; bytes: number };
}

/** Choices for {@link fetchSources}. */
export interface FetchSourcesOptions {
  config: FetchConfig;
  /** The archive folder (absolute or relative to the working folder). */
  archiveDir: string;
  /** Read only the archive; fetch nothing. */
  offline: boolean;
  /** The time recorded for fetches. */
  now: Date;
}

const FEED_TYPES = /^(application\/((rss|atom|rdf|feed)\+xml|xml|json|feed\+json)|text\/(xml|plain|html)|)$/;
const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|)$/;
/** Child sitemaps read from one sitemap index at most. */
const MAX_CHILD_SITEMAPS = 5;

/**
 * Fetches feeds, sitemaps and pages into the archive (or, offline, finds them there). A source or a
 * page that fails becomes an error diagnostic naming its URL and the reason; the others go on. Each
 * page is fetched once per run however many sources list it, and re-fetched with its validators
 * (ETag, Last-Modified) so that an unchanged page costs a 304.
 * @param sources the web sources of all briefs
 * @param options settings, archive, offline, time
 * @returns the archived files per source, their URLs, and the diagnostics
 */
export async function fetchSources(
  sources: readonly WebSource[],
  options: FetchSourcesOptions,
): Promise<FetchResult> {
  const archive = new Archive(options.archiveDir);
  const client = options.offline ? null : new HttpClient(options.config);
  const at = options.now.toISOString();
  const result: FetchResult = {
    filesOf: new Map(),
    urlOf: new Map(),
    diagnostics: [],
    stats: { requests: 0, fetched: 0, notModified: 0, failed: 0, bytes: 0 },
  };
  const fail = (url: string, reason: string) => {
    result.stats.failed++;
    result.diagnostics.push({
      severity: 'error',
      message: reason,
      ruleId: 'fetch-failed',
      source: 'fetch',
      file: url,
    });
  };

  /** Fetches (or finds) one URL; undefined when it failed (reported). */
  const get = async (
    url: string,
    kind: 'page' | 'feed' | 'sitemap',
    accept: RegExp,
  ): Promise<{ path: string; response: HttpResponse | null } | undefined> => {
    const key = canonicalUrl(url);
    const held = archive.get(key);
    if (client === null) {
      if (held) return { path: held.path, response: null };
      fail(url, 'not in the archive (run `brief fetch` first, or build without --offline)');
      return undefined;
    }
    try {
      const response = await client.get(url, {
        ...(held?.etag ? { etag: held.etag } : {}),
        ...(held?.lastModified ? { lastModified: held.lastModified } : {}),
        accept: (type) =>
          accept.test(type) ? null : `not a ${kind === 'page' ? 'web page' : kind} (${type})`,
      });
      if (response.notModified && held) {
        result.stats.notModified++;
        archive.touch(key, at);
        return { path: held.path, response };
      }
      result.stats.fetched++;
      const type = response.headers['content-type'] ?? '';
      const extension =
        kind !== 'page'
          ? /json/.test(type)
            ? '.json'
            : '.xml'
          : /^text\/plain/.test(type)
            ? '.txt'
            : '.html';
      const record = {
        url,
        finalUrl: response.finalUrl,
        fetchedAt: at,
        status: response.status,
        headers: response.headers,
        kind,
      };
      return { path: archive.put(key, response.body, extension, record), response };
    } catch (error) {
      fail(
        url,
        error instanceof FetchError ? error.message : `unexpected failure: ${(error as Error).message}`,
      );
      return undefined;
    }
  };

  const pages = new Map<string, Promise<string | undefined>>();
  const page = (url: string): Promise<string | undefined> => {
    const key = canonicalUrl(url);
    let p = pages.get(key);
    if (!p) {
      p = get(url, 'page', PAGE_TYPES).then((r) => {
        if (r) result.urlOf.set(r.path, key);
        return r?.path;
      });
      pages.set(key, p);
    }
    return p;
  };

  /** The item URLs of a feed or sitemap: parsed on a fresh body, from the index on a 304 or offline. */
  const listOf = async (url: string, kind: 'feed' | 'sitemap', depth = 0): Promise<string[] | undefined> => {
    const r = await get(url, kind, kind === 'feed' ? FEED_TYPES : /xml|^text\/plain$|^$/);
    if (!r) return undefined;
    const key = canonicalUrl(url);
    if (r.response === null || r.response.notModified) return archive.index.urls[key]?.items ?? [];
    try {
      let items: string[];
      if (kind === 'feed') items = readFeed(r.response.body, r.response.finalUrl);
      else {
        const map = readSitemap(r.response.body, r.response.finalUrl);
        items = map.urls;
        if (map.index) {
          if (depth > 0) return [];
          const children = await Promise.all(
            map.urls.slice(0, MAX_CHILD_SITEMAPS).map((u) => listOf(u, 'sitemap', depth + 1)),
          );
          items = children.flatMap((c) => c ?? []);
        }
      }
      const entry = archive.index.urls[key];
      if (entry) entry.items = items;
      return items;
    } catch (error) {
      fail(url, `not a ${kind}: ${(error as Error).message}`);
      return undefined;
    }
  };

  try {
    await Promise.all(
      sources.map(async (source) => {
        const url = sourceUrl(source);
        let items: string[];
        if ('url' in source) items = [url];
        else {
          const listed = await listOf(url, 'feed' in source ? 'feed' : 'sitemap');
          if (listed === undefined) return;
          items = listed.slice(0, source.limit ?? options.config.maxItems);
        }
        const files = await Promise.all(items.map(page));
        result.filesOf.set(
          url,
          files.filter((f): f is string => f !== undefined),
        );
      }),
    );
  } finally {
    if (client) {
      result.stats.requests = client.requests;
      result.stats.bytes = client.totalBytes;
      await client.close();
    }
    if (!options.offline) archive.save();
  }
  return result;
}
