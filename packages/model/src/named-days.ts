import { z } from 'zod';
import { lazyData } from './data-file.js';

const NamedDaysFile = z.object({ days: z.array(z.string().regex(/^\p{Ll}+ \p{Ll}+day$/u)).min(1) });

/** The named days of `data/named-days.yaml`, read once. */
const namedDays = lazyData(
  'named-days.yaml',
  NamedDaysFile,
  (file): ReadonlySet<string> => new Set(file.days),
);

/** A capitalised word right before a capitalised weekday's name ("Black Monday", "Good Friday"). */
const WORD_BEFORE_WEEKDAY = /\b(\p{Lu}\p{Ll}+)\s+((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/gu;

/**
 * A sentence with its named days blanked (same length, so offsets hold): a day of `data/named-days.yaml`
 * written capitalised ("Black Monday", "Bloody Sunday") is a day history named, not a day of the
 * report's week ("Today marked … what is known as Black Monday", in a report of a Saturday, had been
 * dated to the Monday before). Lower case ("a black Monday for the club") is a weekday; a feast or a
 * shopping day ("Good Friday", "Black Friday") is left to be read as its week's day.
 * @param text one sentence
 */
export function withoutNamedDays(text: string): string {
  if (!/day\b/.test(text)) return text;
  const days = namedDays();
  return text.replace(WORD_BEFORE_WEEKDAY, (m, word: string, weekday: string) =>
    days.has(`${word} ${weekday}`.toLowerCase()) ? ' '.repeat(m.length) : m,
  );
}
