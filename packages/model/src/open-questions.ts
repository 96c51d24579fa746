import { z } from 'zod';
import { LowerPhrases, lazyData } from './data-file.js';
import type { Sentence } from './sentences.js';

/** Words a label line may hold: more make a sentence that ends on a colon. */
const LABEL_WORDS = 5;

const QuestionLabels = z.object({ labels: LowerPhrases });
/** The words of `data/question-labels.yaml`, read once. */
const questionLabels = lazyData(
  'question-labels.yaml',
  QuestionLabels,
  (file): ReadonlySet<string> => new Set(file.labels),
);

/**
 * Whether a sentence is a label line announcing questions ("Open questions:", "Questions for the
 * board:"): five words at most, a colon at its end, and a word of `data/question-labels.yaml` first or last.
 * @param text a sentence
 */
export function isQuestionLabel(text: string): boolean {
  if (!text.endsWith(':')) return false;
  const words = text.slice(0, -1).trim().toLowerCase().split(/\s+/);
  if (words.length > LABEL_WORDS) return false;
  const labels = questionLabels();
  return labels.has(words[0] as string) || labels.has(words[words.length - 1] as string);
}

/**
 * The sentences listed under a label line announcing questions ("Open questions:" above "Whether the new
 * meters have cut leakage."): each item a paragraph of its own, of one sentence, up to the first
 * paragraph of two sentences or more, the next label line (a colon at its end) or the text's end. Written
 * as statements or not, they ask; cited as findings, an analyst's open questions were the brief's key points.
 * @param text the article's text (paragraphs apart by a blank line)
 * @param sentences its sentences, in order
 * @returns their indices
 */
export function underQuestionLabel(text: string, sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  if (!text.includes(':')) return out;
  for (let i = 0; i < sentences.length; i++) {
    if (!isQuestionLabel((sentences[i] as Sentence).text)) continue;
    let j = i + 1;
    for (; j < sentences.length; j++) {
      const s = sentences[j] as Sentence;
      const next = sentences[j + 1];
      const opens = text.slice((sentences[j - 1] as Sentence).end, s.start).includes('\n');
      const closes = next === undefined || text.slice(s.end, next.start).includes('\n');
      if (!opens || !closes || s.text.endsWith(':')) break;
      out.add(j);
    }
    i = j - 1;
  }
  return out;
}

/**
 * Whether a sentence is a label line announcing questions ({@link isQuestionLabel}) with no capital but
 * its first letter ("Open questions:", "Questions for the board:"): it names nobody, and its opening
 * capital made "Open" an actor. A label that names one ("Questions for Tarnby Council:") is not.
 * @param text a sentence
 */
export function isBareQuestionLabel(text: string): boolean {
  return isQuestionLabel(text) && !/\p{Lu}/u.test(text.slice(1));
}
