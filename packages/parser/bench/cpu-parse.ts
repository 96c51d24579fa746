/**
 * Times `parseArticle` in CPU time (`process.cpuUsage`, user + system) over a folder of pages, for one
 * or more builds of the parser loaded in the same process, their passes interleaved so that a shared
 * machine's load falls on each alike; prints the fastest pass of each, in ms per 1,000 pages.
 *
 * Usage: `tsx bench/cpu-parse.ts DIR [--parser path/to/dist/index.js]... [--passes 7] [--by-page]`;
 * without `--parser` it times this package's build. DIR holds text pages such as the scale bench's
 * (`apps/cli/bench/page-corpus.ts`). With `--by-page` each page is parsed by every build in turn (the
 * order turning with the page and the pass) and each page's fastest time is summed: on a loaded machine
 * this swings far less than whole passes do (two loads of one build differ by 3–13 ms per 1,000 pages).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionValue } from './datasets.js';

type Parse = typeof import('@briefing/parser').parseArticle;

const argv = process.argv.slice(2);
const dir = argv[0];
if (!dir || dir.startsWith('--')) throw new Error('usage: cpu-parse.ts DIR [--parser FILE]... [--passes N]');
const builds = argv.flatMap((a, i) => (a === '--parser' ? [argv[i + 1] as string] : []));
if (builds.length === 0) builds.push('@briefing/parser');
const passes = Number(optionValue(argv, '--passes') ?? 7);

const parsers: Parse[] = [];
for (const build of builds) {
  const spec = build.startsWith('@') ? build : pathToFileURL(path.resolve(build)).href;
  parsers.push(((await import(spec)) as { parseArticle: Parse }).parseArticle);
}
const pages = fs
  .readdirSync(dir)
  .sort()
  .map((f) => ({ path: path.join(dir, f), data: fs.readFileSync(path.join(dir, f)) }));

const best = parsers.map(() => Number.POSITIVE_INFINITY);
if (argv.includes('--by-page')) {
  const fastest = parsers.map(() => new Float64Array(pages.length).fill(Number.POSITIVE_INFINITY));
  for (let pass = 0; pass < passes; pass++)
    pages.forEach((page, p) => {
      for (let k = 0; k < parsers.length; k++) {
        const i = (k + p + pass) % parsers.length;
        const start = process.cpuUsage();
        (parsers[i] as Parse)(page);
        const used = process.cpuUsage(start);
        const row = fastest[i] as Float64Array;
        row[p] = Math.min(row[p] as number, (used.user + used.system) / 1000);
      }
    });
  fastest.forEach((row, i) => {
    best[i] = row.reduce((a, b) => a + b, 0);
  });
}
for (let pass = 0; pass < (argv.includes('--by-page') ? 0 : passes); pass++) {
  parsers.forEach((parse, i) => {
    const start = process.cpuUsage();
    for (const page of pages) parse(page);
    const used = process.cpuUsage(start);
    best[i] = Math.min(best[i] as number, (used.user + used.system) / 1000);
  });
}
builds.forEach((build, i) => {
  const perThousand = ((best[i] as number) / pages.length) * 1000;
  console.log(`${perThousand.toFixed(0).padStart(6)} ms / 1,000 pages  ${build}`);
});
