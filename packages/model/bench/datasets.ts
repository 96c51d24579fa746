import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../src/article.js';
import type { Briefing } from '../src/briefing.js';
import { buildBriefing } from '../src/build-briefing.js';
import { textArticle } from '../src/text-article.js';

/**
 * The shared datasets folder: `BRIEF_DATASETS`, else `../shared/datasets` beside the repository.
 * @param sub a dataset folder under it (`claims`, `newsmtsc-dev`)
 * @returns its absolute path
 * @throws {Error} when the folder is missing
 */
export function datasetDir(sub: string): string {
  const repo = path.resolve(import.meta.dirname, '../../..');
  const dir = path.join(process.env.BRIEF_DATASETS ?? path.resolve(repo, '../shared/datasets'), sub);
  if (!fs.existsSync(dir))
    throw new Error(`no dataset at ${dir}: set BRIEF_DATASETS to the shared datasets folder`);
  return dir;
}

/**
 * Reads a JSON Lines file.
 * @param file its path
 * @returns one value per non-empty line
 */
export function readJsonl<T>(file: string): T[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** A story cluster of `timelines/` (SemEval-2015 TimeLine; English Wikinews, CC BY 2.5): 30 articles on one story. */
export interface WikinewsCluster {
  id: string;
  topic: string;
  /** Its articles; `text` is one sentence a line, the headline (line 0) and the dateline (line 1) first. */
  docs: { doc_id: string; title: string; date: string; text: string }[];
}

/** A gold entity timeline of `timelines/timelines.jsonl`: each entry's date and its event mentions' sentences. */
export interface WikinewsTimeline {
  cluster: string;
  entity: string;
  entries: { date: string; events: { doc_id: string | null; sentence: number }[] }[];
}

/** The 38 gold entity timelines of `timelines/timelines.jsonl`. */
export function wikinewsTimelines(): WikinewsTimeline[] {
  return readJsonl<WikinewsTimeline>(path.join(datasetDir('timelines'), 'timelines.jsonl'));
}

/** The three story clusters of `timelines/clusters.jsonl`. */
export function wikinewsClusters(): WikinewsCluster[] {
  return readJsonl<WikinewsCluster>(path.join(datasetDir('timelines'), 'clusters.jsonl'));
}

const MONTHS = 'january february march april may june july august september october november december'.split(
  ' ',
);

/**
 * The day a cluster's article says it was published: its dateline (line 1, "February 20, 2009"), which
 * the annotators read its "today" and "on Thursday" against, and which a brief would read from its text;
 * else its creation day. Four of the 90 creation days are other days (one a month before its dateline).
 * @param doc one of a cluster's `docs`
 * @returns `YYYY-MM-DD`
 */
export function clusterDay(doc: Pick<WikinewsCluster['docs'][number], 'date' | 'text'>): string {
  const m = /^([A-Za-z]+) (\d{1,2}), (\d{4})\s*$/.exec(doc.text.split('\n')[1] ?? '');
  const month = MONTHS.indexOf((m?.[1] ?? '').toLowerCase()) + 1;
  if (m === null || month === 0) return doc.date;
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
}

/**
 * A cluster's article as a brief reads it: its body (from line 2, one sentence a paragraph), its title and
 * its dateline's day as its publication date ({@link clusterDay}).
 * @param doc one of a cluster's `docs`
 */
export function clusterArticle(doc: WikinewsCluster['docs'][number]): Article {
  return textArticle(doc.doc_id, doc.text.split('\n').slice(2).join('\n\n'), {
    title: doc.title,
    published: clusterDay(doc),
    publishedPrecision: 'day',
  });
}

/**
 * A cluster's articles ({@link clusterArticle}) and a reader of the released sentence a citation starts in:
 * each body is one sentence a paragraph from the released sentence 2 on, so an offset gives its sentence.
 * @param cluster the cluster
 * @returns the articles, and the sentence of an offset in one of them as "doc:k" (k counted as released:
 *   0 the headline, 1 the dateline)
 */
export function clusterArticlesBySentence(cluster: WikinewsCluster): {
  articles: Article[];
  sentenceAt: (doc: string, offset: number) => string;
} {
  const starts = new Map<string, number[]>();
  for (const d of cluster.docs) {
    const at: number[] = [];
    let offset = 0;
    for (const line of d.text.split('\n').slice(2)) {
      at.push(offset);
      offset += line.length + 2;
    }
    starts.set(d.doc_id, at);
  }
  const sentenceAt = (doc: string, offset: number) => {
    const at = starts.get(doc) as number[];
    let k = 0;
    while (k + 1 < at.length && (at[k + 1] as number) <= offset) k++;
    return `${doc}:${k + 2}`;
  };
  return { articles: cluster.docs.map(clusterArticle), sentenceAt };
}

/**
 * One brief of a cluster's articles, on a fixed clock, as the cluster benches build it.
 * @param cluster the cluster
 * @param articles its articles ({@link clusterArticle} of each, unless a bench needs more of them)
 */
export function clusterBriefing(cluster: WikinewsCluster, articles: readonly Article[]): Briefing {
  return buildBriefing(articles, { id: cluster.id, now: new Date('2026-01-01T00:00:00Z') }).value;
}
