import { leansOnContext, newsScoreUnlessContext } from './news-statement.js';
import type { Sentence } from './sentences.js';
import { isSpaceUnit } from './text-stats.js';

/** A sentence that is no statement (`isStatement`): no point can be made of it. */
export const NOT_A_STATEMENT = -128;
/** A statement that leans on the sentence before it (`leansOnContext`). */
export const LEANS_ON_CONTEXT = -127;
/** A statement that is context, not news (`newsScoreUnlessContext` gives null). */
export const CONTEXT = -126;

/**
 * What the key points ask of each sentence, found per article (in a worker thread, say) rather than
 * on the main thread: whether it is a statement, whether it leans on the one before it, and its
 * news score. The key points of a brief and of each story ask it of nearly every statement.
 * @param sentences an article's sentences
 * @returns one code a sentence: {@link NOT_A_STATEMENT}, {@link LEANS_ON_CONTEXT}, {@link CONTEXT},
 *   or the news score (-2 to 3)
 */
export function sentenceNewsOf(sentences: readonly Sentence[]): Int8Array {
  const out = new Int8Array(sentences.length);
  sentences.forEach((s, i) => {
    out[i] = !isStatementText(s.text)
      ? NOT_A_STATEMENT
      : leansOnContext(s.text)
        ? LEANS_ON_CONTEXT
        : (newsScoreUnlessContext(s.text) ?? CONTEXT);
  });
  return out;
}

/** How many pieces `text.split(/\s+/)` would give, without building them. */
function countSpaced(text: string): number {
  let n = 1;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const isSpace = isSpaceUnit(text.charCodeAt(i));
    if (isSpace && !space) n++;
    space = isSpace;
  }
  return n;
}

/**
 * Whether a sentence's text can stand alone as a point (`isStatement`).
 * @param text a sentence
 */
export function isStatementText(text: string): boolean {
  const words = countSpaced(text);
  return (
    words >= 8 &&
    words <= 60 &&
    /[.!"”’)]$/.test(text) &&
    !/\?["”’]?$/.test(text) &&
    /^["“]?\p{Lu}/u.test(text)
  );
}
