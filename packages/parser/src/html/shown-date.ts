import { dateUnderBody, dayIn } from '../text/date-under-body.js';
import {
  type FoundDate,
  findDateline,
  opensLead,
  withoutDateLabel,
  writesDayFirst,
  yearsMentioned,
} from '../text/find-published.js';
import { opensUpdateNote } from '../text/opening-notes.js';

/**
 * A date the page shows; `change` when its line opens as an update note ("Updated Jul 24, 2018");
 * `beside`, the day a second date in the same line names ("29. Dezember 2022 30. Dezember 2022", a theme's
 * `<time class="updated">` before its `<time class="published">`).
 */
export type ShownDate = FoundDate & { change?: true; beside?: string };

/** Lines above the article looked at: its byline and date line sit right over it, under the headline. */
const ABOVE = 12;
/**
 * Words a date line holds at most ("von Lukas Brenndorf | 19.10.2019, 15:30 Uhr"): a sentence is no date
 * line. Its separators ("·", "⋅", "|", "–") are no words (`wordsOf`): a date line of several parts ("⋅ May
 * 2, 2012 ⋅ Email this post ⋅ Print ⋅ Comment") had been passed over. eval:published on trafilatura-eval
 * HTML: half A right 0.890 → 0.898, none 0.052 → 0.047, wrong 0.058 → 0.055 (3 sites, none lost), half B
 * (held out) unchanged at 0.854 / 0.063 / 0.083; text and the readability-pages date check unchanged
 */
const MAX_WORDS = 10;

/** The words of a line, not counting its separators (a part with no letter or digit: "·", "|", "–"). */
const wordsOf = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Lines under the body's first block looked at when the body goes on below them: a date line under a headline the body keeps. */
const UNDER = 3;

/**
 * The publication date a page shows above its article and states nowhere in its markup: the date line
 * nearest over the body ("19.10.2019, 15:30 Uhr", "March 5, 2024 · 4 min read"), or right under the
 * body's first block when the body goes on after it (a headline the body keeps, then "Published 15
 * October 2025, 09:30" left out), read as a text scrape's date lines are (`findDateline`: day first on
 * a page not in English or one that writes "14/04/2020", a year inferred from the years the article
 * mentions).
 * @param lines the page's text blocks, in order
 * @param first the index of the body's first block
 * @param body the body's text (its years and how it writes dates)
 * @param language the page's language, when stated
 * @param next the index of the body's second block, when it has one
 * @param last the index of the body's last block: when none over it states a date, a short line under
 *   it may (`dateUnderBody`)
 * @param opening the indices of the body's first blocks: when no line over the body states a date, a
 *   date line among them or a date opening one may, before any line under the body
 * @returns the date, or null when no short line above, in or under the body states one
 */
export function shownDate(
  lines: readonly { text: string }[],
  first: number,
  body: string,
  language: string | undefined,
  next?: number,
  last?: number,
  opening?: readonly number[],
): ShownDate | null {
  const years = yearsMentioned(body);
  const dayFirst = (language !== undefined && !/^en\b/i.test(language)) || writesDayFirst(body);
  const read = (i: number): ShownDate | null => {
    const text = (lines[i] as { text: string }).text;
    if (wordsOf(text) > MAX_WORDS) return null;
    const stripped = withoutDateLabel(text);
    const found = findDateline(stripped, years, dayFirst);
    // a day and month alone ("--03-05") is no publication date
    if (!found || found.date.startsWith('--')) return null;
    // the words of an update note right before the date ("By Ann Lee Updated Jul 24, 2018") show the
    // last change: its last four words, as the longest note ("dernière mise à jour") has
    const lead = text
      .slice(0, text.length - stripped.length + found.index)
      .trimEnd()
      .split(/\s+/)
      .slice(-4);
    const after = findDateline(stripped.slice(found.end), years, dayFirst);
    const shown: ShownDate = after && !after.date.startsWith('--') ? { ...found, beside: after.date } : found;
    return lead.some((_, k) => opensUpdateNote(lead.slice(k).join(' '))) ? { ...shown, change: true } : shown;
  };
  for (let i = first + 1; i < Math.min(next ?? first + 1, first + 1 + UNDER); i++) {
    const found = read(i);
    if (found) return found;
  }
  for (let i = first - 1; i >= Math.max(0, first - ABOVE); i--) {
    const found = read(i);
    if (found) return found;
  }
  // the body's own first blocks: a date line the body keeps ("2021-10-16 | Botschaft", "Datum
  // 25.01.2022" under a kicker) or a date opening its lead ("01.02.2022 „Der Arbeitsmarkt …"), read as a
  // text scrape's opening is (a whole day with its year, standing apart from the words before it)
  for (const i of opening ?? []) {
    const text = withoutDateLabel((lines[i] as { text: string }).text);
    const short = text.split(/\s+/).length <= MAX_WORDS;
    const found = dayIn(short ? text : text.slice(0, 80), years, dayFirst);
    if (found && (short || opensLead(text, found))) return found;
  }
  return last === undefined ? null : dateUnderBody(lines, last, years, dayFirst);
}
