// Counts trafilatura-eval's saved-HTML snippets by where their block sits against the element chosen as
// the article (with its parts, `articleParts`): inside it (dropped by a named step of `articleBlocks`,
// or never put back, and why), in a sibling of it under the same parent, elsewhere in its grandparent,
// or elsewhere on the page, before it (within a dek's reach or further) or after it; in no block
// (pruned by the collector, split, not in the text); on a page with no element. Each place shows the
// "with" snippets missed (and on how many pages) and kept, the "without" ones left out and kept: a
// rule that takes in a place gains its missed "with" snippets and lets in its left-out "without" ones,
// so it pays only where the first outweighs the second. With `--zyte`, the same for zyte-dev's pages
// in the answer's 4-gram shingles (the benchmark's own unit): those the body misses, and those of
// other text it leaves out, by the place of the first block holding each. A tool for finding rules on
// half A (blocks listed for half A only), not a score.
// Usage: pnpm --filter @briefing/parser classify:places [--half a|b | --zyte] [--list PLACE]
import fs from 'node:fs';
import path from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { articleBlocks, htmlLineKinds } from '../src/extract-html.js';
import { articleParts } from '../src/html/article-parts.js';
import { collectBlocks, type HtmlBlocks, isLinkHeavy } from '../src/html/collect-blocks.js';
import { findContainer, isInside } from '../src/html/find-container.js';
import { findHtmlMeta } from '../src/html/find-html-meta.js';
import { parseArticle } from '../src/index.js';
import { wordsIn } from '../src/text/count-words.js';
import { isCreditLine } from '../src/text/credit-lines.js';
import { isFurnitureLine } from '../src/text/furniture-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { datasetsDir, halfOption, optionValue, snippetScorer, zyteFiles } from './datasets.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const zyte = argv.includes('--zyte');
const list = half === 'a' || zyte ? optionValue(argv, '--list') : undefined;
/** How far above the article's element a block may stand and still be its headline, dek or lead. */
const DEK_REACH = 12;

/** The counts of one place. */
interface Tally {
  withMissed: number;
  withKept: number;
  withoutOut: number;
  withoutKept: number;
  pages: Set<string>;
}
const places = new Map<string, Tally>();
const tally = (place: string): Tally => {
  let t = places.get(place);
  if (!t) {
    t = { withMissed: 0, withKept: 0, withoutOut: 0, withoutKept: 0, pages: new Set() };
    places.set(place, t);
  }
  return t;
};
const listed: string[] = [];

/**
 * Reads a page's blocks and its body's steps, and gives where a block sits against the article's element.
 * @param data the page's bytes
 * @returns the blocks and the place of block i (-1: in no block), or null when the page does not decode
 */
function placesOf(data: Buffer): { page: HtmlBlocks; placeOf: (i: number) => string } | null {
  const decoded = decodeText(data);
  if (!decoded.ok) return null;
  const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
  const page = collectBlocks(tree);
  const trail: [string, Set<number>][] = [];
  articleBlocks(page, findHtmlMeta(tree).title, (step, keep) => trail.push([step, new Set(keep)]));
  const { blocks } = page;
  const kinds = htmlLineKinds(blocks);
  const container = findContainer(page, selectBody(blocks, kinds, { linkBoxes: false })?.keep ?? []);
  const parts = container >= 0 ? articleParts(page, container) : [];
  const inArticle = (e: number) =>
    container >= 0 && (isInside(page, e, container) || parts.some((p) => isInside(page, e, p)));
  const first = blocks.findIndex((b) => inArticle(b.element));
  const parent = container >= 0 ? (page.parents[container] ?? -1) : -1;
  const grand = parent >= 0 ? (page.parents[parent] ?? -1) : -1;
  const placeOf = (i: number): string => {
    if (i < 0) return 'in no block';
    if (container < 0) return 'no element';
    const b = blocks[i] as (typeof blocks)[number];
    if (inArticle(b.element)) {
      let dropped = '';
      let before = new Set<number>();
      for (const [step, keep] of trail) {
        if (before.has(i) && !keep.has(i)) dropped = step;
        before = keep;
      }
      if (dropped) return `inside, dropped by ${dropped}`;
      if (before.has(i)) return 'inside, kept by the steps';
      const words = wordsIn(b.text);
      if (isLinkHeavy(b)) return 'inside, not put back: link-heavy';
      if (b.text.split(' ').length < 2) return 'inside, not put back: one word';
      if (kinds[i] === 'caption' || isFurnitureLine(b.text, words) || isCreditLine(b.text, words))
        return 'inside, not put back: caption or furniture line';
      return `inside, not put back: ${kinds[i]}`;
    }
    const side =
      i < first ? (first - i <= DEK_REACH ? "before (a dek's reach)" : 'before, further') : 'after';
    if (parent >= 0 && isInside(page, b.element, parent)) return `sibling of the element, ${side}`;
    if (grand >= 0 && isInside(page, b.element, grand)) return `in its grandparent, ${side}`;
    return `elsewhere, ${side}`;
  };
  return { page, placeOf };
}

if (zyte) {
  const truth = JSON.parse(
    fs.readFileSync(path.join(datasetsDir(), 'zyte-dev', 'ground-truth.json'), 'utf8'),
  ) as Record<string, { articleBody: string }>;
  for (const file of zyteFiles('html')) {
    const id = path.basename(file, '.html');
    const data = fs.readFileSync(file);
    const read = placesOf(data);
    const answer = truth[id]?.articleBody;
    if (!read || answer === undefined) continue;
    const body = shingles(parseArticle({ path: file, data }).value?.text ?? '');
    const wanted = shingles(answer);
    const seen = new Set<string>();
    read.page.blocks.forEach((b, i) => {
      const left = [...shingles(b.text)].filter((s) => !body.has(s) && !seen.has(s));
      for (const s of left) seen.add(s);
      const t = tally(read.placeOf(i));
      const missed = left.filter((s) => wanted.has(s)).length;
      t.withMissed += missed;
      t.withoutOut += left.length - missed;
      if (missed > 0) t.pages.add(id);
      if (list !== undefined && missed > 0 && read.placeOf(i).includes(list))
        listed.push(`${id.slice(0, 12)}  [${read.placeOf(i)}]  ${b.text.slice(0, 90)}`);
    });
    const rest = [...wanted].filter((s) => !body.has(s) && !seen.has(s)).length;
    if (rest > 0) tally('in no block (pruned, not in the text, or over two blocks)').withMissed += rest;
    if (rest > 0) tally('in no block (pruned, not in the text, or over two blocks)').pages.add(id);
  }
  console.log('zyte-dev HTML: 4-gram shingles left out of the body, by where their block sits');
  console.log('place                                                 answer  pages  other text');
  for (const [k, t] of [...places].sort((a, b) => b[1].withMissed - a[1].withMissed))
    console.log(
      `${k.padEnd(52)}${String(t.withMissed).padStart(8)}${String(t.pages.size).padStart(7)}${String(t.withoutOut).padStart(12)}`,
    );
} else {
  const { norm } = await snippetScorer();
  for (const { name, data, item, out } of snippetPages('html', half, norm)) {
    const read = placesOf(data);
    if (!read) continue;
    const texts = read.page.blocks.map((b) => norm(b.text));
    // a page that keeps none of its snippets, found outside the element, took the wrong element
    const none = !item.with.some((w) => out.includes(norm(w)));
    for (const [snippets, wanted] of [
      [item.with, true],
      [item.without, false],
    ] as const)
      for (const snippet of snippets.map(norm)) {
        const i = texts.findIndex((t) => t.includes(snippet));
        const where = read.placeOf(i);
        const outside = /^(sibling|in its|elsewhere)/.test(where);
        const place = (wanted && none && outside ? 'wrong element: ' : '') + where;
        const t = tally(place);
        const kept = out.includes(snippet);
        if (wanted && kept) t.withKept++;
        else if (wanted) t.withMissed++;
        else if (kept) t.withoutKept++;
        else t.withoutOut++;
        if (wanted && !kept) t.pages.add(name);
        if (list !== undefined && !kept && place.includes(list))
          listed.push(`${name}  [${wanted ? 'with' : 'without'}: ${place}]  ${snippet.slice(0, 90)}`);
      }
  }
  console.log(`half ${half.toUpperCase()}: snippets by where their block sits against the article's element`);
  console.log(
    'place                                               with missed  pages  with kept  without out  without kept',
  );
  for (const [k, t] of [...places].sort((a, b) => b[1].withMissed - a[1].withMissed))
    console.log(
      `${k.padEnd(52)}${String(t.withMissed).padStart(11)}${String(t.pages.size).padStart(7)}${String(t.withKept).padStart(11)}${String(t.withoutOut).padStart(13)}${String(t.withoutKept).padStart(14)}`,
    );
}
for (const l of listed) console.log(l);

/** The benchmark's word 4-gram shingles of a text (words are runs of letters, digits and `_`). */
function shingles(text: string): Set<string> {
  const words = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 4 <= words.length; i++) out.add(words.slice(i, i + 4).join(' '));
  return out;
}
