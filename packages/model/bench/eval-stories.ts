// Measures groupStories: B-cubed precision, recall and F1 of the stories found in a mixed folder
// against the true grouping. Stories: the Wikinews clusters of `timelines/clusters.jsonl` (each
// cluster one story); singletons: the zyte-dev articles (each its own story, many subjects,
// but for a few pairs that report the same news, listed in SAME_STORY).
// Prints the figures on the whole mixed set and on three folds (one cluster + a third of the
// singletons each), so that a threshold fitted to one fold can be read on the others.
// With --singletons trafilatura, the singletons are instead the English pages of trafilatura-eval (their
// main-text snippets, from many sites and years): a check on pages the settings were not chosen on.
// With --singletons trafilatura-other, they are trafilatura-eval's pages in other languages (701 German,
// 48 Spanish, 26 French, ...: their main-text snippets, each read in its language as `languages.json` gives
// it), so that a draw of 8 holds reports in one language that share only its function words.
// With --singletons readability, they are the English real pages of readability-pages (the article text
// Readability extracts: whole long pages, novels, manuals, blogs, Wikipedia, on unrelated subjects).
// Also on 100 draws of 8 sources from the whole set, the size of most briefs: the mean of their figures
// and how many draws merge sources of other stories.
// Each source's actors are those a brief of the set finds (`buildBriefing`), as the brief's grouping
// reads them; --no-actors groups by the sources' words alone.
// With --merges, it lists the whole set's and each draw's stories that hold sources of other stories: the
// sources, and for each two of other stories their similarity and the shared terms it comes from, the
// largest first.
// Usage: pnpm eval:stories [--threshold T] [--sweep] [--singletons zyte|trafilatura|trafilatura-other|readability] [--no-actors]
//   [--merges]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/article.js';
import { buildBriefing } from '../src/build-briefing.js';
import { forEachCapitalisedWord } from '../src/capitalised-words.js';
import { storyActorsOf } from '../src/find-stories.js';
import { groupStories } from '../src/group-stories.js';
import { likenessOfSources } from '../src/source-likeness.js';
import { termKey } from '../src/term-keys.js';
import { contentWords } from '../src/text-stats.js';
import { clusterDay } from './datasets.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const datasets = process.env.BRIEF_DATASETS ?? resolve(here, '../../../../shared/datasets');
if (!existsSync(join(datasets, 'timelines'))) {
  console.error(`no datasets at ${datasets}: set BRIEF_DATASETS`);
  process.exit(2);
}

// zyte-dev pages are news of 18–20 November 2019: these report the same story in different outlets
// (read from their URLs and headlines), so they are one story, not singletons.
const SAME_STORY: Record<string, string> = {
  c7e39ac49fa1: 'assange-investigation-dropped',
  dc7ccccc1f34: 'assange-investigation-dropped',
  '7bb1ca903543': 'feather-duvet-lung',
  a078b3656adc: 'feather-duvet-lung',
  '232a43fb15ab': 'macbook-pro-keyboard',
  '65bf3048b500': 'macbook-pro-keyboard',
  '5fa5679de56c': 'macbook-pro-keyboard',
  '1f765c487806': 'prince-andrew-interview',
  '87bf60570e6e': 'prince-andrew-interview',
  '624fcd903d56': 'hong-kong-protests',
  e4c6a3b48240: 'hong-kong-protests',
  c90731f051d0: 'impeachment-inquiry',
  f5c90a6d5253: 'impeachment-inquiry',
  '702d1da63b8e': 'us-china-tariffs',
  b6906ca016bb: 'us-china-tariffs',
};

interface Labelled {
  article: Article;
  gold: string;
  fold: number;
}

function article(
  id: string,
  title: string | null,
  text: string,
  published: string | null,
  url: string | null,
  language = 'en',
): Article {
  return {
    id,
    path: `${id}.txt`,
    format: 'text',
    title,
    subtitle: null,
    authors: [],
    published,
    publishedPrecision: published ? 'day' : null,
    outlet: null,
    section: null,
    tags: [],
    language,
    url,
    text,
    blocks: [],
  };
}

function load(): Labelled[] {
  const items: Labelled[] = [];
  const clusters = readFileSync(join(datasets, 'timelines/clusters.jsonl'), 'utf8').trim().split('\n');
  clusters.forEach((line, k) => {
    const c = JSON.parse(line) as {
      id: string;
      docs: { doc_id: string; title: string; url: string; date: string; text: string }[];
    };
    for (const d of c.docs) {
      // line 0 is the headline, line 1 the dateline
      const body = d.text.split('\n').slice(2).join('\n\n');
      items.push({
        article: article(`w${d.doc_id}`, d.title, body, clusterDay(d), d.url),
        gold: c.id,
        fold: k,
      });
    }
  });
  if (process.argv.includes('readability')) {
    readdirSync(join(datasets, 'readability-pages'))
      .sort()
      .forEach((name, i) => {
        const dir = join(datasets, 'readability-pages', name);
        const meta = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as {
          title: string | null;
          lang?: string;
        };
        // the real pages (the synthetic test cases are small) that say they are in English
        if (statSync(join(dir, 'source.html')).size < 10_000 || !/^en\b/i.test(meta.lang ?? '')) return;
        const text = textOf(readFileSync(join(dir, 'expected.html'), 'utf8'));
        items.push({ article: article(`r${name}`, meta.title, text, null, null), gold: name, fold: i % 3 });
      });
    return items;
  }
  if (process.argv.includes('trafilatura') || process.argv.includes('trafilatura-other')) {
    const other = process.argv.includes('trafilatura-other');
    const expected = JSON.parse(
      readFileSync(join(datasets, 'trafilatura-eval/expected.json'), 'utf8'),
    ) as Record<string, { url: string; with: string[] }>;
    const languages = JSON.parse(
      readFileSync(join(datasets, 'trafilatura-eval/languages.json'), 'utf8'),
    ) as Record<string, string>;
    Object.keys(expected)
      .filter((name) => (languages[name] === 'en') !== other)
      .sort()
      .forEach((name, i) => {
        const e = expected[name] as { url: string; with: string[] };
        items.push({
          article: article(`t${i}`, null, e.with.join('\n\n'), null, e.url, languages[name]),
          gold: `t${i}`,
          fold: i % 3,
        });
      });
    return items;
  }
  const truth = JSON.parse(readFileSync(join(datasets, 'zyte-dev/ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  Object.keys(truth)
    .sort()
    .forEach((id, i) => {
      const t = truth[id] as { articleBody: string; url?: string };
      items.push({
        article: article(`z${id}`, null, t.articleBody, null, t.url ?? null),
        gold: SAME_STORY[id.slice(0, 12)] ?? `z${id}`,
        fold: i % 3,
      });
    });
  return items;
}

/** The text of Readability's article HTML: paragraphs apart, tags out, the usual entities read. */
function textOf(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(
      /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|pre|table|tr|br|section|article|figure)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(
            e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
          )
        : (entities[e.toLowerCase()] ?? m),
    )
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n\s*/g, '\n\n')
    .trim();
}

/** B-cubed precision and recall, averaged over items. */
function bcubed(items: readonly Labelled[], predicted: ReadonlyMap<string, string>) {
  const goldOf = new Map(items.map((x) => [x.article.id, x.gold]));
  const byPred = new Map<string, string[]>();
  const byGold = new Map<string, string[]>();
  for (const x of items) {
    const p = predicted.get(x.article.id) as string;
    byPred.set(p, [...(byPred.get(p) ?? []), x.article.id]);
    byGold.set(x.gold, [...(byGold.get(x.gold) ?? []), x.article.id]);
  }
  let precision = 0;
  let recall = 0;
  for (const x of items) {
    const pred = byPred.get(predicted.get(x.article.id) as string) as string[];
    const gold = byGold.get(x.gold) as string[];
    const both = pred.filter((id) => goldOf.get(id) === x.gold).length;
    precision += both / pred.length;
    recall += both / gold.length;
  }
  precision /= items.length;
  recall /= items.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

/**
 * The actors of each source as a brief of these sources finds them (`buildBriefing`'s actors, as
 * `storyActorsOf` gives them to the grouping), so that the figures are those of a brief's stories; none
 * with --no-actors.
 */
function actorsOf(items: readonly Labelled[]): Map<string, string[]> {
  if (args.includes('--no-actors')) return new Map();
  const { value } = buildBriefing(
    items.map((x) => x.article),
    { id: 'eval-stories', now: new Date('2026-01-01T00:00:00Z') },
  );
  return storyActorsOf(value.actors);
}

function score(items: readonly Labelled[], actors: ReadonlyMap<string, string[]>, threshold?: number) {
  const stories = storiesOf(items, actors, threshold);
  const predicted = new Map<string, string>();
  for (const s of stories) for (const id of s.sourceIds) predicted.set(id, s.id);
  return { ...bcubed(items, predicted), stories: stories.length };
}

function storiesOf(items: readonly Labelled[], actors: ReadonlyMap<string, string[]>, threshold?: number) {
  return groupStories(
    items.map((x) => x.article),
    threshold === undefined ? { actorsOf: actors } : { actorsOf: actors, threshold },
  );
}

/**
 * The stories of a draw that hold sources of other stories, as lines: each source (id, true story,
 * title or first words), then each two of other stories with their similarity and heaviest shared terms.
 */
function mergesOf(items: readonly Labelled[], actors: ReadonlyMap<string, string[]>, threshold?: number) {
  const lines: string[] = [];
  const byId = new Map(items.map((x) => [x.article.id, x]));
  const mixed = storiesOf(items, actors, threshold).filter(
    (s) => new Set(s.sourceIds.map((id) => byId.get(id)?.gold)).size > 1,
  );
  if (mixed.length === 0) return lines;
  // the text of each term key these sources have: words, names as `#` and the name, actors as `@`
  const termOf = new Map<number, string>();
  for (const { article } of items) {
    const text = article.text.slice(0, 100_000);
    for (const w of [...contentWords(text), ...contentWords(article.title ?? '')]) termOf.set(termKey(w), w);
    forEachCapitalisedWord(text, (start, end) => {
      const name = text.slice(start, end);
      termOf.set(termKey(`#${name.toLowerCase()}`), `#${name}`);
    });
    for (const a of actors.get(article.id) ?? []) termOf.set(termKey(`@${a}`), `@${a}`);
  }
  const likeness = likenessOfSources(
    items.map((x) => x.article),
    { actorsOf: actors },
  );
  for (const s of mixed) {
    lines.push(`  a story of ${s.sourceIds.length}:`);
    for (const id of s.sourceIds) {
      const { article, gold } = byId.get(id) as Labelled;
      const head = (article.title ?? article.text).replace(/\s+/g, ' ').slice(0, 60);
      lines.push(`    ${id.slice(0, 10)} [${gold.slice(0, 16)}] ${head} (${article.text.length} chars)`);
    }
    for (const l of likeness) {
      const [a, b] = l.ids.map((id) => byId.get(id) as Labelled) as [Labelled, Labelled];
      if (!s.sourceIds.includes(a.article.id) || !s.sourceIds.includes(b.article.id) || a.gold === b.gold)
        continue;
      const top = l.shared.slice(0, 12).map((t) => `${termOf.get(t.key) ?? '?'} ${t.part.toFixed(3)}`);
      lines.push(
        `    ${a.article.id.slice(0, 10)} ~ ${b.article.id.slice(0, 10)}: ${l.similarity.toFixed(3)}, ${l.shared.length} shared: ${top.join(', ')}`,
      );
    }
  }
  return lines;
}

const args = process.argv.slice(2);
const t = args.indexOf('--threshold');
const threshold = t >= 0 ? Number(args[t + 1]) : undefined;
const all = load();
// each set's actors found once, over that set's sources, as a brief of them would
const parts: [string, Labelled[]][] = [
  [`all (3 clusters + ${all.length - 90} singletons)`, all],
  ...[0, 1, 2].map((k): [string, Labelled[]] => [`fold ${k + 1}`, all.filter((x) => x.fold === k)]),
];
const sets = parts.map(([name, items]) => [name, items, actorsOf(items)] as const);
const f = (x: number) => x.toFixed(3);
// small briefs, as most folders are: SMALL_DRAWS draws of SMALL_SIZE sources from the whole set (a fixed
// sequence of draws, the same on every run), each grouped with the actors a brief of it finds
const SMALL_SIZE = 8;
const SMALL_DRAWS = 100;
const draws = (() => {
  let seed = 20261203;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  return Array.from({ length: SMALL_DRAWS }, () => {
    const pool = [...all];
    const out: Labelled[] = [];
    while (out.length < SMALL_SIZE) out.push(...pool.splice(Math.floor(next() * pool.length), 1));
    return [out, actorsOf(out)] as const;
  });
})();
const thresholds = args.includes('--sweep') ? [0.02, 0.025, 0.03, 0.035, 0.04, 0.05] : [threshold];
for (const th of thresholds) {
  if (th !== undefined) console.log(`threshold ${th}`);
  console.log('set                                   items  stories  precision  recall  F1');
  for (const [name, items, actors] of sets) {
    const r = score(items, actors, th);
    console.log(
      `${name.padEnd(38)}${String(items.length).padStart(5)}  ${String(r.stories).padStart(7)}  ${f(r.precision).padStart(9)}  ${f(r.recall).padStart(6)}  ${f(r.f1)}`,
    );
  }
  const small = draws.map(([items, actors]) => score(items, actors, th));
  const mean = (k: 'precision' | 'recall' | 'f1') => small.reduce((x, r) => x + r[k], 0) / small.length;
  const merged = small.filter((r) => r.precision < 1).length;
  console.log(
    `${`${SMALL_DRAWS} draws of ${SMALL_SIZE} (mean)`.padEnd(38)}${String(SMALL_SIZE).padStart(5)}  ${(small.reduce((x, r) => x + r.stories, 0) / small.length).toFixed(1).padStart(7)}  ${f(mean('precision')).padStart(9)}  ${f(mean('recall')).padStart(6)}  ${f(mean('f1'))}  (${merged} with sources of other stories merged)`,
  );
  if (args.includes('--merges')) {
    const [, items, actors] = sets[0] as (typeof sets)[number];
    const lines = mergesOf(items, actors, th);
    if (lines.length > 0) console.log(`whole set:\n${lines.join('\n')}`);
  }
  if (args.includes('--merges'))
    draws.forEach(([items, actors], k) => {
      const lines = mergesOf(items, actors, th);
      if (lines.length > 0) console.log(`draw ${k + 1}:\n${lines.join('\n')}`);
    });
}
