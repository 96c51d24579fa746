// Builds a JSON brief from 1,000 and 10,000 generated articles, each size in fresh child processes
// (three runs each; the median time and the largest peak memory, maxRSS, are reported), and prints
// the ratio of the two times.
// Targets (issue 4): 10,000 articles in at most 30 s and 1.5 GB; 10x the articles at most 12x the time.
// Usage: pnpm bench:scale [--runs N] [sizes...]   e.g. pnpm bench:scale --runs 1 1000 10000
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/article.js';
import { buildBriefing } from '../src/build-briefing.js';

const ACTORS = [
  'Iraq',
  'the United States',
  'Iran',
  'NATO',
  'ISIS',
  'the PMF',
  'Turkey',
  'Syria',
  'the Pentagon',
  'Baghdad',
  'Washington',
  'Tehran',
  'the Peshmerga',
  'Hezbollah',
  'the European Union',
  'Russia',
];
const VERBS = [
  'announced',
  'rejected',
  'welcomed',
  'criticised',
  'proposed',
  'negotiated',
  'postponed',
  'approved',
  'questioned',
  'expanded',
  'reduced',
  'funded',
];
const OBJECTS = [
  'a security agreement',
  'the withdrawal timetable',
  'new sanctions',
  'a training mission',
  'an energy deal',
  'border patrols',
  'a ceasefire',
  'the advisory mission',
  'a reconstruction fund',
  'joint exercises',
  'drone strikes',
  'a prisoner exchange',
];
const TOPICS = [
  'oil',
  'water',
  'elections',
  'militias',
  'banking',
  'refugees',
  'airspace',
  'reconstruction',
  'corruption',
  'electricity',
  'customs',
  'pipelines',
  'grain',
  'cyber',
  'ports',
  'schools',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NAMES = [
  'Ali Hassan',
  'Sara Karimi',
  'John Miller',
  'Layla Mahmoud',
  'Omar Aziz',
  'Nadia Rahman',
  'Peter Novak',
  'Hana Saleh',
];

/** A small deterministic PRNG so that every run generates the same articles. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function generate(n: number): Article[] {
  const rnd = random(42);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  const out: Article[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs: string[] = [];
    const count = 5 + Math.floor(rnd() * 8);
    for (let p = 0; p < count; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 3; s++) {
        const kind = rnd();
        const topic = `${pick(TOPICS)}-${Math.floor(rnd() * 500)}`;
        if (kind < 0.2)
          sentences.push(
            `On ${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}, ${pick(ACTORS)} ${pick(VERBS)} ${pick(OBJECTS)} on ${topic}.`,
          );
        else if (kind < 0.3)
          sentences.push(
            `"${pick(ACTORS)} has ${pick(VERBS)} ${pick(OBJECTS)} over ${topic}," said ${pick(NAMES)}, professor of politics at the University of ${pick(TOPICS)}.`,
          );
        else
          sentences.push(
            `${pick(ACTORS)} ${pick(VERBS)} ${pick(OBJECTS)} with ${pick(ACTORS)} as talks on ${topic} continued in ${2015 + Math.floor(rnd() * 10)}.`,
          );
      }
      paragraphs.push(sentences.join(' '));
    }
    const text = paragraphs.join('\n\n');
    let start = 0;
    const blocks = paragraphs.map((para, line) => {
      const b = { start, end: start + para.length, position: { line: line + 1, column: 1, offset: start } };
      start += para.length + 2;
      return b;
    });
    const day = 1 + Math.floor(rnd() * 28);
    out.push({
      id: `a${String(i).padStart(6, '0')}`,
      path: `a${i}.txt`,
      format: 'text',
      title: `Article ${i}`,
      subtitle: null,
      authors: [],
      published: `2024-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      publishedPrecision: 'day',
      outlet: `Outlet ${i % 37}`,
      section: null,
      tags: [],
      language: 'en',
      url: null,
      text,
      blocks,
    });
  }
  return out;
}

const child = process.argv[2] === '--child';
if (child) {
  const n = Number(process.argv[3]);
  const articles = generate(n);
  const t = performance.now();
  const { value } = buildBriefing(articles, { id: 'scale', now: new Date('2025-01-01T00:00:00Z') });
  const json = JSON.stringify(value);
  const seconds = (performance.now() - t) / 1000;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      n,
      seconds,
      rssMB: rss,
      bytes: json.length,
      keyPoints: value.keyPoints.length,
      actors: value.actors.length,
      timeline: value.timeline.length,
      claims: value.claims.length,
    }),
  );
} else {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Math.max(1, Number(args.splice(runsAt, 2)[1])) : 3;
  const sizes = args.map(Number).filter((x) => x > 0);
  const results: { n: number; seconds: number; rssMB: number }[] = [];
  for (const n of sizes.length ? sizes : [1000, 10000]) {
    const lines = [];
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(
        process.execPath,
        ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(n)],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      if (r.status !== 0) throw new Error(`child for ${n} failed: ${r.stderr}`);
      lines.push(JSON.parse(r.stdout.trim().split('\n').at(-1) as string));
    }
    lines.sort((a, b) => a.seconds - b.seconds);
    const line = { ...lines[Math.floor(lines.length / 2)], rssMB: Math.max(...lines.map((l) => l.rssMB)) };
    results.push(line);
    console.log(
      `${String(n).padStart(6)} articles: ${line.seconds.toFixed(2)} s (median of ${runs}), peak RSS ${line.rssMB.toFixed(0)} MB (analysis only; generation excluded) — ${line.keyPoints} key points, ${line.actors} actors, ${line.timeline} events, ${line.claims} claims`,
    );
  }
  if (results.length >= 2) {
    const [a, b] = [results[0], results.at(-1)] as [(typeof results)[0], (typeof results)[0]];
    console.log(
      `time ratio ${b.n / a.n}x articles: ${(b.seconds / a.seconds).toFixed(2)}x (target ≤ 12x for 10x)`,
    );
  }
}
