import { z } from 'zod';
import { LowerWords, readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';
import { MONTH_NAMES, MONTH_SHORT_NAMES, WEEKDAYS } from './month-names.js';

const CalendarWordsFile = z.object({
  units: LowerWords,
  modifiers: LowerWords,
  joining: LowerWords,
  relative: z.object({
    deictic: LowerWords,
    relativeBefore: LowerWords,
    relativeUnits: LowerWords,
    dayParts: LowerWords,
    relativeLeads: LowerWords,
  }),
});
interface CalendarWords {
  units: ReadonlySet<string>;
  modifiers: ReadonlySet<string>;
  joining: ReadonlySet<string>;
  /** A day said by its distance from the report's day, with the preposition before it ("on Tuesday"). */
  relative: RegExp;
}
let calendarWords: CalendarWords | undefined;

function words(): CalendarWords {
  if (!calendarWords) {
    const data = CalendarWordsFile.parse(readYamlData(modelFile('data/calendar-words.yaml')));
    calendarWords = {
      units: new Set(data.units),
      modifiers: new Set(data.modifiers),
      joining: new Set(data.joining),
      relative: relativePattern(data.relative),
    };
  }
  return calendarWords;
}

/**
 * Whether a word in lower case is a stretch of the calendar or a word beside one ("week", "quarter",
 * "end", "first": `units` and `modifiers` of `data/calendar-words.yaml`).
 * @param word a word in lower case
 */
export function isCalendarWord(word: string): boolean {
  const w = words();
  return w.units.has(word) || w.modifiers.has(word);
}

/** A word as {@link contentWords} reads one: letters and digits, joined by a hyphen or an apostrophe. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** What may stand between two words of one date phrase: spaces and commas ("June 1, 2009"). */
const GAP = /^[\s,]*$/;
/** A possessive's ending ("Monday's"), read as the word itself. */
const POSSESSIVE = /['’]s$/;
const NAMES = new Set([...MONTH_NAMES, ...MONTH_SHORT_NAMES, ...WEEKDAYS]);
const YEAR = /^(?:1[89]|20)\d\d$/;
const SMALL_NUMBER = /^\d{1,2}(?:st|nd|rd|th)?$/;

/**
 * The pattern of a relative day phrase: "on Tuesday", "Thursday night", "earlier this week", "today".
 * @param r the `relative` lists of `data/calendar-words.yaml`
 */
function relativePattern(r: z.infer<typeof CalendarWordsFile>['relative']): RegExp {
  const any = (words: readonly string[]) => words.join('|');
  const before = `(?:(?:the\\s+)?(?:${any(r.relativeBefore)})\\s+)`;
  const day = `(?:${before}?(?:${any([...WEEKDAYS])})(?:['’]s)?|${before}(?:${any(r.relativeUnits)})|(?:${any(r.deictic)}))`;
  return new RegExp(
    `(?:\\s+(?:${any(r.relativeLeads)}))?\\s+(?:${before}(?=\\S+\\s+(?:${any(r.relativeUnits)})\\b))?${day}(?:\\s+(?:${any(r.dayParts)}))?(?![\\p{L}\\p{N}])`,
    'gu',
  );
}

/**
 * A text without its relative day phrases ("said on Tuesday that …" → "said that …", "closed until
 * Friday" → "closed"): outside its report "Tuesday" means no day. Dates of the calendar stay ("on March
 * 3, 2019", "in May").
 * @param text a sentence's words, as a source wrote them
 * @returns the text, each relative day phrase and the preposition before it taken out
 */
export function withoutRelativeDays(text: string): string {
  return ` ${text}`.replace(words().relative, '').trim();
}

type Kind = 'unit' | 'modifier' | 'joining' | 'other';

function kindOf(word: string, w: CalendarWords): Kind {
  const bare = word.replace(POSSESSIVE, '');
  if (NAMES.has(bare) || YEAR.test(bare)) return 'unit';
  const lower = bare.toLowerCase();
  if (w.units.has(lower)) return 'unit';
  if (w.modifiers.has(lower) || SMALL_NUMBER.test(lower)) return 'modifier';
  return w.joining.has(lower) ? 'joining' : 'other';
}

/**
 * The words of a sentence's date phrases ("In the second quarter of last year, the operator had reported
 * a loss" → "the second quarter of last year"): each run of calendar words (`data/calendar-words.yaml`)
 * with a unit, a month's or weekday's name or a year in it, with its modifiers and small numbers beside
 * it. Two sentences a timeline puts on one date share such words because they share the date, not the
 * event.
 * @param text one sentence
 * @returns the phrases' words, a space between each two, or null when it has none
 */
export function datePhraseWords(text: string): string | null {
  const w = words();
  const found: string[] = [];
  // the current run's words, from its first word that is no joining word to its last, and whether a
  // unit is among them
  let run: string[] = [];
  let kept = 0;
  let unit = false;
  let last = -1;
  const close = () => {
    if (unit) found.push(...run.slice(0, kept));
    run = [];
    kept = 0;
    unit = false;
  };
  for (const m of text.matchAll(WORD)) {
    const kind = kindOf(m[0], w);
    if (kind === 'other' || (last >= 0 && !GAP.test(text.slice(last, m.index)))) close();
    if (kind === 'joining' && run.length > 0) run.push(m[0]);
    else if (kind === 'unit' || kind === 'modifier') {
      run.push(m[0]);
      kept = run.length;
      if (kind === 'unit') unit = true;
    }
    last = m.index + m[0].length;
  }
  close();
  return found.length === 0 ? null : found.join(' ');
}
