import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { isCreditLine } from './credit-lines.js';

// patterns of the functions below, made once (see classify-lines.ts)
const BRACKET_AFTER_STOP = /[.!?]["”’]?\s*\(([^()]{2,60})\)$/u;
const NAME_AFTER_STOP = /[.!?]["”’]?\s+((?:\p{Lu}[\p{L}.'’-]*\s?){1,3}\/\s?\S.{0,30})$/u;
const BRACKETED = /^[([]([^()[\]]{2,80})[)\]]$/u;
const LABELLED = /^\p{L}+\s?:/u;
const CAPITALISED = /^[\p{Lu}©]/u;
const DIGIT = /\d/;

/**
 * A caption closing in a credit in brackets is shorter than this in words; a lead of a wire's story
 * closing in its agency ("… on Monday. (AFP)") is longer. Measured on zyte-dev and trafilatura-eval
 * text: the captions this tell finds there run to 25 words; 40, 60 and no cap give the same figures.
 */
const BRACKET_CAPTION_WORDS = 40;
/**
 * A caption closing in names and an agency is shorter than this in words: a long caption tells what
 * the picture shows and then why it matters (zyte-dev's has 61 words). Measured on zyte-dev and
 * trafilatura-eval text: 80 and no cap give the same figures, 60 misses that caption.
 */
const SLASH_CAPTION_WORDS = 80;

/**
 * Tells the lead photo's caption among the body's opening lines of a text scrape, by the credit that
 * closes it: after its last stop, names in brackets ("… on Aug. 31, 2019. (AP)", "(Foto Prensa Libre:
 * Jane Roe)") or names and an agency joined by a slash ("… to oppose it. Jane ROE / AFP"), or, under a
 * one-sentence caption, a line that is a credit alone in brackets ("(Image: © Agency)"). Anywhere in an
 * article, a name in brackets after a stop is as often a quote's speaker and a credit under a line as
 * often the next picture's, printed over it (session 74's tries); between the headline and the lead
 * a picture's caption is what stands so. The caller asks only of the opening lines.
 * @param j the line
 * @param lines the page's lines
 * @param kinds their kinds
 * @param words the line's length in words
 * @returns 0 when the line is no caption, 1 when it is, 2 when the credit line under it goes with it
 */
export function openingCaption(
  j: number,
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  words: number,
): 0 | 1 | 2 {
  const kind = kinds[j];
  if (kind !== 'sentence' && kind !== 'prose') return 0;
  const text = (lines[j] as BodyBlock).text.trimEnd();
  if (words < BRACKET_CAPTION_WORDS && text.endsWith(')') && bracketCreditAfterStop(text)) return 1;
  if (words < SLASH_CAPTION_WORDS && text.includes('/') && agencyAfterStop(text)) return 1;
  if (kind === 'sentence' && bracketedCredit((lines[j + 1] as BodyBlock | undefined)?.text ?? '')) return 2;
  return 0;
}

/**
 * Whether a line ends, after its last stop, in a credit in brackets: one to eight words, each opening
 * on a capital ("(AP)", "(Jane Roe)", "(Foto Prensa Libre: Jane Roe)"), no figure ("(Published Monday,
 * Nov. 18)" is a note, "(cm)" an author's initials).
 */
function bracketCreditAfterStop(text: string): boolean {
  const inner = BRACKET_AFTER_STOP.exec(text)?.[1];
  if (inner === undefined || DIGIT.test(inner)) return false;
  const parts = inner.split(/[\s/]+/).filter(Boolean);
  return parts.length <= 8 && parts.every((w) => CAPITALISED.test(w));
}

/** Whether a line ends, after its last stop, in names and an agency joined by a slash ("Jane ROE / AFP"). */
function agencyAfterStop(text: string): boolean {
  const credit = NAME_AFTER_STOP.exec(text)?.[1];
  return credit !== undefined && isCreditLine(credit);
}

/**
 * Whether a line is a credit alone in brackets: a label ("(Image: …)", "[Foto: …]"), a "©" or an
 * agency (`data/credit-phrases.yaml`) inside them.
 */
function bracketedCredit(text: string): boolean {
  const inner = BRACKETED.exec(text.trim())?.[1];
  return inner !== undefined && (inner.includes('©') || LABELLED.test(inner) || isCreditLine(inner));
}
