import type { Article } from './article.js';

/**
 * Makes an {@link Article} from plain text, for analysing text that did not come through the parser
 * (tests, benchmarks, evaluation sets, callers with their own extraction): one block per paragraph
 * (paragraphs separated by a blank line), every metadata field empty unless given.
 * @param id the article's id
 * @param text the article body
 * @param fields metadata to set (published, outlet, title, ...)
 * @returns the article
 */
export function textArticle(id: string, text: string, fields: Partial<Article> = {}): Article {
  const blocks: Article['blocks'] = [];
  let line = 1;
  let last = 0;
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    for (let i = last; i < m.index; i++) if (text.charCodeAt(i) === 10) line++;
    last = m.index;
    blocks.push({
      start: m.index,
      end: m.index + m[0].length,
      position: { line, column: 1, offset: m.index },
    });
  }
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    title: null,
    subtitle: null,
    authors: [],
    published: null,
    publishedPrecision: null,
    outlet: null,
    section: null,
    tags: [],
    language: 'en',
    url: null,
    text,
    blocks,
    ...fields,
  };
}
