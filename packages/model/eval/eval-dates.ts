// Measures how the timeline dates sentences against the SemEval-2015 TimeLine gold (Wikinews, CC BY
// 2.5 / CC BY 3.0, in $BRIEF_DATASETS/timelines): for every gold event mention anchored to a date
// (year, month or day known), whether its sentence is dated by `findDatedSentences` (coverage) and
// whether that date agrees with the gold one at the gold's precision (accuracy). Each article is read
// against its dateline's day (`clusterDay`), as a brief reads a source against its publication date.
// Usage: pnpm eval:dates
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterDay } from '../bench/datasets.js';
import { findDatedSentences } from '../src/build-timeline.js';
import { splitSentences } from '../src/sentences.js';
import { textArticle } from '../src/text-article.js';

interface Doc {
  doc_id: string;
  date: string;
  text: string;
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
for (const c of lines('clusters.jsonl') as { docs: Doc[] }[]) for (const d of c.docs) docs.set(d.doc_id, d);

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

let gold = 0;
let dated = 0;
let right = 0;
for (const t of lines('timelines.jsonl') as Timeline[])
  for (const e of t.entries) {
    const want = e.date.replace(/-?X+/g, '');
    if (!/^\d{4}/.test(want)) continue;
    for (const ev of e.events) {
      if (!ev.doc_id || ev.sentence < 2) continue;
      gold++;
      const got = datedBySentence.get(ev.doc_id)?.get(ev.sentence);
      if (got === undefined) continue;
      dated++;
      if (got.startsWith(want) || want.startsWith(got)) right++;
    }
  }
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
console.log(`gold event mentions with a date: ${gold}`);
console.log(`sentence dated (coverage):       ${dated} (${pct(dated, gold)})`);
console.log(`date agrees at gold precision:   ${right} (${pct(right, dated)} of dated)`);
