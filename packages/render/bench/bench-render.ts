// Renders and prints 20 briefs on one browser, and compares with the floor measured in the same run:
// one warm Chromium printing the same HTML 20 times. Also times a cold start (launch + one print).
// Goal (issue 5): 20 briefs in at most 1.3x the floor.
// Usage: pnpm bench:render
import fs from 'node:fs';
import { Briefing } from '@briefing/model';
import { Printer } from '../src/printer.js';
import { renderHtml } from '../src/render-html.js';
import { renderPdf } from '../src/render-pdf.js';

const base = Briefing.parse(
  JSON.parse(fs.readFileSync(new URL('../test/fixtures/briefing.json', import.meta.url), 'utf8')),
);
const briefs = Array.from({ length: 20 }, (_, i) => ({
  ...base,
  id: `brief-${i}`,
  title: `${base.title} (${i + 1})`,
  keyPoints: base.keyPoints.slice(0, 3 + (i % 4)),
}));

const coldStart = performance.now();
const cold = await Printer.open();
const launched = performance.now();
await cold.pdf(renderHtml(base));
const coldEnd = performance.now();
await cold.close();

const printer = await Printer.open();
const html = renderHtml(base);
await printer.pdf(html); // warm-up
let t = performance.now();
for (let i = 0; i < 20; i++) await printer.pdf(html);
const floor = performance.now() - t;

t = performance.now();
for (const b of briefs) await renderPdf(printer, b, renderHtml(b));
const full = performance.now() - t;
await printer.close();

console.log(
  `cold: browser launch ${(launched - coldStart).toFixed(0)} ms + first print ${(coldEnd - launched).toFixed(0)} ms = ${(coldEnd - coldStart).toFixed(0)} ms`,
);
console.log(
  `floor: one warm Chromium printing the same HTML 20 times: ${floor.toFixed(0)} ms (${(floor / 20).toFixed(0)} ms each)`,
);
console.log(
  `Briefing: render + print + finish 20 briefs: ${full.toFixed(0)} ms (${(full / 20).toFixed(0)} ms each)`,
);
console.log(`ratio: ${(full / floor).toFixed(2)}x the floor (goal ≤ 1.3x)`);
