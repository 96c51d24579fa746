import { isDateStamp } from './date-stamp.js';
import { strictEnglish } from './gated-chrono.js';
import { pad } from './partial-dates.js';
import type { Sentence } from './sentences.js';

/** How many opening sentences may hold a page's own date line: its title, byline and stamp come first. */
const OPENING_SENTENCES = 6;
/** A wire dateline in capitals before a dash: "OSLO, Norway, 12 June 2025 — Nordvik … today announced". */
const CAPITAL_DATELINE = /^\p{Lu}{2,}[^—–]{0,50}?\s[—–-]{1,2}\s/u;
/** Any reference date: a full date stated in the line does not depend on it. */
const ANY_DAY = new Date(Date.UTC(2000, 0, 1, 12));

/** The day an article's opening line states, and why it is read as its date. */
export interface PublishedStamp {
  /** `YYYY-MM-DD`. */
  date: string;
  reason: string;
}

/**
 * The day an article without a publication date was written, when one of its opening lines is its own
 * date line and the parser did not read it: a stamp with a full date ("Glenmoor Courier — published
 * November 20, 2025", "Health-care desk note, 16 June 2025": see `isDateStamp`) or a wire dateline with
 * one ("OSLO, Norway, 12 June 2025 — …"). A brief of two such sources and a wire dated "June 12" alone had
 * taken the wire's year from its text's "in 2022", and dated none of their weekdays.
 * @param sentences the article's sentences
 * @returns the day (`YYYY-MM-DD`) and why, or null when no opening line states one
 */
export function inferPublishedStamp(sentences: readonly Sentence[]): PublishedStamp | null {
  const n = Math.min(sentences.length, OPENING_SENTENCES);
  for (let i = 0; i < n; i++) {
    const text = (sentences[i] as Sentence).text.trim();
    const line = isDateStamp(text) ? text : (CAPITAL_DATELINE.exec(text)?.[0] ?? null);
    if (line === null) continue;
    for (const r of strictEnglish.parse(line, { instant: ANY_DAY, timezone: 0 })) {
      const c = r.start;
      if (!c.isCertain('year') || !c.isCertain('month') || !c.isCertain('day')) continue;
      const date = `${c.get('year')}-${pad(c.get('month') as number)}-${pad(c.get('day') as number)}`;
      const quote = line.length > 60 ? `${line.slice(0, 57)}…` : line;
      return { date, reason: `its opening line dates it ("${quote.trim()}")` };
    }
  }
  return null;
}
