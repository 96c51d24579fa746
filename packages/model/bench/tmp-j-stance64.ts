import { splitSentences } from '../src/sentences.js';
import { mainActorMentions } from '../src/find-stances.js';
import { stanceFact } from '../src/stance-facts.js';
import { stanceFeatures } from '../src/stance-features.js';
import { stanceModel, stanceProbabilities } from '../src/stance-toward.js';
import { clusterArticle, clusterBriefing, wikinewsClusters } from './datasets.js';
const model = stanceModel();
const want = process.argv[2] as string, actor = process.argv[3] as string;
for (const c of wikinewsClusters()) {
  const articles = c.docs.map(clusterArticle);
  const a = articles.find((x) => x.id === want);
  if (!a) continue;
  const b = clusterBriefing(c, articles);
  const { mentions } = mainActorMentions(b.actors);
  for (const s of splitSentences(a.text))
    for (const m of mentions.find(s.text)) {
      if (m.actor !== actor) continue;
      const p = stanceProbabilities(model, stanceFeatures(s.text, m));
      console.log(stanceFact(s.text, m), model.classes[p.indexOf(Math.max(...p))], ((p[2] as number) - (p[0] as number)).toFixed(2), s.text.slice(m.from, m.to), '|', s.text.slice(0, 200));
    }
}
