// Judges the shared claims `buildBriefing` finds against human event links it was not tuned on: one
// brief per Wikinews story cluster of `timelines/` (30 articles each, CC BY 2.5), whose annotators put
// every mention of an event involving a target entity (Kestrel, Admiral Motors, the Harlan Webb …) on
// that entity's timeline and merged mentions of the same event across articles. Two statements of one
// claim, from different sources, are judged when both sentences mention events of one target entity:
// the same event when they share a timeline entry, other events when they share none (the 787's first
// flight in 2009 beside the A380's in 2005); otherwise unjudged. Recall: of the sentence pairs in two
// sources that the annotators made one event, how many stand in one shared claim (a brief shows at
// most ten shared claims, so recall stays low by design; precision is the figure to watch).
// Usage: pnpm --filter @briefing/model run bench:claim-events [--list | --all (unjudged claims too) |
//   --missed (the annotators' event pairs no shared claim joins, with both sentences)]   (BRIEF_DATASETS=DIR elsewhere)
import {
  clusterArticlesBySentence,
  clusterBriefing,
  wikinewsClusters,
  wikinewsTimelines,
} from './datasets.js';

const listAll = process.argv.includes('--all');
const list = listAll || process.argv.includes('--list');
const missed = process.argv.includes('--missed');
const clusters = wikinewsClusters();
const timelines = wikinewsTimelines();

/** The events of a sentence ("doc:sentence"): each as "entity#entry", and the entities alone. */
const events = new Map<string, { entries: Set<string>; entities: Set<string> }>();
/** Sentence pairs of two sources that mention one event, per cluster ("a|b", a < b). */
const goldPairs = new Map<string, Set<string>>();
for (const t of timelines) {
  t.entries.forEach((entry, k) => {
    const sentences = [
      ...new Set(entry.events.filter((e) => e.doc_id !== null).map((e) => `${e.doc_id}:${e.sentence}`)),
    ].sort();
    for (const s of sentences) {
      const e = events.get(s) ?? { entries: new Set(), entities: new Set() };
      e.entries.add(`${t.entity}#${k}`);
      e.entities.add(t.entity);
      events.set(s, e);
    }
    const pairs = goldPairs.get(t.cluster) ?? new Set();
    for (let i = 0; i < sentences.length; i++)
      for (let j = i + 1; j < sentences.length; j++)
        if (docOf(sentences[i] as string) !== docOf(sentences[j] as string))
          pairs.add(`${sentences[i]}|${sentences[j]}`);
    goldPairs.set(t.cluster, pairs);
  });
}

function docOf(sentence: string): string {
  return sentence.slice(0, sentence.indexOf(':'));
}

const all = { pairs: 0, same: 0, other: 0, gold: 0, found: 0, claims: 0 };
for (const c of clusters) {
  const { articles, sentenceAt } = clusterArticlesBySentence(c);
  const b = clusterBriefing(c, articles);
  const shared = b.claims.filter((x) => x.sourceIds.length > 1);
  const tally = { pairs: 0, same: 0, other: 0, found: 0 };
  const linked = new Set<string>();
  for (const claim of shared) {
    // a headline is the released sentence 0
    const at = (q: (typeof claim.citations)[number]) =>
      q.part === 'title' ? `${q.sourceId}:0` : sentenceAt(q.sourceId, q.start);
    const members = claim.citations.map(at);
    const verdicts: string[] = [];
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const [x, y] = [members[i] as string, members[j] as string].sort() as [string, string];
        if (docOf(x) === docOf(y)) continue;
        linked.add(`${x}|${y}`);
        tally.pairs++;
        const ex = events.get(x);
        const ey = events.get(y);
        if (!ex || !ey) continue;
        if ([...ex.entries].some((e) => ey.entries.has(e))) {
          tally.same++;
          verdicts.push(`same ${x} ${y}`);
        } else if ([...ex.entities].some((e) => ey.entities.has(e))) {
          tally.other++;
          verdicts.push(`other ${x} ${y}`);
        }
      }
    if (list && (verdicts.length > 0 || listAll)) {
      console.log(`  claim: ${claim.text.slice(0, 110)}`);
      for (const q of claim.citations) console.log(`    ${at(q).padEnd(10)} ${q.quote.slice(0, 110)}`);
      console.log(`    ${verdicts.length > 0 ? verdicts.join('; ') : 'unjudged'}`);
    }
  }
  const gold = goldPairs.get(c.id) ?? new Set();
  for (const p of gold) if (linked.has(p)) tally.found++;
  if (missed) {
    const lines = new Map(c.docs.map((d) => [d.doc_id, d.text.split('\n')]));
    const textOf = (s: string) => lines.get(docOf(s))?.[Number(s.slice(s.indexOf(':') + 1))] ?? '';
    for (const p of [...gold].sort())
      if (!linked.has(p)) {
        const [x, y] = p.split('|') as [string, string];
        console.log(`  missed ${x} ${y}\n    ${x.padEnd(10)} ${textOf(x)}\n    ${y.padEnd(10)} ${textOf(y)}`);
      }
  }
  console.log(
    `${c.id} (${c.topic}): ${shared.length} shared claims, ${tally.pairs} pairs of sources' statements, ` +
      `judged ${tally.same + tally.other}: same event ${tally.same}, other events ${tally.other}; ` +
      `event pairs found ${tally.found} of ${gold.size}`,
  );
  all.claims += shared.length;
  all.pairs += tally.pairs;
  all.same += tally.same;
  all.other += tally.other;
  all.gold += gold.size;
  all.found += tally.found;
}
const judged = all.same + all.other;
console.log(
  `all: ${all.claims} shared claims, ${all.pairs} pairs, judged ${judged}: same event ${all.same}, other ` +
    `events ${all.other} (precision ${judged ? (all.same / judged).toFixed(2) : '-'}); event pairs found ` +
    `${all.found} of ${all.gold}`,
);
