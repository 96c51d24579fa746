import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

/** The repository's root folder. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
/** The built `brief` program. */
export const briefBin = path.join(repoRoot, 'apps/cli/dist/bin.js');

const workspaces: string[] = [];
// registered in each test file that imports this module (each file has its own instance of it)
afterAll(() => {
  for (const dir of workspaces.splice(0)) fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

/**
 * Makes a temporary folder holding a copy of the repository's corpus (or nothing), removed when the
 * tests of the file are done.
 * @param withCorpus copy `corpus/` into `<tmp>/corpus`
 * @returns the folder's path
 */
export function tempWorkspace(withCorpus = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brief-test-'));
  workspaces.push(dir);
  if (withCorpus) fs.cpSync(path.join(repoRoot, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
  return dir;
}

/**
 * Runs the real `brief` program.
 * @param args its arguments
 * @param cwd the folder it runs in
 * @param env extra environment
 */
export function brief(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [briefBin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/**
 * Runs the real `brief` program without blocking this process, so that a server the test runs here
 * can answer it (and record what it asked).
 * @param args its arguments
 * @param cwd the folder it runs in
 * @param env extra environment
 */
export function briefAsync(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [briefBin, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/**
 * Runs a poppler tool (`pdfinfo`, `pdftotext`, `pdffonts`) and returns its output; fails when missing.
 */
export function poppler(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error)
    throw new Error(`${tool} is needed for PDF checks (Debian: apt-get install poppler-utils)`, {
      cause: r.error,
    });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/**
 * Whether a process still runs: it exists and is not a zombie (which some sandboxes' init never reaps).
 * @param pid the process id
 */
export function running(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * The processes of a list still running after waiting for them to end: polled every 50 ms for at most
 * `ms` (5 s: an interrupted run waits at most 3 s for its browser to be reaped, see shutdown.ts; a single
 * look after a fixed 0.5 s failed once under a load of 6 to 8).
 * @param pids process ids
 * @param ms how long to wait at most
 */
export async function stillRunning(pids: readonly number[], ms = 5000): Promise<number[]> {
  const until = Date.now() + ms;
  let left = pids.filter(running);
  while (left.length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    left = left.filter(running);
  }
  return left;
}
