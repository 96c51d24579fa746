export * from './printer.js';
export * from './render-html.js';
