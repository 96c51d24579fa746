// Measures how the timeline dates sentences against the SemEval-2015 TimeLine gold (Wikinews, CC BY
// 2.5 / CC BY 3.0, in $BRIEF_DATASETS/timelines): for every gold event mention anchored to a date
// (year, month or day known), whether its sentence is dated by `findDatedSentences` (coverage) and
// whether that date agrees with the gold one at the gold's precision (accuracy). Each article is read
// against its dateline's day (`clusterDay`), as a brief reads a source against its publication date.
// Per cluster too (tune on two, judge on the third). `--misses` lists each gold mention whose sentence
// gets no date or a wrong one, with the gold date, the article's day and what chrono's casual reader sees.
// Usage: pnpm eval:dates [--misses [cluster]]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { clusterDay } from '../bench/datasets.js';
import { findDatedSentences } from '../src/build-timeline.js';
import { splitSentences } from '../src/sentences.js';
import { textArticle } from '../src/text-article.js';

interface Doc {
  doc_id: string;
  date: string;
  text: string;
}
interface Cluster {
  id: string;
  docs: Doc[];
}
interface Timeline {
  cluster: string;
  entries: { order: number; date: string; events: { doc_id: string | null; sentence: number }[] }[];
}

const root =
  process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'datasets');
const lines = (file: string) =>
  readFileSync(join(root, 'timelines', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const docs = new Map<string, Doc>();
const clusterOf = new Map<string, string>();
for (const c of lines('clusters.jsonl') as Cluster[])
  for (const d of c.docs) {
    docs.set(d.doc_id, d);
    clusterOf.set(d.doc_id, c.id);
  }

/** Each document's dated sentences, by gold sentence number (line 2 on is the body, one sentence a line). */
const datedBySentence = new Map<string, Map<number, string>>();
for (const d of docs.values()) {
  const body = d.text.split('\n').slice(2);
  const text = body.join('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const line of body) {
    starts.push(at);
    at += line.length + 2;
  }
  const day = clusterDay(d);
  const article = textArticle(d.doc_id, text, { published: day, publishedPrecision: 'day' });
  const out = new Map<number, string>();
  for (const s of findDatedSentences(article, splitSentences(text), new Date(`${day}T12:00:00Z`))) {
    let line = 0;
    while (line + 1 < starts.length && (starts[line + 1] as number) <= s.citation.start) line++;
    if (!out.has(line + 2)) out.set(line + 2, s.date);
  }
  datedBySentence.set(d.doc_id, out);
}

const missesOf = process.argv.includes('--misses')
  ? (process.argv[process.argv.indexOf('--misses') + 1] ?? 'all')
  : null;
const count = new Map<string, { gold: number; dated: number; right: number }>();
const misses: string[] = [];
const seen = new Set<string>();
for (const t of lines('timelines.jsonl') as Timeline[])
  for (const e of t.entries) {
    const want = e.date.replace(/-?X+/g, '');
    if (!/^\d{4}/.test(want)) continue;
    for (const ev of e.events) {
      if (!ev.doc_id || ev.sentence < 2) continue;
      const cluster = clusterOf.get(ev.doc_id) ?? '?';
      const got = datedBySentence.get(ev.doc_id)?.get(ev.sentence);
      const ok = got !== undefined && (got.startsWith(want) || want.startsWith(got));
      for (const key of ['all', cluster]) {
        const n = count.get(key) ?? { gold: 0, dated: 0, right: 0 };
        count.set(key, n);
        n.gold++;
        if (got !== undefined) n.dated++;
        if (ok) n.right++;
      }
      const id = `${ev.doc_id}:${ev.sentence}:${want}`;
      if (!ok && (missesOf === 'all' || missesOf === cluster) && !seen.has(id)) {
        seen.add(id);
        const doc = docs.get(ev.doc_id) as Doc;
        const text = doc.text.split('\n')[ev.sentence] ?? '';
        const day = clusterDay(doc);
        const read = chrono.casual
          .parse(text, new Date(`${day}T12:00:00Z`))
          .map((r) => `"${r.text}"=${r.start.date().toISOString().slice(0, 10)}`)
          .join(' ');
        misses.push(
          `${got === undefined ? 'UNDATED' : 'WRONG'}\t${cluster} ${id}\tgold ${want}\tday ${day}\tgot ${got ?? '-'}\tchrono ${read || '-'}\n  ${text}`,
        );
      }
    }
  }
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
const all = count.get('all') ?? { gold: 0, dated: 0, right: 0 };
console.log(`gold event mentions with a date: ${all.gold}`);
console.log(`sentence dated (coverage):       ${all.dated} (${pct(all.dated, all.gold)})`);
console.log(`date agrees at gold precision:   ${all.right} (${pct(all.right, all.dated)} of dated)`);
for (const [key, n] of [...count].filter(([k]) => k !== 'all').sort())
  console.log(
    `  ${key}: ${n.gold} gold, dated ${n.dated} (${pct(n.dated, n.gold)}), right ${n.right} (${pct(n.right, n.dated)})`,
  );
if (missesOf !== null) console.log(misses.sort().join('\n'));
