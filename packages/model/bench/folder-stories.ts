// The stories a brief of a folder makes, and why: each story of more than one source with every two of
// its sources' likeness and heaviest shared terms, then the closest pairs left apart. Reads the JSON
// `brief extract --json FILES` prints (an array of articles), so that a mixed folder's false stories can
// be read by class as `eval:stories --merges` reads a dataset's.
// Usage: node apps/cli/dist/bin.js extract --json DIR/* > /tmp/x.json
//        pnpm stories:folder /tmp/x.json [--closest N]
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Article } from '../src/article.js';
import { buildBriefing } from '../src/build-briefing.js';
import { forEachCapitalisedWord } from '../src/capitalised-words.js';
import { storyActorsOf } from '../src/find-stories.js';
import { groupStories } from '../src/group-stories.js';
import { likenessOfSources } from '../src/source-likeness.js';
import { termKey } from '../src/term-keys.js';
import { contentWords } from '../src/text-stats.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (file === undefined) {
  console.error('usage: pnpm stories:folder EXTRACTED.json [--closest N]');
  process.exit(2);
}
const c = args.indexOf('--closest');
const closest = c >= 0 ? Number(args[c + 1]) : 8;
const read = JSON.parse(readFileSync(file, 'utf8')) as (Omit<Article, 'id'> & { path: string })[];
// each source's id its file name, as short as the lines allow
const articles: Article[] = read.map((a) => ({
  ...a,
  id: basename(a.path).slice(0, 24),
  blocks: a.blocks ?? [],
}));
const { value } = buildBriefing(articles, { id: 'folder-stories', now: new Date('2026-01-01T00:00:00Z') });
const actors = storyActorsOf(value.actors);
const stories = groupStories(articles, { actorsOf: actors });
console.log(`${articles.length} sources, ${stories.length} stories`);
// the text of each term key: words, names as `#` and the name, actors as `@`
const termOf = new Map<number, string>();
for (const a of articles) {
  const text = a.text.slice(0, 100_000);
  for (const w of [...contentWords(text), ...contentWords(a.title ?? '')]) termOf.set(termKey(w), w);
  forEachCapitalisedWord(text, (start, end) => {
    const name = text.slice(start, end);
    termOf.set(termKey(`#${name.toLowerCase()}`), `#${name}`);
  });
  for (const x of actors.get(a.id) ?? []) termOf.set(termKey(`@${x}`), `@${x}`);
}
const likeness = likenessOfSources(articles, { actorsOf: actors });
const byId = new Map(articles.map((a) => [a.id, a]));
const line = (l: (typeof likeness)[number]) =>
  `  ${l.ids[0]} ~ ${l.ids[1]}: ${l.similarity.toFixed(3)}, ${l.shared.length} shared: ${l.shared
    .slice(0, 16)
    .map((t) => `${termOf.get(t.key) ?? '?'} ${t.part.toFixed(3)}`)
    .join(', ')}`;
const together = new Set<string>();
for (const s of stories) {
  if (s.sourceIds.length < 2) continue;
  console.log(`a story of ${s.sourceIds.length}:`);
  for (const id of s.sourceIds) {
    const a = byId.get(id) as Article;
    console.log(
      `  ${id} [${a.language} ${a.published ?? '-'}] ${(a.title ?? '').slice(0, 70)} (${a.text.length} chars)`,
    );
  }
  for (const l of likeness)
    if (s.sourceIds.includes(l.ids[0]) && s.sourceIds.includes(l.ids[1])) {
      together.add(l.ids.join(' '));
      console.log(line(l));
    }
}
console.log('closest pairs in two stories:');
for (const l of likeness
  .filter((l) => !together.has(l.ids.join(' ')))
  .sort((x, y) => y.similarity - x.similarity)
  .slice(0, closest))
  console.log(line(l));
