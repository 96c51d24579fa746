// Lists the functions V8 deoptimises again and again while `brief build` runs over bench pages: the
// same optimised code (one opt id) thrown back to the interpreter at each call. V8 compiles a long loop
// while it runs (on-stack replacement) and enters that code again on later calls; when the code holds
// a branch the first call never took, or code after the loop that had not yet run, every later call
// that reaches it deoptimises, and the rest of that call runs slower (issue 17: `minHash` on 1 page in
// 6 and `recencyOf` once per story, until they were split so that their loops stand alone).
// It also lists the fields whose objects V8 migrates to a new shape, one by one: a field first given a
// small integer and later a fraction (or another kind of value) changes the shape all such objects share,
// and each is moved to the new one when next read (a scored sentence's `score` started as 0: 96,710
// migrations over 2,000 bench pages, half of `scoreSentences`' time).
// The build runs in one thread (`BRIEF_THREADS=0`), so each count is one isolate's.
// Usage: pnpm --filter @briefing/cli deopt:loops [--pages N] [--min K] [--min-moved M] [DIR]
//   DIR: a folder of pages (default: N bench pages, 1,000, written as bench:scale writes them);
//   --min: list code deoptimised at least K times (default 10); --min-moved: fields migrated at least M
//   times (default 1,000: objects made for each sentence or word, not the few a page makes and drops,
//   59 over 2,000 pages). Exits 1 when any is listed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPages, writePageCorpus } from './page-corpus.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(root, 'apps/cli/dist/bin.js');
const datasets = process.env.BRIEF_DATASETS ?? path.join(root, '../shared/datasets');

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args.splice(at, 2)[1]) : fallback;
};
const pages = option('--pages', 1000);
const min = option('--min', 10);
const minMoved = option('--min-moved', 1000);
if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-deopt-'));
try {
  let corpus = args[0];
  if (corpus === undefined) {
    corpus = path.join(tmp, 'corpus');
    fs.mkdirSync(corpus);
    writePageCorpus(readPages(datasets), pages, corpus);
  }
  const run = spawnSync(
    process.execPath,
    [
      '--trace-deopt',
      '--trace-migration',
      bin,
      'build',
      '--corpus',
      corpus,
      '--out',
      path.join(tmp, 'out'),
      '--format',
      'json',
    ],
    {
      env: { ...process.env, BRIEF_THREADS: '0', SOURCE_DATE_EPOCH: '1700000000' },
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    },
  );
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`brief build failed (${run.status ?? run.signal}): ${run.stderr.slice(-2000)}`);
  // [bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x… <JSFunction name (sfi = 0x…)>, 0x… <Code TURBOFAN>, opt id 81, …
  const bailout =
    /^\[bailout \(kind: ([^,]+), reason: ([^)]*)\): begin\. deoptimizing \S+ <JSFunction ([^ >]*)[^>]*>, \S+ <Code \w+>, opt id (\d+)/;
  // [migrating]score:s->d  (the field, and its representation before and after: s small integer,
  // d double, h heap object, t any)
  const migrating = /^\[migrating\](\S+)/;
  const byCode = new Map<string, number>();
  const byField = new Map<string, number>();
  for (const line of run.stdout.split('\n')) {
    const m = bailout.exec(line);
    const key = m ? `${m[3] || '(anonymous)'}\t${m[2]}\topt id ${m[4]}` : migrating.exec(line)?.[1];
    if (key === undefined) continue;
    const counts = m ? byCode : byField;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((a, b) => a + b, 0);
  /** Lists the keys counted at least `least` times, most first, and returns them. */
  const listed = (counts: Map<string, number>, least: number, heading: string) => {
    const many = [...counts].filter(([, n]) => n >= least).sort((a, b) => b[1] - a[1]);
    console.log(heading);
    for (const [key, n] of many) console.log(`${String(n).padStart(6)}  ${key.replaceAll('\t', '  ')}`);
    if (many.length === 0) console.log('  none');
    return many;
  };
  const loops = listed(
    byCode,
    min,
    `${sum(byCode)} deoptimisations in one thread over ${corpus}; the same code ${min} times or more:`,
  );
  const fields = listed(
    byField,
    minMoved,
    `${sum(byField)} objects migrated to a new shape; the same field ${minMoved} times or more:`,
  );
  process.exitCode = loops.length > 0 || fields.length > 0 ? 1 : 0;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
