import fs from 'node:fs';
import path from 'node:path';
import { onShutdown } from './shutdown.js';

const pending = new Set<string>();
let registered = false;

/**
 * The temporary name a file is written under before it is renamed: in the same folder, hidden, ending
 * in `.tmp` (so the output folder check knows it as ours), unique to this process.
 * @param file the destination
 */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
}

/**
 * Writes files whole or not at all, as one set: each to a temporary name in its folder, then — only
 * when every one was written — all renamed. If one write fails, none of the destinations is touched.
 * Temporary files are removed however the program ends.
 * @param files destination → content
 * @throws the file system's error when a write fails (the destinations are then unchanged)
 */
export function writeAllAtomic(files: ReadonlyMap<string, string | Uint8Array>): void {
  if (!registered) {
    registered = true;
    onShutdown(() => {
      for (const tmp of pending) fs.rmSync(tmp, { force: true });
    });
  }
  const written: [string, string][] = [];
  try {
    for (const [file, data] of files) {
      const tmp = temporaryName(file);
      pending.add(tmp);
      written.push([tmp, file]);
      fs.writeFileSync(tmp, data);
    }
    for (const [tmp, file] of written) fs.renameSync(tmp, file);
  } finally {
    for (const [tmp] of written) {
      fs.rmSync(tmp, { force: true });
      pending.delete(tmp);
    }
  }
}

/**
 * Writes one file whole or not at all (see {@link writeAllAtomic}).
 * @param file the destination
 * @param data the content
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  writeAllAtomic(new Map([[file, data]]));
}
