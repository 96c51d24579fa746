// Times the claims and stances steps alone (findClaims, findStances) on generated briefs of 1,000 and
// 10,000 articles, and prints the ratio: sub-quadratic means 10x the articles costs well under 100x.
// Budget: the whole brief of 10,000 articles in 30 s (bench:scale); these steps should take a few of them.
// Usage: pnpm --filter @briefing/model run bench:claims [sizes...]

import { ActorMentions } from '../src/actor-mentions.js';
import type { Article } from '../src/article.js';
import { EntityIndex } from '../src/entity-index.js';
import { findActors } from '../src/find-actors.js';
import { findClaims } from '../src/find-claims.js';
import { findEntities } from '../src/find-entities.js';
import { briefLexicon, findStances } from '../src/find-stances.js';
import { scoreSentences } from '../src/score-sentences.js';
import { splitSentences } from '../src/sentences.js';
import { textArticle } from '../src/text-article.js';
import { Vocabulary } from '../src/text-stats.js';

const ACTORS = [
  'Northland',
  'Southport',
  'the Union',
  'the Council',
  'the Alliance',
  'Eastmark',
  'the Bank',
  'Westvale',
];
const VERBS = [
  'praised',
  'criticised',
  'rejected',
  'welcomed',
  'funded',
  'blocked',
  'approved',
  'questioned',
];
const OBJECTS = [
  'a trade deal',
  'new tariffs',
  'the budget',
  'a ceasefire',
  'the bridge project',
  'fishing quotas',
];

function generate(n: number): Article[] {
  let seed = 7;
  const rnd = () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)] as T;
  return Array.from({ length: n }, (_, i) => {
    const sentences = Array.from(
      { length: 15 + Math.floor(rnd() * 20) },
      () =>
        `${pick(ACTORS)} ${pick(VERBS)} ${pick(OBJECTS)} with ${pick(ACTORS)} after talks on item ${Math.floor(rnd() * 900)} in ${2015 + Math.floor(rnd() * 10)}.`,
    );
    const text = sentences.join(' ');
    return textArticle(`a${String(i).padStart(6, '0')}`, text);
  });
}

const gazetteer = ACTORS.map((a) => ({
  name: a.replace(/^the /, ''),
  kind: 'organisation' as const,
  aliases: [a],
}));
const times: number[] = [];
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 0);
for (const n of sizes.length ? sizes : [1000, 10000]) {
  const articles = generate(n);
  const sentencesOf = new Map(articles.map((a) => [a.id, splitSentences(a.text)]));
  const scored = scoreSentences(articles, sentencesOf, new Vocabulary());
  const index = new EntityIndex(gazetteer);
  const actors = findActors(
    articles.map((a) => ({
      sourceId: a.id,
      entities: findEntities(
        (sentencesOf.get(a.id) ?? []).map((s) => s.text),
        index,
      ),
    })),
  );
  const t = performance.now();
  const lexicon = briefLexicon(scored);
  const claims = findClaims(scored, new ActorMentions(actors), lexicon);
  const between = performance.now();
  const stances = findStances(scored, actors, lexicon);
  const seconds = (performance.now() - t) / 1000;
  times.push(seconds);
  console.log(
    `${n} articles, ${scored.length} sentences: ${seconds.toFixed(2)} s — claims ${((between - t) / 1000).toFixed(2)} s, stances ${((performance.now() - between) / 1000).toFixed(2)} s (${claims.length} claims, ${stances.length} stances)`,
  );
}
if (times.length === 2) console.log(`ratio ${((times[1] as number) / (times[0] as number)).toFixed(1)}x`);
