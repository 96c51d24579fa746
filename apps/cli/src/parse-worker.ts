// The worker thread of parse-corpus.ts: each task is a few files to read, parse and analyse.
import type { AnalyseOptions } from '@briefing/model';
import { loadMarkupReaders, type MarkupReaders } from '@briefing/parser';
import { needsMarkup, type ParsedFile, parseFile } from './parse-file.js';

/** One task: files and what the analysis must know (each worker builds its entity index once). */
export interface ParseTask {
  files: readonly string[];
  analyse: AnalyseOptions;
}

/** The readers of HTML and Markdown, loaded at this thread's first such file: text scrapes need neither. */
let markup: MarkupReaders | null = null;

/**
 * Reads, parses and analyses each file of a task (see {@link parseFile}).
 * @param task the paths and the packs and aliases
 * @returns one result per file, in order
 */
export default async function run(task: ParseTask): Promise<ParsedFile[]> {
  if (markup === null && needsMarkup(task.files)) markup = await loadMarkupReaders();
  return task.files.map((file) => parseFile(file, task.analyse, markup));
}
