// Measures the authors the parser finds against the authors in trafilatura-eval's metadata.json, as
// text scrape and as saved HTML, on each half of the set (see halfOf). The metadata gives an author for
// 538 pages (a string, or for 4 pages a list) and says "no author" for 313 more with an empty string;
// the 13 pages whose entry holds only comments or tags (no `author` key) are not scored. Both sides
// are split into names on " and ", " und ", "&", "," and ";" and each name is compared after
// normalising case and spacing:
// - exact: the pages with an author whose names all match, none missing, none extra (trafilatura's
//   own scorer, tests/eval_authors.py, compares the whole string exactly);
// - precision, recall, F1: names matched over names given (on both kinds of page: a name given where
//   the metadata says "no author" counts against it) and over names wanted, summed over the pages;
// - given on "none": the share of "no author" pages where the parser gave one.
// Usage: pnpm --filter @briefing/parser eval:authors [--format text|html] [--half a|b] [--list]
// (--list prints half A's misses only: half B is measured, never read page by page)
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetsDir, halfOf, halfOption, optionValue } from './datasets.js';

const argv = process.argv.slice(2);
const dir = path.join(datasetsDir(), 'trafilatura-eval');
const formats = (optionValue(argv, '--format')?.split(',') ?? ['text', 'html']) as ('text' | 'html')[];
const only = halfOption(argv);
const list = argv.includes('--list');

const metadata = JSON.parse(fs.readFileSync(path.join(dir, 'metadata.json'), 'utf8')) as Record<
  string,
  { author?: unknown }
>;
/** The answer's authors by page: a list of names, empty when the metadata says "no author". */
const answers = new Map<string, string[]>();
for (const name of Object.keys(metadata).sort()) {
  const author = metadata[name]?.author;
  if (typeof author === 'string') answers.set(name, author === '' ? [] : [author]);
  else if (Array.isArray(author)) answers.set(name, author.map(String));
}

/** One author's string split into its names, each in lower case with its spacing normalised. */
function namesOf(authors: readonly string[]): string[] {
  return authors
    .flatMap((a) => a.split(/\s+(?:and|und)\s+|\s*[&,;]\s*/iu))
    .map((n) => n.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase())
    .filter((n) => n !== '');
}

/** How many names of `got` match one of `want`'s, each name of `want` matched once. */
function matched(got: readonly string[], want: readonly string[]): number {
  const left = [...want];
  let n = 0;
  for (const g of got) {
    const i = left.indexOf(g);
    if (i !== -1) {
      left.splice(i, 1);
      n++;
    }
  }
  return n;
}

const withAuthor = [...answers.values()].filter((a) => a.length > 0).length;
console.log(`pages with an author: ${withAuthor}, pages with "no author": ${answers.size - withAuthor}`);
console.log('format  half  pages  exact  precision  recall  F1     none  given on "none"');
for (const format of formats) {
  for (const half of ['a', 'b'] as const) {
    if (only !== null && half !== only) continue;
    const c = { pages: 0, exact: 0, given: 0, wanted: 0, right: 0, nonePages: 0, noneGiven: 0 };
    const misses: string[] = [];
    for (const [name, answer] of answers) {
      if (halfOf(name) !== half) continue;
      const file = path.join(dir, format, `${name}.${format === 'text' ? 'txt' : 'html'}`);
      if (!fs.existsSync(file)) continue;
      const found = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.authors ?? [];
      const got = namesOf(found);
      const want = namesOf(answer);
      const right = matched(got, want);
      c.given += got.length;
      c.wanted += want.length;
      c.right += right;
      if (want.length === 0) {
        c.nonePages++;
        if (got.length > 0) c.noneGiven++;
      } else {
        c.pages++;
        if (right === want.length && right === got.length) c.exact++;
      }
      const miss = right !== want.length || right !== got.length;
      if (list && half === 'a' && miss)
        misses.push(
          `${format.padEnd(5)} ${name.slice(0, 40).padEnd(40)} got ${JSON.stringify(found).slice(0, 70).padEnd(70)} want ${JSON.stringify(answer).slice(0, 70)}`,
        );
    }
    const p = c.given ? c.right / c.given : 0;
    const r = c.wanted ? c.right / c.wanted : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(
      `${format.padEnd(6)}  ${half}     ${String(c.pages).padStart(5)}  ${(c.exact / c.pages).toFixed(3)}  ${p.toFixed(3)}      ${r.toFixed(3)}   ${f.toFixed(3)}  ${String(c.nonePages).padStart(4)}  ${(c.noneGiven / c.nonePages).toFixed(3)}`,
    );
    if (misses.length > 0) console.log(misses.join('\n'));
  }
}
