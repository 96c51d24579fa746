/**
 * Times a parse worker's per-file work in CPU time (`process.cpuUsage`, user + system), parse and
 * per-article analysis apart, for one or more builds of the model loaded in the same process: each page
 * is parsed once by this package's parser, then `analyseArticle` of every build runs on it in turn (the
 * order turning with the page and the pass), and each page's fastest time is summed; prints ms per
 * 1,000 pages, the parse's first (`parseArticle`, this package's parser, for the split). The method of
 * `packages/parser/bench/cpu-parse.ts --by-page`, extended to the second half of `parseFile`.
 *
 * Usage: `tsx bench/cpu-analyse.ts DIR [--model path/to/dist/index.js]... [--passes 5]`; without
 * `--model` it times this package's build of the model. DIR holds text pages such as the scale bench's
 * (`bench/page-corpus.ts`). A build of another checkout needs its `data/`, `models/` and `packs/` beside
 * its `dist/`, as in the package.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArticle } from '@briefing/parser';

type Analyse = typeof import('@briefing/model').analyseArticle;

const argv = process.argv.slice(2);
const dir = argv[0];
if (!dir || dir.startsWith('--')) throw new Error('usage: cpu-analyse.ts DIR [--model FILE]... [--passes N]');
const builds = argv.flatMap((a, i) => (a === '--model' ? [argv[i + 1] as string] : []));
if (builds.length === 0) builds.push('@briefing/model');
const passesAt = argv.indexOf('--passes');
const passes = passesAt >= 0 ? Number(argv[passesAt + 1]) : 5;

const analysers: Analyse[] = [];
for (const build of builds) {
  const spec = build.startsWith('@') ? build : pathToFileURL(path.resolve(build)).href;
  analysers.push(((await import(spec)) as { analyseArticle: Analyse }).analyseArticle);
}
const pages = fs
  .readdirSync(dir)
  .sort()
  .map((f) => ({ path: path.join(dir, f), data: fs.readFileSync(path.join(dir, f)) }));

const parseFastest = new Float64Array(pages.length).fill(Number.POSITIVE_INFINITY);
const fastest = analysers.map(() => new Float64Array(pages.length).fill(Number.POSITIVE_INFINITY));
// the same options as a build with no packs or aliases (`parseFile`'s, from the build's plan)
const options = { packs: [], aliases: [] };
for (let pass = 0; pass < passes; pass++)
  pages.forEach((page, p) => {
    let start = process.cpuUsage();
    const article = parseArticle(page).value;
    let used = process.cpuUsage(start);
    parseFastest[p] = Math.min(parseFastest[p] as number, (used.user + used.system) / 1000);
    // a page with no article (the diagnostics say why) has no analysis: it counts 0 for every build
    if (article === null) {
      for (const row of fastest) row[p] = 0;
      return;
    }
    for (let k = 0; k < analysers.length; k++) {
      const i = (k + p + pass) % analysers.length;
      start = process.cpuUsage();
      (analysers[i] as Analyse)(article, options);
      used = process.cpuUsage(start);
      const row = fastest[i] as Float64Array;
      row[p] = Math.min(row[p] as number, (used.user + used.system) / 1000);
    }
  });
const perThousand = (row: Float64Array) => (row.reduce((a, b) => a + b, 0) / pages.length) * 1000;
console.log(`${perThousand(parseFastest).toFixed(0).padStart(6)} ms / 1,000 pages  parseArticle`);
builds.forEach((build, i) => {
  const ms = perThousand(fastest[i] as Float64Array);
  console.log(`${ms.toFixed(0).padStart(6)} ms / 1,000 pages  analyseArticle of ${build}`);
});
