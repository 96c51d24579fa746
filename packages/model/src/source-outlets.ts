/**
 * The site of a source's address, without "www." ("pluralsight.com").
 * @param url the source's address
 * @returns the host, or null when there is no address or it has no host (a `file:` address)
 */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/**
 * Each source's outlet as a reader names it: its own, else the one outlet the other sources of its site
 * have (a page whose outlet was not read among pages of its site that name it: a feed's headline as long
 * as the site name its titles end in), else its site. The bottom line's split (two outlets or more) and
 * the theme's "(according to …)" read the same names, so a site's unnamed page is neither a second outlet
 * nor named by its host (read in session 90: "(according to 127.0.0.1)" beside the feed's outlet).
 * @param sources the briefing's sources, in order
 * @returns a name per source, in the same order; null for a source with neither outlet nor address
 */
export function outletNames(
  sources: readonly { outlet?: string | null | undefined; url?: string | null | undefined }[],
): (string | null)[] {
  const outletOfSite = new Map<string, string | null>();
  for (const s of sources) {
    const site = siteOf(s.url);
    if (!site || !s.outlet) continue;
    const known = outletOfSite.get(site);
    outletOfSite.set(site, known === undefined || known === s.outlet ? s.outlet : null);
  }
  return sources.map((s) => {
    const site = siteOf(s.url);
    return s.outlet || (site === null ? null : (outletOfSite.get(site) ?? site));
  });
}
