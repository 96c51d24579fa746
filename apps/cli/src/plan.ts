import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { GazetteerEntry, OutletInfo } from '@briefing/model';
import { globSync } from 'tinyglobby';
import type { Config, Format } from './config.js';
import type { WebSource } from './fetch/fetch-config.js';
import { listCorpus } from './read-corpus.js';
import type { CorpusListing } from './start-parse-early.js';
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
  /** Knowledge packs to use (the config's `packs`). */
  packs: string[];
  aliases: GazetteerEntry[];
  outlets: OutletInfo[];
  /** Feeds, pages and sitemaps, fetched into the archive before the build. */
  web?: WebSource[];
  /** The URL of each archived page among `files`. */
  urls?: Record<string, string>;
  split?: 'none' | 'stories';
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
  /** `--source`: replaces the corpus folder, or each brief's sources. */
  sources?: (string | WebSource)[];
  /** The corpus folder's files when they were listed already (see start-parse-early.ts). */
  listed?: CorpusListing | null;
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
  if (loaded === null && options.sources) {
    const { files, web, missing } = resolveSources(options.sources, cwd);
    return [
      {
        id: 'brief',
        files: files.map((f) => path.relative(cwd, f) || f),
        missing,
        formats,
        paper: options.paper ?? 'A4',
        packs: [],
        aliases: [],
        outlets: [],
        ...(web.length ? { web } : {}),
        ...(options.template ? { template: path.resolve(cwd, options.template) } : {}),
        ...(options.since ? { since: options.since } : {}),
        ...(options.until ? { until: options.until } : {}),
      },
    ];
  }
  if (loaded === null) {
    const dir = path.resolve(cwd, options.corpus);
    const exists = fs.existsSync(dir);
    const listed = options.listed?.dir === dir ? options.listed.files : exists ? listCorpus(dir) : [];
    return [
      {
        id:
          path
            .basename(dir)
            .toLowerCase()
            .replace(/[^a-z0-9-]+/g, '-') || 'brief',
        files: listed.map((f) => path.relative(cwd, f) || f),
        missing: exists ? [] : [`${options.corpus}: does not exist`],
        formats,
        paper: options.paper ?? 'A4',
        packs: [],
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
    const { files, web, missing } = resolveSources(
      options.sources ?? b.sources,
      options.sources ? cwd : base,
    );
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
      packs: config.packs ?? [],
      aliases: config.aliases ?? [],
      outlets: config.outlets ?? [],
      ...(web.length ? { web } : {}),
      ...(b.split ? { split: b.split } : {}),
      ...(b.title ? { title: b.title } : {}),
      ...(b.classification ? { classification: b.classification } : {}),
      ...(b.audience ? { audience: b.audience } : {}),
      ...(template ? { template: path.resolve(options.template ? cwd : base, template) } : {}),
      ...(since ? { since } : {}),
      ...(until ? { until } : {}),
    };
  });
}

/** Splits sources into files (folders listed, globs expanded from `base`) and web sources. */
function resolveSources(
  sources: readonly (string | WebSource)[],
  base: string,
): { files: string[]; web: WebSource[]; missing: string[] } {
  const web = sources.filter((s): s is WebSource => typeof s !== 'string');
  const missing: string[] = [];
  const files = sources
    .filter((s): s is string => typeof s === 'string')
    .flatMap((s) => {
      const abs = path.resolve(base, s);
      if (fs.existsSync(abs) && fs.statSync(abs).isDirectory()) return listCorpus(abs);
      const found = globSync(s, { cwd: base, absolute: true, onlyFiles: true }).sort();
      if (found.length === 0)
        missing.push(`${s}: ${/[*?[\]{}]/.test(s) ? 'matches no file' : 'does not exist'}`);
      return found;
    });
  return { files, web, missing };
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
