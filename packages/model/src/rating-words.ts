import { z } from 'zod';
import { lazyData } from './data-file.js';
import type { Token } from './tokenize-words.js';

const Words = z.array(z.string().min(1)).min(1);
const RatingWords = z.object({ grades: Words, cues: Words, terms: Words, recommendations: Words });
interface Lists {
  grades: ReadonlySet<string>;
  cues: readonly string[];
  terms: ReadonlySet<string>;
  recommendations: ReadonlySet<string>;
}
/**
 * The lists of `data/rating-words.yaml`, read once when a name asks.
 * @throws ZodError when the data file does not have its schema
 */
const ratingWords = lazyData(
  'rating-words.yaml',
  RatingWords,
  (file): Lists => ({
    grades: new Set(file.grades),
    cues: file.cues,
    terms: new Set(file.terms),
    recommendations: new Set(file.recommendations.map((r) => r.toLowerCase())),
  }),
);

const SIGNS = new Set(['+', '-', '−', '–']);

/** Whether the token after `at` is a sign glued to it ("BBB-", "AA+"). */
function signedAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const next = tokens[at + 1];
  return next !== undefined && next.start === token.end && SIGNS.has(next.text);
}

/**
 * Whether the one word at `at` is a credit rating's grade, no name: a grade of `data/rating-words.yaml`
 * ("CCC", "Caa2", "RD") with a sign glued after it ("BBB-"), joined by a slash to another grade
 * ("B-/Caa2"), or in a sentence about ratings ("Moody's rates the debt Caa2", "cut to 'RD'"). Elsewhere
 * the same letters may be a name ("BBB", "A1").
 * @param tokens the sentence's tokens
 * @param at the word's token
 */
export function isRatingAt(tokens: readonly Token[], at: number): boolean {
  const word = (tokens[at] as Token).text;
  // every grade is short: most names are ruled out before the lists are read
  if (word.length > 4) return false;
  const { grades, cues } = ratingWords();
  if (!grades.has(word)) return false;
  if (signedAt(tokens, at)) return true;
  // "B-/Caa2": a slash after the grade (and its sign) or before it
  const after = tokens[signedAt(tokens, at) ? at + 2 : at + 1];
  const before = tokens[at - 1];
  if (after?.text === '/' || before?.text === '/') return true;
  for (const t of tokens) {
    const lower = t.text.toLowerCase();
    if (cues.some((c) => lower.startsWith(c))) return true;
  }
  return false;
}

/**
 * Whether a name's words are a rating agency's terms only ("Stable Outlook", "Issuer Default Rating",
 * "Long-Term") or an analyst's call ("Hold", "Underweight", "OUTPERFORM"): no actor.
 * @param words the name's words, as written
 */
export function isRatingTerm(words: readonly string[]): boolean {
  const { terms, recommendations } = ratingWords();
  // in any case: notes print calls in capitals ("HOLD", "OUTPERFORM")
  if (recommendations.has(words.join(' ').toLowerCase())) return true;
  return words.length > 0 && words.every((w) => terms.has(w));
}
