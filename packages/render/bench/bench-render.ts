// Renders and prints 20 briefs on one browser, the way `brief build` does (a pool of pages printing at
// once), and compares with the floor measured in the same run: the same warm Chromium and pool printing
// one HTML page 20 times. Also prints the floor of one page printing in turn, and a cold start.
// Goal (issue 5): 20 briefs in at most 1.3x the floor.
// Usage: pnpm bench:render [pages]   (pages printing at once, default 2 like `brief build --jobs`)
import fs from 'node:fs';
import { Briefing } from '@briefing/model';
import { Printer } from '../src/printer.js';
import { renderHtml } from '../src/render-html.js';
import { renderPageMargins } from '../src/render-page-margins.js';
import { renderPdf } from '../src/render-pdf.js';

const pages = Number(process.argv[2] ?? 2);
const base = Briefing.parse(
  JSON.parse(fs.readFileSync(new URL('../test/fixtures/briefing.json', import.meta.url), 'utf8')),
);
const briefs = Array.from({ length: 20 }, (_, i) => ({
  ...base,
  id: `brief-${i}`,
  title: `${base.title} (${i + 1})`,
  keyPoints: base.keyPoints.slice(0, 3 + (i % 4)),
}));
const ms = (t: number) => `${t.toFixed(0)} ms`;
const time = async (fn: () => Promise<unknown>) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

const coldStart = performance.now();
const cold = await Printer.open({ pages: 1 });
const launch = performance.now() - coldStart;
// the floor prints with the running header and footer too, as every brief does
const margins = renderPageMargins(base);
const firstPrint = await time(() => cold.pdf(renderHtml(base), margins));
await cold.close();

const printer = await Printer.open({ pages });
const html = renderHtml(base);
await Promise.all(Array.from({ length: pages }, () => printer.pdf(html, margins))); // warm every page
const sequential = await time(async () => {
  for (let i = 0; i < 20; i++) await printer.pdf(html, margins);
});
const floor = await time(() => Promise.all(briefs.map(() => printer.pdf(html, margins))));
const full = await time(() => Promise.all(briefs.map(async (b) => renderPdf(printer, b, renderHtml(b)))));
await printer.close();

console.log(
  `cold: browser launch ${ms(launch)} + first print ${ms(firstPrint)} = ${ms(launch + firstPrint)}`,
);
console.log(
  `one page printing the same HTML 20 times in turn: ${ms(sequential)} (${ms(sequential / 20)} each)`,
);
console.log(`floor: ${pages} pages printing the same HTML 20 times: ${ms(floor)} (${ms(floor / 20)} each)`);
console.log(
  `Briefing: render + print + finish 20 briefs on ${pages} pages: ${ms(full)} (${ms(full / 20)} each)`,
);
console.log(`ratio: ${(full / floor).toFixed(2)}x the floor (goal ≤ 1.3x)`);
