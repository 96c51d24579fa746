// Builds one JSON brief from 1,000 and 10,000 page texts through the real program — `brief build
// --format json`: reading, parsing, analysis, JSON write, no browser — and prints the wall time, the
// peak memory of the whole process tree (the program's own peak RSS, worker threads included, plus the
// peak of any process it starts) and the growth of time from the smallest to the largest size.
// The pages are real page texts of the dev datasets, varied (see page-corpus.ts), written to a
// temporary folder that is removed afterwards. Each size runs `--runs` times (default 3): the median
// time and the largest peak are reported.
// Targets (issue 17): 10,000 articles in at most 30 s and 1.5 GB; 10x the articles at most 12x the time.
// Usage: pnpm bench:scale [--runs N] [sizes...]   e.g. pnpm bench:scale --runs 1 1000 10000
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPages, writePageCorpus } from './page-corpus.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const bin = path.join(root, 'apps/cli/dist/bin.js');
const datasets = process.env.BRIEF_DATASETS ?? path.join(root, '../shared/datasets');

interface Run {
  seconds: number;
  /** CPU seconds of all threads of the program: what the run costs on a machine shared with others. */
  cpu: number;
  rssMB: number;
  parse: number;
  analyse: number;
}

/** Runs `brief build` once; its peak RSS comes from a preloaded hook that writes it at exit. */
function runBrief(corpus: string, out: string, rssFile: string): Promise<Run> {
  const hook = `data:text/javascript,${encodeURIComponent(
    `import fs from 'node:fs'; process.on('exit', () => fs.writeFileSync(${JSON.stringify(rssFile)}, JSON.stringify(process.resourceUsage())));`,
  )}`;
  const args = ['--import', hook, bin, 'build', '--corpus', corpus, '--out', out, '--format', 'json'];
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, [...args, '--force', '--json'], {
      env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    // processes the program starts (none for JSON: the browser only starts to print a PDF)
    let descendants = 0;
    const poll = setInterval(() => {
      descendants = Math.max(descendants, descendantPeakKB(child.pid as number));
    }, 250);
    child.on('close', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - t) / 1000;
      // exit code 1 is expected: some real pages hold no article, and each is reported as an error
      const summary = stdout.startsWith('{')
        ? (JSON.parse(stdout) as { briefs: { status: string; timings: Record<string, number> }[] })
        : null;
      if (summary?.briefs[0]?.status !== 'built')
        return reject(new Error(`brief build failed (${code}): ${stderr.slice(-2000)}`));
      const timings = summary.briefs[0]?.timings ?? {};
      const usage = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as NodeJS.ResourceUsage;
      const self = usage.maxRSS;
      resolve({
        seconds,
        rssMB: (self + descendants) / 1024,
        cpu: (usage.userCPUTime + usage.systemCPUTime) / 1e6,
        parse: (timings.parse ?? 0) / 1000,
        analyse: (timings.analyse ?? 0) / 1000,
      });
    });
  });
}

/** The sum of the peak RSS (VmHWM) of every live descendant of a process, in KB. */
function descendantPeakKB(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let kb = 0;
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    stack.push(...(children.get(p) ?? []));
    try {
      kb += Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended
    }
  }
  return kb;
}

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Math.max(1, Number(args.splice(runsAt, 2)[1])) : 3;
const sizes = args.map(Number).filter((x) => x > 0);
if (!fs.existsSync(bin)) throw new Error(`${bin} is missing: run \`pnpm build\` first`);
const pages = readPages(datasets);
const results: (Run & { n: number })[] = [];
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-scale-'));
try {
  for (const n of sizes.length ? sizes : [1000, 10000]) {
    const corpus = path.join(tmp, `corpus-${n}`);
    fs.mkdirSync(corpus);
    const bytes = writePageCorpus(pages, n, corpus);
    const all: Run[] = [];
    for (let i = 0; i < runs; i++) {
      all.push(await runBrief(corpus, path.join(tmp, `out-${n}-${i}`), path.join(tmp, 'rss')));
    }
    fs.rmSync(corpus, { recursive: true, force: true });
    all.sort((a, b) => a.seconds - b.seconds);
    const mid = all[Math.floor(all.length / 2)] as Run;
    const line = { ...mid, n, rssMB: Math.max(...all.map((r) => r.rssMB)) };
    results.push(line);
    console.log(
      `${String(n).padStart(6)} pages (${(bytes / n / 1024).toFixed(1)} KB each): ${line.seconds.toFixed(2)} s ` +
        `(median of ${runs}${runs > 1 ? `, runs ${all.map((r) => r.seconds.toFixed(2)).join(' / ')} s` : ''}; ` +
        `parse ${line.parse.toFixed(2)} s, analyse ${line.analyse.toFixed(2)} s; ` +
        `${line.cpu.toFixed(1)} CPU s; load ${os.loadavg()[0]?.toFixed(1)}), ` +
        `peak RSS ${line.rssMB.toFixed(0)} MB`,
    );
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (results.length >= 2) {
  const [a, b] = [results[0], results.at(-1)] as [(typeof results)[0], (typeof results)[0]];
  console.log(
    `time ratio for ${b.n / a.n}x the pages: ${(b.seconds / a.seconds).toFixed(2)}x (target ≤ 12x for 10x)`,
  );
}
