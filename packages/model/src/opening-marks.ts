import type { Sentence } from './sentences.js';

/**
 * Two single marks typed for the double one that opens a quotation ("''We will appeal," …), at a
 * sentence's start or after a space, colon or bracket, right before a letter: copy rejoined from a wiki's
 * markup writes a double mark so, and closes it with a plain double mark, so the quotation had no start.
 */
const TWO_SINGLES = /(^|[\s:(])(?:''|‘‘)(?=\p{L})/gu;
/**
 * A single mark closing the sentence before that the sentence split left at this one's start, before the
 * double mark that opens its quotation ("' "We are responding …"): the quotation did not open the sentence.
 */
const STRAY_BEFORE_OPENING = /^['’]\s+(?=["“])/u;

/**
 * A sentence with its quotation's opening mark as the quote readers read one: two single marks before a
 * letter read as a double mark ({@link TWO_SINGLES}), a stray single mark before the opening double mark
 * dropped ({@link STRAY_BEFORE_OPENING}). The sentence keeps its offsets; only its text, as the quote
 * cues read it, changes. Two single marks closing a quotation are read where the passages are
 * (`quotedPassages`).
 * @param s a sentence
 * @returns the sentence so read, or the same sentence when it has neither
 */
export function withOpeningMarks(s: Sentence): Sentence {
  const t = s.text;
  const first = t.charCodeAt(0);
  // most sentences have neither: two tests before any pattern
  if (!t.includes("''") && !t.includes('‘‘') && first !== 39 && first !== 0x2019) return s;
  const text = t.replace(STRAY_BEFORE_OPENING, '').replace(TWO_SINGLES, '$1"');
  return text === t ? s : { ...s, text };
}
