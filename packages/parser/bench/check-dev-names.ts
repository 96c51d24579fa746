// Lists every author and site name of trafilatura-eval's dev pages that a hand-written file of the
// repository names: the packages' and the CLI's sources, data, tests and READMEs. A rule shown on a dev
// page's own byline ("von <a dev page's writer>") is a rule that may fit that page; comments and tests
// show rules on invented names. The extraction rounds' log (`docs/extraction-rounds.md`), which records
// what each round measured on which dev page, is not read, nor generated or fitted data (JSON, word
// tables). Names shorter than two words or nine letters (a bare given name: "Robert", "Andrea") are
// too common to tell a dev page.
// Usage: pnpm --filter @briefing/parser check:dev-names   (exit code 1 when a name is found)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { datasetsDir } from './datasets.js';

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const metadata = JSON.parse(
  fs.readFileSync(path.join(datasetsDir(), 'trafilatura-eval', 'metadata.json'), 'utf8'),
) as Record<string, { author?: unknown; sitename?: unknown }>;

/**
 * Words and names of general knowledge a file may name whatever page also does: a licence, a national
 * paper, the German word for an editorial desk, a French given name of a country's entry.
 */
const GENERAL = new Set(['Creative Commons', 'the Guardian', 'Redaktion', 'Dominique']);

const names = new Set<string>();
for (const entry of Object.values(metadata))
  for (const value of [entry.author, entry.sitename].flat())
    if (typeof value === 'string') {
      const name = value.trim();
      if (!GENERAL.has(name) && (/\s/.test(name) ? name.length >= 6 : name.length >= 9)) names.add(name);
    }

const files = execFileSync('git', ['ls-files', 'packages', 'apps'], { cwd: repo, encoding: 'utf8' })
  .split('\n')
  .filter(
    (f) =>
      /\.(?:ts|mts|mjs|js|yaml|md|hbs|css|txt|html)$/.test(f) || (/\/test\//.test(f) && f.endsWith('.json')),
  )
  .filter((f) => !f.endsWith('docs/extraction-rounds.md'));

let found = 0;
for (const file of files) {
  const text = fs.readFileSync(path.join(repo, file), 'utf8');
  for (const name of names)
    if (text.includes(name)) {
      found++;
      console.log(`${file}: "${name}"`);
    }
}
console.log(`${names.size} dev-page names, ${files.length} files: ${found} found`);
process.exitCode = found > 0 ? 1 : 0;
