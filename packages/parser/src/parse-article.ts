import { markupReaders } from './markup-readers.js';
import { type ParseInput, type ParseResult, parseArticleWith } from './parse-article-with.js';

/**
 * Parses one file (`.txt`, `.md`/`.markdown`, `.html`/`.htm`) into an `Article`. What it cannot
 * find or finds odd becomes a vfile message with a place and a rule id (`no-date`, `no-title`,
 * `large-block-dropped`, ...); a file that holds no article gives `value: null` and a fatal message.
 * @param input path and content
 * @returns the article (or null), the findings as diagnostics, and the vfile carrying them
 */
export function parseArticle(input: ParseInput): ParseResult {
  return parseArticleWith(input, markupReaders);
}
