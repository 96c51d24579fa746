import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic, KeptStoryTitle } from '@briefing/model';
import { OutputError } from './errors.js';
import { writeAtomic } from './write-atomic.js';

/** The manifest's file name in the output folder. */
export const MANIFEST = '.briefing-manifest.json';

/** What the last run wrote for one brief, to tell whether it must be built again. */
export interface BriefRecord {
  hash: string;
  files: string[];
  sources: string[];
  events: string[];
  /**
   * The findings its inputs gave when it was built, so that a later run that skips it as unchanged
   * still reports them and `--strict` still counts its warnings.
   */
  diagnostics?: Diagnostic[];
  /**
   * Whether its "New since the last brief" listed anything: such a brief is built again on the next run
   * even if its inputs have not changed, so that it does not go on showing yesterday's news as new.
   */
  news?: boolean;
  /**
   * Its sources list, each by its URL, else path, in order: the next run numbers these sources as they
   * were (the new ones after them), so that a citation's `[n]` of yesterday is still the same source.
   * Absent in manifests written before session 90: the sources are then numbered by date.
   */
  order?: string[];
  /**
   * Its stories' titles by story id, each with the story's size when it was chosen: the next run keeps
   * a story's title until the story has doubled (see `storyTitlesToKeep` in the model).
   */
  storyTitles?: Record<string, KeptStoryTitle>;
}

/** The output folder's record of what Briefing wrote there. */
export interface Manifest {
  tool: 'briefing';
  version: string;
  briefs: Record<string, BriefRecord>;
}

/**
 * Reads the output folder's manifest.
 * @param out the output folder
 * @returns the manifest, or null when the folder has none
 */
export function readManifest(out: string): Manifest | null {
  try {
    const data = JSON.parse(fs.readFileSync(path.join(out, MANIFEST), 'utf8')) as Manifest;
    return data.tool === 'briefing' && typeof data.briefs === 'object' ? data : null;
  } catch {
    return null;
  }
}

/**
 * Writes the manifest (atomically).
 * @param out the output folder
 * @param manifest what to record
 */
export function writeManifest(out: string, manifest: Manifest): void {
  writeAtomic(path.join(out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Refuses an output folder that holds anything Briefing did not write, so that a mistaken `--out`
 * cannot overwrite a user's files.
 * @param out the output folder
 * @param manifest its manifest, if any
 * @throws {OutputError} `E_OUTPUT` naming the foreign files
 */
export function assertOurs(out: string, manifest: Manifest | null): void {
  if (!fs.existsSync(out)) return;
  if (!fs.statSync(out).isDirectory()) throw new OutputError(`--out ${out} is a file, not a folder`);
  const ours = new Set([MANIFEST, ...Object.values(manifest?.briefs ?? {}).flatMap((b) => b.files)]);
  const foreign = fs.readdirSync(out).filter((f) => !ours.has(f) && !/^\..*\.tmp$/.test(f));
  if (foreign.length > 0) {
    const named = `${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? ', ...' : ''}`;
    throw new OutputError(
      `refusing to write into ${out}: it holds files Briefing did not write (${named}); ` +
        'choose an empty folder or one an earlier run wrote',
    );
  }
}
