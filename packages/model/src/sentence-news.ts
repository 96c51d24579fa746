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
 * @param english whether the article reads as English: the context and news cues are English words,
 *   so a sentence of another language is a statement with no news marks, or no statement
 * @param asking the sentences that ask though stated (`underQuestionLabel`): no statements
 * @returns one code a sentence: {@link NOT_A_STATEMENT}, {@link LEANS_ON_CONTEXT}, {@link CONTEXT},
 *   or the news score (-2 to 3)
 */
export function sentenceNewsOf(
  sentences: readonly Sentence[],
  english = true,
  asking?: ReadonlySet<number>,
): Int8Array {
  const out = new Int8Array(sentences.length);
  sentences.forEach((s, i) => {
    out[i] =
      !isStatementText(s.text) || asking?.has(i)
        ? NOT_A_STATEMENT
        : !english
          ? 0
          : leansOnContext(s.text)
            ? LEANS_ON_CONTEXT
            : (newsScoreUnlessContext(s.text) ?? CONTEXT);
  });
  return out;
}

/**
 * The news score of a statement, from its code when the analysis found it ({@link sentenceNewsOf}), else
 * read from its text: null for context, or a statement that leans on the one before it. The key points
 * and the reports' leads read a sentence so.
 * @param sentence a statement, with its code when known
 * @returns the news score (-2 to 3), or null
 */
export function newsScoreOf(sentence: { text: string; news?: number | undefined }): number | null {
  const { text, news } = sentence;
  if (news === undefined) return leansOnContext(text) ? null : newsScoreUnlessContext(text);
  return news === CONTEXT || news === LEANS_ON_CONTEXT ? null : news;
}

/** How many pieces `text.split(/\s+/)` would give, without building them, counting no further than `most`. */
function countSpaced(text: string, most: number): number {
  let n = 1;
  let space = false;
  for (let i = 0; i < text.length && n < most; i++) {
    const isSpace = isSpaceUnit(text.charCodeAt(i));
    if (isSpace && !space) n++;
    space = isSpace;
  }
  return n;
}

/** Whether a code unit is one of `.!"”’)`, the closing marks of a statement. */
const closesStatement = (c: number) =>
  c === 46 || c === 33 || c === 34 || c === 0x201d || c === 0x2019 || c === 41;
/** Whether a code unit is one of `"”’)`, the closing marks a question may end with. */
const closesQuestion = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 41;

/**
 * Whether a sentence asks rather than states ("Will the board seek a hosepipe ban before July?"): "?" at
 * its end, or before a closing quotation mark or bracket. No finding of the brief, whatever date it names.
 * @param text a sentence
 */
export function isQuestion(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  return last === 63 || (closesQuestion(last) && text.charCodeAt(n - 2) === 63);
}

// patterns of the functions below, made once: inside a function a pattern with \p{…} outside a class
// is built by `new RegExp` at each call in the bundle (esbuild lowers it for Node targets)
const OPENS_CAPITAL = /^["“]?\p{Lu}/u;
/**
 * Whether a sentence's text can stand alone as a point (`isStatement`): 8 to 60 words, ending with
 * `.!"”’)` but not a question ({@link isQuestion}), opening with a capital.
 * @param text a sentence
 */
export function isStatementText(text: string): boolean {
  // the ends first, by their last code units (the patterns /[.!"”’)]$/ and /\?["”’]?$/ were tried at
  // every offset), and the words counted only then, and only up to 61
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (!closesStatement(last) || isQuestion(text)) return false;
  if (!OPENS_CAPITAL.test(text)) return false;
  const words = countSpaced(text, 61);
  return words >= 8 && words <= 60;
}
