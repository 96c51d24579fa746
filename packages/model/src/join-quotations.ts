import { isSayingVerb, sayingVerbs } from './saying-verbs.js';
import type { Sentence } from './sentences.js';

/**
 * How many sentences after the one that opens a quotation may be joined to it, up to the one that
 * closes it. Measured on zyte-dev's article bodies and the timelines set's documents (151 texts): of
 * the 52 quotations closed in their paragraph, 41 close one sentence later, 7 two, 2 three and 2 five
 * (a coach's and a label's statements of six sentences, left cut).
 */
const MAX_JOINED = 3;
/** The longest joined sentence, in characters: on the same 50 joined, median 197, 99th percentile 439, longest 566. */
const MAX_LENGTH = 600;

/**
 * Joins the sentences of one paragraph that a quotation spans, as the segmenter cut them at each stop
 * inside it: a sentence that opens a quotation it does not close joins the next ones up to the one that
 * closes it, when that one is near ({@link MAX_JOINED}, {@link MAX_LENGTH}); one left open to the
 * paragraph's end (a quotation that goes on in the next paragraph) or for longer stays cut. A quotation
 * that ends in "?" or "!" also joins what the segmenter cut after it, when that is the rest of its
 * sentence: words in lower case ('"Where are they?" she asked.') or a short attribution ('Costello
 * said.').
 * @param sentences one paragraph's sentences, in order
 * @param text the text their offsets are in
 * @returns the sentences, those a quotation spans joined
 */
export function joinQuotations(sentences: readonly Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const first = sentences[i] as Sentence;
    let last = i;
    const mark = leftOpen(first.text);
    if (mark !== null) {
      const close = closingSentence(sentences, i, mark);
      if (close > i) last = close;
    }
    // '"… happen?"' then 'Costello said.': the segmenter breaks after "?" or "!" whatever follows
    while (last + 1 < sentences.length && restOfQuestion(sentences, last)) last++;
    if (last === i) {
      out.push(first);
      continue;
    }
    const end = (sentences[last] as Sentence).end;
    out.push({ text: text.slice(first.start, end), start: first.start, end });
    i = last;
  }
  return out;
}

/** Which mark a sentence's quotation left open at its end was: double, single, or none (null). */
type Mark = 'double' | 'single';

/** A single mark that opens a quotation: at a word's start, before a letter or digit (as quotedPassages reads it). */
const SINGLE_OPEN = /(?<=^|[\s([—–])['‘](?=[\p{L}\p{N}])/gu;
/** A single mark that closes one: right after a stop or comma, before a space or the end. */
const SINGLE_CLOSE = /[,.!?…]['’](?=\s|$)/gu;

const OTHER_MARKS = /[„«»]/u;

/**
 * The kind of quotation a sentence opens and does not close, or null: a curly opening mark or a
 * straight one that pairs with none after it (a straight mark right after a digit is an inch: `6"`),
 * in a sentence that does not begin inside a quotation; where no double mark is, a single mark at a
 * word's start with no closing one after it. None in a sentence with German or French marks.
 * @param text a sentence
 */
export function leftOpen(text: string): Mark | null {
  // German and French marks („…“, «…») pair otherwise: their quotations are not read here
  if (OTHER_MARKS.test(text)) return null;
  let open = false;
  let seen = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') {
      // a sentence that begins by closing a quotation another opened is no opener
      if (!open && !seen) return null;
      open = false;
    } else if (c === '"' && !isInch(text, i)) {
      if (!open && !seen && closesHere(text, i)) return null;
      open = !open;
    } else continue;
    seen = true;
  }
  if (seen) return open ? 'double' : null;
  if (!text.includes("'") && !text.includes('‘')) return null;
  let lastOpen = -1;
  for (const m of text.matchAll(SINGLE_OPEN)) lastOpen = m.index;
  if (lastOpen < 0) return null;
  SINGLE_CLOSE.lastIndex = lastOpen;
  return SINGLE_CLOSE.test(text) ? null : 'single';
}

/** Whether a straight double mark follows a digit and comes before a space or a letter: an inch (`6" pipe`). */
function isInch(text: string, at: number): boolean {
  // read inside the text only: a read past its ends deoptimises the optimised code that makes it (issue 17)
  const before = at > 0 ? text.charCodeAt(at - 1) : -1;
  const after = at + 1 < text.length ? text.charAt(at + 1) : '';
  return before >= 48 && before <= 57 && (after === ' ' || /\p{L}/u.test(after));
}

/** Whether a straight mark, the first of its sentence, closes a quotation: right after a stop or comma, then a space or the end. */
function closesHere(text: string, at: number): boolean {
  return (
    at > 0 &&
    /[,.!?…]/.test(text.charAt(at - 1)) &&
    (at + 1 === text.length || /\s/.test(text.charAt(at + 1)))
  );
}

/**
 * The index of the sentence that closes the quotation sentence `from` left open, when it is near and
 * in the paragraph; -1 otherwise (also when a sentence between opens another: a quotation in several
 * paragraphs, each opening with its mark, is left as it is).
 */
function closingSentence(sentences: readonly Sentence[], from: number, mark: Mark): number {
  const start = (sentences[from] as Sentence).start;
  for (let j = from + 1; j < sentences.length && j - from <= MAX_JOINED; j++) {
    const s = sentences[j] as Sentence;
    if (s.end - start > MAX_LENGTH) return -1;
    const first = firstMark(s.text, mark);
    if (first === 'close') return j;
    if (first === 'open') return -1;
  }
  return -1;
}

/** Whether the first mark of its kind in a sentence closes a quotation, opens one, or there is none. */
function firstMark(text: string, mark: Mark): 'close' | 'open' | null {
  if (mark === 'double') {
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '”') return 'close';
      if (c === '“') return 'open';
      // a straight mark at a word's start opens one ('… again. "And again," she said.')
      if (c === '"' && !isInch(text, i))
        return /\S/u.test(text.charAt(i - 1)) || !/\S/u.test(text.charAt(i + 1)) ? 'close' : 'open';
    }
    return null;
  }
  if (text.includes('"') || text.includes('“') || text.includes('”')) return 'open';
  SINGLE_OPEN.lastIndex = 0;
  SINGLE_CLOSE.lastIndex = 0;
  const open = SINGLE_OPEN.exec(text);
  const close = SINGLE_CLOSE.exec(text);
  SINGLE_OPEN.lastIndex = 0;
  if (close && (!open || close.index < open.index)) return 'close';
  return open ? 'open' : null;
}

/** A quotation ending in "?" or "!" at a sentence's end, a quotation inside it closed there too ('… can I?’”'). */
const QUESTION_END = /[?!]['’]?["”'’]$/u;
/** A short attribution: up to four capitalised words, then a verb, then up to four words and a stop ('Costello said.'). */
const ATTRIBUTION = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,4}(\p{Ll}+)(?:\s[\p{L}'’.-]+){0,4}\.$/u;

/**
 * Whether the sentence after `at` is the rest of the sentence a quotation ending in "?" or "!" opens:
 * it begins in lower case ('he asked.'), or is a short attribution whose verb is one of saying, or one
 * read as such only right after a quotation ('Varga recalled.': `afterQuotation` of `data/saying-verbs.yaml`).
 */
function restOfQuestion(sentences: readonly Sentence[], at: number): boolean {
  if (!QUESTION_END.test((sentences[at] as Sentence).text)) return false;
  const next = (sentences[at + 1] as Sentence).text;
  if (/^\p{Ll}/u.test(next)) return true;
  const verb = ATTRIBUTION.exec(next)?.[1];
  return verb !== undefined && (isSayingVerb(verb) || sayingVerbs().afterQuotation.includes(verb));
}
