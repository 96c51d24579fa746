import type { Article } from './article.js';
import type { Citation } from './briefing.js';
import { CitationError } from './errors.js';

/**
 * Makes a citation for `text.slice(start, end)` of an article.
 * @param article the cited article
 * @param start offset into `article.text`
 * @param end offset into `article.text` (exclusive)
 * @returns the citation
 */
export function cite(article: Article, start: number, end: number): Citation {
  return { sourceId: article.id, quote: article.text.slice(start, end), start, end };
}

/**
 * Checks that a citation is verbatim from its source's text (or from its headline, for a citation of
 * `part: 'title'`).
 * @param citation the citation to check
 * @param texts source id → extracted text
 * @param titles source id → headline (`Article.title`), read for a citation of its headline
 * @throws {CitationError} `E_CITATION` when the source is unknown or the quote is not at its offsets
 */
export function assertVerbatim(
  citation: Citation,
  texts: ReadonlyMap<string, string>,
  titles: ReadonlyMap<string, string | null> = new Map(),
): void {
  const text =
    citation.part === 'title' ? (titles.get(citation.sourceId) ?? undefined) : texts.get(citation.sourceId);
  if (text === undefined) {
    throw new CitationError(`citation points at unknown source "${citation.sourceId}"`);
  }
  if (citation.quote.length === 0 || text.slice(citation.start, citation.end) !== citation.quote) {
    throw new CitationError(
      `citation of "${citation.quote.slice(0, 60)}" is not verbatim in ${citation.part === 'title' ? 'the title of ' : ''}source "${citation.sourceId}" at ${citation.start}-${citation.end}`,
    );
  }
}
