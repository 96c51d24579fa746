import type { Element, ElementContent } from 'hast';
import { toString as hastToString } from 'hast-util-to-string';
import { wordsIn } from '../text/count-words.js';

const HEADING = /^h[1-6]$/;
/** Runs of letters and digits: the words a slug keeps of a heading ("Sharing with a single developer¶"). */
const SLUG_WORD = /[\p{L}\p{N}]+/gu;
/**
 * A heading's slug names a section when the heading has this many words: an id of one word is a role
 * ("comments" over "Comments"), whatever heads it. Measured on all 2,236 dev pages: one page's sections
 * change (a documentation chapter of readability-pages); no trafilatura-eval or zyte-dev page's.
 */
const MIN_HEADING_WORDS = 2;

/**
 * Whether an element's id is the slug of its own heading — the heading's words joined by hyphens or
 * underscores ("sharing-with-a-single-developer" on the section headed "Sharing with a single
 * developer", "Related_work" on a heading "Related work") — the anchor a documentation generator, a
 * Markdown renderer or a wiki gives each section of the text, naming the section by its title, not by a
 * role on the page. Its words are the author's, so a furniture word among them ("sharing", "related",
 * "social") names no furniture. The heading is the element itself or the one its text opens with; an
 * id of one word ("comments" over "Comments", see MIN_HEADING_WORDS) keeps its meaning.
 * @param el an element with an id
 * @returns whether the id only names the element's heading
 */
export function isHeadingSlugId(el: Element): boolean {
  const id = String(el.properties.id ?? '');
  if (!/[-_]/.test(id)) return false;
  const heading = openingHeading(el);
  if (!heading) return false;
  const text = hastToString(heading).replace(/\s+/g, ' ').trim();
  const words = wordsIn(text);
  if (words < MIN_HEADING_WORDS) return false;
  return slug(id) === slug(text);
}

/** The heading an element is or opens with: the heading around its first text, or null. */
function openingHeading(el: Element): Element | null {
  if (HEADING.test(el.tagName)) return el;
  // depth first, iteratively (any depth), each element with the heading it sits in
  const stack: [ElementContent, Element | null][] = el.children
    .map((c) => [c, null] as [ElementContent, null])
    .reverse();
  while (stack.length > 0) {
    const [node, heading] = stack.pop() as [ElementContent, Element | null];
    if (node.type === 'text' && node.value.trim()) return heading;
    if (node.type !== 'element') continue;
    const inside = heading ?? (HEADING.test(node.tagName) ? node : null);
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push([node.children[i] as ElementContent, inside]);
  }
  return null;
}

/** A text's words in lower case, joined by hyphens: the slug it makes. */
function slug(s: string): string {
  return (s.toLowerCase().match(SLUG_WORD) ?? []).join('-');
}
