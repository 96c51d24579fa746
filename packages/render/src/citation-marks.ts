/** One `[n]` marker of a citations run: its source and the tooltip that holds every quote it stands for. */
export interface CitationMark {
  sourceId: string;
  title: string;
}

interface CitationLike {
  sourceId: string;
  quote: string;
  part?: string;
}

/**
 * Folds a run of citations into one marker per source, in the order each source is first cited: a claim
 * that cites a report's sentence and its headline (`part: 'title'`) had shown "[1][1]". The marker's
 * title joins the source's quotes with " — ", a headline's marked "Headline: …", each quote once.
 * @param citations the citations of a claim, point or quotation (anything else gives no markers)
 * @returns the markers, `{sourceId, title}`
 */
export function foldCitations(citations: unknown): CitationMark[] {
  if (!Array.isArray(citations)) return [];
  const quotes = new Map<string, string[]>();
  for (const c of citations as CitationLike[]) {
    const quote = c.part === 'title' ? `Headline: ${c.quote}` : c.quote;
    const list = quotes.get(c.sourceId) ?? [];
    if (!list.includes(quote)) list.push(quote);
    quotes.set(c.sourceId, list);
  }
  return [...quotes].map(([sourceId, list]) => ({ sourceId, title: list.join(' — ') }));
}
