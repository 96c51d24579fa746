import fs from 'node:fs';
import path from 'node:path';
import type { BuildFlags } from './build-command.js';
import { findConfigFile } from './config-file.js';
import { MANIFEST } from './manifest.js';
import { parseThreads, startParsePoolEarly } from './parse-pool.js';
import { listCorpus } from './read-corpus.js';

/** A corpus folder's article files, listed once for the run. */
export interface CorpusListing {
  /** The folder, absolute. */
  dir: string;
  /** Its files, as `listCorpus` gives them. */
  files: string[];
}

/**
 * Starts the parse workers of a build from one large corpus folder as soon as its command line is read:
 * each worker loads its code (≈0.5 s of CPU) on a core this thread leaves idle while it loads the rest of
 * the program and plans the build, which it did before any worker started. Only a build that is sure to
 * parse its corpus qualifies: no config (whose briefs are known only once its schemas are loaded), no
 * `--source` or `--shard`, and `--force` or no manifest in the output folder (a brief may then be
 * unchanged and skipped, without parsing). The workers are those `parseCorpus` would start (see
 * `parseThreads`): none for a small corpus.
 * @param flags the build's options, as commander parsed them
 * @param cwd the working folder
 * @returns the corpus folder's listing, for the plan not to list it again, or null when not started
 */
export function startParseEarly(flags: BuildFlags, cwd: string): CorpusListing | null {
  if (flags.source || flags.shard || findConfigFile(flags.config, cwd) !== undefined) return null;
  if (!flags.force && fs.existsSync(path.resolve(cwd, flags.out ?? 'out', MANIFEST))) return null;
  const dir = path.resolve(cwd, flags.corpus);
  let files: string[];
  try {
    files = listCorpus(dir);
  } catch {
    return null; // no such folder: the plan says so
  }
  startParsePoolEarly(parseThreads(files.length));
  return { dir, files };
}
