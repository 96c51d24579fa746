// The worker thread of parse-corpus.ts: each task is one file to read, parse and analyse.
import type { AnalyseOptions } from '@briefing/model';
import { type ParsedFile, parseFile } from './parse-file.js';

/** One task: a file and what the analysis must know (each worker builds its entity index once). */
export interface ParseTask {
  file: string;
  analyse: AnalyseOptions;
}

/**
 * Reads, parses and analyses one file (see {@link parseFile}).
 * @param task the path and the packs and aliases
 */
export default function run(task: ParseTask): ParsedFile {
  return parseFile(task.file, task.analyse);
}
