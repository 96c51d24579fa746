import fs from 'node:fs';
import {
  type AnalyseOptions,
  type Article,
  type ArticleAnalysis,
  analyseArticle,
  BriefingError,
  type Diagnostic,
  signatureOf,
} from '@briefing/model';
import { formatOf, type MarkupReaders, parseArticleWith } from '@briefing/parser';
import { digestOf } from './file-digest.js';
import type { PackedAnalysis } from './packed-analysis.js';

/** One file read, parsed and analysed on its own, in a form that crosses threads cheaply. */
export interface ParsedFile {
  /** The article without its blocks, or null when the file holds none (the diagnostics say why). */
  article: Article | null;
  /** The per-article analysis, its sentences packed as offsets (see {@link unpackAnalysis}). */
  analysis: PackedAnalysis | null;
  diagnostics: Diagnostic[];
  /** The MinHash signature of the article's text for finding copies (`signatureOf`), when it has one. */
  signature?: Uint32Array | null;
  /** The file's `digestOf`, for the brief's input hash (that of no bytes when it cannot be read). */
  digest: string;
}

/**
 * Reads, parses and analyses one file (`parseArticle`, then `analyseArticle`): the whole per-file
 * part of a build, run in a worker thread for large corpora (see parse-worker.ts).
 * @param file the path
 * @param options the packs and aliases that say which names are known
 * @param markup the readers of HTML and Markdown (`loadMarkupReaders`), or null for a text scrape
 * @returns the article with its analysis, or the diagnostics saying why there is none
 */
export function parseFile(
  file: string,
  options: AnalyseOptions = {},
  markup: MarkupReaders | null = null,
): ParsedFile {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    const d: Diagnostic = {
      severity: 'error',
      message: `cannot read file (${reason})`,
      ruleId: 'unreadable',
      source: 'cli',
      file,
    };
    return { article: null, analysis: null, diagnostics: [d], digest: digestOf(new Uint8Array(0)) };
  }
  const digest = digestOf(data);
  const result = parseArticleWith({ path: file, data }, markup);
  if (result.value === null)
    return { article: null, analysis: null, diagnostics: result.diagnostics, digest };
  let analysis: ArticleAnalysis;
  try {
    analysis = analyseArticle(result.value, options);
  } catch (error) {
    // a config error (an unknown pack) fails the brief; a fault on one page must not sink the others
    if (error instanceof BriefingError) throw error;
    const d: Diagnostic = {
      severity: 'error',
      message: `the analysis failed on this file and left it out (${(error as Error).message}): please report it`,
      ruleId: 'analysis-failed',
      source: 'cli',
      file,
    };
    return { article: null, analysis: null, diagnostics: [...result.diagnostics, d], digest };
  }
  const { sentences, ...rest } = analysis;
  // a sentence's text is its slice of the article's text: send the offsets, not a copy of the text
  const packed = new Uint32Array(sentences.length * 2);
  sentences.forEach((s, i) => {
    packed[2 * i] = s.start;
    packed[2 * i + 1] = s.end;
  });
  return {
    // a brief reads no block positions: they are not sent (3 KB an article of the scale bench, held to the end)
    article: { ...result.value, blocks: [] },
    analysis: { ...rest, sentences: packed },
    diagnostics: result.diagnostics,
    signature: signatureOf(result.value.text),
    digest,
  };
}

/**
 * Whether any of the files needs the readers of HTML and Markdown (`loadMarkupReaders`), which a
 * folder of text scrapes never loads.
 * @param files the paths
 */
export function needsMarkup(files: readonly string[]): boolean {
  return files.some((file) => formatOf(file) !== 'text');
}
