export * from './article.js';
export * from './briefing.js';
export * from './build-briefing.js';
export * from './citation.js';
export * from './diagnostic.js';
export * from './errors.js';
export * from './sentences.js';
