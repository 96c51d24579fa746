/**
 * Times the serial cross-article step of a large build (`buildBriefingWith`, after the parse) in the
 * main thread's own CPU time (`/proc/thread-self/schedstat`: the grouping thread's CPU is not counted),
 * for one or more checkouts of the project loaded in the same process, in turn.
 *
 * `--save DIR FILE` parses DIR's pages once with a build's parse workers (`dist/parse-worker.js`,
 * packs and aliases none, as `brief build` with no config) and saves their `ParsedFile`s with
 * `v8.serialize`. Then `FILE --build ROOT [--build ROOT]... [--runs 3]` runs, for each checkout ROOT
 * (its `apps/cli/src` modules, its built model, its built `group-worker.js`) and in turn (A B, B A, …):
 * `parseCorpus`' `ParsedCollector.take` of each file (names interned, terms and words into the shared
 * arenas, the analysis unpacked; a checkout needs `src/collect-parsed.ts`), `dropDuplicates`, then `buildBriefingWith` with a grouping thread as `brief build`
 * starts it; prints each run's CPU ms of the step (and of `take` and `dropDuplicates`) and each build's
 * median. `--json OUT` writes each build's last briefing (apart from `generatedAt`) to OUT.N.json.
 *
 * Usage (apps/cli): `tsx bench/cpu-step.ts --save /tmp/pages /tmp/parsed.bin`, then
 * `tsx bench/cpu-step.ts /tmp/parsed.bin --build ../../../start --build ../.. --runs 3`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import type { AnalysedArticle } from '@briefing/model';
import type { ParsedCollector } from '../src/collect-parsed.js';
import type { ParsedFile } from '../src/parse-file.js';

const argv = process.argv.slice(2);
const threadCpu = () => Number(fs.readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;

if (argv[0] === '--save') {
  const [, dir, out] = argv as [string, string, string];
  const { Tinypool } = await import('tinypool');
  const root = path.resolve(import.meta.dirname, '..');
  const pool = new Tinypool({
    filename: pathToFileURL(path.join(root, 'dist/parse-worker.js')).href,
    minThreads: 2,
    maxThreads: 2,
  });
  const files = fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
  const tasks: Promise<unknown[]>[] = [];
  for (let i = 0; i < files.length; i += 4)
    tasks.push(pool.run({ files: files.slice(i, i + 4), analyse: { packs: [], aliases: [] } }));
  const parsed = (await Promise.all(tasks)).flat();
  await pool.destroy();
  fs.writeFileSync(out, v8.serialize({ files, parsed }));
  console.log(`${parsed.length} parsed files saved in ${out}`);
  process.exit(0);
}

const saved = fs.readFileSync(argv[0] as string);
const roots = argv.flatMap((a, i) => (a === '--build' ? [path.resolve(argv[i + 1] as string)] : []));
const runsAt = argv.indexOf('--runs');
const runs = runsAt >= 0 ? Number(argv[runsAt + 1]) : 3;
const jsonAt = argv.indexOf('--json');
const jsonOut = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;

interface Build {
  model: typeof import('@briefing/model');
  ParsedCollector: typeof ParsedCollector;
  startGroupWorker: typeof import('../src/group-in-worker.js').startGroupWorker;
  worker: URL;
}
const builds: Build[] = [];
for (const root of roots) {
  const cli = path.join(root, 'apps/cli');
  const at = (f: string) => pathToFileURL(path.join(cli, f)).href;
  builds.push({
    model: await import(pathToFileURL(path.join(root, 'packages/model/dist/index.js')).href),
    ParsedCollector: (await import(at('src/collect-parsed.ts'))).ParsedCollector,
    startGroupWorker: (await import(at('src/group-in-worker.ts'))).startGroupWorker,
    worker: new URL(at('dist/group-worker.js')),
  });
}

async function run(b: Build): Promise<{ take: number; dedupe: number; step: number; json: string }> {
  const { parsed } = v8.deserialize(saved) as { parsed: ParsedFile[] };
  let t = threadCpu();
  const collected = new b.ParsedCollector();
  for (const p of parsed) collected.take(p);
  const { analysed, signatures } = collected;
  const take = threadCpu() - t;
  t = threadCpu();
  const analysisOf = new Map(analysed.map((x) => [x.article, x.analysis]));
  const { kept } = b.model.dropDuplicates(
    analysed.map((x) => x.article),
    (a) => signatures.get(a.id),
  );
  const keptAnalysed = kept.map((article) => ({
    article,
    analysis: analysisOf.get(article) as AnalysedArticle['analysis'],
  }));
  const dedupe = threadCpu() - t;
  const started = b.startGroupWorker(b.worker);
  t = threadCpu();
  const { value } = await b.model.buildBriefingWith(
    keptAnalysed,
    { id: 'bench', classification: null, audience: null, packs: [], aliases: [], outlets: [] },
    started.group,
    started.read,
    started.learn,
  );
  const step = threadCpu() - t;
  started.stop();
  const json = JSON.stringify({ ...value, generatedAt: undefined });
  return { take, dedupe, step, json };
}

const steps: number[][] = builds.map(() => []);
for (let r = 0; r < runs; r++)
  for (let k = 0; k < builds.length; k++) {
    const i = r % 2 === 0 ? k : builds.length - 1 - k;
    globalThis.gc?.();
    const { take, dedupe, step, json } = await run(builds[i] as Build);
    steps[i]?.push(step);
    console.log(
      `run ${r + 1} ${roots[i]}: step ${step.toFixed(0)} ms (take ${take.toFixed(0)}, dropDuplicates ${dedupe.toFixed(0)})`,
    );
    if (jsonOut && r >= runs - 2) fs.writeFileSync(`${jsonOut}.${i}.json`, json);
  }
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
roots.forEach((root, i) => {
  console.log(`${root}: median step ${median(steps[i] as number[]).toFixed(0)} ms of ${runs}`);
});
process.exit(0);
