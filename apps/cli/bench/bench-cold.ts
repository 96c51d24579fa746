// Times a cold `npm run brief` on the corpus (set-up check, parse, analyse, browser launch, print,
// all three formats, into an empty folder) and compares it with a browser launch plus one print of
// the same brief, measured in the same run. Goal (issue 5): at most twice a launch plus one print,
// that is 2 × (launch + print); the stricter reading, 2 × launch + print, is printed too.
// Usage: pnpm bench:cold [runs]   (default 3; the median is reported)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Briefing } from '@briefing/model';
import { Printer, renderHtml, renderPageMargins } from '@briefing/render';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const runs = Number(process.argv[2] ?? 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = (t: number) => `${t.toFixed(0)} ms`;

const launches: number[] = [];
const prints: number[] = [];
const builds: number[] = [];
for (let i = 0; i < runs; i++) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-cold-'));
  let t = performance.now();
  const run = spawnSync('npm', ['run', '--silent', 'brief', '--', '--out', out, '--quiet'], {
    cwd: root,
    encoding: 'utf8',
  });
  builds.push(performance.now() - t);
  if (run.status !== 0) throw new Error(`npm run brief failed (${run.status}): ${run.stderr}`);
  const briefing = Briefing.parse(JSON.parse(fs.readFileSync(path.join(out, 'corpus.json'), 'utf8')));
  const html = renderHtml(briefing);
  t = performance.now();
  const printer = await Printer.open();
  launches.push(performance.now() - t);
  t = performance.now();
  await printer.pdf(html, renderPageMargins(briefing));
  prints.push(performance.now() - t);
  await printer.close();
  fs.rmSync(out, { recursive: true, force: true });
}

const [launch, print, build] = [median(launches), median(prints), median(builds)];
console.log(
  `browser launch: ${ms(launch)}; one print of the corpus brief: ${ms(print)} (medians of ${runs})`,
);
console.log(`cold \`npm run brief\` on the corpus, all formats: ${ms(build)}`);
console.log(
  `ratio: ${(build / (launch + print)).toFixed(2)}x a launch plus one print (goal ≤ 2x); ` +
    `${(build / (2 * launch + print)).toFixed(2)}x twice a launch plus one print`,
);
