// Lists every dev-set name that a hand-written file of the repository names: the packages' and the CLI's
// sources, data, tests and READMEs. A rule shown on a dev page's own byline ("von <a dev page's writer>")
// or on a dev cluster's own firm is a rule that may fit that page or cluster; comments and tests show rules
// on invented names. Two sets of names are read:
// - trafilatura-eval's dev pages: their authors and site names. Names shorter than two words or nine
//   letters (a bare given name: "Robert", "Andrea") are too common to tell a dev page.
// - the Wikinews clusters of `timelines/` (on which the model's analysis rounds were read): every target
//   entity, as its capitalised words (a description's lower-case words dropped: "<firm> creditors" is the
//   firm, "<words> worldwide" none), and every name of two capitalised words or more (with "of", "&" or a
//   figure inside) that stands inside a sentence, not opening it, in three documents of a cluster or more
//   (a tenth of its 30: what the cluster is about, not a name one report mentions in passing). A one-word
//   target is matched as a whole word and with its case; a longer name whatever its case.
// Names of general knowledge (`GENERAL`: countries, cities, the bodies of a state or a union) are allowed.
// Not read: the rounds' logs (`docs/extraction-rounds.md` and `docs/extraction-rounds-to-session-80.md`, `docs/scale-history.md`,
// `docs/figures-history.md`), which record what each round measured on which dev set, and generated or
// fitted data (JSON, word tables). The notes moved out of the READMEs (the model's `docs/analysis.md`,
// `scripts.md`; the parser's `docs/text-scrapes.md`, `html-pages.md`, `measuring.md`, `cpu-at-scale.md`)
// are read like any README: they call a cluster by its subject and show each rule on invented names.
// Usage: pnpm --filter @briefing/parser check:dev-names   (exit code 1 when a name is found)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetsDir } from './datasets.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Words and names of general knowledge a file may name whatever a dev set also does: a licence, a national
 * paper, the German word for an editorial desk, a French given name of a country's entry; countries,
 * cities and regions, the bodies of a state or a union, a bankruptcy law's chapter, a currency, the last
 * words of any carmaker's name.
 */
const GENERAL = new Set([
  'Creative Commons',
  'the Guardian',
  'Redaktion',
  'Dominique',
  'United States',
  'United Kingdom',
  'New York',
  'Hong Kong',
  'Los Angeles',
  'European Union',
  'North American',
  'White House',
  'European Central Bank',
  'Air Force',
  'Chapter 11',
  'US Dollar',
  'Motor Company',
  'Motors Corporation',
]);

/** Reads the authors and site names of trafilatura-eval's dev pages. */
function readPageNames(): Set<string> {
  const metadata = JSON.parse(
    fs.readFileSync(path.join(datasetsDir(), 'trafilatura-eval', 'metadata.json'), 'utf8'),
  ) as Record<string, { author?: unknown; sitename?: unknown }>;
  const names = new Set<string>();
  for (const entry of Object.values(metadata))
    for (const value of [entry.author, entry.sitename].flat())
      if (typeof value === 'string') {
        const name = value.trim();
        if (!GENERAL.has(name) && (/\s/.test(name) ? name.length >= 6 : name.length >= 9)) names.add(name);
      }
  return names;
}

const CAPITALISED = /^(?:[A-Z][\w.'&-]*|\d[\w.-]*)$/;
// A tenth of a cluster's 30 documents: at 2, passing mentions ("Lloyd's of London") come in; at 3 every
// name is one its cluster is about (measured on the three clusters: 35 names at 3, 80 at 2).
const MIN_DOCUMENTS = 3;

/** Reads the target entities of the Wikinews clusters and the multi-word names their documents repeat. */
function readClusterNames(): Set<string> {
  const lines = fs
    .readFileSync(path.join(datasetsDir(), 'timelines', 'clusters.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean);
  const names = new Set<string>();
  for (const line of lines) {
    const cluster = JSON.parse(line) as {
      target_entities: string[];
      docs: { sentences: string[] }[];
    };
    for (const target of cluster.target_entities) {
      const words = target.split(' ');
      while (words.length > 0 && !CAPITALISED.test(words[0] ?? '')) words.shift();
      while (words.length > 0 && !CAPITALISED.test(words.at(-1) ?? '')) words.pop();
      const name = words.join(' ');
      if (name.length >= 3 && !GENERAL.has(name)) names.add(name);
    }
    const documents = new Map<string, number>();
    for (const doc of cluster.docs) {
      const seen = new Set<string>();
      // Sentence 0 is the headline, 1 the dateline.
      for (const sentence of doc.sentences.slice(2)) {
        const run: string[] = [];
        const close = () => {
          while (run.length > 0 && !CAPITALISED.test(run.at(-1) ?? '')) run.pop();
          if (run.length >= 2) seen.add(run.join(' '));
          run.length = 0;
        };
        sentence.split(' ').forEach((token, i) => {
          if (i > 0 && (CAPITALISED.test(token) || (run.length > 0 && (token === 'of' || token === '&'))))
            run.push(token);
          else close();
        });
        close();
      }
      for (const name of seen) documents.set(name, (documents.get(name) ?? 0) + 1);
    }
    for (const [name, count] of documents) if (count >= MIN_DOCUMENTS && !GENERAL.has(name)) names.add(name);
  }
  return names;
}

/** Builds the pattern of one name: whole words, a longer name whatever its case. */
function toPattern(name: string): RegExp {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, name.includes(' ') ? 'i' : '');
}

const pageNames = readPageNames();
const clusterNames = readClusterNames();
const rounds = /docs\/(?:extraction-rounds(?:-to-session-\d+)?|scale-history|figures-history)\.md$/;

const files = execFileSync('git', ['ls-files', 'packages', 'apps'], { cwd: repo, encoding: 'utf8' })
  .split('\n')
  .filter(
    (f) =>
      /\.(?:ts|mts|mjs|js|yaml|md|hbs|css|txt|html)$/.test(f) || (/\/test\//.test(f) && f.endsWith('.json')),
  )
  .filter((f) => !rounds.test(f));

let found = 0;
const clusterPatterns = [...clusterNames].map((name) => ({ name, pattern: toPattern(name) }));
for (const file of files) {
  const text = fs.readFileSync(path.join(repo, file), 'utf8');
  for (const name of pageNames)
    if (text.includes(name)) {
      found++;
      console.log(`${file}: "${name}"`);
    }
  // a JSON string's escaped line break ("\n\nName") is no word before the name
  const unescaped = file.endsWith('.json') ? text.replace(/\\[nrt]/g, ' ') : text;
  for (const { name, pattern } of clusterPatterns)
    if (pattern.test(unescaped)) {
      found++;
      console.log(`${file}: "${name}" (cluster)`);
    }
}
console.log(
  `${pageNames.size} dev-page names, ${clusterNames.size} cluster names, ${files.length} files: ${found} found`,
);
process.exitCode = found > 0 ? 1 : 0;
