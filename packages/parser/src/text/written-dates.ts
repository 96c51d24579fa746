// Readers of whole dates in the shapes chrono's locales leave: a day, a month's name and a year in the
// languages of CLDR's month names (monthNameDate), and year, month and day written with their
// characters in Chinese, Japanese and Korean (yearMonthDayDate). `findDateline` asks them last.

/**
 * The languages whose month names {@link monthNameDate} reads, with the day before or after the
 * month's name ("14 Januar 2022", "11 de mayo de 2022", "Juli 9, 2016", "15. ledna 2021"), and since
 * session 91 those of South Asia and the Arabic script ("শুক্রবার, মে ১৫, ২০২৬", "15 मई 2026", "١٥ مايو
 * ٢٠٢٦"; their digits are made 0–9 by `withLatinDigits` first): on trafilatura-eval's text scrapes half A
 * one page more right (a Bengali news page's date line), half B and every other dev page unchanged.
 * English is chrono's; Hungarian, Latvian and Lithuanian write the year first and are left out. The
 * names themselves come from the runtime's Unicode CLDR data (`Intl.DateTimeFormat`).
 */
const LANGUAGES = 'de fr es pt it nl ca ro pl cs sk sl hr sv da nb fi et tr id bn hi mr ne ar fa ur'.split(
  ' ',
);

/** Each month name of {@link LANGUAGES} in lower case, long, short and as a date writes it, by month. */
let names: Map<string, number> | null = null;

/**
 * Reads the month names once, on the first line that needs them. A name two languages give different
 * months drops out (Croatian "listopad" is October, Polish and Czech November; "lip", "srp").
 */
function monthNames(): Map<string, number> {
  if (names !== null) return names;
  names = new Map();
  const clash = new Set<string>();
  const forms: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long', year: 'numeric' },
    { day: 'numeric', month: 'short', year: 'numeric' },
  ];
  for (const language of LANGUAGES)
    for (const form of forms) {
      // the Gregorian calendar's months: Persian's own calendar is another
      const format = new Intl.DateTimeFormat(language, { ...form, timeZone: 'UTC', calendar: 'gregory' });
      for (let month = 1; month <= 12; month++)
        for (const part of format.formatToParts(new Date(Date.UTC(2021, month - 1, 15)))) {
          const name = part.value.toLowerCase().replace(/\.$/, '');
          if (part.type !== 'month' || !NAME.test(name)) continue;
          const had = names.get(name);
          if (had !== undefined && had !== month) clash.add(name);
          names.set(name, month);
        }
    }
  for (const name of clash) names.delete(name);
  return names;
}
/**
 * A month's name: three letters or more, with the marks of scripts that write vowels so ("আগস্ট",
 * "अगस्त"), or two in a script other than Latin ("মে", "मई").
 */
const NAME = /^(?:\p{L}[\p{L}\p{M}]{2,}|(?!\p{Script=Latin})\p{L}[\p{L}\p{M}]+)$/u;

/**
 * A day, a word and a year of this or the last century, in either order, as {@link LANGUAGES} write a
 * whole date: "14 Januar 2022", "07 Dezember, 2022", "11 de mayo de 2022", "29 / Dezember / 2022",
 * "Juli 9, 2016", "mayo 11, 2022".
 */
const WHOLE_DATE =
  /(?<![\p{L}\d])(?:(\d{1,2})\.?(?:\s+de)?(?:\s+|\s*\/\s*)(\p{L}[\p{L}\p{M}]{2,}|(?!\p{Script=Latin})\p{L}[\p{L}\p{M}]+)\.?,?(?:\s+del?)?(?:\s+|\s*\/\s*)((?:19|20)\d{2})|(\p{L}[\p{L}\p{M}]{2,}|(?!\p{Script=Latin})\p{L}[\p{L}\p{M}]+)\.?\s+(\d{1,2})\.?,?\s+((?:19|20)\d{2}))(?!\d)/gu;

/**
 * A year of this or the last century, which every date of {@link WHOLE_DATE} and {@link YEAR_MONTH_DAY}
 * holds: asked first, as many lines `findDateline` hands on this far have none ("1.5 million", "in March"
 * let a line through its gates) and WHOLE_DATE's classes of letters and scripts are dear at every index.
 * Profile of one thread over 1,000 scale-bench pages: `monthNameDate` 847 → 520 ms of samples (speed101).
 */
const CENTURY_YEAR = /(?:19|20)\d{2}/;

/**
 * The first whole date of a line written with a month's name in one of {@link LANGUAGES}, in the
 * shapes chrono's own locales do not read: no stop after the day ("14 Januar 2022"), the month first
 * ("Juli 9, 2016"), a comma before the year, slashes between the parts, and the languages chrono has
 * no locale for ("15. ledna 2021").
 * @param line the line, or its first characters
 * @returns the date (`YYYY-MM-DD`) and the offsets of its phrase in the line, or null when the line
 *   writes none so
 */
export function monthNameDate(line: string): { date: string; index: number; end: number } | null {
  if (!CENTURY_YEAR.test(line)) return null;
  for (const m of line.matchAll(WHOLE_DATE)) {
    const word = (m[2] ?? m[4]) as string;
    const month = monthNames().get(word.toLowerCase());
    if (month === undefined) continue;
    const day = Number(m[1] ?? m[5]);
    const year = Number(m[3] ?? m[6]);
    if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date, index: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * The first whole date of a line written as Chinese, Japanese and Korean write it: year, month and day
 * each followed by its character ("2025年4月1日", "2025 年 4 月 1 日", "2025년 4월 1일").
 * @param line the line, or its first characters
 * @returns the date (`YYYY-MM-DD`) and the offsets of its phrase in the line, or null
 */
export function yearMonthDayDate(line: string): { date: string; index: number; end: number } | null {
  if (!CENTURY_YEAR.test(line)) return null;
  for (const m of line.matchAll(YEAR_MONTH_DAY)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) continue;
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { date, index: m.index, end: m.index + m[0].length };
  }
  return null;
}
/** Year, month and day, each with its character (年月日, or Korean 년월일). */
const YEAR_MONTH_DAY = /(?<!\d)((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
