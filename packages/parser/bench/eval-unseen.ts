// Body F1 on saved pages no rule of the parser was written or tuned on: the real pages of
// readability-pages (../shared/datasets/README.md), against the body Mozilla Readability extracts from
// each (its own expected.html), scored with the zyte benchmark's scorer (word 4-gram shingles).
// Readability's output is a reference, not a human answer: read the figure as "how close to
// Readability on pages we never looked at", next to keeping the whole page's text.
// Usage: pnpm eval:unseen [--worst]   (BRIEF_DATASETS=DIR to point elsewhere)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { parseArticle } from '../src/index.js';
import { datasetsDir } from './datasets.js';

/**
 * Below this many bytes a page is one of Readability's unit cases (a few paragraphs built to test
 * one rule: `replace-brs`, `rtl-1`), not a saved page; the real pages start at about 10 KB.
 */
const MIN_PAGE_BYTES = 10_000;
/** Elements whose text starts and ends a block: their words are never glued to the next block's. */
const BLOCK =
  /^(?:p|div|section|article|main|aside|header|footer|nav|h[1-6]|li|ul|ol|dl|dt|dd|tr|td|th|table|blockquote|pre|figure|figcaption|br|hr)$/;
const HIDDEN = /^(?:script|style|noscript|template|svg)$/;

/** The text of an HTML document or fragment, a line per block. */
function htmlText(html: string): string {
  const tree = unified().use(rehypeParse).parse(html) as Root;
  const out: string[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'text') out.push(node.value);
    else if (node.type === 'element' || node.type === 'root') {
      const name = node.type === 'element' ? (node as Element).tagName : '';
      if (HIDDEN.test(name)) return;
      const block = BLOCK.test(name);
      if (block) out.push('\n');
      for (const child of node.children) walk(child);
      if (block) out.push('\n');
    }
  };
  walk(tree);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const root = path.join(datasetsDir(), 'readability-pages');
const pages = fs
  .readdirSync(root)
  .filter((d) => fs.existsSync(path.join(root, d, 'expected.html')))
  .filter((d) => fs.statSync(path.join(root, d, 'source.html')).size >= MIN_PAGE_BYTES)
  .sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-unseen-'));
try {
  const truth: Record<string, { articleBody: string }> = {};
  const ours: Record<string, string> = {};
  const whole: Record<string, string> = {};
  for (const page of pages) {
    const source = path.join(root, page, 'source.html');
    const data = fs.readFileSync(source);
    truth[page] = { articleBody: htmlText(fs.readFileSync(path.join(root, page, 'expected.html'), 'utf8')) };
    ours[page] = parseArticle({ path: source, data }).value?.text ?? '';
    whole[page] = htmlText(data.toString('utf8'));
  }
  fs.writeFileSync(path.join(tmp, 'ground-truth.json'), JSON.stringify(truth));
  const scorer = fs.realpathSync(path.resolve(datasetsDir(), '../tools/score-extraction.mjs'));
  for (const [name, predictions] of [
    ['the parser', ours],
    ['the whole page', whole],
  ] as const) {
    const file = path.join(tmp, `${name.replace(/\W+/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(predictions));
    const run = spawnSync(process.execPath, [scorer, tmp, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    const lines = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n');
    console.log(`## readability-pages/html body, ${name} (${pages.length} pages)`);
    console.log(process.argv.includes('--worst') ? lines.join('\n') : lines.at(-1));
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
