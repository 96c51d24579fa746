import { z } from 'zod';
import { lazyData } from './data-file.js';

const Word = z.string().regex(/^\p{Ll}+$/u);
const StampWords = z.object({ words: z.array(Word).min(1), joining: z.array(Word) });
/** The words of `data/stamp-words.yaml`, its joining words among them. */
const stampWords = lazyData(
  'stamp-words.yaml',
  StampWords,
  (data) => new Set([...data.words, ...data.joining]),
);

/** A month's or weekday's name or abbreviation, or a day named by its distance from today. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|yesterday|tomorrow)$/;

const LETTERS = /\p{L}+/gu;
/** A label's words: letters, with hyphens inside a word. */
const LABEL_WORDS = /\p{L}+(?:-\p{L}+)*/gu;
/**
 * The signature opening an embedded post's last line: a dash, its author's name and handle ("— Ana Ruiz
 * (@anaruiz)"), or a photo post's "A post shared by Ana Ruiz (@ana.ruiz) on …".
 */
const EMBED_SIGNATURE = /^\s*(?:[—–-]|A post shared by)\s*[^()@]{1,80}\(@[\w.]{1,30}\)(?:\s+on\b)?/u;

/**
 * A credit opening a line: an outlet or a place and, in brackets, the other ("CNNMoney (New York)",
 * "LONDON (Reuters) —"): a stamp after it is still a stamp ("Newsdesk (Lisbon) First published
 * March 3, 2024: 9:15 AM ET").
 */
const CREDIT = /^\s*\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}\s*\([^()]{1,40}\)\s*(?:[—–-]\s*)?/u;

/** A day's ordinal suffix ("20th", "1st"): part of the number, not a word. */
const ORDINAL = /(\d)(?:st|nd|rd|th)\b/gi;

/** A writer's name after "by" at a line's end: "… by a former prosecutor", "… by Jane Smith". */
const BYLINE = /\s+by\s+[^\d,;:.!?()"“”]{1,60}$/i;

/**
 * A line that ends in a full date set off by a comma, a dash or a bar after a few words: "Analyst
 * note, Kessel Research, 1 December 2027", "Lisbon, 2 July 2027", "Press release | March 3, 2024",
 * "Glenmoor Courier — published November 20, 2025" (a stamp's word before the date: group 2).
 */
const LABELLED_DATE =
  /^([^,;:!?"“”()]{1,60}(?:,\s*[^,;:!?"“”()]{1,60})?)(?:,|\s[—–|·-])\s*(?:(\p{Ll}+)\s+(?:on\s+)?)?(?:\d{1,2}(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\.?$/u;
/**
 * A name in capitals and a full date ending the line with nothing but a space or a line break between:
 * a statement's signature, "Port Authority of Valmera / 4 March 2026" (its last two lines).
 */
const SIGNED_DATE =
  /^((?:\p{Lu}[\p{L}'’.&-]*|of|for|the|and|on|de|du|des|la|le|del|der|von|van)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|for|the|and|on|de|du|des|la|le|del|der|von|van)){0,7})\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?|([A-Za-z]{3,9})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?)\s+\d{4}\.?$/u;
/** A verb form: a label with one is a clause, not a label ("Strike ended, 3 March 2026"). */
const VERB_FORM = /^(?:is|are|was|were|will|would|has|have|had|said|says|[a-z]+ed)$/;
/** The words a label may have: a place, a kind of document and its author, not a sentence's. */
const MAX_LABEL_WORDS = 6;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether a line is a label and a date only, a dateline or a document's heading: a few words (six at
 * most, two at most in lower case, no verb form) before a full date that ends the line, or a
 * signature ({@link SIGNED_DATE}).
 * @param text one sentence
 */
function isLabelledDate(text: string): boolean {
  if (!yearAtEnd(text)) return false;
  const signed = SIGNED_DATE.exec(text);
  if (signed !== null && /^\p{Lu}/u.test(signed[1] as string)) {
    const month = (signed[2] ?? signed[3] ?? '').toLowerCase();
    if (DATE_WORD.test(month)) return true;
  }
  const m = LABELLED_DATE.exec(text);
  if (m === null) return false;
  // "Glenmoor Courier — published November 20, 2025": a stamp's own word may stand before the date
  if (m[2] !== undefined && !stampWords().has(m[2])) return false;
  const month = (m[3] ?? m[4] ?? '').toLowerCase();
  if (!DATE_WORD.test(month)) return false;
  // a word joined by hyphens is one ("Health-care desk note, 16 June 2025")
  const words = (m[1] as string).match(LABEL_WORDS) ?? [];
  if (words.length === 0 || words.length > MAX_LABEL_WORDS) return false;
  let lower = 0;
  for (const w of words) {
    if (VERB_FORM.test(w)) return false;
    if (LOWER_FIRST.test(w) && ++lower > 2) return false;
  }
  return true;
}

/** Whether four digits end a line, or a full stop after them: the cheap test before {@link LABELLED_DATE}. */
function yearAtEnd(text: string): boolean {
  let end = text.length;
  if (text.charCodeAt(end - 1) === 46) end--;
  if (end < 4) return false;
  for (let i = end - 4; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** A time of day on a clock ("12:15", "9:04"). */
const CLOCK = /\b\d{1,2}:\d{2}\b/;

/**
 * Whether a sentence says nothing but when a page or a comment was written or changed: "(Published
 * Monday, Nov. 18, 2019)", "Monday, November 18, 2019, 04:05 pm PT", "Jeff says: September 19, 1993
 * at 12:15 pm", "— Ana Ruiz (@anaruiz) November 1, 2019" (an embedded post's signature), such a stamp
 * signed "by" its writer ("Posted 19 June 2026 by a former prosecutor"), or a label and a full date
 * alone ("Analyst note, Kessel Research, 1 December 2027", "Lisbon, 2 July 2027": see `isLabelledDate`). Every word
 * is a number, a month's or weekday's name or a word of `data/stamp-words.yaml`, but for one (a
 * commenter's name) when it gives a time of day. Such a line dates the page, not an event; an event at
 * a time of day has at least a subject and a verb ("He landed at 8:15 pm").
 * @param text one sentence
 * @throws ZodError when the data file does not have its schema
 */
export function isDateStamp(text: string): boolean {
  const words = stampWords();
  if (isLabelledDate(text)) return true;
  // "Posted 19 June 2026 by a former prosecutor": a stamp signed by its writer
  const byline = text.includes(' by ') ? BYLINE.exec(text) : null;
  if (byline !== null && byline.index > 0 && isDateStamp(text.slice(0, byline.index))) return true;
  const credit = text.includes('(') ? CREDIT.exec(text) : null;
  if (credit !== null && credit[0].length < text.length && isDateStamp(text.slice(credit[0].length)))
    return true;
  let other = 0;
  // "— Ana Ruiz (@anaruiz) November 1, 2019" signs an embedded post: the name and handle are its author
  const signed = EMBED_SIGNATURE.exec(text);
  const rest = (signed ? text.slice(signed[0].length) : text).replace(ORDINAL, '$1');
  for (const [w] of rest.toLowerCase().matchAll(LETTERS)) {
    if (!DATE_WORD.test(w) && !words.has(w) && ++other > 1) return false;
  }
  return other === 0 || CLOCK.test(text);
}
