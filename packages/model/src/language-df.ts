// How common each everyday word of a language other than English is, on the background counts' scale.
import { readDataFile } from './data-file.js';
import { KeyCounts, termKey } from './term-keys.js';

let file: { docs: number; languages: Record<string, Record<string, string>> } | undefined;
const byLanguage = new Map<string, KeyCounts | null>();

/**
 * In how many of the background's texts (`data/background-df.json`'s count of them) each common word of
 * a language other than English would occur, by its {@link termKey}: its share of everyday texts of its
 * language (`data/language-df.json`, see its README, on the background's scale). The background counts are of English news,
 * so that "Zeit", "Prozent", "país" or "gobierno" counted as rare and two unrelated reports in German or
 * Spanish made one story by them. Null for English and a language the file has no list for.
 * @param language the source's BCP 47 tag (`de`, `es-AR`, `und`)
 */
export function languageCountsOf(language: string): KeyCounts | null {
  const code = language.toLowerCase().split('-')[0] as string;
  let counts = byLanguage.get(code);
  if (counts !== undefined) return counts;
  file ??= JSON.parse(readDataFile('language-df.json').toString('utf8')) as NonNullable<typeof file>;
  const df = Object.hasOwn(file.languages, code) ? file.languages[code] : undefined;
  if (df === undefined) counts = null;
  else {
    const keys: number[] = [];
    const docs: number[] = [];
    for (const [count, words] of Object.entries(df))
      for (const w of words.split(' ')) {
        keys.push(termKey(w));
        docs.push(Number(count));
      }
    counts = new KeyCounts(keys, docs);
  }
  byLanguage.set(code, counts);
  return counts;
}
