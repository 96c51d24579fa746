import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';

/**
 * A step's label: one or two words then the step's number, alone on its line ("Step 3", "Krok 3",
 * "Schritt 3:", "Étape 3."). Its shape recurs, so the line rules read it as a repeated label.
 */
const STEP_LABEL = /^((?:\p{L}+\s){1,2})(\d{1,2})[.:)]?$/u;
/** Labels this long at most (in characters) are looked at: the test above is run on no longer line. */
const MAX_LABEL_CHARS = 30;
/**
 * At least this many labels number their steps one after another (1, 2, 3, …): two numbered labels are
 * as often a pair of anything ("Part 1", "Part 2").
 */
const MIN_STEPS = 3;
/** A step's text (a sentence or prose) stands at most this many lines under its label. */
const STEP_TEXT_WITHIN = 2;

/**
 * Finds the labels that number an article's steps ("Step 1", "Step 2", …, "Krok 1", …): short lines of
 * a word or two and a number, with the same words, whose numbers run on by one from the first, at
 * least MIN_STEPS of them, each with a sentence or prose right under it. A how-to's or a recipe's
 * method set as numbered steps of one or two sentences each had the labels costed as furniture between
 * every step, so that its steps made runs too weak to be chosen, and a stray paragraph (a tip, the
 * lead, a teaser) was taken as the article. Like interleaved labels, such a label neither helps nor
 * costs the body's score, and is not kept in it.
 * Measured (tp/fp) on trafilatura-eval HTML, half A looked at (a recipe's "Krok 1" … "Krok 6" method
 * had lost to its tip box): half A 1364/73 → 1365/72, half B 1308/87 unchanged, zyte-dev HTML 0.993
 * unchanged, eval:unseen HTML 0.922 unchanged; text scrapes unchanged on all sets. The shape is rare: 3
 * of the 2,236 dev pages hold such labels (a recipe, a pricing page's "Stufe 1–3", and an unseen
 * how-to whose lead, an earlier run, still wins), and only the recipe's output changes.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @returns the indices of the labels (empty on most pages)
 */
export function numberedSteps(lines: readonly BodyBlock[], kinds: readonly LineKind[]): Set<number> {
  const found = new Set<number>();
  // the labels met so far, by their words: the indices of the current sequence
  const sequences = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const text = (lines[i] as BodyBlock).text;
    // (read inside the text only: a read past a string's end deoptimises the code that makes it)
    const last = text.length > 0 ? text.charCodeAt(text.length - 1) : -1;
    // most lines end in a letter or a stop: only short lines ending in a digit or its mark are tested
    if (
      text.length > MAX_LABEL_CHARS ||
      !(isDigit(last) || (text.length > 1 && isDigit(text.charCodeAt(text.length - 2))))
    )
      continue;
    const match = STEP_LABEL.exec(text);
    if (!match || !textUnder(kinds, i)) continue;
    const key = (match[1] as string).toLowerCase();
    const step = Number(match[2]);
    const at = sequences.get(key);
    if (at && at.length === step - 1) at.push(i);
    else if (step === 1) sequences.set(key, [i]);
    else continue;
    const run = sequences.get(key) as number[];
    if (run.length >= MIN_STEPS) for (const j of run) found.add(j);
  }
  return found;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether a sentence or prose stands within STEP_TEXT_WITHIN lines under line `i`. */
function textUnder(kinds: readonly LineKind[], i: number): boolean {
  for (let d = 1; d <= STEP_TEXT_WITHIN; d++) {
    const kind = kinds[i + d];
    if (kind === 'prose' || kind === 'sentence') return true;
  }
  return false;
}
