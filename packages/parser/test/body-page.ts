// A test helper of the saved-HTML rules' tests: a page's blocks from a bit of body markup.
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { collectBlocks, type HtmlBlocks } from '../src/html/collect-blocks.js';

/**
 * The blocks of a page made of the given body markup, as the extractor collects them.
 * @param body the markup inside `<body>`
 * @returns the page's blocks and block elements
 */
export const bodyPage = (body: string): HtmlBlocks =>
  collectBlocks(unified().use(rehypeParse).parse(`<body>${body}</body>`) as Root);
