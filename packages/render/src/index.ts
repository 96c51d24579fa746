export * from './finalize-pdf.js';
export * from './find-chrome.js';
export * from './helpers.js';
export * from './launch-chrome.js';
export * from './printer.js';
export { type RenderOptions, renderHtml } from './render-html.js';
export * from './render-page-margins.js';
export * from './render-pdf.js';
export * from './theme.js';
