import { z } from 'zod';

/** A source on the web: a feed (RSS 2.0, RSS 1.0, Atom, JSON Feed), one page, or a news sitemap. */
export const WebSource = z.union([
  z
    .object({
      feed: z.url({ protocol: /^https?$/ }),
      /** At most this many of the feed's newest items. */
      limit: z.number().int().min(1).optional(),
    })
    .strict(),
  z.object({ url: z.url({ protocol: /^https?$/ }) }).strict(),
  z.object({ sitemap: z.url({ protocol: /^https?$/ }), limit: z.number().int().min(1).optional() }).strict(),
]);
export type WebSource = z.infer<typeof WebSource>;

/** How pages are fetched and kept (the config's `fetch`). Every field has a safe default. */
export const FetchConfig = z
  .object({
    /** The archive folder, relative to the config (default `archive`). */
    archive: z.string().default('archive'),
    /** Archived pages no source has pointed at for this long are deleted (`30d`, `8w`, `6m`). */
    retention: z
      .string()
      .regex(/^\d+[dwm]$/)
      .default('30d'),
    userAgent: z.string().min(1).default('Briefing/0.1 (+https://github.com/briefing/briefing)'),
    /** Seconds one request may take, headers and body. */
    timeout: z.number().positive().default(20),
    /** Bytes one response may hold once decompressed. */
    maxBytes: z.number().int().positive().default(5_000_000),
    /** Bytes one run may download in all. */
    maxTotalBytes: z.number().int().positive().default(200_000_000),
    maxRedirects: z.number().int().min(0).default(5),
    /** Retries of a request answered 429 or 5xx. */
    retries: z.number().int().min(0).default(2),
    /** A Retry-After longer than this many seconds fails the request rather than waiting. */
    maxRetryAfter: z.number().min(0).default(60),
    /** Requests at once to one host, and milliseconds between the starts of two. */
    perHost: z
      .object({ concurrency: z.number().int().min(1).default(2), interval: z.number().min(0).default(1000) })
      .prefault({}),
    /** Obey robots.txt. */
    robots: z.boolean().default(true),
    /** Address ranges (CIDR) allowed even though private, loopback or link-local (`127.0.0.0/8`). */
    allow: z.array(z.string()).default([]),
    /** Items read from one feed or sitemap at most. */
    maxItems: z.number().int().min(1).default(50),
  })
  .strict();
export type FetchConfig = z.infer<typeof FetchConfig>;

/**
 * Reads a `--source` value: `feed:URL`, `url:URL`, `sitemap:URL`, or a path or glob.
 * @param value the text
 * @returns the web source, or the text itself for a path
 */
export function parseSourceOption(value: string): WebSource | string {
  const m = /^(feed|url|sitemap):(https?:\/\/.+)$/.exec(value);
  if (!m) return value;
  const [, kind, url] = m as unknown as [string, 'feed' | 'url' | 'sitemap', string];
  return kind === 'feed' ? { feed: url } : kind === 'url' ? { url } : { sitemap: url };
}

/** The URL a web source names. */
export function sourceUrl(source: WebSource): string {
  return 'feed' in source ? source.feed : 'sitemap' in source ? source.sitemap : source.url;
}
