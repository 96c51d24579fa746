// franc's language guess, computed from franc-min's own data and script expressions, with the same
// result: a trigram's rank in every language of a script is looked up once in one table, instead of
// once per language in 40-odd dictionaries, and a mostly Latin text skips the other scripts
// (franc took 1.6 of 10 ms per page of the scale bench).
// `test/trigram-language.test.ts` checks it against franc itself.

import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/** franc's cap on the text it reads. */
const MAX_LENGTH = 2048;
/** franc's distance for a trigram a language's profile lacks. */
const MAX_DIFFERENCE = 300;

/**
 * The languages of one script and, per trigram (see {@link keyOf}), the languages that list it with its
 * rank in each, as pairs (language index, rank): a Latin trigram is listed by 3 of 44 languages on
 * average, so the distances add up over the few that list it rather than over all 44.
 */
interface ScriptTable {
  languages: string[];
  /** Each trigram some language lists, numbered from 0. */
  index: Map<number, number>;
  /** Per numbered trigram, its pairs (language index, rank). */
  ranks: Int32Array[];
  /** Per numbered trigram, how often the text at hand holds it (kept at 0 between texts). */
  counts: Int32Array;
}

/**
 * A trigram of three UTF-16 code units as one number: counting numbers instead of cut-out strings took
 * 185 ms instead of 216 for the openings of 990 trafilatura-eval pages. Three units below 1,024 (Latin,
 * Greek, Cyrillic) make a small integer under 2^30, which a map hashes without boxing it; any other
 * trigram is a 48-bit number above 2^30, so the two kinds never meet.
 */
function keyOf(a: number, b: number, c: number): number {
  if ((a | b | c) < 1024) return (a << 20) | (b << 10) | c;
  return (a * 65536 + b) * 65536 + c + 2 ** 30;
}

const tables = new Map<string, ScriptTable>();
const LATIN = (expressions as Record<string, RegExp>).Latin as RegExp;

function tableOf(script: string): ScriptTable {
  let table = tables.get(script);
  if (table) return table;
  const profiles = (data as Record<string, Record<string, string>>)[script] ?? {};
  const languages = Object.keys(profiles);
  const rows = new Map<number, Int16Array>();
  languages.forEach((language, l) => {
    const model = (profiles[language] as string).split('|');
    // as franc: a trigram listed twice keeps its first (lowest) rank
    for (let weight = model.length - 1; weight >= 0; weight--) {
      const trigram = model[weight] as string;
      // every trigram of franc's data is three code units; one that is not could never match
      if (trigram.length !== 3) continue;
      const key = keyOf(trigram.charCodeAt(0), trigram.charCodeAt(1), trigram.charCodeAt(2));
      let row = rows.get(key);
      if (!row) {
        row = new Int16Array(languages.length).fill(-1);
        rows.set(key, row);
      }
      row[l] = weight;
    }
  });
  const index = new Map<number, number>();
  const ranks: Int32Array[] = [];
  for (const [key, row] of rows) {
    const pairs: number[] = [];
    row.forEach((rank, l) => {
      if (rank >= 0) pairs.push(l, rank);
    });
    index.set(key, ranks.length);
    ranks.push(Int32Array.from(pairs));
  }
  table = { languages, index, ranks, counts: new Int32Array(ranks.length) };
  tables.set(script, table);
  return table;
}

/**
 * The script whose characters are most frequent in the text, as franc picks it (first on a tie). When
 * more than half of the text is Latin letters no other script can have more, as no other script's
 * expression matches a Latin letter (the test checks every code point): the other 19 are not counted.
 */
function topScript(value: string): [string | undefined, number] {
  const latin = value.match(LATIN)?.length ?? 0;
  if (latin * 2 > value.length) return ['Latin', latin / value.length];
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions as Record<string, RegExp>)) {
    const count = (value.match(expression)?.length ?? 0) / value.length || 0;
    if (count > topCount) {
      topCount = count;
      top = script;
    }
  }
  return [top, topCount];
}

/**
 * The most probable language of a text, exactly as `franc(text, { minLength })` of franc-min gives it:
 * ISO 639-3 code, or `und`.
 * @param text the text (franc reads at most 2,048 characters)
 * @param minLength below this many characters the answer is `und`
 */
export function trigramLanguage(text: string, minLength = 10): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const [script, share] = topScript(value);
  if (!script || !(script in data)) return !script || share === 0 ? 'und' : script;
  const { languages, index, ranks, counts } = tableOf(script);
  if (languages.length === 0) return 'und';
  // a trigram no language of the script has adds the same to every distance: it is skipped; one that
  // some have adds MAX_DIFFERENCE to the others, so each distance is MAX_DIFFERENCE per such trigram
  // less what the languages that list it save (whole numbers: the sums are exact in any order)
  const savings = new Int32Array(languages.length);
  // franc's distance sums over the text's distinct trigrams and their counts: the order in which
  // trigram-utils' asTuples sorts them changes nothing, and the sort was a fifth of the time
  // the trigrams of trigram-utils (` ${clean(value)} ` cut at every code unit), counted by their number
  // in the table (one look-up a trigram, no map of counts built per text)
  const padded = ` ${clean(value)} `;
  const seen: number[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const t = index.get(keyOf(padded.charCodeAt(i), padded.charCodeAt(i + 1), padded.charCodeAt(i + 2)));
    if (t === undefined) continue;
    if (counts[t] === 0) seen.push(t);
    counts[t] = (counts[t] as number) + 1;
  }
  const known = seen.length;
  for (const t of seen) {
    const count = counts[t] as number;
    counts[t] = 0;
    const pairs = ranks[t] as Int32Array;
    for (let i = 0; i < pairs.length; i += 2) {
      const l = pairs[i] as number;
      savings[l] = (savings[l] as number) + MAX_DIFFERENCE - Math.abs(count - (pairs[i + 1] as number) - 1);
    }
  }
  const distanceOf = (l: number) => known * MAX_DIFFERENCE - (savings[l] as number);
  // franc sorts by distance, stably: the first language of the data wins a tie
  let best = 0;
  for (let l = 1; l < languages.length; l++) if (distanceOf(l) < distanceOf(best)) best = l;
  return languages[best] as string;
}
