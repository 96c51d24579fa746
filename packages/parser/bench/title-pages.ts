import fs from 'node:fs';
import path from 'node:path';
import { VFile } from 'vfile';
import { extractText, type TitleData } from '../src/extract-text.js';
import { joinWrappedLines } from '../src/text/join-wrapped-lines.js';
import { splitLines } from '../src/text/split-lines.js';
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

/**
 * Extracts a text scrape keeping its title candidates, as the title benches read it.
 * @param file the scrape's path
 * @returns its text, the extraction, the extractor's title data (candidates and the step that chose)
 *   and its lines with wrapped ones joined (the candidates' `index` counts these)
 */
export function extractForTitles(file: string): {
  source: string;
  found: ReturnType<typeof extractText>;
  data: TitleData;
  lines: ReturnType<typeof joinWrappedLines>;
} {
  const source = fs.readFileSync(file, 'utf8');
  const vfile = new VFile({ path: file });
  const data = vfile.data as TitleData;
  data.keepTitleCandidates = true;
  const found = extractText(source, vfile, false);
  return { source, found, data, lines: joinWrappedLines(splitLines(source).lines, source) };
}
