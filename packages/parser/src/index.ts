export * from './decode.js';
export * from './parse-article.js';
