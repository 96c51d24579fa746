// The pages of one half of trafilatura-eval as the parser reads them, with their snippets: the loop
// the classify scripts (misses and leaks, saved HTML and text scrapes) each start from.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '@briefing/model';
import { parseArticle } from '../src/index.js';
import { datasetFiles, halfOf, type Snippets, trafilaturaSnippets } from './datasets.js';
import { withoutNames } from './without-names.js';

/** One page of trafilatura-eval, parsed. */
export interface SnippetPage {
  name: string;
  file: string;
  data: Buffer;
  /** Its snippets, which the body must and must not hold. */
  item: Snippets;
  article: Article | null;
  /** The article's text normalised by the scorer. */
  out: string;
}

/**
 * The pages of one half that have snippets, each parsed.
 * @param format saved HTML or text scrapes
 * @param half which half
 * @param norm the scorer's normalisation
 * @param blind read each page without its class and id attributes (see {@link withoutNames})
 */
export function* snippetPages(
  format: 'html' | 'text',
  half: 'a' | 'b',
  norm: (s: string) => string,
  blind = false,
): Generator<SnippetPage> {
  const expected = trafilaturaSnippets();
  for (const file of datasetFiles('trafilatura-eval', format)) {
    const name = path.basename(file, format === 'html' ? '.html' : '.txt');
    const item = expected[name];
    if (!item || halfOf(name) !== half) continue;
    const raw = fs.readFileSync(file);
    const data = blind && format === 'html' ? withoutNames(raw) : raw;
    const article = parseArticle({ path: file, data }).value;
    yield { name, file, data, item, article, out: norm(article?.text ?? '') };
  }
}
