// The worker thread of parse-corpus.ts: each task is one file to read, parse and analyse.
import { type ParsedFile, parseFile } from './parse-file.js';

/**
 * Reads, parses and analyses one file (see {@link parseFile}).
 * @param file the path
 */
export default function run(file: string): ParsedFile {
  return parseFile(file);
}
