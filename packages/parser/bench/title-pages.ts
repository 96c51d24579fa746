import fs from 'node:fs';
import path from 'node:path';
import { datasetsDir, halfOf, optionValue } from './datasets.js';
import { trafilaturaField } from './trafilatura-metadata.js';

/**
 * The text scrapes a title bench reads, each with the title it should find: with `--dir FOLDER`, the
 * folder's `NAME.txt` files and its `titles.json` (`{ NAME: title }`, as `eval:unseen --save-scrapes`
 * writes it; pages with no title left out); else trafilatura-eval's text scrapes of one half
 * (`--half a|b`, a by default) and their metadata titles.
 * @param argv the bench's arguments
 * @returns the pages, in the folder's or the metadata's order
 */
export function titlePages(argv: readonly string[]): { file: string; want: string }[] {
  const pages: { file: string; want: string }[] = [];
  const folder = optionValue(argv, '--dir');
  if (folder) {
    const titles = JSON.parse(fs.readFileSync(path.join(folder, 'titles.json'), 'utf8')) as Record<
      string,
      string
    >;
    for (const [name, want] of Object.entries(titles))
      if (want) pages.push({ file: path.join(folder, `${name}.txt`), want });
    return pages;
  }
  const dir = path.join(datasetsDir(), 'trafilatura-eval');
  const half = optionValue(argv, '--half') ?? 'a';
  for (const [name, want] of trafilaturaField(dir, 'title'))
    if (halfOf(name) === half) pages.push({ file: path.join(dir, 'text', `${name}.txt`), want });
  return pages;
}
