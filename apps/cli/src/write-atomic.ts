import fs from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();

/**
 * Writes a file whole or not at all: to a temporary name in the same folder, then renamed.
 * @param file the destination
 * @param data the content
 */
export function writeAtomic(file: string, data: string | Uint8Array): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  pending.add(tmp);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
    pending.delete(tmp);
  }
}

/** Removes the temporary files of writes still in progress (on interrupt). */
export function removePendingWrites(): void {
  for (const tmp of pending) fs.rmSync(tmp, { force: true });
  pending.clear();
}
