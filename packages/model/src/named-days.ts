import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const NamedDaysFile = z.object({ words: LowerWords });

let named: ReadonlySet<string> | undefined;

/** A capitalised word right before a capitalised weekday's name ("Black Monday", "Good Friday"). */
const WORD_BEFORE_WEEKDAY = /\b(\p{Lu}\p{Ll}+)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/gu;

/**
 * A sentence with its named days blanked (same length, so offsets hold): a weekday's name after a
 * capitalised word of `data/named-days.yaml` ("Black Monday", "Bloody Sunday") names a day history
 * named, not a day of the report's week ("Today marked … what is known as Black Monday", in a report of
 * Saturday 20 October 2007, had been dated to Monday 15 October). Lower case ("a black Monday for the
 * club") is a weekday; a feast ("Good Friday") is left to be read as its week's day.
 * @param text one sentence
 */
export function withoutNamedDays(text: string): string {
  if (!/day\b/.test(text)) return text;
  if (!named) named = new Set(NamedDaysFile.parse(readYamlData(modelFile('data/named-days.yaml'))).words);
  const words = named;
  return text.replace(WORD_BEFORE_WEEKDAY, (m, word: string) =>
    words.has(word.toLowerCase()) ? ' '.repeat(m.length) : m,
  );
}
