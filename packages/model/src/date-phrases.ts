import { z } from 'zod';
import { LowerWords, lazyData } from './data-file.js';
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
  /** The same opening a sentence, its first letter in lower case, and the space or comma after it. */
  opening: RegExp;
}
/** The {@link CalendarWords} of `data/calendar-words.yaml`, read once. */
const words = lazyData(
  'calendar-words.yaml',
  CalendarWordsFile,
  (data): CalendarWords => ({
    units: new Set(data.units),
    modifiers: new Set(data.modifiers),
    joining: new Set(data.joining),
    relative: relativePattern(data.relative),
    opening: new RegExp(`^${relativePattern(data.relative).source},?\\s+`, 'u'),
  }),
);

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

/** A month's name opening a sentence after a preposition or a day's number, with its day and year ("In March", "On 12 May 2025,"). */
const OPENING_MONTH = new RegExp(
  String.raw`^(?:(?:in|on|by|since|until|during|early|late|earlier|later)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?|\d{1,2}(?:st|nd|rd|th)?\s+)(?:${MONTH_NAMES.join('|')})(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?:1[89]|20)\d\d)?,?\s+`,
  'u',
);

/**
 * A sentence without the relative day or the month that opens it before a word ("Yesterday Ana Ruiz of
 * Norvale Transit said" → "Ana Ruiz of Norvale Transit said", "On Tuesday, Tomas Vance …", "Earlier
 * this week Ada Quist …", "In March Tomas Vance said", "Yesterday the minister said"): the name
 * patterns read the day's or month's word as the first of a name or of a role, or as what keeps a name
 * from opening the sentence. Anything else opening it stays, and so do a weekday and a month alone
 * ("Tuesday Rask said", "May Ruiz said": given names too).
 * @param text a sentence's words
 * @returns the text from the word after the day, or the text as it was
 */
export function withoutOpeningTime(text: string): string {
  // the pattern's words are in lower case, a weekday's name capitalised; a space before, as it reads them
  const lowered = `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
  const m = words().opening.exec(` ${lowered}`);
  const month = m ? null : OPENING_MONTH.exec(lowered);
  const rest = m ? text.slice(m[0].length - 1) : month ? text.slice(month[0].length) : text;
  return /^\p{L}/u.test(rest) ? rest : text;
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
