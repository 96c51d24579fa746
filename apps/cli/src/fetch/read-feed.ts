import { parseFeed } from 'feedsmith';

/**
 * The page URLs a feed lists, newest first as the feed gives them: RSS 2.0, RSS 1.0 (RDF), Atom or
 * JSON Feed, parsed by feedsmith.
 * @param body the feed's bytes
 * @param base the feed's URL, against which relative links resolve
 * @returns the item URLs (http/https only, each once)
 * @throws {Error} when the body is not a feed, with the parser's reason
 */
export function readFeed(body: Buffer, base: string): string[] {
  const text = body.toString('utf8').replace(/^\uFEFF/, '');
  const { format, feed } = parseFeed(text);
  const links: (string | undefined)[] = [];
  if (format === 'rss') {
    for (const item of feed.items ?? []) {
      const guid = item.guid?.value;
      links.push(item.link ?? (isUrl(guid) ? guid : undefined));
    }
  } else if (format === 'rdf') {
    for (const item of feed.items ?? []) links.push(item.link);
  } else if (format === 'atom') {
    for (const entry of feed.entries ?? []) {
      const alternate = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
      links.push(alternate?.href);
    }
  } else {
    for (const item of feed.items ?? []) links.push(item.url ?? item.external_url);
  }
  return unique(links, base);
}

function isUrl(value: string | undefined): value is string {
  return typeof value === 'string' && /^https?:\/\//.test(value);
}

/**
 * Resolves links against a base and keeps each http/https URL once, in order.
 * @param links the links as found
 * @param base the document's URL
 */
export function unique(links: readonly (string | undefined)[], base: string): string[] {
  const seen = new Set<string>();
  for (const link of links) {
    if (!link) continue;
    try {
      const url = new URL(link.trim(), base);
      if (url.protocol === 'http:' || url.protocol === 'https:') seen.add(url.href);
    } catch {
      // an item without a usable link is skipped
    }
  }
  return [...seen];
}
