import { z } from 'zod';
import { readYamlData } from './data-file.js';
import { modelFile } from './model-files.js';

const Word = z.string().regex(/^\p{Ll}+$/u);
const StampWords = z.object({ words: z.array(Word).min(1), joining: z.array(Word) });
let stampWords: ReadonlySet<string> | undefined;

/** A month's or weekday's name or abbreviation, or a day named by its distance from today. */
const DATE_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|today|yesterday|tomorrow)$/;

const LETTERS = /\p{L}+/gu;
/** The signature opening an embedded post's last line: a dash, its author's name and handle. */
const EMBED_SIGNATURE = /^\s*[—–-]\s*[^()@]{1,80}\(@\w{1,30}\)/u;

/** A day's ordinal suffix ("20th", "1st"): part of the number, not a word. */
const ORDINAL = /(\d)(?:st|nd|rd|th)\b/gi;

/** A time of day on a clock ("12:15", "9:04"). */
const CLOCK = /\b\d{1,2}:\d{2}\b/;

/**
 * Whether a sentence says nothing but when a page or a comment was written or changed: "(Published
 * Monday, Nov. 18, 2019)", "Monday, November 18, 2019, 04:05 pm PT", "Jeff says: September 19, 1993
 * at 12:15 pm", "— Ana Ruiz (@anaruiz) November 1, 2019" (an embedded post's signature). Every word
 * is a number, a month's or weekday's name or a word of `data/stamp-words.yaml`, but for one (a
 * commenter's name) when it gives a time of day. Such a line dates the page, not an event; an event at
 * a time of day has at least a subject and a verb ("He landed at 8:15 pm").
 * @param text one sentence
 * @throws ZodError when the data file does not have its schema
 */
export function isDateStamp(text: string): boolean {
  if (!stampWords) {
    const data = StampWords.parse(readYamlData(modelFile('data/stamp-words.yaml')));
    stampWords = new Set([...data.words, ...data.joining]);
  }
  let other = 0;
  // "— Ana Ruiz (@anaruiz) November 1, 2019" signs an embedded post: the name and handle are its author
  const signed = EMBED_SIGNATURE.exec(text);
  const rest = (signed ? text.slice(signed[0].length) : text).replace(ORDINAL, '$1');
  for (const [w] of rest.toLowerCase().matchAll(LETTERS)) {
    if (!DATE_WORD.test(w) && !stampWords.has(w) && ++other > 1) return false;
  }
  return other === 0 || CLOCK.test(text);
}
