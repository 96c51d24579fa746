export * from './decode.js';
export * from './extract-html.js';
export * from './extract-text.js';
export type * from './extraction.js';
export * from './markdown-lines.js';
export * from './parse-article.js';
export * from './parse-article-with.js';
export * from './title-match.js';
