import type { DatePrecision } from './article.js';
import type { Citation } from './briefing.js';
import type { WordRange } from './text-stats.js';

/** A dated sentence before events reported by several sources are merged. */
export interface DatedSentence extends WordRange {
  date: string;
  precision: Exclude<DatePrecision, 'month-day'>;
  text: string;
  citation: Citation;
  /**
   * The sentence as the brief shows it when it begins inside a quotation a sentence before opened (see
   * `fromOpeningMark`), or whose subject points back (`withSentenceBefore`): from the opening mark or the
   * sentence before, with its citation. `text` stays the sentence's own.
   */
  shown?: {
    text: string;
    citation: Citation;
    /**
     * Shown with the sentences before it because its subject is a noun that points back ("The deal was
     * signed …", "This cut …", "The first ferries will …"), not a pronoun: a line of the timeline that tells
     * what it points to lets it read alone.
     */
    noun?: true;
    /**
     * A sentence shown before it states a date of its own other than the line's ("Norvale ordered twelve
     * trams on 3 March." before "The first four trams ran on 5 May."): on the timeline, that event would
     * read again under the line's date, so the line is shown without it (as `alone`).
     */
    otherDate?: true;
    /**
     * How the line reads without the sentences before: its "it" named by the subject the sentence before
     * opens with ("[The Orvan index] closed 2% higher"); absent when it reads as written.
     */
    alone?: string;
  };
  // its content words (WordRange)
  /** The clause points forwards ("will meet", "is due", "next round"); `buildTimeline` decides what is ahead. */
  ahead: boolean;
  /** Dated by its report's day alone, from a time on the clock ("at 16:08 UTC"): ranks after stated dates. */
  clock?: true;
  /** States no date and is dated by its report's day (see {@link reportDaySentences}): ranks after stated dates. */
  reported?: true;
  /**
   * The deadline or target the sentence sets ahead of its report ("cut 31,500 jobs by 2012"), which
   * `date`, the report's day, is not: `buildTimeline` puts it on the watch list when it is still ahead.
   */
  due?: { date: string; precision: Exclude<DatePrecision, 'month-day'> };
  /** Sets its date ahead in a demand told as another past event's circumstance (see `demandInBackground`): no watch item. */
  demand?: true;
  /** Tells its speaker's own feeling about its date ("I dread … tomorrow"; see `tellsOwnFeeling`): no watch item. */
  feeling?: true;
  /** Tells a market's or an index's move ("shares fell"; see `tellsMarketMove`). */
  market?: true;
  /**
   * Tells no event of its own (see `tellsNoEvent`): mostly someone's words, or, not its report's lead nor a
   * market's move, a present state or view with no act. `buildTimeline` leaves it off the timeline.
   */
  noEvent?: true;
  /** Its report's lead tells a market's or an index's move: the report is about the market. */
  marketReport?: true;
  /** Its report's day (`YYYY-MM-DD`), when the report is dated to the day. */
  reportDay?: string;
  /**
   * The ids of its date phrases' content words ("last", "year" of "in the first quarter of last year";
   * see `datePhraseWords`) and of its figures' units ("percent", "points"; see `noEventWords`),
   * ascending: two sentences of one date share them because of the date, or whatever their events, so
   * `buildTimeline` does not count them as shared when it asks whether the two tell one event.
   */
  unsharedWordIds?: Uint32Array;
  /** For a deadline (`due`), the ids of its words of deadline ("deadline", "due"; see `deadlineWords`), ascending. */
  deadlineWordIds?: Uint32Array;
  /**
   * The sentence with its opening pronoun or noun named in square brackets, when it stands for a name
   * the sentences before give ("[Norvale Transit] intends to …"; see `referentBefore`).
   */
  named?: string;
  /**
   * Its subject stands for what the sentences before name, and they name no one clearly ("Both made the
   * offer …", "Such claims have …"): it cannot be read alone.
   */
  leansBack?: true;
  /**
   * Its subject is what its report told before, a thing or an event ("The contract, worth 90 million crowns,
   * runs …", "This lifted Norvale's shares"), not whom, or it names such a thing with "the" after its
   * subject ("Kestrel signed the agreement"): what it tells is that one's detail, even in the past.
   */
  describesBefore?: true;
}

/** The date one sentence of an article states (see {@link findSentenceDates}). */
export interface SentenceDate extends FoundDate {
  /** Index of the sentence in its article. */
  sentence: number;
  /**
   * Set when the sentence states no date, or only the year its news is about ("in the third quarter of
   * this year"), and is dated as its report's lead (see `leadReport`).
   */
  lead?: true;
  /** Set when the sentence states no date and is dated by its report's day (see {@link reportDaySentences}). */
  reported?: true;
}

/**
 * A date a sentence states, resolved against a reference date, whether its clause points ahead, and
 * whether it is a deadline or target the sentence sets (see {@link setsDeadline}).
 */
export type FoundDate = Pick<DatedSentence, 'date' | 'precision' | 'ahead' | 'clock'> & { deadline?: true };
