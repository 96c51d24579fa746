import type { HtmlBlocks } from './collect-blocks.js';

/**
 * Names each element of a page by its shape among its siblings: its parent, its tag and its class
 * words with their numbers aside, so that "card-3" and "card-4" under one list are alike. Each key is
 * made once and kept (a run of cards asks it of the same elements again).
 * @param page the page's blocks and block elements
 * @returns the key of an element, by its index
 */
export function shapeKeys(page: HtmlBlocks): (element: number) => string {
  const keys = new Map<number, string>();
  return (e) => {
    let key = keys.get(e);
    if (key === undefined) {
      key = `${page.parents[e]}|${page.tags[e]}.${(page.names[e] ?? '').replace(/\d+/g, '')}`;
      keys.set(e, key);
    }
    return key;
  };
}
