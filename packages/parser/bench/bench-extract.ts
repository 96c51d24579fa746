// Times our parser and Mozilla Readability (on jsdom) over the same zyte-dev HTML pages, in one run,
// and prints both times and their ratio. Each side gets a warm-up pass first, then three timed passes;
// the best pass counts. Readability's time includes jsdom's parse, as using it on a file requires.
// Usage: pnpm bench:extract   (BRIEF_DATASETS=DIR to point elsewhere)
import fs from 'node:fs';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseArticle } from '../src/index.js';
import { zyteFiles } from './datasets.js';

const pages = zyteFiles('html').map((file) => ({ file, html: fs.readFileSync(file, 'utf8') }));
const quiet = new VirtualConsole();

function ours(): number {
  let chars = 0;
  for (const p of pages) chars += parseArticle({ path: p.file, data: p.html }).value?.text.length ?? 0;
  return chars;
}

let failures = 0;
function readability(): number {
  let chars = 0;
  failures = 0;
  for (const p of pages) {
    try {
      const dom = new JSDOM(p.html, { url: 'https://example.org/', virtualConsole: quiet });
      chars += new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
      dom.window.close();
    } catch {
      failures++; // jsdom's CSS parser throws on some real pages; the time spent still counts
    }
  }
  return chars;
}

function best(fn: () => number): number {
  fn();
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - t);
  }
  return fastest;
}

const a = best(ours);
const b = best(readability);
const mb = pages.reduce((n, p) => n + p.html.length, 0) / 1e6;
console.log(`${pages.length} pages, ${mb.toFixed(1)} MB of HTML`);
console.log(`Briefing parser:            ${a.toFixed(0)} ms (${(a / pages.length).toFixed(1)} ms/page)`);
console.log(`Readability 0.6 on jsdom:   ${b.toFixed(0)} ms (${(b / pages.length).toFixed(1)} ms/page)`);
if (failures) console.log(`(jsdom threw on ${failures} page(s); their time until the throw is included)`);
console.log(`ratio: Briefing is ${(b / a).toFixed(2)}x faster (target ≥ 4x)`);
