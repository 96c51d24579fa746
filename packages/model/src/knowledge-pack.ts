import { readdirSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { countryEntries } from './country-entries.js';
import { readYamlData } from './data-file.js';
import { PackError } from './errors.js';
import { extendGazetteer, GazetteerEntry } from './gazetteer.js';
import { modelFile } from './model-files.js';
import { subdivisionEntries } from './subdivision-entries.js';

/**
 * A pack: the names, kinds and aliases of one field or region (YAML), which a config enables with
 * `packs: [name]`. Built-in general knowledge (international organisations) has the same shape.
 */
export const KnowledgePack = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes'),
    description: z.string().min(1),
    source: z.string().min(1),
    licence: z.string().min(1),
    entries: z.array(GazetteerEntry).min(1),
  })
  .strict();
export type KnowledgePack = z.infer<typeof KnowledgePack>;

const PACKS = modelFile('packs/');
const DATA = modelFile('data/');

/**
 * Reads and validates a pack file.
 * @param file path or URL of the YAML file
 * @returns the pack
 * @throws {PackError} `E_PACK` naming the file and every problem in it
 */
export function readKnowledgePack(file: string | URL): KnowledgePack {
  const shown = file instanceof URL ? file.pathname : file;
  let data: unknown;
  try {
    // the package's own packs load from the JSON its build made of them (see readYamlData)
    data =
      file instanceof URL && file.href.startsWith(DATA.href)
        ? readYamlData(file)
        : parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PackError(`${shown}: cannot read pack: ${(error as Error).message.split('\n')[0]}`, {
      cause: error,
    });
  }
  const result = KnowledgePack.safeParse(data);
  if (!result.success)
    throw new PackError(
      result.error.issues.map((i) => `${shown}: ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n'),
    );
  return result.data;
}

/**
 * The names of the packs shipped in this package (`packs/*.yaml`).
 */
export function knownPacks(): string[] {
  return readdirSync(PACKS)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5))
    .sort();
}

/**
 * Loads a shipped pack by name.
 * @param name e.g. `middle-east-security`
 * @returns the pack
 * @throws {PackError} `E_PACK` when no pack has that name (the message lists those there are)
 */
export function loadPack(name: string): KnowledgePack {
  const known = knownPacks();
  if (!known.includes(name)) throw new PackError(`unknown pack "${name}"; packs: ${known.join(', ')}`);
  return readKnowledgePack(new URL(`${name}.yaml`, PACKS));
}

let organisations: GazetteerEntry[] | null = null;

/**
 * The built-in international organisations (`data/international-organisations.yaml`), read once.
 * @returns a fresh copy of the entries
 */
export function internationalOrganisations(): GazetteerEntry[] {
  organisations ??= readKnowledgePack(new URL('international-organisations.yaml', DATA)).entries;
  return organisations.map((e) => ({ ...e, aliases: [...e.aliases] }));
}

/**
 * The built-in knowledge: every country (world-countries, with `data/country-names.yaml`), the
 * international organisations, and the first-level subdivisions of countries (iso3166-2-db, see
 * `subdivisionEntries`) whose names none of these has. Field knowledge comes from packs.
 * @param packs names of shipped packs to add (`packs: [...]` in the config)
 * @returns the entries
 * @throws {PackError} `E_PACK` for an unknown pack
 */
export function defaultGazetteer(packs: readonly string[] = []): GazetteerEntry[] {
  if (builtIn === null) {
    const named = extendGazetteer(
      extendGazetteer(countryEntries(), readKnowledgePack(new URL('country-names.yaml', DATA)).entries),
      internationalOrganisations(),
    );
    const known = new Set(named.flatMap((e) => [e.name, ...e.aliases].map((n) => n.toLowerCase())));
    builtIn = [...named, ...subdivisionEntries(known)];
  }
  let out = extendGazetteer(builtIn, []);
  for (const name of packs) out = extendGazetteer(out, loadPack(name).entries);
  return out;
}

let builtIn: GazetteerEntry[] | null = null;
