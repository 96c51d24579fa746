// The worker thread of parse-corpus.ts: each task is a few files to read, parse and analyse.
import type { AnalyseOptions } from '@briefing/model';
import { type ParsedFile, parseFile } from './parse-file.js';

/** One task: files and what the analysis must know (each worker builds its entity index once). */
export interface ParseTask {
  files: readonly string[];
  analyse: AnalyseOptions;
}

/**
 * Reads, parses and analyses each file of a task (see {@link parseFile}).
 * @param task the paths and the packs and aliases
 * @returns one result per file, in order
 */
export default function run(task: ParseTask): ParsedFile[] {
  return task.files.map((file) => parseFile(file, task.analyse));
}
