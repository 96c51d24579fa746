import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the extraction datasets: `BRIEF_DATASETS`, else `../shared/datasets` beside the repository.
 * @throws when the folder does not exist
 */
export function datasetsDir(): string {
  const repo = fileURLToPath(new URL('../../..', import.meta.url));
  const dir = process.env.BRIEF_DATASETS ?? path.resolve(repo, '../shared/datasets');
  if (!fs.existsSync(dir)) {
    throw new Error(
      `no datasets at ${dir}: set BRIEF_DATASETS to the folder holding zyte-dev/ and readability-pages/`,
    );
  }
  return dir;
}

/**
 * Lists the files of one zyte-dev format, sorted.
 * @param format `html` or `text`
 */
export function zyteFiles(format: 'html' | 'text'): string[] {
  return datasetFiles('zyte-dev', format);
}

/**
 * Lists the files of one format of a dataset with `html/` and `text/` folders, sorted.
 * @param set the dataset's folder name (`zyte-dev`, `trafilatura-eval`)
 * @param format `html` or `text`
 */
export function datasetFiles(set: string, format: 'html' | 'text'): string[] {
  const dir = path.join(datasetsDir(), set, format);
  return fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
}

/**
 * Which half of a dataset a page falls in, by a stable hash of its name (the file name without its
 * extension): the first bit of its SHA-1. Rules are looked for on half A and checked on half B, which
 * stands in for pages never seen.
 * @param name the page's name (`zeit.de.wirtschaft`, not a path)
 * @returns `'a'` or `'b'`
 */
export function halfOf(name: string): 'a' | 'b' {
  return (createHash('sha1').update(name).digest()[0] as number) & 1 ? 'b' : 'a';
}

/**
 * Reads a `--half a|b` option from the arguments.
 * @returns the half, or null when the option is absent
 * @throws when the value is neither `a` nor `b`
 */
export function halfOption(argv: readonly string[]): 'a' | 'b' | null {
  if (!argv.includes('--half')) return null;
  const half = optionValue(argv, '--half');
  if (half !== 'a' && half !== 'b') throw new Error(`--half takes a or b, got ${String(half)}`);
  return half;
}

/**
 * The value after an option in the arguments (`--worst 5` gives "5").
 * @param argv the arguments
 * @param name the option, with its dashes
 * @returns the value, or undefined when the option is absent
 */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
}

/** What a trafilatura-eval page's body must hold (`with`) and must not (`without`): its snippets. */
export interface Snippets {
  with: string[];
  without: string[];
}

/** trafilatura-eval's expected snippets (`expected.json`), by page name. */
export function trafilaturaSnippets(): Record<string, Snippets> {
  return JSON.parse(
    fs.readFileSync(path.join(datasetsDir(), 'trafilatura-eval', 'expected.json'), 'utf8'),
  ) as Record<string, Snippets>;
}

/** The snippet scorer of the shared tools (`score-snippets.mjs`), loaded as a module. */
export async function snippetScorer<T = { norm: (s: string) => string }>(): Promise<T> {
  const tools = fs.realpathSync(path.resolve(datasetsDir(), '../tools'));
  return (await import(path.join(tools, 'score-snippets.mjs'))) as T;
}
