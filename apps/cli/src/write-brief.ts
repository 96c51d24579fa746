import fs from 'node:fs';
import path from 'node:path';
import type { BriefRecord } from './manifest.js';
import { writeAllAtomic } from './write-atomic.js';

/**
 * Writes a brief's files as one consistent set: all to temporary names, renamed together once every
 * one is written; then the files of its previous set that the new one no longer has (a format dropped)
 * are removed. A failed write leaves the previous set whole.
 * @param out the output folder
 * @param files file name (`<id>.<format>`; a brief split by story has several ids) → content
 * @param previous what the last run recorded for this brief, if anything
 * @returns the paths written, in the order given
 */
export function writeBrief(
  out: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  previous: BriefRecord | undefined,
): string[] {
  const targets = new Map([...files].map(([name, data]) => [path.join(out, name), data]));
  writeAllAtomic(targets);
  const names = new Set([...targets.keys()].map((f) => path.basename(f)));
  for (const stale of previous?.files ?? []) {
    if (!names.has(stale)) fs.rmSync(path.join(out, stale), { force: true });
  }
  return [...targets.keys()];
}
