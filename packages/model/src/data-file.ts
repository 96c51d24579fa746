import { readFileSync, statSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { modelFile } from './model-files.js';

/**
 * Reads a file of this package's `data/` folder, found through the package's name (see
 * {@link modelFile}), so also from a bundle of the `brief` CLI.
 * @param name the file name under `data/`
 * @returns its bytes
 * @throws {Error} when the file is not there (a broken install)
 */
export function readDataFile(name: string): Buffer {
  return readFileSync(modelFile(`data/${name}`));
}

/**
 * Reads a JSON file of `data/` (see {@link readDataFile}) with every object in it made without a
 * prototype: the records are looked up by any word of a text, and a plain object answers
 * "constructor" with a function.
 * @param name the file name under `data/`
 * @returns the parsed value
 * @throws {Error} when the file is not there or not JSON
 */
export function readDataJson<T>(name: string): T {
  return withoutPrototypes(JSON.parse(readDataFile(name).toString('utf8'))) as T;
}

/** The value with each object in it made without a prototype (arrays walked, kept as arrays). */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++)
      if (typeof value[i] === 'object') value[i] = withoutPrototypes(value[i]);
    return value;
  }
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  for (const key in record) if (typeof record[key] === 'object') record[key] = withoutPrototypes(record[key]);
  // in place: a copy of a 20,000-word record cost 8 ms of every cold start
  return Object.setPrototypeOf(record, null);
}

/**
 * A copy of a record without a prototype, so that looking up any word of a text ("constructor",
 * "tostring") finds only the record's own keys.
 * @param record the record
 */
export function wordRecord<V>(record: Readonly<Record<string, V>>): Record<string, V> {
  return Object.assign(Object.create(null) as Record<string, V>, record);
}

/** Whether this module runs from the package's build (or a bundle of it), not from its sources. */
const FROM_BUILD = import.meta.url.endsWith('.js');

/**
 * Reads a table the build derived from this package's data (`dist/data/<name>`, written by
 * `scripts/compile-tables.mjs`), when this code runs from its build and the table is at least as new
 * as each file it was derived from; otherwise (the sources, as the tests run them, or a data file edited
 * since) the caller derives it itself. Each parse thread needs these tables at its start, before its
 * first page: derived in place, in code not yet compiled, they were most of that page's CPU.
 * @param name the table's file name under `dist/data/`
 * @param sources the files it is derived from
 * @returns the parsed table, or undefined when it is to be derived
 */
export function readCompiledTable(name: string, sources: readonly (URL | string)[]): unknown {
  const file = compiledTableFile(name, sources);
  return file === undefined ? undefined : JSON.parse(readFileSync(file, 'utf8'));
}

/**
 * The file of a table the build derived (see {@link readCompiledTable}), when it is to be read.
 * @param name the table's file name under `dist/data/`
 * @param sources the files it is derived from
 * @returns its URL, or undefined when it is to be derived
 */
export function compiledTableFile(name: string, sources: readonly (URL | string)[]): URL | undefined {
  if (!FROM_BUILD) return undefined;
  const file = modelFile(`dist/data/${name}`);
  const built = statSync(file, { throwIfNoEntry: false });
  if (!built || sources.some((s) => statSync(s).mtimeMs > built.mtimeMs)) return undefined;
  return file;
}

/**
 * Reads a YAML file of a package's `data/` folder, from the JSON its build wrote of it
 * (`dist/data/<name>.json`, by `scripts/compile-data.mjs`) when that is at least as new as the YAML,
 * else from the YAML itself (an edited file, or a package run from its sources). Each parse thread
 * reads every data file at its start: the 18 files of the parser and the model took 268 CPU ms as
 * YAML and 3 as JSON in a fresh process.
 * @param file URL of `data/<name>.yaml` in a package
 * @returns the parsed value, the same either way
 * @throws {Error} when the file is not there or not YAML
 */
export function readYamlData(file: URL): unknown {
  const name = file.pathname.slice(file.pathname.lastIndexOf('/') + 1).replace(/\.yaml$/, '.json');
  const compiled = new URL(`../dist/data/${name}`, file);
  const built = statSync(compiled, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= statSync(file).mtimeMs) return JSON.parse(readFileSync(compiled, 'utf8'));
  return parseYaml(readFileSync(file, 'utf8'));
}

/**
 * A data file's list of words: at least one, each in lower case letters only (a role noun, a verb, a
 * place word), as the word lists of `data/*.yaml` are written and as the code looks them up.
 */
export const LowerWords = z.array(z.string().regex(/^\p{Ll}+$/u)).min(1);

/** A word in lower case letters, an apostrophe within it or opening it ("editor's", "'m"). */
const LOWER_WORD = String.raw`'?\p{Ll}+(?:'\p{Ll}+)*`;
/**
 * A data file's list of phrases: at least one, each of one or more words in lower case letters a
 * single space apart, an apostrophe within a word or opening it ("of course", "editor's note", "'m
 * afraid"), as the phrase lists of `data/*.yaml` are written and as the code looks them up.
 */
export const LowerPhrases = z
  .array(z.string().regex(new RegExp(`^${LOWER_WORD}(?: ${LOWER_WORD})*$`, 'u')))
  .min(1);

/**
 * A getter of what code makes of a YAML file of this package's `data/` folder: its first call reads the
 * file ({@link readYamlData}, so from the JSON the build wrote of it when that is fresh), checks it with
 * `schema` and hands it to `make`; each later call returns that same value. Nothing is read before the
 * first call, so a parse thread reads no file it never asks of.
 * @param name the file name under `data/` (`person-titles.yaml`)
 * @param schema the file's schema
 * @param make what the code keeps of the file (sets, maps, patterns)
 * @returns the getter
 * @throws {Error} from the getter's first call: the file is not there or not YAML; ZodError when it
 * does not have its schema
 */
export function lazyData<S extends z.ZodType, T extends object>(
  name: string,
  schema: S,
  make: (file: z.output<S>) => T,
): () => T {
  let value: T | undefined;
  return () => (value ??= make(schema.parse(readYamlData(modelFile(`data/${name}`)))));
}

/** The groups of a data file that are lists of words, each as a Set (see {@link wordSets}). */
export type WordSets<T> = {
  readonly [K in keyof T as T[K] extends readonly string[] ? K : never]: ReadonlySet<string>;
};

/**
 * Each group of a data file that is a list of strings, as a Set of them under the group's name; the
 * file's other groups (records, single strings) are left out.
 * @param file a data file as its schema parsed it
 * @returns group name → its Set
 */
export function wordSets<T extends object>(file: T): WordSets<T> {
  // made at once, not key by key: an object given more than 16 keys one by one is a dictionary, and
  // each of its Sets is asked for on a hot path (the 30 groups of organisation-words.yaml)
  return Object.fromEntries(
    Object.entries(file)
      .filter(([, list]) => Array.isArray(list) && list.every((w) => typeof w === 'string'))
      .map(([group, list]) => [group, new Set(list as string[])]),
  ) as unknown as WordSets<T>;
}
