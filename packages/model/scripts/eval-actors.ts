// Scores the brief's actors against hand-marked entities, as issue 12 defines it: per article, the
// distinct entity strings of each type (person = PER, organisation = ORG, place = LOC) against the
// actors of a brief built from that article alone. An entity string is found when an actor's name or
// one of its aliases equals it (case-insensitively, a leading "the" dropped on both sides: GMB marks
// "The" outside a name, WikiGold inside, and the finder's own key drops it), or a person actor's
// surname does. Recall per type; precision = the share of actors that match an entity string of any
// type (MISC included, so a country actor found through its demonym counts as right).
// Sets: GMB dev (Voice of America; no document breaks, so 20 sentences make one pseudo-article) and
// WikiGold (146 Wikipedia articles: not news, shows how far the finder carries off GMB).
// GMB train (`--set gmb-train`, chunked as GMB dev; only when named, as it is slow) stands as held-out:
// its first 1,200 articles (`--limit 1200`) are what rules are checked on.
// Usage: pnpm eval:actors [--set gmb|gmb-train|wikigold|all] [--limit N] [--kinds] [--kinds-top N]
//   [--misses ORG|PER|LOC] [--false]
// --kinds also prints, per set, each gold type against the kinds its actors were given, and the names
// given the wrong kind most often. --misses prints each gold entity string of that type no actor
// matches, with the actors that share a word with it (name/kind), to sort the misses into classes.
// --false prints each actor that matches no gold string, with the gold strings sharing a word with it and
// the text around the name's first word.
import { join } from 'node:path';
import type { Article } from '../src/article.js';
import { buildBriefing } from '../src/build-briefing.js';
import { textArticle } from '../src/text-article.js';
import { type ConllArticle, chunk, readConll, toArticles } from './read-conll.js';

const datasets = process.env.BRIEF_DATASETS ?? join(import.meta.dirname, '../../../../shared/datasets');
const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const set = opt('--set') ?? 'all';
const limit = Number(opt('--limit') ?? Number.POSITIVE_INFINITY);
const showKinds = args.includes('--kinds');
const misses = opt('--misses');
const showFalse = args.includes('--false');
/** GMB dev has no document breaks; a Voice of America story runs about 20 sentences. */
const GMB_ARTICLE_SENTENCES = 20;

const sets: [string, () => ConllArticle[]][] = [
  [
    'gmb-dev',
    () =>
      toArticles(chunk(readConll(join(datasets, 'ner/gmb-dev.conll')).flat(), GMB_ARTICLE_SENTENCES), 'gmb'),
  ],
  ['wikigold', () => toArticles(readConll(join(datasets, 'ner/wikigold.conll')), 'wikigold')],
  [
    'gmb-train',
    () =>
      toArticles(
        chunk(readConll(join(datasets, 'ner/gmb-train.conll')).flat(), GMB_ARTICLE_SENTENCES),
        'gmb-train',
      ),
  ],
];

const surnameOf = (name: string) => name.split(/\s+/).at(-1) as string;
/** A name as scored: lower case, a leading "the" dropped ("The Economist" and "Economist" are one). */
const scored = (name: string) => name.toLowerCase().replace(/^the\s+/, '');

function score(name: string, articles: ConllArticle[]) {
  const types = ['PER', 'ORG', 'LOC'] as const;
  const found = { PER: 0, ORG: 0, LOC: 0 };
  const total = { PER: 0, ORG: 0, LOC: 0 };
  let actorsRight = 0;
  let actorsAll = 0;
  // of the actors that are a gold person, organisation or place, how many have its kind
  let kindsRight = 0;
  let kindsAll = 0;
  const confusion = new Map<string, number>();
  const wrong = new Map<string, number>();
  const KINDS: Record<(typeof types)[number], readonly string[]> = {
    PER: ['person'],
    ORG: ['organisation'],
    LOC: ['place', 'country'],
  };
  const started = performance.now();
  for (const a of articles) {
    const { value } = buildBriefing([toArticle(a)], { id: a.id, now: new Date('2026-01-01T00:00:00Z') });
    const keys = value.actors.map((x) => {
      const k = new Set([x.name, ...x.aliases].map(scored));
      if (x.kind === 'person') k.add(surnameOf(x.name).toLowerCase());
      return k;
    });
    const all = new Set(a.entities.map((e) => scored(e.text)));
    for (const t of types) {
      const gold = new Set(a.entities.filter((e) => e.type === t).map((e) => scored(e.text)));
      total[t] += gold.size;
      for (const g of gold) if (keys.some((k) => k.has(g))) found[t] += 1;
      if (t === misses) printMisses(a, gold, keys, value.actors);
    }
    const typeOf = new Map(a.entities.map((e) => [scored(e.text), e.type]));
    value.actors.forEach((x, i) => {
      const type = [...(keys[i] as Set<string>)].map((k) => typeOf.get(k)).find((t) => t && t in KINDS) as
        | (typeof types)[number]
        | undefined;
      if (!type) return;
      kindsAll += 1;
      const cell = `${type} ${x.kind}`;
      confusion.set(cell, (confusion.get(cell) ?? 0) + 1);
      if (KINDS[type].includes(x.kind)) kindsRight += 1;
      else wrong.set(`${cell} ${x.name}`, (wrong.get(`${cell} ${x.name}`) ?? 0) + 1);
    });
    actorsAll += keys.length;
    actorsRight += keys.filter((k) => [...k].some((s) => all.has(s))).length;
    if (showFalse) printFalse(a, all, keys, value.actors);
  }
  const ms = performance.now() - started;
  const r = (t: (typeof types)[number]) => (found[t] / Math.max(1, total[t])).toFixed(4);
  console.log(
    `${name.padEnd(9)} articles ${String(articles.length).padStart(4)}  recall person ${r('PER')}  organisation ${r('ORG')}  place ${r('LOC')}  precision ${(actorsRight / Math.max(1, actorsAll)).toFixed(4)}  kind ${(kindsRight / Math.max(1, kindsAll)).toFixed(4)}  (${actorsAll} actors, ${(ms / 1000).toFixed(1)} s)`,
  );
  if (showKinds) printKinds(confusion, wrong);
}

/** Prints gold type × actor kind counts, then the 25 names most often given a wrong kind. */
function printKinds(confusion: Map<string, number>, wrong: Map<string, number>) {
  for (const [cell, n] of [...confusion].sort((a, b) => a[0].localeCompare(b[0])))
    console.log(`  ${cell.padEnd(24)} ${n}`);
  for (const [what, n] of [...wrong].sort((a, b) => b[1] - a[1]).slice(0, Number(opt('--kinds-top') ?? 25)))
    console.log(`    ${n} × ${what}`);
}

function toArticle(a: ConllArticle): Article {
  return textArticle(a.id, a.text);
}

/** Prints one line per actor matching no gold string: the article, the actor, the gold strings sharing a word. */
function printFalse(
  a: ConllArticle,
  all: Set<string>,
  keys: Set<string>[],
  actors: readonly { name: string; kind: string; aliases: readonly string[] }[],
) {
  actors.forEach((x, i) => {
    const k = keys[i] as Set<string>;
    if ([...k].some((s) => all.has(s))) return;
    const words = new Set([...k].flatMap((s) => s.split(/\s+/)));
    const near = a.entities
      .filter((e) =>
        scored(e.text)
          .split(/\s+/)
          .some((w) => words.has(w)),
      )
      .map((e) => `${e.text}/${e.type}`);
    const at = a.text.indexOf(x.name.split(' ')[0] as string);
    const context =
      at < 0 ? '' : a.text.slice(Math.max(0, at - 60), at + x.name.length + 60).replace(/\s+/g, ' ');
    console.log(`FALSE\t${a.id}\t${x.name}/${x.kind}\t${[...new Set(near)].join(' | ')}\t${context}`);
  });
}

/** Prints one line per missed gold string: the article, the string, the actors sharing a word with it. */
function printMisses(
  a: ConllArticle,
  gold: Set<string>,
  keys: Set<string>[],
  actors: readonly { name: string; kind: string }[],
) {
  for (const g of gold) {
    if (keys.some((k) => k.has(g))) continue;
    const words = new Set(g.split(/\s+/));
    const near = actors
      .filter((_, i) => [...(keys[i] as Set<string>)].some((k) => k.split(/\s+/).some((w) => words.has(w))))
      .map((x) => `${x.name}/${x.kind}`);
    console.log(`MISS\t${a.id}\t${g}\t${near.join(' | ')}`);
  }
}

for (const [name, load] of sets)
  if (set === name || (name !== 'gmb-train' && (set === 'all' || name.startsWith(set))))
    score(name, load().slice(0, limit));
