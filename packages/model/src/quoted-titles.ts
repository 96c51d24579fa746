// A name inside a title set in quotation marks: a piece of a work's name (a song, a book, a film, a
// report), no actor of its own ('a song called "Letters from Port Avel"', 'the essay "On the Harbour
// Works of Norvale"').
import { isStopWord } from './text-stats.js';
import type { Token } from './tokenize-words.js';

/**
 * The most words a title in quotation marks has here: WikiGold's quoted titles have 2 to 10 words; a
 * longer passage in title case is rare, and read as speech.
 */
const MAX_TITLE_WORDS = 12;

// patterns made once: inside a function a pattern with \p{…} is built at each call in the bundle
const DOUBLE_MARK = /["“”]/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Whether the tokens `from..to` stand inside a title in double quotation marks and are only part of it:
 * the passage has 2 to {@link MAX_TITLE_WORDS} words, every one capitalised or a stop word ("of", "the",
 * "to"), and outside the name a capitalised word that tells a title: any after the first, or the first
 * when it is no stop word ('"Miss Kestrel"'). A name that is the whole passage ('the group "Norvale
 * Free Army"', '"The Kestrel Union"') and a name in quoted speech, which has words in lower case ('"Kestrel
 * Bank will pay"', '"It was Ana Ruiz"'), are not.
 * @param sentence the sentence
 * @param tokens its tokens
 * @param from the name's first token
 * @param to the name's last token
 */
export function inQuotedTitle(sentence: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (!DOUBLE_MARK.test(sentence)) return false;
  const start = (tokens[from] as Token).start;
  const end = (tokens[to] as Token).end;
  for (const p of doubleQuoted(sentence)) {
    if (start < p.start || end > p.end) continue;
    return titleAround(sentence.slice(p.start, p.end), start - p.start, end - p.start);
  }
  return false;
}

/** Whether a quoted passage is a title and holds a telling capitalised word outside `start..end`. */
function titleAround(passage: string, start: number, end: number): boolean {
  let words = 0;
  let outside = false;
  for (const w of passage.matchAll(WORD)) {
    words++;
    if (words > MAX_TITLE_WORDS) return false;
    const text = w[0];
    const capital = CAPITAL_OR_DIGIT.test(text);
    const stop = isStopWord(text.toLowerCase());
    if (!capital && !stop) return false;
    const at = w.index;
    if (capital && (at < start || at >= end) && (words > 1 || !stop)) outside = true;
  }
  return words >= 2 && outside;
}

/**
 * The passages of a sentence between double quotation marks, marks excluded: a curly opening mark
 * opens, a curly closing one closes, a straight one closes an open passage or opens one.
 */
function doubleQuoted(sentence: string): { start: number; end: number }[] {
  const passages: { start: number; end: number }[] = [];
  let open = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i];
    if (c !== '"' && c !== '“' && c !== '”') continue;
    if (c === '“' || (c === '"' && open < 0)) open = i;
    else if (open >= 0) {
      passages.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  return passages;
}
