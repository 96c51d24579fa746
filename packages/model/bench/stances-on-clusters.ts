// Lists the polar stances `buildBriefing` finds in news it was not tuned on: one brief per Wikinews
// story cluster of `timelines/` (30 articles on one story each, CC BY 2.5), each stance with the
// sentences it is cited by, to be read and judged — the clusters carry no gold stances; then every
// mention of a main actor that `stanceFact` reads as a figure or an event (no lean), with the model's
// own verdict on it (a clear one: `clear`).
// Usage: pnpm --filter @briefing/model run bench:stances   (BRIEF_DATASETS=DIR to point elsewhere)
import { mainActorMentions } from '../src/find-stances.js';
import { splitSentences } from '../src/sentences.js';
import { stanceFact } from '../src/stance-facts.js';
import { stanceFeatures } from '../src/stance-features.js';
import { stanceModel, stanceProbabilities } from '../src/stance-toward.js';
import { clusterArticle, clusterBriefing, wikinewsClusters } from './datasets.js';

let polar = 0;
let all = 0;
let facts = 0;
let clearFacts = 0;
const model = stanceModel();
for (const c of wikinewsClusters()) {
  const articles = c.docs.map(clusterArticle);
  const b = clusterBriefing(c, articles);
  const stances = b.stances ?? [];
  const leaning = stances.filter((s) => s.stance !== 'neutral');
  polar += leaning.length;
  all += stances.length;
  console.log(`${c.id} (${c.topic}): ${stances.length} stances, ${leaning.length} polar`);
  for (const s of leaning) {
    console.log(`  ${s.stance.padEnd(8)} ${s.sourceId} → ${s.actor} (${s.score})`);
    for (const q of s.citations) console.log(`      ${q.quote.slice(0, 220)}`);
  }
  // as findStances reads them: "Union Trust of America" is no mention of the United States
  const { main, mentions } = mainActorMentions(b.actors);
  const isMain = new Set(main.map((a) => a.name));
  for (const a of articles)
    for (const s of splitSentences(a.text))
      for (const m of mentions.find(s.text)) {
        if (!isMain.has(m.actor)) continue;
        const fact = stanceFact(s.text, m);
        if (fact === null) continue;
        const p = stanceProbabilities(model, stanceFeatures(s.text, m));
        const lean = (p[2] as number) - (p[0] as number);
        const top = model.classes[p.indexOf(Math.max(...p))] as string;
        const clear = top !== 'neutral' && Math.abs(lean) >= 0.4;
        facts++;
        if (clear) clearFacts++;
        console.log(
          `  fact ${fact.padEnd(6)} ${m.actor} [${top} ${lean.toFixed(2)}${clear ? ' clear' : ''}]: ${s.text.slice(0, 200)}`,
        );
      }
}
console.log(`polar stances in all: ${polar} of ${all}`);
console.log(`mentions read as facts: ${facts}, of which the model was clear on ${clearFacts}`);
