// Shows how one saved HTML page is read: each collected block with `#` when it is in the body, its
// kind, link share and element (tag, class and id words), and, for a trafilatura-eval page, W on blocks
// holding a snippet to keep and X on those holding one to leave out; then the snippets no block holds,
// with the elements around them (skipped by the collector). A tool for finding rules, not a score.
// Usage: pnpm --filter @briefing/parser diff:html <trafilatura-eval name | zyte-dev id | page.html> [from] [to] [--blind]
//   --blind reads the page without its class and id attributes, as `eval:extraction --blind` does.
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { decodeText } from '../src/decode.js';
import { collectBlocks } from '../src/html/collect-blocks.js';
import { parseArticle } from '../src/index.js';
import { classifyLines } from '../src/text/classify-lines.js';
import { datasetsDir } from './datasets.js';
import { withoutNames } from './without-names.js';

const args = process.argv.slice(2);
const blind = args.includes('--blind');
const [name, from = '0', to = '100000'] = args.filter((a) => a !== '--blind');
if (!name) throw new Error('usage: diff:html <name | id | page.html> [from] [to]');
const traf = path.join(datasetsDir(), 'trafilatura-eval');
const zyte = path.join(datasetsDir(), 'zyte-dev');
const file = name.endsWith('.html')
  ? name
  : fs.existsSync(path.join(traf, 'html', `${name}.html`))
    ? path.join(traf, 'html', `${name}.html`)
    : path.join(zyte, 'html', `${name}.html`);
const expected: { with: string[]; without: string[] } = JSON.parse(
  fs.readFileSync(path.join(traf, 'expected.json'), 'utf8'),
)[name] ?? { with: [], without: [] };
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const saved = fs.readFileSync(file);
const data = blind ? withoutNames(saved) : saved;
const decoded = decodeText(data);
if (!decoded.ok) throw new Error(decoded.reason);
const tree = unified().use(rehypeParse).parse(decoded.text) as Root;
const page = collectBlocks(tree);
const kinds = classifyLines(page.blocks);
const out = parseArticle({ path: file, data }).value?.text ?? '';
const kept = new Set(out.split('\n\n').map(norm));
const pathOf = (e: number) => {
  const parts: string[] = [];
  for (let x = e; x >= 0 && parts.length < 4; x = page.parents[x] ?? -1)
    parts.push(
      `${page.tags[x]}${page.names[x] ? `.${(page.names[x] as string).replace(/\s+/g, '.').slice(0, 30)}` : ''}`,
    );
  return parts.join('<');
};
for (let i = Number(from); i < Math.min(page.blocks.length, Number(to)); i++) {
  const b = page.blocks[i] as (typeof page.blocks)[number];
  const t = norm(b.text);
  const w = expected.with.some((s) => t.includes(norm(s))) ? 'W' : ' ';
  const x = expected.without.some((s) => t.includes(norm(s))) ? 'X' : ' ';
  const mark = kept.has(t) ? '#' : ' ';
  const links = b.text.length ? Math.round((b.linkChars / b.text.length) * 10) : 0;
  console.log(
    `${String(i).padStart(4)} ${mark}${w}${x} ${(kinds[i] as string).padEnd(8)} L${links} ${pathOf(b.element).padEnd(50).slice(0, 50)} ${t.slice(0, 90)}`,
  );
}
// snippets no block holds: where they sit in the tree
const texts = page.blocks.map((b) => norm(b.text));
for (const s of [...expected.with.map((s) => `W ${s}`), ...expected.without.map((s) => `X ${s}`)]) {
  const snippet = norm(s.slice(2));
  if (texts.some((t) => t.includes(snippet))) continue;
  const head = snippet.slice(0, 20);
  const stack: { node: Root | RootContent; up: string[] }[] = [{ node: tree, up: [] }];
  let where = 'not in any text node';
  while (stack.length > 0) {
    const { node, up } = stack.pop() as { node: Root | RootContent; up: string[] };
    if (node.type === 'text' && norm(node.value).includes(head)) {
      where = up.slice(-6).join(' > ');
      break;
    }
    if (node.type === 'element' || node.type === 'root') {
      const el = node as Element;
      const label =
        node.type === 'element'
          ? `${el.tagName}${el.properties.className ? `.${[el.properties.className].flat().join('.')}` : ''}${el.properties.id ? `#${el.properties.id}` : ''}`
          : '';
      for (const c of node.children) stack.push({ node: c, up: label ? [...up, label] : up });
    }
  }
  console.log(`uncollected ${s.slice(0, 60)}  @ ${where}`);
}
