// Measures the publication date the parser finds against the date in trafilatura-eval's metadata.json
// (728 pages give one), as text scrape and as saved HTML, on each half of the set (see halfOf): right
// (the same day), none (no date found), wrong (another date; a month or year alone that agrees with
// the day counts as neither). Dates are read as the parser's own: no run date enters them.
// Usage: pnpm --filter @briefing/parser eval:published [--format text|html] [--wrong a|b]
import fs from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../src/index.js';
import { datasetsDir, halfOf, optionValue } from './datasets.js';
import { trafilaturaField } from './trafilatura-metadata.js';

const argv = process.argv.slice(2);
const dir = path.join(datasetsDir(), 'trafilatura-eval');
const dates = trafilaturaField(dir, 'date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v));
const formats = (optionValue(argv, '--format')?.split(',') ?? ['text', 'html']) as ('text' | 'html')[];
const listWrong = optionValue(argv, '--wrong');
const names = [...dates.keys()];
console.log(`pages with a date: ${names.length}`);
console.log('format  half  pages  right  none   wrong');
for (const format of formats) {
  for (const half of ['a', 'b'] as const) {
    const counts = { pages: 0, right: 0, none: 0, wrong: 0 };
    const wrong: string[] = [];
    for (const name of names.filter((n) => halfOf(n) === half)) {
      const file = path.join(dir, format, `${name}.${format === 'text' ? 'txt' : 'html'}`);
      if (!fs.existsSync(file)) continue;
      const want = dates.get(name) as string;
      const got = parseArticle({ path: file, data: fs.readFileSync(file) }).value?.published ?? null;
      counts.pages++;
      if (got === null) counts.none++;
      else if (got === want) counts.right++;
      else if (!want.startsWith(got)) {
        counts.wrong++;
        if (listWrong === half)
          wrong.push(`${name.slice(0, 40).padEnd(40)} got ${got.padEnd(10)} want ${want}`);
      }
    }
    const share = (n: number) => (n / counts.pages).toFixed(3);
    console.log(
      `${format.padEnd(6)}  ${half}     ${String(counts.pages).padStart(5)}  ${share(counts.right)}  ${share(counts.none)}  ${share(counts.wrong)}`,
    );
    if (wrong.length > 0) console.log(wrong.join('\n'));
  }
}
