import type { BodyBlock } from '../extraction.js';
import type { LineKind } from './classify-lines.js';
import { wordsIn } from './count-words.js';
import { parseByline } from './find-byline.js';

/**
 * What the first line of furniture in a row costs a region; the k-th line in a row costs k times this.
 * Tuned on zyte-dev text: one label between paragraphs costs little, a menu of five lines a lot.
 */
const RUN_COST = 10;
/**
 * What a subheading costs: one short line between a line of text and the next (in HTML, a heading
 * element). Measured on zyte-dev and trafilatura-eval: 5 gives zyte text 0.948 → 0.949 and
 * trafilatura-eval text 0.863 → 0.867 (tp +25, fp +11), HTML unchanged; 3 gains trafilatura-eval
 * recall at twice the leaks, 7 half the gain. Without the heading test in HTML it cost zyte HTML a dek.
 */
const SUBHEAD_COST = 5;
/** A short complete sentence (or a table row) counts half its words: it may be a caption or a teaser. */
const SENTENCE_WEIGHT = 0.5;
/** An unpunctuated clause (a list item) neither helps nor costs: it may be a list in or out of the body. */
const CLAUSE_WEIGHT = 0;

/**
 * Scores each line for how much it speaks for being article text: prose counts its words, a short
 * complete sentence half of them, and furniture (menus, labels, headline lists) costs more the longer
 * its run goes on, so that one label between two paragraphs costs little and a menu costs a lot.
 * @param lines the non-empty lines
 * @param kinds their kinds, from {@link classifyLines}
 * @param lengths their lengths in words ({@link wordsIn}), when the caller has them
 * @param neutral lines that neither help nor cost, nor extend a run of furniture (an article's
 *   interleaved labels, see interleavedLabels)
 * @returns one score per line
 */
export function scoreLines(
  lines: readonly BodyBlock[],
  kinds: readonly LineKind[],
  lengths?: readonly number[],
  neutral?: ReadonlySet<number>,
): Float64Array {
  let run = 0;
  const score = (l: BodyBlock, i: number): number => {
    const kind = kinds[i];
    if (neutral?.has(i)) return 0;
    const words = lengths ? (lengths[i] as number) : wordsIn(l.text);
    // a line of symbols or invisible characters (a spacer) says nothing either way
    if (words === 0) return 0;
    if (kind === 'prose') {
      run = 0;
      return words;
    }
    if (kind === 'sentence') {
      run = 0;
      return words * SENTENCE_WEIGHT;
    }
    if (kind === 'row') {
      run = 0;
      return words * SENTENCE_WEIGHT;
    }
    // an item of a list the text introduced neither helps nor costs, nor ends a run of furniture
    if (kind === 'item') return 0;
    if (kind === 'clause') {
      run = 0;
      return words * CLAUSE_WEIGHT;
    }
    run++;
    // a subheading: one short line between two lines of text
    const next = i + 1 < kinds.length ? kinds[i + 1] : undefined;
    // (in HTML only a heading element is one: the markup says so)
    const heading = (l as { heading?: boolean }).heading ?? true;
    // a byline under a dek is no subheading: the dek stays out of the body
    if (
      run === 1 &&
      heading &&
      (next === 'prose' || next === 'sentence' || next === 'row') &&
      parseByline(l.text) === null
    )
      return -SUBHEAD_COST;
    return -RUN_COST * run;
  };
  // a typed array, of one map whatever the scores: an array (by `map`) was of small integers on some
  // pages and of doubles (half weights) on others, packed or holey, and each step that reads it
  // deoptimised on the kinds it had not seen yet (issue 17)
  const scores = new Float64Array(lines.length);
  for (let i = 0; i < lines.length; i++) scores[i] = score(lines[i] as BodyBlock, i);
  return scores;
}
