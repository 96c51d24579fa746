/**
 * Prints a hash of the parser's whole output (the `Article` JSON and the diagnostics) for every dev
 * page: the text and HTML pages of zyte-dev and trafilatura-eval, the sources of readability-pages,
 * the scale bench's text pages (`--pages DIR`, e.g. 1,000 pages written by `apps/cli/bench/page-corpus.ts`)
 * and `corpus/`. Two runs, before and after a change meant to leave the output alone, must print the
 * same lines: `diff <(tsx bench/hash-output.ts) <(tsx bench/hash-output.ts --parser OTHER/dist/index.js)`.
 *
 * Usage: `tsx bench/hash-output.ts [--parser path/to/dist/index.js] [--pages DIR]`; the last line
 * gives one hash of all pages.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { datasetFiles, datasetsDir, optionValue } from './datasets.js';

const argv = process.argv.slice(2);
const parserPath = optionValue(argv, '--parser');
const { parseArticle } = (await import(
  parserPath ? pathToFileURL(path.resolve(parserPath)).href : '@briefing/parser'
)) as typeof import('@briefing/parser');

const repo = fileURLToPath(new URL('../../..', import.meta.url));
const readability = path.join(datasetsDir(), 'readability-pages');
const files = [
  ...(['text', 'html'] as const).flatMap((format) => [
    ...datasetFiles('zyte-dev', format),
    ...datasetFiles('trafilatura-eval', format),
  ]),
  ...fs
    .readdirSync(readability)
    .sort()
    .map((page) => path.join(readability, page, 'source.html')),
  ...fs
    .readdirSync(path.join(repo, 'corpus'))
    .sort()
    .map((f) => path.join(repo, 'corpus', f)),
];
const pages = optionValue(argv, '--pages');
if (pages) {
  for (const f of fs.readdirSync(pages).sort()) files.push(path.join(pages, f));
}

const all = createHash('sha1');
for (const file of files) {
  const { value, diagnostics } = parseArticle({ path: file, data: fs.readFileSync(file) });
  const hash = createHash('sha1').update(JSON.stringify({ value, diagnostics })).digest('hex');
  all.update(hash);
  console.log(`${hash} ${path.relative(path.dirname(repo), file)}`);
}
console.log(`${all.digest('hex')} all ${files.length} pages`);
