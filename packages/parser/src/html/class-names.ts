import type { Element } from 'hast';

/**
 * An element's class names as one string, as a page writes them ("story-body wide"), or ''.
 * @param el the element
 * @returns its class names joined by spaces
 */
export function classNames(el: Element): string {
  const c = el.properties.className;
  return Array.isArray(c) ? c.join(' ') : String(c ?? '');
}

/**
 * An element's class names and one more of its attributes, as one string to test for words that name
 * what it is ("comments", "site-footer", "byline"): the attribute is its `id` unless another is given.
 * @param el the element
 * @param attributes the properties read after the class names (default: `id`)
 * @returns the class names and those attributes' values joined by spaces ('' for one it lacks)
 */
export function classAnd(el: Element, ...attributes: string[]): string {
  const names = attributes.length === 0 ? ['id'] : attributes;
  return [classNames(el), ...names.map((n) => String(el.properties[n] ?? ''))].join(' ');
}
