import * as en from 'chrono-node/en';

type Chrono = typeof en.strict;
type Parser = Chrono['parsers'][number];

/** Every month of chrono's English dictionary ("Sept.", "march", "jun") begins so. */
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** Every unit of time of its strict patterns ("quarters", "days") holds one of these. */
const UNIT = /quarter|second|minute|month|hour|week|year|day/i;
const DIGIT = /\d/;
const FOUR_DIGITS = /\d{4}/;

/**
 * What a text holds that one of chrono's parsers needs before its pattern can match: each test is a
 * run of characters every match of the parser's pattern contains (read off the patterns of chrono-node
 * 2.10.3; `test/gated-chrono.test.ts` holds each to its parser's pattern). Plain `i` patterns, as
 * chrono's are, so that case folds the same way.
 */
const NEEDS: Record<string, readonly RegExp[]> = {
  ENYearMonthDayParser: [FOUR_DIGITS],
  ISOFormatParser: [FOUR_DIGITS],
  SlashDateFormatParser: [/\d[/.-]\d/],
  ENSlashMonthFormatParser: [/\d\/\d/],
  ENMonthNameLittleEndianParser: [MONTH],
  ENMonthNameMiddleEndianParser: [MONTH],
  ENYearMonthNameParser: [DIGIT, MONTH],
  // "thurs.", "weekend": a weekday's first three letters, or "week"
  ENWeekdayParser: [/mon|tue|wed|thu|fri|sat|sun|week/i],
  ENTimeExpressionParser: [DIGIT],
  // a unit of time and the word that makes it a date ("within two weeks", "a year ago", "days later")
  ENTimeUnitWithinFormatParser: [UNIT, /in|for/i],
  ENTimeUnitAgoFormatParser: [UNIT, /ago|before|earlier/i],
  ENTimeUnitLaterFormatParser: [UNIT, /later|after|from now/i],
};

/**
 * chrono with a parser set per text: a chrono instance for each set of parsers a text needs, made
 * once (a few dozen sets occur).
 */
export class GatedChrono {
  private readonly parsers: readonly Parser[];
  private readonly refiners: Chrono['refiners'];
  /** The distinct tests, and for each parser the indices of those it needs (none: always run). */
  private readonly tests: RegExp[] = [];
  private readonly needs: number[][];
  /** Each test's answer for the text at hand: 0 not asked yet, 1 holds, 2 does not. */
  private readonly answers: Uint8Array;
  private readonly bySet = new Map<number, Chrono>();

  constructor(chrono: Chrono) {
    this.parsers = chrono.parsers;
    this.refiners = chrono.refiners;
    if (this.parsers.length > 30) throw new Error('GatedChrono: at most 30 parsers');
    this.needs = chrono.parsers.map((p) =>
      (NEEDS[p.constructor.name] ?? []).map((test) => {
        const at = this.tests.indexOf(test);
        return at >= 0 ? at : this.tests.push(test) - 1;
      }),
    );
    this.answers = new Uint8Array(this.tests.length);
  }

  /**
   * The chrono instance with the parsers a text needs (made once for each set).
   * @param text the text to parse
   */
  chronoFor(text: string): Chrono {
    this.answers.fill(0);
    let set = 0;
    for (let i = 0; i < this.needs.length; i++) {
      let needed = true;
      for (const t of this.needs[i] as number[]) {
        if (this.answers[t] === 0) this.answers[t] = (this.tests[t] as RegExp).test(text) ? 1 : 2;
        if (this.answers[t] === 2) {
          needed = false;
          break;
        }
      }
      if (needed) set |= 1 << i;
    }
    let chrono = this.bySet.get(set);
    if (!chrono) {
      chrono = new en.Chrono({
        parsers: this.parsers.filter((_, i) => (set & (1 << i)) !== 0),
        refiners: [...this.refiners],
      });
      this.bySet.set(set, chrono);
    }
    return chrono;
  }

  /**
   * chrono's `parse` with only the parsers whose needs the text meets: the same results.
   * @param text the text; `ref` and `option` as chrono's
   */
  parse(...[text, ref, option]: Parameters<Chrono['parse']>): ReturnType<Chrono['parse']> {
    const chrono = this.chronoFor(text);
    return chrono.parse(text, ref, option);
  }
}

/**
 * chrono's strict English parser, run with only the parsers a text can feed: a parser whose pattern
 * needs a digit, a month's or weekday's name or a unit of time is skipped on a text without one, which
 * it would have matched nowhere, so the results are chrono's own. Measured on the datelines of 1,000
 * bench pages: see the parser's `docs/cpu-at-scale.md` ("Later sessions' cuts").
 */
export const strictEnglish = new GatedChrono(en.strict);

/**
 * Parsers that build their pattern anew on every call (chrono-node 2.10.3: German, French and Dutch
 * "within"/"ago") are given the one they build, once: the pattern does not depend on the text.
 * @param chrono a chrono instance of another language
 * @returns a chrono instance with the same parsers and refiners
 */
export function withPatternsKept(chrono: Chrono): Chrono {
  return new en.Chrono({
    parsers: chrono.parsers.map((p) => {
      let kept: RegExp | null = null;
      return {
        pattern: (context) => {
          kept ??= p.pattern(context);
          return kept;
        },
        extract: (context, match) => p.extract(context, match),
      };
    }),
    refiners: [...chrono.refiners],
  });
}
