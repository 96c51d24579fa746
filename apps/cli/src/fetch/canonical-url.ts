import normalizeUrl from 'normalize-url';

/**
 * The canonical form of an article URL, so that one article reached through two feeds or with
 * tracking parameters is one source: lower-case host, no fragment, no `utm_*`, `fbclid`, `gclid` and
 * similar parameters, sorted query, no default port, no trailing slash.
 * @param url an absolute http/https URL
 * @returns the canonical URL (the input unchanged if it cannot be read)
 */
export function canonicalUrl(url: string): string {
  try {
    return normalizeUrl(url, {
      stripHash: true,
      stripWWW: false,
      removeQueryParameters: [
        /^utm_\w+/i,
        /^(fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga|ref|ref_src)$/i,
      ],
      sortQueryParameters: true,
      removeTrailingSlash: true,
      removeSingleSlash: true,
      removeDirectoryIndex: false,
      normalizeProtocol: false,
    });
  } catch {
    return url;
  }
}
