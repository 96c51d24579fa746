import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { onExit } from 'signal-exit';

/**
 * Vitest global setup of every package: the run gets a temporary folder of its own as TMPDIR (tests,
 * the programs they start and the Chromium those start inherit it), removed at the end. A test that
 * leaves anything in it fails the run with the names of what it left, so that the suite leaves /tmp
 * as it found it. A run that is stopped (Ctrl-C, or turbo ending it when another task failed) removes
 * the folder on its way out too, and vitest's own folder of transformed modules, which vitest made in
 * the outer temporary folder before this setup ran.
 * @param project the project vitest runs (its `tmpDir` is vitest's own folder)
 * @returns the teardown
 */
export default function setup(project?: { tmpDir?: string }): () => void {
  const outer = process.env.TMPDIR;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-vitest-'));
  process.env.TMPDIR = dir;
  const unhook = onExit(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    // vitest's own copies of the modules it transformed (os.tmpdir()/<id>/ssr), which it removes only
    // when it closes cleanly: a run turbo stopped because another package failed had left them
    if (project?.tmpDir) fs.rmSync(project.tmpDir, { recursive: true, force: true });
  });
  return () => {
    unhook();
    const left = fs.readdirSync(dir);
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 });
    if (outer === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = outer;
    if (left.length > 0) {
      // an error thrown here is printed but does not change vitest's exit code
      console.error(`error: the tests left in the temporary folder: ${left.sort().join(', ')}`);
      process.exitCode = 1;
    }
  };
}
