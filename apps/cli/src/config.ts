import fs from 'node:fs';
import path from 'node:path';
import { BriefingError, GazetteerEntry, knownPacks, OutletInfo } from '@briefing/model';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { FetchConfig, WebSource } from './fetch/fetch-config.js';

/** A format `brief build` can write. */
export const Format = z.enum(['html', 'pdf', 'json']);
export type Format = z.infer<typeof Format>;

/** One brief of a config file. */
export const BriefConfig = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    title: z.string().optional(),
    /** Paths and globs, and web sources: `{feed: URL}`, `{url: URL}`, `{sitemap: URL}`. */
    sources: z.array(z.union([z.string().min(1), WebSource])).min(1),
    /** `stories`: one brief per story the sources hold, named `<id>-<story id>`. */
    split: z.enum(['none', 'stories']).optional(),
    since: z.string().optional(),
    until: z.string().optional(),
    template: z.string().optional(),
    formats: z.array(Format).min(1).optional(),
    classification: z.string().optional(),
    audience: z.string().optional(),
    paper: z.enum(['A4', 'Letter']).optional(),
  })
  .strict();
export type BriefConfig = z.infer<typeof BriefConfig>;

/** `briefing.config.json`, `.yaml` or `.yml`. Paths are relative to the config file. */
export const Config = z
  .object({
    $schema: z.string().optional(),
    out: z.string().optional(),
    template: z.string().optional(),
    briefs: z.array(BriefConfig).min(1),
    /** Knowledge packs shipped with the model to use, e.g. `middle-east-security`. */
    packs: z.array(z.enum(knownPacks() as [string, ...string[]])).optional(),
    aliases: z.array(GazetteerEntry).optional(),
    outlets: z.array(OutletInfo).optional(),
    /** How web sources are fetched and archived. */
    fetch: FetchConfig.optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.briefs.forEach((b, i) => {
      if (seen.has(b.id))
        ctx.addIssue({ code: 'custom', path: ['briefs', i, 'id'], message: `duplicate brief id "${b.id}"` });
      seen.add(b.id);
    });
  });
export type Config = z.infer<typeof Config>;

/** File names looked for in the working folder, in order. */
export const CONFIG_NAMES = ['briefing.config.json', 'briefing.config.yaml', 'briefing.config.yml'];

/**
 * Finds and reads the config: the given file, else the first of {@link CONFIG_NAMES} in `cwd`.
 * Every problem is listed at once, each with its path in the file.
 * @param explicit `--config FILE`
 * @param cwd the working folder
 * @returns the config and its file, or null when there is none
 * @throws {BriefingError} `E_CONFIG` listing every problem
 */
export function loadConfig(
  explicit: string | undefined,
  cwd: string,
): { config: Config; file: string } | null {
  const file = explicit
    ? path.resolve(cwd, explicit)
    : CONFIG_NAMES.map((n) => path.join(cwd, n)).find((f) => fs.existsSync(f));
  if (file === undefined) return null;
  const shown = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new BriefingError(
      'E_CONFIG',
      `${shown}: cannot read config (${(error as NodeJS.ErrnoException).code})`,
    );
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new BriefingError(
      'E_CONFIG',
      `${shown}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const result = Config.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${shown}: ${formatPath(i.path)}: ${i.message}`);
    throw new BriefingError('E_CONFIG', lines.join('\n'));
  }
  return { config: result.data, file };
}

function formatPath(p: readonly PropertyKey[]): string {
  if (p.length === 0) return '(root)';
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/**
 * Reads `--since`/`--until` and config dates: `7d`, `2w`, `3m` (days, weeks, months before `now`) or
 * `YYYY-MM-DD`.
 * @param value the text
 * @param now the reference time
 * @returns a `YYYY-MM-DD` date
 * @throws {BriefingError} `E_USAGE` for anything else
 */
export function parseSince(value: string, now: Date): string {
  const rel = /^(\d+)([dwm])$/.exec(value);
  if (rel) {
    const n = Number(rel[1]);
    const d = new Date(now);
    if (rel[2] === 'm') d.setUTCMonth(d.getUTCMonth() - n);
    else d.setUTCDate(d.getUTCDate() - n * (rel[2] === 'w' ? 7 : 1));
    return d.toISOString().slice(0, 10);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new BriefingError(
    'E_USAGE',
    `expected a date such as 2024-01-01 or a span such as 7d, 2w, 3m, got "${value}"`,
  );
}

/**
 * The JSON Schema of the config file, for editor completion.
 * @returns a draft 2020-12 JSON Schema
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
