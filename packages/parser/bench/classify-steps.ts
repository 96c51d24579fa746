// Counts, for each step of the saved-HTML body (`articleBlocks` in src/extract-html.ts: the line rules'
// selection, the article's element putting its blocks back, the blocks outside it left out, then each
// pruning rule), how many of trafilatura-eval's snippets it adds to the body or drops from it, "with"
// snippets (the article) and "without" ones (furniture) apart: a step that drops more "with" than
// "without" snippets on both halves is a candidate to narrow. Then sorts the missed "with" snippets
// and the kept "without" ones by the step that last dropped or first added the block holding each
// (a tool for finding rules on half A, not a score).
// With --why, the snippets no step ever held and those the selection or the element kept are sorted
// further by mechanism: where the block stands against the article's element (a dek's reach above it,
// further above, below it, in a sibling of it or of its parent, the wrong element on a page that keeps
// none of its snippets) and, inside the element, what kept it from being put back (link text, one
// word, a byline's element, a furniture or caption line, an element that holds too much else).
// With --blind, each page is read without its class and id attributes, as `eval:extraction --blind` does.
// Usage: pnpm --filter @briefing/parser classify:steps [--half a|b] [--list STEP] [--why] [--blind]
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { articleBlocks, htmlLineKinds } from '../src/extract-html.js';
import { collectBlocks, type HtmlBlocks, isLinkHeavy } from '../src/html/collect-blocks.js';
import { findContainer, isInside, isProseElement } from '../src/html/find-container.js';
import { findHtmlMeta } from '../src/html/find-html-meta.js';
import { wordsIn } from '../src/text/count-words.js';
import { isCreditLine } from '../src/text/credit-lines.js';
import { isFurnitureLine } from '../src/text/furniture-lines.js';
import { selectBody } from '../src/text/select-body.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = optionValue(argv, '--list');
const why = argv.includes('--why');
const blind = argv.includes('--blind');
/** How far above the article's element a block may stand and still be its headline, dek or lead. */
const DEK_REACH = 12;
const BYLINE = /(^|[\s_-])(byline|author|dateline|timestamp|date|meta)([\s_-]|$)/;

const { norm } = await snippetScorer();

type Tally = { withDropped: number; withoutDropped: number; withAdded: number; withoutAdded: number };
const steps = new Map<string, Tally>();
const missedBy = new Map<string, number>();
const keptBy = new Map<string, number>();
const listed: string[] = [];
const tally = (step: string): Tally => {
  let t = steps.get(step);
  if (!t) {
    t = { withDropped: 0, withoutDropped: 0, withAdded: 0, withoutAdded: 0 };
    steps.set(step, t);
  }
  return t;
};
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

for (const { name, data, item, out } of snippetPages('html', half, norm, blind)) {
  const decoded = decodeText(data);
  if (!decoded.ok) continue;
  const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
  const page = collectBlocks(tree);
  const trail: [string, Set<number>][] = [];
  articleBlocks(page, findHtmlMeta(tree).title, (step, keep) => trail.push([step, new Set(keep)]));
  const texts = page.blocks.map((b) => norm(b.text));
  const mechanism = why ? mechanismOf(page, item.with.map(norm), out) : null;
  const judge = (snippets: readonly string[], wanted: boolean) => {
    for (const snippet of snippets.map(norm)) {
      const i = texts.findIndex((t) => t.includes(snippet));
      let before = new Set<number>();
      let lastDrop = '';
      let firstAdd = '';
      for (const [step, keep] of trail) {
        const t = tally(step);
        if (i >= 0 && before.has(i) && !keep.has(i)) {
          if (wanted) t.withDropped++;
          else t.withoutDropped++;
          lastDrop = step;
        }
        if (i >= 0 && !before.has(i) && keep.has(i)) {
          if (wanted) t.withAdded++;
          else t.withoutAdded++;
          firstAdd ||= step;
        }
        before = keep;
      }
      const kept = out.includes(snippet);
      if (wanted && !kept) {
        const why =
          i < 0
            ? 'in no block (pruned by the collector, split, not in the text)'
            : lastDrop
              ? `dropped by ${lastDrop}`
              : before.has(i)
                ? 'kept by the steps, left out after (title, named body, JSON-LD)'
                : 'never selected (selection, element)';
        const more =
          mechanism && (why.startsWith('never') || why === 'dropped by outside')
            ? `: ${mechanism(i, true)}`
            : '';
        bump(missedBy, why + more);
        if (list !== undefined && (why + more).includes(list))
          listed.push(`${name}  [missed: ${why + more}]  ${snippet.slice(0, 90)}`);
      }
      if (!wanted && kept) {
        const by = i < 0 ? 'in no single block' : firstAdd ? `kept by ${firstAdd}` : 'added after the steps';
        const more =
          mechanism && (firstAdd === 'select' || firstAdd === 'element') ? `: ${mechanism(i, false)}` : '';
        const why = by + more;
        bump(keptBy, why);
        if (list !== undefined && why.includes(list))
          listed.push(`${name}  [leaked: ${why}]  ${snippet.slice(0, 90)}`);
      }
    }
  };
  judge(item.with, true);
  judge(item.without, false);
}

console.log(`half ${half.toUpperCase()}: snippets each step adds to the body or drops from it`);
console.log('step                  with-dropped  without-dropped  with-added  without-added');
for (const [step, t] of steps)
  console.log(
    `${step.padEnd(22)}${String(t.withDropped).padStart(12)}${String(t.withoutDropped).padStart(17)}${String(t.withAdded).padStart(12)}${String(t.withoutAdded).padStart(15)}`,
  );
console.log('\nmissed "with" snippets by the step that lost them');
for (const [k, n] of [...missedBy].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
console.log('\nkept "without" snippets by the step that first kept them');
for (const [k, n] of [...keptBy].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${k}`);
for (const l of listed) console.log(l);

/**
 * The mechanism by which a block was missed (never selected) or kept (by the selection or the
 * element): where it stands against the article's element, and what the element's put-back tests say
 * of it (the tests of `articleBlocks`, repeated here for a bench).
 */
function mechanismOf(page: HtmlBlocks, wanted: readonly string[], out: string) {
  const { blocks } = page;
  const kinds = htmlLineKinds(blocks);
  const keep = selectBody(blocks, kinds, { linkBoxes: false })?.keep ?? [];
  const container = findContainer(page, keep);
  const none = !wanted.some((w) => out.includes(w));
  const inBox = (i: number) =>
    container >= 0 && isInside(page, (blocks[i] as (typeof blocks)[number]).element, container);
  const first = blocks.findIndex((_, i) => inBox(i));
  const parent = container >= 0 ? (page.parents[container] ?? -1) : -1;
  const grand = parent >= 0 ? (page.parents[parent] ?? -1) : -1;
  const selected = new Set(keep);
  return (i: number, missed: boolean): string => {
    const b = blocks[i] as (typeof blocks)[number];
    if (container < 0) return 'no element';
    if (!inBox(i)) {
      if (missed && none) return 'wrong element';
      const where =
        i < first ? (first - i <= DEK_REACH ? "above, within a dek's reach" : 'above, further') : 'below';
      const near =
        parent >= 0 && isInside(page, b.element, parent)
          ? ', in a sibling of the element'
          : grand >= 0 && isInside(page, b.element, grand)
            ? ', in a sibling of its parent'
            : '';
      return `outside, ${where}${near}`;
    }
    if (!missed) {
      if (selected.has(i)) return `inside, selected ${kinds[i]}`;
      return `inside, put back ${kinds[i]}${b.heading ? ' heading' : ''}`;
    }
    const words = wordsIn(b.text);
    if (isLinkHeavy(b)) return 'inside, link-heavy';
    if (b.text.split(' ').length < 2) return 'inside, one word';
    if (BYLINE.test(page.names[b.element] ?? '')) return "inside, a byline's element";
    if (kinds[i] === 'caption') return 'inside, a caption line';
    if (isFurnitureLine(b.text, words) || isCreditLine(b.text, words)) return 'inside, a furniture line';
    if (!isProseElement(page, (e) => isInside(page, e, container)) && page.tags[container] !== 'article')
      return `inside, not put back (element holds much else), ${kinds[i]}`;
    return `inside, other (${kinds[i]})`;
  };
}
