// Judges the brief's timeline against human event annotations it was not tuned on: one brief per
// Wikinews story cluster of `timelines/` (30 articles each, CC BY 2.5), whose annotators put every
// mention of an event involving a target entity (Kestrel, Admiral Motors, the Harlan Webb …) on that
// entity's dated timeline. Each timeline entry's citations are read back to their sentences (the last one
// a citation covers, the line's own): an entry "holds an event" when one of its sentences mentions an
// annotated event, and its date "agrees" when it agrees, at the coarser of the two precisions, with the date of one of those events. Only the target
// entities' events are annotated, so an entry about another actor's event counts as holding none: the
// share is a floor, to compare versions by, not a precision. `--list` prints the entries holding none.
// `--oldest N` briefs each cluster's N oldest articles alone (by their `date`), as a brief of a story's
// first reports reads them: with fewer reports than entries, one report's paragraphs can fill them.
// Usage: pnpm --filter @briefing/model run bench:timeline-events [--list] [--oldest N]
//   (BRIEF_DATASETS=DIR elsewhere)
import {
  clusterArticlesBySentence,
  clusterBriefing,
  wikinewsClusters,
  wikinewsTimelines,
} from './datasets.js';

const list = process.argv.includes('--list');
const oldestAt = process.argv.indexOf('--oldest');
const oldest = oldestAt < 0 ? null : Number(process.argv[oldestAt + 1]);
const timelines = wikinewsTimelines();

/** The gold dates of the events each sentence ("doc:sentence") mentions ("2009-06-01", "2008-XX-XX" → "2008"). */
const goldDates = new Map<string, Set<string>>();
for (const t of timelines)
  for (const entry of t.entries) {
    const date = entry.date.replace(/-?X+/g, '');
    for (const e of entry.events) {
      if (e.doc_id === null) continue;
      const key = `${e.doc_id}:${e.sentence}`;
      const dates = goldDates.get(key) ?? new Set();
      if (/^\d{4}/.test(date)) dates.add(date);
      goldDates.set(key, dates);
    }
  }

const all = { entries: 0, events: 0, dated: 0, agree: 0 };
for (const whole of wikinewsClusters()) {
  const c =
    oldest === null
      ? whole
      : { ...whole, docs: [...whole.docs].sort((a, b) => a.date.localeCompare(b.date)).slice(0, oldest) };
  const { articles, sentenceAt } = clusterArticlesBySentence(c);
  const brief = clusterBriefing(c, articles);
  const n = { entries: 0, events: 0, dated: 0, agree: 0 };
  // how the entries spread over the reports, each entry counted to the report it quotes first
  const perReport = new Map<string, number>();
  for (const entry of brief.timeline) {
    n.entries++;
    const lead = entry.citations[0]?.sourceId ?? '';
    perReport.set(lead, (perReport.get(lead) ?? 0) + 1);
    // each citation read at its last sentence, the one it cites: a line shown from the sentence before it
    // (one its subject points back to) or from a quotation's opening mark is dated by its own sentence
    const sentences = entry.citations.map((x) => sentenceAt(x.sourceId, x.end - 1));
    const held = sentences.filter((s) => goldDates.has(s));
    if (held.length === 0) {
      if (list) console.log(`  none  ${entry.date}  ${entry.text.slice(0, 150)}`);
      continue;
    }
    n.events++;
    const dates = held.flatMap((s) => [...(goldDates.get(s) as Set<string>)]);
    if (dates.length === 0) continue;
    n.dated++;
    const agrees = dates.some((d) => d.startsWith(entry.date) || entry.date.startsWith(d));
    if (agrees) n.agree++;
    else if (list)
      console.log(
        `  date  ${entry.date} (gold ${[...new Set(dates)].join(', ')})  ${entry.text.slice(0, 130)}`,
      );
  }
  console.log(
    `${c.id} (${c.topic}): ${n.entries} timeline entries, ${n.events} hold an annotated event (${share(n.events, n.entries)}); of ${n.dated} with a gold date, ${n.agree} agree (${share(n.agree, n.dated)})`,
  );
  console.log(
    `  ${perReport.size} of ${c.docs.length} reports lead an entry, at most ${Math.max(0, ...perReport.values())} entries one report`,
  );
  for (const k of Object.keys(all) as (keyof typeof all)[]) all[k] += n[k];
}
console.log(
  `all: ${all.entries} timeline entries, ${all.events} hold an annotated event (${share(all.events, all.entries)}); of ${all.dated} with a gold date, ${all.agree} agree (${share(all.agree, all.dated)})`,
);

function share(a: number, b: number): string {
  return b === 0 ? '-' : (a / b).toFixed(3);
}
