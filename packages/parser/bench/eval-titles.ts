// Measures the title the parser finds against the page's own title, on trafilatura-eval (the titles
// in its metadata.json, 845 pages), as saved HTML and as text scrape, on each half of the set (see
// halfOf: rules are looked for on half A and checked on half B). A title matches when its words and
// the page title's words overlap with F1 ≥ 0.8 (a site name added or left out still matches).
// Usage: pnpm --filter @briefing/parser eval:titles [--lang en] [--misses a|b] [--format text|html]
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { TITLE_MATCH, titleMatch } from '../src/title-match.js';
import { datasetsDir, halfOf, optionValue } from './datasets.js';
import { trafilaturaField } from './trafilatura-metadata.js';

const argv = process.argv.slice(2);
const dir = path.join(datasetsDir(), 'trafilatura-eval');
const titles = trafilaturaField(dir, 'title');
const languages = JSON.parse(fs.readFileSync(path.join(dir, 'languages.json'), 'utf8')) as Record<
  string,
  string
>;
const lang = optionValue(argv, '--lang');
const misses = optionValue(argv, '--misses');
const formats = (optionValue(argv, '--format')?.split(',') ?? ['text', 'html']) as ('text' | 'html')[];

const names = [...titles.keys()].filter((name) => !lang || languages[name] === lang);
console.log(`pages with a title: ${names.length}${lang ? ` (${lang})` : ''}`);
console.log('format  half  pages  matched  exact');
for (const format of formats) {
  for (const half of ['a', 'b'] as const) {
    let pages = 0;
    let matched = 0;
    let exact = 0;
    const missed: string[] = [];
    for (const name of names.filter((n) => halfOf(n) === half)) {
      const file = path.join(dir, format, `${name}.${format === 'text' ? 'txt' : 'html'}`);
      if (!fs.existsSync(file)) continue;
      const want = titles.get(name) as string;
      const got = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.title ?? '';
      pages++;
      const f = titleMatch(got, want);
      if (f >= TITLE_MATCH) matched++;
      if (f === 1) exact++;
      else if (f < TITLE_MATCH && misses === half)
        missed.push(
          `${name.slice(0, 36).padEnd(36)} got ${got.slice(0, 60).padEnd(60)} want ${want.slice(0, 60)}`,
        );
    }
    const share = (n: number) => (n / pages).toFixed(3);
    console.log(
      `${format.padEnd(6)}  ${half}     ${String(pages).padStart(5)}  ${share(matched)}    ${share(exact)}`,
    );
    if (missed.length > 0) console.log(missed.join('\n'));
  }
}
