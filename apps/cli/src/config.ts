import fs from 'node:fs';
import path from 'node:path';
import { GazetteerEntry, knownPacks, OutletInfo } from '@briefing/model';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { findConfigFile } from './config-file.js';
import { ConfigError } from './errors.js';
import { FetchConfig, WebSource } from './fetch/fetch-config.js';
import { isWhen, WHEN_EXPECTED, WHEN_PATTERN } from './when.js';

/** A format `brief build` can write. */
export const Format = z.enum(['html', 'pdf', 'json']);
export type Format = z.infer<typeof Format>;

/** A bound of a date window: `2024-01-01`, or `7d`, `2w`, `3m` back from now (the command line's rules). */
const When = z
  .string()
  .regex(WHEN_PATTERN, { message: WHEN_EXPECTED, abort: true })
  .refine(isWhen, WHEN_EXPECTED);

/** One brief of a config file. */
export const BriefConfig = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    title: z.string().optional(),
    /** Paths and globs, and web sources: `{feed: URL}`, `{url: URL}`, `{sitemap: URL}`. */
    sources: z.array(z.union([z.string().min(1), WebSource])).min(1),
    /** `stories`: one brief per story the sources hold, named `<id>-<story id>`. */
    split: z.enum(['none', 'stories']).optional(),
    since: When.optional(),
    until: When.optional(),
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

/**
 * Finds and reads the config: the given file, else the first of `CONFIG_NAMES` in `cwd` (see config-file.ts).
 * Every problem is listed at once, each with its path in the file.
 * @param explicit `--config FILE`
 * @param cwd the working folder
 * @returns the config and its file, or null when there is none
 * @throws {ConfigError} `E_CONFIG` listing every problem
 */
export function loadConfig(
  explicit: string | undefined,
  cwd: string,
): { config: Config; file: string } | null {
  const file = findConfigFile(explicit, cwd);
  if (file === undefined) return null;
  const shown = path.relative(cwd, file) || file;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`${shown}: cannot read config (${(error as NodeJS.ErrnoException).code})`, {
      cause: error,
    });
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ConfigError(
      `${shown}: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${(error as Error).message.split('\n')[0]}`,
      { cause: error },
    );
  }
  const result = Config.safeParse(data);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${shown}: ${formatPath(i.path)}: ${i.message}`);
    throw new ConfigError(lines.join('\n'));
  }
  return { config: result.data, file };
}

function formatPath(p: readonly PropertyKey[]): string {
  if (p.length === 0) return '(root)';
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');
}

/**
 * The JSON Schema of the config file, for editor completion.
 * @returns a draft 2020-12 JSON Schema
 */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Config, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
}
