// Lists the disputed claims `buildBriefing` finds in news it was not tuned on: one brief per Wikinews
// story cluster of `timelines/` (30 articles on one story each, CC BY 2.5), with both sides of each
// dispute, to be read and judged — the clusters carry no gold disputes. Before the disputes were held
// to "mostly equivalent" versions and reports of the same days, this listed 11 (13 disputing statements),
// all false; now none.
// Usage: pnpm --filter @briefing/model run bench:disputes   (BRIEF_DATASETS=DIR to point elsewhere)
import { clusterArticle, clusterBriefing, wikinewsClusters } from './datasets.js';

let total = 0;
for (const c of wikinewsClusters()) {
  const articles = c.docs.map(clusterArticle);
  const b = clusterBriefing(c, articles);
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
