import { extractHtml } from './extract-html.js';
import { markdownLines } from './markdown-lines.js';
import type { MarkupReaders } from './parse-article-with.js';

/** The readers of saved HTML pages and Markdown notes (see `MarkupReaders`). */
export const markupReaders: MarkupReaders = { html: extractHtml, markdown: markdownLines };
