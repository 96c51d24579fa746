import { readCompiledTable } from './data-file.js';
import { EntityIndex, type EntityIndexTable } from './entity-index.js';
import { extendGazetteer, type GazetteerEntry } from './gazetteer.js';
import { defaultGazetteer } from './knowledge-pack.js';
import { modelDependencyFile, modelFile } from './model-files.js';
import { SUBDIVISIONS } from './subdivision-entries.js';

/** The built-in names and their index as plain data: what the build writes (see {@link builtInIndexTable}). */
export interface BuiltInIndexTable {
  entries: GazetteerEntry[];
  index: EntityIndexTable;
}

/** The name under `dist/data/` of the table {@link builtInIndexTable} derives. */
export const BUILT_IN_INDEX_TABLE = 'built-in-index.json';

let builtIn: EntityIndex | undefined;

/**
 * The index of the built-in names alone, no pack and no alias (`defaultGazetteer`), what most briefs
 * use: read from the table the build derived when there is one. Deriving it tokenized each of the
 * 3,600 aliases in code not yet compiled: 60–120 CPU ms of each parse thread's first page.
 * @returns the index, made once a thread
 */
export function builtInIndex(): EntityIndex {
  if (builtIn === undefined) {
    const table = readCompiledTable(BUILT_IN_INDEX_TABLE, [
      modelDependencyFile('world-countries/countries.json'),
      modelFile('data/background-df.json'),
      modelFile('data/country-names.yaml'),
      modelFile('data/international-organisations.yaml'),
      modelFile('data/place-words.yaml'),
      modelDependencyFile(SUBDIVISIONS),
    ]) as BuiltInIndexTable | undefined;
    builtIn =
      table === undefined ? new EntityIndex(builtInEntries()) : new EntityIndex(table.entries, table.index);
  }
  return builtIn;
}

/**
 * Derives {@link builtInIndex}'s entries and index: what the build writes as
 * `dist/data/built-in-index.json`.
 */
export function builtInIndexTable(): BuiltInIndexTable {
  const index = new EntityIndex(builtInEntries());
  return { entries: [...index.entries], index: index.table() };
}

/** The built-in names, as an index of a config without packs and aliases is made of. */
function builtInEntries(): GazetteerEntry[] {
  return extendGazetteer(defaultGazetteer([]), []);
}
