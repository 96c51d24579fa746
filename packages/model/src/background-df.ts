import { readDataFile } from './data-file.js';
import { KeyCounts, termKey } from './term-keys.js';

/** In how many general news texts each word occurs, of how many (`data/background-df.json`). */
export interface BackgroundDf {
  /** The texts counted. */
  docs: number;
  /** Each lower-case word's count. */
  df: Map<string, number>;
  /** The same counts under each word's {@link termKey}. */
  byKey: KeyCounts;
}

let background: BackgroundDf | undefined;

/**
 * In how many general news texts each word occurs (`data/background-df.json`, see its README), read
 * once a thread into a map: looked up by any word of a text ("constructor" is no count), and a map's
 * lookup took a tenth of the time of the parsed record's, whose 30,000 keys include numbers ("2019").
 * The story terms and the country names in other languages share it (each parsed the file for itself:
 * 30–40 CPU ms of every parse thread's start).
 * @returns the counts
 */
export function backgroundDf(): BackgroundDf {
  if (background === undefined) {
    // parsed as it is: only the map is read, so the record needs no copy without prototypes
    const file = JSON.parse(readDataFile('background-df.json').toString('utf8')) as {
      docs: number;
      df: Record<string, number>;
    };
    const df = new Map(Object.entries(file.df));
    background = {
      docs: file.docs,
      df,
      byKey: new KeyCounts([...df].map(([w, n]) => [termKey(w), n] as const)),
    };
  }
  return background;
}
