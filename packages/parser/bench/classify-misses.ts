// Sorts the "with" snippets of trafilatura-eval's saved HTML that the parser misses into classes, by
// the reason they are missed, and counts them (a tool for finding rules on half A, not a score):
//   wrong element     the page keeps none of its snippets, and the block holding this one lies outside
//                     the element first chosen as the article
//   the title         the page's headline, which is the article's title, not its body
//   title, dek, lead  up to DEK_REACH blocks above the element chosen as the article: the headline, a dek, a
//                     standfirst, a lead set apart, which stay out of the body (the lead/dek decision)
//   outside element   the block lies outside the element chosen as the article (above or below it)
//   link density      inside the element, but more than half of it is link text
//   short line        inside the element, a list item, table row, heading or other short line not put back
//   later rule        inside the element, prose, dropped by a rule after selection (a box, a caption, a sign-off)
//   no element        no element was chosen (the page fell back to its plain text)
//   pruned: WHY       in the page's text, but in an element the collector skips (a class or id word, a tag)
//   split             over two blocks, each kept or not (the snippet joins them)
//   not in the text   not in any text node: in a script, an attribute, or written otherwise in the page
// Usage: pnpm --filter @briefing/parser classify:misses [--half a|b] [--list CLASS]
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { htmlLineKinds } from '../src/extract-html.js';
import { collectBlocks, namesFurniture } from '../src/html/collect-blocks.js';
import { findContainer, isInside } from '../src/html/find-container.js';
import { wordsIn } from '../src/text/count-words.js';
import { selectBody } from '../src/text/select-body.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = optionValue(argv, '--list');
// the scorer's own normalisation: every run of whitespace (as Python's \s sees it) is one space
const { norm } = await snippetScorer();
const SKIPPED_TAGS = new Set(
  'script style noscript template svg math iframe object embed canvas button select input textarea nav head video audio map dialog figcaption aside footer'.split(
    ' ',
  ),
);

/** A block this close above the article's element is its headline, dek, lead or standfirst, which stay out. */
const DEK_REACH = 12;

const SOFT = /\u00ad/;
const counts = new Map<string, number>();
const listed: string[] = [];
for (const { name, data, item, article, out } of snippetPages('html', half, norm)) {
  const title = norm(article?.title ?? '');
  const missed = item.with.filter((w) => !out.includes(norm(w)));
  if (missed.length === 0) continue;
  const decoded = decodeText(data);
  if (!decoded.ok) continue;
  const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
  const page = collectBlocks(tree);
  const kinds = htmlLineKinds(page.blocks);
  const keep = selectBody(page.blocks, kinds, { linkBoxes: false })?.keep ?? [];
  const container = findContainer(page, keep);
  const texts = page.blocks.map((b) => norm(b.text));
  const none = missed.length === item.with.length;
  for (const snippet of missed.map(norm)) {
    const i = texts.findIndex((t) => t.includes(snippet));
    let why: string;
    if (i < 0) why = unblocked(tree, texts, snippet);
    else {
      const b = page.blocks[i] as (typeof page.blocks)[number];
      const inside = container >= 0 && isInside(page, b.element, container);
      const first = page.blocks.findIndex((x) => container >= 0 && isInside(page, x.element, container));
      if (out.includes(texts[i] as string)) why = 'kept block, snippet missed';
      else if (title.includes(snippet)) why = 'the title (settled: out)';
      else if (container < 0) why = 'no element';
      else if (none && !inside) why = 'wrong element';
      else if (!inside && i < first && first - i <= DEK_REACH)
        why = 'title, dek or lead above (settled: out)';
      else if (!inside) why = `outside element (${i < first ? 'above' : 'below'})`;
      else if (b.linkChars > b.text.length * 0.5) why = 'link density';
      else if (kinds[i] !== 'prose' || wordsIn(b.text) < 15) why = `short line (${kinds[i]})`;
      else why = 'later rule';
    }
    const cls = why.replace(/ \(.*|: .*/, '');
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    counts.set(why, (counts.get(why) ?? 0) + (why === cls ? 0 : 1));
    if (list && why.startsWith(list)) listed.push(`${name}  [${why}]  ${snippet.slice(0, 80)}`);
  }
}
for (const [k, n] of [...counts].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]))
  console.log(`${String(n).padStart(4)}  ${k}`);
for (const l of listed) console.log(l);

/**
 * Why a snippet no block holds is missed: it spans two blocks, sits in an element the collector
 * skips (with the first such ancestor), or is in no text node at all.
 */
function unblocked(tree: Root, texts: readonly string[], snippet: string): string {
  for (let i = 0; i + 1 < texts.length; i++)
    if (`${texts[i]} ${texts[i + 1]}`.includes(snippet)) return 'split';
  const head = snippet.slice(0, 24);
  const stack: { node: Root | RootContent; up: Element[] }[] = [{ node: tree, up: [] }];
  while (stack.length > 0) {
    const { node, up } = stack.pop() as { node: Root | RootContent; up: Element[] };
    if (node.type === 'text' && norm(node.value).includes(head)) {
      const skip = up.find((e) => SKIPPED_TAGS.has(e.tagName));
      if (skip) return `pruned: tag ${skip.tagName}`;
      const hidden = up.find(
        (e) =>
          e.properties.hidden !== undefined ||
          String(e.properties.ariaHidden) === 'true' ||
          /display:\s*none/.test(String(e.properties.style ?? '')),
      );
      if (hidden) return 'pruned: hidden';
      const named = up.find((e) => namesFurniture(wordsOf(e)));
      if (named) return `pruned: class/id word ${labelOf(named)}`;
      if (SOFT.test(node.value)) return 'not in the text (soft hyphens)';
      return `pruned: other ${up.slice(-3).map(labelOf).join(' > ')}`;
    }
    if (node.type === 'element' || node.type === 'root')
      for (const c of node.children)
        stack.push({ node: c, up: node.type === 'element' ? [...up, node] : up });
  }
  return 'not in the text';
}

function wordsOf(e: Element): string {
  const c = e.properties.className;
  return `${Array.isArray(c) ? c.join(' ') : String(c ?? '')} ${String(e.properties.id ?? '')} ${String(e.properties.role ?? '')}`.toLowerCase();
}

function labelOf(e: Element): string {
  const c = e.properties.className;
  return `${e.tagName}.${(Array.isArray(c) ? c.join('.') : String(c ?? '')).slice(0, 40)}#${String(e.properties.id ?? '')}`;
}
