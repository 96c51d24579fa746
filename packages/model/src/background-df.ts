import { readCompiledTable, readDataFile } from './data-file.js';
import { modelFile } from './model-files.js';
import { KeyCounts, termKey } from './term-keys.js';

/** In how many general news texts each word occurs, of how many (`data/background-df.json`). */
export interface BackgroundDf {
  /** The texts counted. */
  docs: number;
  /** Each lower-case word's count. */
  df: Map<string, number>;
  /**
   * The counts under each word's {@link termKey}, each raised to the word's share of spoken English
   * where that is larger (`data/spoken-df.json`, see {@link storyCounts}): what the story terms read.
   */
  byKey: KeyCounts;
}

/** The counts by {@link termKey}, as columns: what the build derives of the file (see {@link backgroundKeyTable}). */
export interface BackgroundKeyTable {
  /** Each word's key, in the file's order. */
  keys: number[];
  /** Its count. */
  counts: number[];
}

/** The name under `dist/data/` of the table {@link backgroundKeyTable} derives. */
export const BACKGROUND_KEYS_TABLE = 'background-df-keys.json';

let background: BackgroundDf | undefined;
let keyCounts: KeyCounts | undefined;

/**
 * In how many general news texts each word occurs (`data/background-df.json`, see its README), read
 * once a thread into a map (the counts by key from the build's table when there is one, see
 * {@link backgroundKeyCounts}): looked up by any word of a text ("constructor" is no count), and a map's
 * lookup took a tenth of the time of the parsed record's, whose 30,000 keys include numbers ("2019").
 * The story terms and the country names in other languages share it (each parsed the file for itself:
 * 30–40 CPU ms of every parse thread's start).
 * @returns the counts
 */
export function backgroundDf(): BackgroundDf {
  if (background === undefined) {
    const file = readBackgroundFile();
    const df = new Map(Object.entries(file.df));
    background = {
      docs: file.docs,
      df,
      byKey: keyCounts ?? builtKeyCounts() ?? keyCountsOf(keyTableOf(storyCounts(df, file.docs))),
    };
  }
  return background;
}

/**
 * The counts by key alone ({@link BackgroundDf}'s `byKey`), all a parse thread reads of them (its
 * story terms): from the table the build derived, when there is one, so that the thread neither parses
 * the words nor hashes them (about 40–90 CPU ms of its first page, in code not yet compiled).
 * @returns the counts
 */
export function backgroundKeyCounts(): KeyCounts {
  if (background !== undefined) return background.byKey;
  keyCounts ??= builtKeyCounts() ?? backgroundDf().byKey;
  return keyCounts;
}

/** The counts by key from the table the build derived, when it is to be read (see `readCompiledTable`). */
function builtKeyCounts(): KeyCounts | undefined {
  const table = readCompiledTable(BACKGROUND_KEYS_TABLE, [
    modelFile('data/background-df.json'),
    modelFile('data/spoken-df.json'),
  ]) as BackgroundKeyTable | undefined;
  return table === undefined ? undefined : keyCountsOf(table);
}

/**
 * The counts by key, derived from the file as {@link backgroundDf} does: what the build writes as
 * `dist/data/background-df-keys.json`.
 */
export function backgroundKeyTable(): BackgroundKeyTable {
  const file = readBackgroundFile();
  return keyTableOf(storyCounts(new Map(Object.entries(file.df)), file.docs));
}

/**
 * The news counts with each word raised to its share of spoken English where that is larger
 * (`data/spoken-df.json`, on the same scale): the news counted is wire news, which seldom says "really",
 * "idea" or "things", and two long blog pages or features sharing such words looked alike as if they
 * shared rare ones; a stop word read as a name ("The" after a colon) had no count and weighed as a rare
 * name. `pnpm eval:stories` draws of 8, zyte-dev singletons (looked at): 0.926 -> 0.929 (37 -> 35
 * merging other stories), whole set 0.948 -> 0.954; not chosen on, readability-pages draws 0.938 ->
 * 0.942 (16 -> 12), whole 0.977 -> 0.984; trafilatura-eval draws 0.980 either way, whole 0.975 -> 0.977.
 * @param df the news counts by word
 * @param docs how many news texts they count
 */
function storyCounts(df: ReadonlyMap<string, number>, docs: number): Map<string, number> {
  const spoken = JSON.parse(readDataFile('spoken-df.json').toString('utf8')) as {
    docs: number;
    df: Record<string, number>;
  };
  const counts = new Map(df);
  for (const [w, n] of Object.entries(spoken.df)) {
    const scaled = Math.round((n / spoken.docs) * docs);
    if (scaled > (counts.get(w) ?? 0)) counts.set(w, scaled);
  }
  return counts;
}

function readBackgroundFile(): { docs: number; df: Record<string, number> } {
  // parsed as it is: only the map is read, so the record needs no copy without prototypes
  return JSON.parse(readDataFile('background-df.json').toString('utf8'));
}

function keyTableOf(df: ReadonlyMap<string, number>): BackgroundKeyTable {
  const keys: number[] = [];
  const counts: number[] = [];
  for (const [w, n] of df) {
    keys.push(termKey(w));
    counts.push(n);
  }
  return { keys, counts };
}

function keyCountsOf(table: BackgroundKeyTable): KeyCounts {
  return new KeyCounts(table.keys, table.counts);
}
