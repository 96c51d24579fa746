// Whether a sentence that shares a key point's words tells of another event: another day, the opposite move.
import { saysOpposite } from './opposite-words.js';
import { sameWeekday } from './statement-times.js';

/** A day's date, `YYYY-MM-DD`. */
const DAY_LENGTH = 10;

/**
 * Whether a sentence, however alike in words, tells of another event than a key point: both state a
 * day and not the same one ("Markets around the region have fallen sharply today" of 3 March against
 * the same words of 21 March: a news template's falls of two days, each over RESTATED by its shared
 * words), unless both name one weekday, which each report's tense may have resolved another way; or it
 * says the opposite move of the same thing (`saysOpposite`: "have increased sharply today" against
 * "have fallen sharply today"). A month or a year stated
 * is no test: "in 2005" and "on Monday" may date one event read at two grains (a loss of last year
 * told on Monday).
 * @param point the point's text and the date it states, if any
 * @param sentence the sentence's text and the date it states, if any
 */
export function tellsOfOtherEvent(
  point: { text: string; date: string | undefined },
  sentence: { text: string; date: string | undefined },
): boolean {
  const a = point.date;
  const b = sentence.date;
  if (
    a !== undefined &&
    b !== undefined &&
    a.length === DAY_LENGTH &&
    b.length === DAY_LENGTH &&
    a !== b &&
    !sameWeekday(point.text, sentence.text)
  )
    return true;
  return saysOpposite(point.text, sentence.text);
}
