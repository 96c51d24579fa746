// Whether one statement corrects a figure or the words another source states.
import { PLAIN_WORD } from './claim-words.js';
import { FIGURE_SOURCE_VERBS, NUMBER_WORDS } from './english-cues.js';
import { numberValue } from './quantities.js';
import { lowerWord } from './text-stats.js';

/**
 * A figure a statement corrects: "not", "rather than" or "instead of" before a number ("will remove only
 * about 600,000 barrels per day from the market, not 1 million"), or a comparison with the other's
 * figure named with "the" ("far more than the 25 million euros the airline has admitted", "fewer than
 * the 14.2 million the company announced", "far above the 140 passengers the government has reported"),
 * the number in digits or words ("far more than the sixty the board has admitted").
 */
/** Numbers in words a correction reads: not "one", which is as often a pronoun ("not the one that"). */
const COUNT_WORDS = Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'one' && w !== 'zero')
  .join('|');
const NUMERAL = String.raw`(\d+(?:[.,]\d+)*|(?:${COUNT_WORDS})(?:-\w+)?\b)`;
const CORRECTED = new RegExp(
  [
    String.raw`\b(?:not|rather than|instead of)\s+(?:(?:about|around|some|the|just|only)\s+)?${NUMERAL}`,
    // a comparison counts only with the figure cited as another's: "below the 25 percent the market had
    // priced in" compares a result with an expectation, which no source stated as the fact
    String.raw`\b(?:(?:far|much|well|many|considerably|significantly)\s+)?(?:more|less|fewer|higher|lower|greater|smaller|above|below)\s+(?:than\s+)?the\s+${NUMERAL}(?:\s+[A-Za-z%]+){0,3}?\s+(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:${FIGURE_SOURCE_VERBS.join('|')})\b`,
  ].join('|'),
  'gi',
);
/** A number as a sentence writes it, in digits or words ("1", "600,000", "3.1", "sixty"). */
const NUMBER = new RegExp(String.raw`\d+(?:[.,]\d+)*|\b(?:${COUNT_WORDS})(?:-\w+)?\b`, 'gi');

/**
 * Whether one statement corrects a figure the other states: "The production cut … will remove only about
 * 600,000 barrels per day from the market, not 1 million" against "OPEC+ agreed … to cut oil output by a
 * further 1 million barrels per day" — the correction restates the other's figure inside a frame of its
 * own, as a denial restates the charge.
 */
export function correctsFigure(a: string, b: string): boolean {
  const corrected = (x: string) =>
    new Set(
      Array.from(x.matchAll(CORRECTED), (m) => numberValue((m[1] ?? m[2]) as string)).filter(
        (v) => v !== undefined,
      ),
    );
  const stated = (x: string, skip: ReadonlySet<number>) =>
    Array.from(x.matchAll(NUMBER), (m) => numberValue(m[0])).some((n) => n !== undefined && skip.has(n));
  if (!FIGURE_CUE.test(a) || !FIGURE_CUE.test(b)) return false;
  const inA = corrected(a);
  const inB = corrected(b);
  return (
    (inA.size > 0 && inB.size === 0 && stated(b, inA)) || (inB.size > 0 && inA.size === 0 && stated(a, inB))
  );
}

/**
 * What a statement says another source states wrongly: "not" and the other's words, then that source and
 * its verb ("31% … never reaches a tap, not the quarter the council cites"; "in the first week of
 * November, not mid-October as the council says"). The words are what the other statement holds.
 */
const CORRECTED_CITED = new RegExp(
  String.raw`\bnot\s+(?:the\s+|a\s+|an\s+)?((?:[\p{L}\p{N}%'’-]+\s+){0,3}?[\p{L}\p{N}%'’-]+)\s+(?:(?:as|that)\s+)?(?:the|its|their|his|her)\s+(?:\w+\s+){0,2}?(?:(?:has|have|had)\s+)?(?:${FIGURE_SOURCE_VERBS.join('|')})\b`,
  'giu',
);

/**
 * Whether one statement says that the other's words are not so, naming the source that states them: a
 * correction of any words, not only of a figure ({@link correctsFigure}); the other must hold every
 * word corrected.
 */
export function correctsCited(a: string, b: string): boolean {
  const holds = (corrector: string, other: string) => {
    // the pattern's opening first, and the other's words only for a correction found: most statements
    // have neither, and this is asked of pairs of statements (issue 17)
    if (!CORRECTION_OPENS.test(corrector)) return false;
    let words: Set<string> | undefined;
    for (const m of corrector.matchAll(CORRECTED_CITED)) {
      const cited = Array.from((m[1] as string).matchAll(PLAIN_WORD), (w) => lowerWord(w[0]));
      words ??= new Set(Array.from(other.matchAll(PLAIN_WORD), (w) => lowerWord(w[0])));
      if (cited.length > 0 && cited.every((w) => (words as Set<string>).has(w))) return true;
    }
    return false;
  };
  return holds(a, b) !== holds(b, a);
}

/** What {@link CORRECTED_CITED} opens with, with its flags: a statement without it corrects nothing. */
const CORRECTION_OPENS = /\bnot\s/iu;

/** A digit or a number word: a statement without one corrects or states no figure. */
const FIGURE_CUE = new RegExp(String.raw`\d|\b(?:${COUNT_WORDS})\b`, 'i');
