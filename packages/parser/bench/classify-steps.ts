// Counts, for each step of the saved-HTML body (`articleBlocks` in src/extract-html.ts: the line rules'
// selection, the article's element putting its blocks back, the blocks outside it left out, then each
// pruning rule), how many of trafilatura-eval's snippets it adds to the body or drops from it, "with"
// snippets (the article) and "without" ones (furniture) apart: a step that drops more "with" than
// "without" snippets on both halves is a candidate to narrow. Then sorts the missed "with" snippets
// and the kept "without" ones by the step that last dropped or first added the block holding each
// (a tool for finding rules on half A, not a score).
// Usage: pnpm --filter @briefing/parser classify:steps [--half a|b] [--list STEP]
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { articleBlocks } from '../src/extract-html.js';
import { collectBlocks } from '../src/html/collect-blocks.js';
import { findHtmlMeta } from '../src/html/find-html-meta.js';
import { halfOption, optionValue, snippetScorer } from './datasets.js';
import { snippetPages } from './snippet-pages.js';

const argv = process.argv.slice(2);
const half = halfOption(argv) ?? 'a';
const list = optionValue(argv, '--list');
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

for (const { name, data, item, out } of snippetPages('html', half, norm)) {
  const decoded = decodeText(data);
  if (!decoded.ok) continue;
  const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
  const page = collectBlocks(tree);
  const trail: [string, Set<number>][] = [];
  articleBlocks(page, findHtmlMeta(tree).title, (step, keep) => trail.push([step, new Set(keep)]));
  const texts = page.blocks.map((b) => norm(b.text));
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
        bump(missedBy, why);
        if (list !== undefined && why.includes(list))
          listed.push(`${name}  [missed: ${why}]  ${snippet.slice(0, 90)}`);
      }
      if (!wanted && kept) {
        const why = i < 0 ? 'in no single block' : firstAdd ? `kept by ${firstAdd}` : 'added after the steps';
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
