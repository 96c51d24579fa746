import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultThemeDir } from '@briefing/render/theme';
import { digestFile } from './file-digest.js';
import type { BriefJob } from './plan.js';

/** Hashes every regular file under a folder, by relative path then content, in a stable order. */
function hashFolder(h: ReturnType<typeof createHash>, dir: string, keep: (file: string) => boolean): void {
  for (const f of fs.readdirSync(dir, { recursive: true }).map(String).sort()) {
    const p = path.join(dir, f);
    if (keep(f) && fs.statSync(p).isFile()) h.update(f).update(fs.readFileSync(p));
  }
}

/**
 * Hashes the content of folders: every file's path relative to its folder and its bytes, in a stable
 * order.
 * @param folders each folder, with which of its files count
 * @returns a hex digest
 */
export function fingerprintFolders(
  folders: readonly { dir: string; keep: (file: string) => boolean }[],
): string {
  const h = createHash('sha256');
  for (const { dir, keep } of folders) hashFolder(h, dir, keep);
  return h.digest('hex');
}

/** The model's data files (lexicons, vectors), which it reads at run time. */
const modelDataDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@briefing/model')),
  '..',
  'data',
);

/**
 * The folders whose content produced a brief: the program's own code (the folder this module runs
 * from: the bundle in `dist/`, which holds the packages' code too), the default theme, and the data
 * files the model reads at run time.
 */
export const TOOL_FOLDERS = [
  { dir: path.dirname(fileURLToPath(import.meta.url)), keep: (f: string) => /\.[cm]?[jt]s$/.test(f) },
  { dir: defaultThemeDir, keep: () => true },
  { dir: modelDataDir, keep: () => true },
];

/**
 * The file in which `pnpm build` (scripts/bundle.mjs) records the hash of the bundle it wrote, that is
 * {@link fingerprintFolders} of the code folder alone: reading it spares each run hashing 4 MB of code
 * (25–60 ms measured on two cores under a load of 18, on the critical path of a cold run). The model's
 * data (4.4 MB) is hashed on each run: it is read at run time, so an edit must count without a rebuild.
 */
/** The hash `pnpm build` records of the bundle it wrote (first line), then the files it covers, one a line. */
export const CODE_FINGERPRINT_FILE = 'code-fingerprint.txt';

let tool: string | undefined;

/**
 * What produced a brief's output, as a hash of the content of {@link TOOL_FOLDERS}: an upgrade, a
 * rebuild with changed code, an edited default theme or edited model data changes it, whatever the
 * version number says.
 * The code's part comes from {@link CODE_FINGERPRINT_FILE} when the build wrote one. Computed once per run.
 * @returns a hex digest
 */
export function toolFingerprint(): string {
  if (tool !== undefined) return tool;
  const [code, ...rest] = TOOL_FOLDERS as [(typeof TOOL_FOLDERS)[0], ...typeof TOOL_FOLDERS];
  let recorded: string;
  try {
    // its first line; the files it covers follow
    recorded = (
      fs.readFileSync(path.join(code.dir, CODE_FINGERPRINT_FILE), 'utf8').split('\n')[0] ?? ''
    ).trim();
  } catch {
    recorded = fingerprintFolders([code]);
  }
  tool = createHash('sha256').update(recorded).update(fingerprintFolders(rest)).digest('hex');
  return tool;
}

/**
 * Hashes everything a brief's output depends on: what produced it ({@link toolFingerprint}), the job's
 * settings, each source file's content (by its `digestOf`) and each file of its theme.
 * @param job the brief
 * @param producer the {@link toolFingerprint} (or any text standing for the program)
 * @param digests the digest of each of `job.files`, in order, when the parse has them (`parseCorpus`);
 *   by default each file is read and hashed here
 * @returns a hex digest
 */
export function hashInputs(
  job: BriefJob,
  producer: string,
  digests: readonly string[] = job.files.map(digestFile),
): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ producer, ...job, files: job.files }));
  job.files.forEach((f, i) => {
    h.update(f).update(digests[i] ?? '');
  });
  // a theme that is no folder is reported when the brief loads it
  if (job.template && fs.statSync(job.template, { throwIfNoEntry: false })?.isDirectory()) {
    hashFolder(h, job.template, () => true);
  }
  return h.digest('hex');
}
