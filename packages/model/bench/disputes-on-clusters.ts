// Lists the disputed claims `buildBriefing` finds in news it was not tuned on: one brief per Wikinews
// story cluster of `timelines/` (30 articles on one story each, CC BY 2.5), with both sides of each
// dispute, to be read and judged — the clusters carry no gold disputes. Before the disputes were held
// to "mostly equivalent" versions and reports of the same days, this listed 11 (13 disputing statements),
// all false; now none.
// Usage: pnpm --filter @briefing/model run bench:disputes   (BRIEF_DATASETS=DIR to point elsewhere)
import { join } from 'node:path';
import { buildBriefing } from '../src/build-briefing.js';
import { textArticle } from '../src/text-article.js';
import { datasetDir, readJsonl } from './datasets.js';

interface Cluster {
  id: string;
  topic: string;
  docs: { doc_id: string; title: string; date: string; text: string }[];
}

const clusters = readJsonl<Cluster>(join(datasetDir('timelines'), 'clusters.jsonl'));
let total = 0;
for (const c of clusters) {
  const articles = c.docs.map((d) =>
    textArticle(d.doc_id, d.text.split('\n').slice(2).join('\n\n'), {
      title: d.title,
      published: d.date,
      publishedPrecision: 'day',
    }),
  );
  const { value: b } = buildBriefing(articles, { id: c.id, now: new Date('2026-01-01T00:00:00Z') });
  const disputed = b.claims.filter((x) => x.disputed);
  total += disputed.length;
  const shared = b.claims.filter((x) => x.sourceIds.length > 1).length;
  console.log(
    `${c.id} (${c.topic}): ${articles.length} sources, ${b.claims.length} claims, ${shared} shared, ${disputed.length} disputed`,
  );
  for (const claim of disputed)
    for (const s of claim.stances ?? [])
      console.log(`  ${s.stance.padEnd(8)} ${s.sourceId}: ${s.citations[0]?.quote.slice(0, 160)}`);
}
console.log(`disputed claims in all: ${total}`);
