import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry, OutletInfo } from '@briefing/model';
import { globSync } from 'tinyglobby';
import type { Config, Format } from './config.js';
import { listCorpus } from './read-corpus.js';
import { resolveWhen } from './when.js';

/** One brief to build, with everything resolved to files. */
export interface BriefJob {
  id: string;
  title?: string;
  files: string[];
  /** The sources that name nothing, each with why: `corpus: does not exist`, `x/*.md: matches no file`. */
  missing: string[];
  since?: string;
  until?: string;
  template?: string;
  formats: Format[];
  classification?: string;
  audience?: string;
  paper: 'A4' | 'Letter';
  aliases: GazetteerEntry[];
  outlets: OutletInfo[];
}

/** Command-line choices that apply to every brief. */
export interface PlanOptions {
  corpus: string;
  formats?: Format[];
  template?: string;
  since?: string;
  until?: string;
  paper?: 'A4' | 'Letter';
  /** The reference time of spans (`7d`) in the config. */
  now: Date;
}

/**
 * Turns the config (or, without one, the corpus folder) into the briefs to build.
 * @param loaded the config and its file, or null
 * @param options command-line choices (they win over the config)
 * @param cwd the working folder
 * @returns the jobs, in config order
 */
export function planBriefs(
  loaded: { config: Config; file: string } | null,
  options: PlanOptions,
  cwd: string,
): BriefJob[] {
  const formats = options.formats ?? ['html', 'pdf', 'json'];
  if (loaded === null) {
    const dir = path.resolve(cwd, options.corpus);
    return [
      {
        id:
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-') || 'brief',
        files: fs.existsSync(dir) ? listCorpus(dir).map((f) => path.relative(cwd, f) || f) : [],
        missing: fs.existsSync(dir) ? [] : [`${options.corpus}: does not exist`],
        formats,
        paper: options.paper ?? 'A4',
        aliases: [],
        outlets: [],
        ...(options.template ? { template: path.resolve(cwd, options.template) } : {}),
        ...(options.since ? { since: options.since } : {}),
        ...(options.until ? { until: options.until } : {}),
      },
    ];
  }
  const { config, file } = loaded;
  const base = path.dirname(file);
  return config.briefs.map((b) => {
    const missing: string[] = [];
    const files = b.sources.flatMap((s) => {
      const abs = path.resolve(base, s);
      if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) return listCorpus(abs);
      const found = globSync(s, { cwd: base, absolute: true, onlyFiles: true }).sort();
      if (found.length === 0)
        missing.push(`${s}: ${/[*?[\]{}]/.test(s) ? 'matches no file' : 'does not exist'}`);
      return found;
    });
    const template = options.template ?? b.template ?? config.template;
    // the config's spans are read with the command line's rules (config.ts validated them)
    const since = options.since ?? (b.since && resolveWhen(b.since, options.now));
    const until = options.until ?? (b.until && resolveWhen(b.until, options.now));
    return {
      id: b.id,
      files: [...new Set(files)].map((f) => path.relative(cwd, f) || f),
      missing,
      formats: options.formats ?? b.formats ?? formats,
      paper: options.paper ?? b.paper ?? 'A4',
      aliases: config.aliases ?? [],
      outlets: config.outlets ?? [],
      ...(b.title ? { title: b.title } : {}),
      ...(b.classification ? { classification: b.classification } : {}),
      ...(b.audience ? { audience: b.audience } : {}),
      ...(template ? { template: path.resolve(options.template ? cwd : base, template) } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
  });
}

/**
 * Keeps the briefs of one shard, chosen by a hash of the brief id so that the split is stable.
 * @param jobs all briefs
 * @param shard `i/n`, 1-based
 */
export function selectShard(jobs: readonly BriefJob[], shard: { index: number; count: number }): BriefJob[] {
  return jobs.filter((j) => {
    const h = createHash('sha256').update(j.id).digest().readUInt32BE(0);
    return h % shard.count === shard.index - 1;
  });
}
