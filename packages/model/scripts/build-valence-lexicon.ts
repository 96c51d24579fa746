// Rebuilds data/valence.json: VADER's lexicon, negations and degree words (vader-sentiment, the MIT-licensed
// lexicon of Hutto & Gilbert 2014 in its Apache-2.0 JavaScript port), plus words VADER lacks that news
// uses for judgement ("instability", "hegemony"): each frequent word without a valence gets the mean
// valence of its nearest VADER words in the shipped word vectors, when they are near and agree.
// Usage: pnpm --filter @briefing/model run build:valence   (needs the devDependency vader-sentiment)
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ValenceLexicon } from '../src/score-valence.js';
import { wordVectors } from '../src/word-vectors.js';

/**
 * Expansion settings, chosen for macro-F1 on NewsMTSC mt-dev, rw-dev checked after (VADER alone
 * 0.558 mt / 0.553 rw; minimum cosine 0.6: 0.547 / 0.557; 0.65: 0.567 / 0.564; 0.65 keeping only
 * negative words: 0.575 / 0.569): the 10 nearest lexicon words, kept when their mean cosine is at least
 * 0.65 and their mean valence at most -1, scaled by 0.7 (a guessed word counts less than a rated one).
 * Positive guesses were frequent plain words ("second", "team", "next"): news names harm in words
 * VADER lacks ("deaths", "clashes", "instability"), not praise.
 */
export const EXPANSION = { neighbours: 10, minCosine: 0.65, minValence: 1, scale: 0.7, candidates: 20_000 };

const require = createRequire(import.meta.url);
const dir = path.dirname(require.resolve('vader-sentiment/package.json'));
const source = fs.readFileSync(path.join(dir, 'src/vaderSentiment.js'), 'utf8');
const listOf = (name: string) => {
  const body = new RegExp(`export const ${name} = \\[([^\\]]*)\\]`).exec(source)?.[1] ?? '';
  return [...body.matchAll(/'([^']+)'|"([^"]+)"/g)].map((m) => (m[1] ?? m[2]) as string);
};
const boosterBody = /export const BOOSTER_DICT = \{([^}]*)\}/.exec(source)?.[1] ?? '';
const boosters: Record<string, number> = {};
for (const m of boosterBody.matchAll(/([a-z]+): (B_INCR|B_DECR)/g))
  if (!(m[1] as string).includes(' ')) boosters[m[1] as string] = m[2] === 'B_INCR' ? 0.293 : -0.293;
const words: Record<string, number> = {};
for (const line of fs.readFileSync(path.join(dir, 'vader_lexicon.txt'), 'utf8').split('\n')) {
  const [word, mean] = line.split('\t');
  if (word && mean && /^[a-z][a-z'-]*$/.test(word)) words[word] = Number(mean);
}

/**
 * Adds words near the lexicon's words in the vector space.
 * @param lexicon the rated words
 * @param settings see {@link EXPANSION}
 * @returns the guessed words and their valence
 */
export function expand(lexicon: Record<string, number>, settings = EXPANSION): Record<string, number> {
  const vectors = wordVectors();
  const rated = Object.entries(lexicon)
    .map(([w, v]) => [vectors.rank(w), v] as const)
    .filter((x): x is readonly [number, number] => x[0] !== undefined);
  const out: Record<string, number> = {};
  const lines = fs.readFileSync(new URL('../data/word-vectors.txt', import.meta.url), 'utf8').split('\n');
  for (let r = 100; r < Math.min(settings.candidates, lines.length); r++) {
    const word = lines[r] as string;
    if (!word || lexicon[word] !== undefined || word.length < 4) continue;
    const near: [number, number][] = [];
    for (const [q, v] of rated) {
      const c = vectors.cosine(r, q);
      if (near.length < settings.neighbours || c > (near.at(-1) as [number, number])[0]) {
        near.push([c, v]);
        near.sort((a, b) => b[0] - a[0]);
        if (near.length > settings.neighbours) near.pop();
      }
    }
    const cos = near.reduce((s, [c]) => s + c, 0) / near.length;
    const valence = near.reduce((s, [c, v]) => s + c * v, 0) / near.reduce((s, [c]) => s + c, 0);
    if (cos >= settings.minCosine && valence <= -settings.minValence)
      out[word] = Math.round(valence * settings.scale * 100) / 100;
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const expanded = expand(words);
  const lexicon: ValenceLexicon & { source: string } = {
    source: `vader-sentiment ${require('vader-sentiment/package.json').version} (${Object.keys(words).length} words) + ${Object.keys(expanded).length} words placed by data/word-vectors`,
    negations: listOf('NEGATE'),
    boosters,
    words: { ...expanded, ...words },
  };
  const file = new URL('../data/valence.json', import.meta.url);
  fs.writeFileSync(file, `${JSON.stringify(lexicon, null, 2)}\n`);
  console.log(`wrote ${file.pathname}: ${Object.keys(lexicon.words).length} words`);
}
