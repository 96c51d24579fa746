// Measures the key points as an extractive multi-document summary: ROUGE-1/ROUGE-2 recall of their
// first 100 words (Porter-stemmed, as ROUGE-1.5.5 `-m -l 100` scores), beside LexRank and Centroid
// baselines computed here on the same sentences.
// Data: the SemEval-2015 TimeLine Wikinews clusters (CC BY 2.5 / CC BY 3.0) in
// $BRIEF_DATASETS/timelines (default ../shared/datasets from the repository root). No openly licensed
// multi-document set with human summaries exists there, so each gold entity timeline stands in for a
// summary: the sentences holding its anchored events, in timeline order.
//   entity sets: for each of the 38 timelines, the articles its events come from, scored against it;
//   clusters:    each cluster's 30 articles, scored against all its timelines (summed, ROUGE's -f A).
// Usage: pnpm eval:keypoints
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterDay } from '../bench/datasets.js';
import type { Article } from '../src/article.js';
import { buildBriefing } from '../src/build-briefing.js';
import { isStatement } from '../src/score-sentences.js';
import { splitSentences } from '../src/sentences.js';
import { type Candidate, centroid, lexRank } from './baselines.js';
import { firstWords, type RougeCounts, rougeN } from './rouge.js';

interface Doc {
  doc_id: string;
  title: string;
  url: string;
  date: string;
  text: string;
}
interface Cluster {
  id: string;
  docs: Doc[];
}
interface Timeline {
  cluster: string;
  entity: string;
  entries: { order: number; date: string; events: { doc_id: string | null; sentence: number }[] }[];
}

const root =
  process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'datasets');
const dir = join(root, 'timelines');
const lines = (file: string) =>
  readFileSync(join(dir, file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const clusters = new Map((lines('clusters.jsonl') as Cluster[]).map((c) => [c.id, c]));
const timelines = lines('timelines.jsonl') as Timeline[];

/** An article from a Wikinews document: line 0 is the headline, line 1 the dateline, then the body. */
function toArticle(d: Doc): Article {
  const body = d.text.split('\n').slice(2).join('\n\n');
  const blocks: Article['blocks'] = [];
  for (const m of body.matchAll(/[^\n]+/g))
    blocks.push({
      start: m.index,
      end: m.index + m[0].length,
      position: { line: 1, column: 1, offset: m.index },
    });
  return {
    id: d.doc_id,
    path: `${d.doc_id}.txt`,
    format: 'text',
    title: d.title,
    subtitle: null,
    authors: [],
    published: clusterDay(d),
    publishedPrecision: 'day',
    outlet: 'Wikinews',
    section: null,
    tags: [],
    language: 'en',
    url: d.url,
    text: body,
    blocks,
  };
}

/** The reference: the sentences of a timeline's anchored events (all events when none is anchored). */
function reference(t: Timeline, docs: ReadonlyMap<string, Doc>): { text: string; docIds: Set<string> } {
  const anchored = t.entries.filter((e) => e.order > 0);
  const entries = (anchored.length ? anchored : t.entries).sort((a, b) => a.order - b.order);
  const seen = new Set<string>();
  const out: string[] = [];
  const docIds = new Set<string>();
  for (const e of entries)
    for (const ev of e.events) {
      const doc = ev.doc_id ? docs.get(ev.doc_id) : undefined;
      const line = doc?.text.split('\n')[ev.sentence];
      if (!doc || line === undefined || ev.sentence < 2) continue;
      docIds.add(doc.doc_id);
      const key = `${doc.doc_id}:${ev.sentence}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(line);
    }
  return { text: out.join('\n'), docIds };
}

type System = (articles: Article[]) => string;
const systems: Record<string, System> = {
  'key points': (articles) =>
    buildBriefing(articles, { id: 'eval', now: new Date('2020-01-01T00:00:00Z') })
      .value.keyPoints.map((k) => k.text)
      .join(' '),
  LexRank: (articles) => lexRank(candidates(articles)).join(' '),
  Centroid: (articles) => centroid(candidates(articles)).join(' '),
};

function candidates(articles: Article[]): Candidate[] {
  return articles.flatMap((a, doc) =>
    splitSentences(a.text)
      .map((s, index) => ({ text: s.text, doc, index, ok: isStatement(s) }))
      .filter((s) => s.ok)
      .map(({ text, doc, index }) => ({ text, doc, index })),
  );
}

interface Score {
  r1: number;
  r2: number;
}
const recall = (c: RougeCounts) => (c.total ? (100 * c.hits) / c.total : 0);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function evaluate(sets: { articles: Article[]; references: string[] }[]): Record<string, Score> {
  const out: Record<string, Score> = {};
  for (const [name, run] of Object.entries(systems)) {
    const r1: number[] = [];
    const r2: number[] = [];
    for (const set of sets) {
      const summary = firstWords(run(set.articles));
      r1.push(recall(rougeN(summary, set.references, 1)));
      r2.push(recall(rougeN(summary, set.references, 2)));
    }
    out[name] = { r1: mean(r1), r2: mean(r2) };
  }
  return out;
}

const entitySets: { articles: Article[]; references: string[] }[] = [];
const clusterSets: { articles: Article[]; references: string[] }[] = [];
for (const c of clusters.values()) {
  const docs = new Map(c.docs.map((d) => [d.doc_id, d]));
  const refs: string[] = [];
  for (const t of timelines.filter((t) => t.cluster === c.id)) {
    const ref = reference(t, docs);
    if (!ref.text) continue;
    refs.push(ref.text);
    const articles = c.docs.filter((d) => ref.docIds.has(d.doc_id)).map(toArticle);
    if (articles.length >= 2) entitySets.push({ articles, references: [ref.text] });
  }
  clusterSets.push({ articles: c.docs.map(toArticle), references: refs });
}

const print = (label: string, scores: Record<string, Score>) => {
  console.log(`\n${label}`);
  console.log('system       ROUGE-1  ROUGE-2   (recall, %, first 100 words, Porter-stemmed)');
  for (const [name, s] of Object.entries(scores))
    console.log(`${name.padEnd(12)} ${s.r1.toFixed(1).padStart(7)}  ${s.r2.toFixed(1).padStart(7)}`);
};
print(
  `entity sets: ${entitySets.length} timelines with 2+ articles, one reference each`,
  evaluate(entitySets),
);
print(
  `clusters: ${clusterSets.length} x 30 articles, every timeline of the cluster as a reference`,
  evaluate(clusterSets),
);
