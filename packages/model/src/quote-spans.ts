import { SAYING_VERBS, TOLD } from './quote-patterns.js';
import { openPassage, quotedPassages } from './quoted-passages.js';
import { sayingVerbs } from './saying-verbs.js';
import type { Sentence } from './sentences.js';

/**
 * How many sentences after the one that opened it a quotation left open may run on: a quotation over
 * paragraphs ('… said: "A. B.' then '"C."') or of more sentences than one sentence holds
 * (join-quotations.ts). On real news (zyte-dev bodies, the timelines documents) 23 of the 24 quotations
 * over paragraphs close within 6 sentences of their first (18 within 2); the other ran 38 sentences.
 */
export const MAX_OPEN = 6;
/** A sentence that opens with a double or curly single quotation mark. */
export const OPENS = /^["“‘]/u;

/**
 * The quotation left open after a sentence, for the next to go on with: the one it opens and leaves
 * open ({@link quoteFrom}), or the one left open before it, run on by a sentence without quotation
 * marks or a paragraph that reopens it and does not close it, while near ({@link MAX_OPEN}).
 * @param left the quotation left open before the sentence
 * @param text the sentence
 * @param sentence its index
 * @param closes whether the sentence holds a closed passage
 * @param reopens whether it reopens the quotation left open, as a new paragraph does
 */
export function nextLeft(
  left: { text: string; intro: string; from: number } | null,
  text: string,
  sentence: number,
  closes: boolean,
  reopens: boolean,
): { text: string; intro: string; from: number } | null {
  const own = quoteFrom(text);
  const near = left !== null && sentence - left.from < MAX_OPEN;
  if (own !== null) {
    return near && reopens && !closes
      ? {
          text: `${(left as { text: string }).text.trim()} ${own.text}`,
          intro: (left as { intro: string }).intro,
          from: (left as { from: number }).from,
        }
      : { ...own, from: sentence };
  }
  if (near && !QUOTE_MARK.test(text)) {
    const l = left as { text: string; intro: string; from: number };
    return { text: `${l.text.trim()} ${text}`, intro: l.intro, from: l.from };
  }
  return null;
}

/** Any double quotation mark. */
const QUOTE_MARK = /["“”]/u;

/**
 * The quotation a sentence leaves open for the next to go on with: one it opens with, or one an
 * introduction ending in a colon or comma opens ('… said: "Air pollution …'), with that introduction.
 */
function quoteFrom(text: string): { text: string; intro: string } | null {
  const open = openPassage(text);
  if (open === null) return null;
  if (open.start <= 1) return text[0] === '"' || text[0] === '“' ? { text: open.text, intro: '' } : null;
  const intro = text.slice(0, open.start - 1);
  return INTRODUCES.test(intro) && quotedPassages(intro).length === 0 ? { text: open.text, intro } : null;
}

/**
 * The longest paragraph taken as a quotation after an introduction ending in a colon: sentences and
 * characters, the bounds `join-quotations.ts` measured for quotations within a paragraph (press
 * releases set a statement of two or three sentences apart, after "X said:", without marks).
 */
const MAX_BLOCK_SENTENCES = 4;
const MAX_BLOCK_LENGTH = 600;
/** An introduction that ends the paragraph: a verb of saying and a colon. */
const INTRODUCES_BLOCK = new RegExp(String.raw`\b(?:${SAYING_VERBS}|${TOLD}\s[^,:]{1,40}?):$`, 'u');
/** A statement announced before it is given: "issued the following statement after today's ruling:". */
const ISSUED_STATEMENT =
  /\s(?:issued|released|gave|made)\s(?:the\s+following|this)\s+statement\b[^:"“”]{0,60}:$/u;

/**
 * The introduction a quotation opening its paragraph has in the sentence before, ending the paragraph
 * before: a verb of saying and a colon ('… said:'), or a statement announced ('… issued the following
 * statement:'), read as '… said:'; else "".
 * @param sentences the article's sentences
 * @param at the quotation's sentence
 * @param text the text their offsets are in
 */
export function colonIntro(sentences: readonly Sentence[], at: number, text: string): string {
  const prev = sentences[at - 1];
  if (prev === undefined || prev.text.charCodeAt(prev.text.length - 1) !== 58) return '';
  if (!text.slice(prev.end, (sentences[at] as Sentence).start).includes('\n\n')) return '';
  if (INTRODUCES_BLOCK.test(prev.text)) return prev.text;
  const m = ISSUED_STATEMENT.exec(prev.text);
  return m ? `${prev.text.slice(0, m.index)} said:` : '';
}
/** A sentence of prose: at least four words, then a stop. */
const PROSE_SENTENCE = /^(?:\S+\s+){3,}\S*[.!?…]$/u;

/**
 * The paragraphs a statement is set apart in ('Martin Okafor, chair of the panel, said:', then a
 * paragraph of prose without quotation marks, as press releases and Markdown block quotes set it): for
 * the paragraph's last sentence, its text, its first sentence and the introduction.
 * @param sentences the article's sentences
 * @param text the text their offsets are in
 */
export function blockQuotations(
  sentences: readonly Sentence[],
  text: string,
): Map<number, { text: string; from: number; intro: string }> | null {
  let blocks: Map<number, { text: string; from: number; intro: string }> | null = null;
  for (let i = 0; i + 1 < sentences.length; i++) {
    const intro = sentences[i] as Sentence;
    if (intro.text.charCodeAt(intro.text.length - 1) !== 58 || !INTRODUCES_BLOCK.test(intro.text)) continue;
    if (quotedPassages(intro.text).length > 0) continue;
    let last = i;
    for (let j = i + 1; j < sentences.length && j - i <= MAX_BLOCK_SENTENCES; j++) {
      const s = sentences[j] as Sentence;
      const gap = text.slice((sentences[j - 1] as Sentence).end, s.start);
      // the statement opens the next paragraph and is that paragraph, all prose, no quotation in it
      if ((j === i + 1) !== gap.includes('\n\n')) break;
      if (QUOTE_MARK.test(s.text) || !PROSE_SENTENCE.test(s.text)) {
        last = i;
        break;
      }
      last = j;
    }
    const next = sentences[last + 1];
    // a statement running past the bounds, or a paragraph going on after them, is left alone
    if (
      last === i ||
      (next !== undefined && !text.slice((sentences[last] as Sentence).end, next.start).includes('\n\n'))
    )
      continue;
    const from = (sentences[i + 1] as Sentence).start;
    const end = (sentences[last] as Sentence).end;
    if (end - from > MAX_BLOCK_LENGTH) continue;
    blocks ??= new Map();
    blocks.set(last, { text: text.slice(from, end), from: i + 1, intro: intro.text });
    i = last;
  }
  return blocks;
}

/** Forms that introduce a quotation and name no speaker: "saying" (`data/saying-verbs.yaml`). */
const INTRODUCING = String.raw`\b(?:${sayingVerbs().introducing.join('|')})`;
/**
 * An introduction to a quotation: "told" and whom, then a colon or comma right before its mark; or a verb
 * of saying with at most a few words of how after it, a colon or comma or none ('Mira Olsen said in an
 * interview "…', 'remarked that "…', 'said: "…'), as copy that sets no comma writes it too.
 */
const INTRODUCES = new RegExp(
  String.raw`\b(?:${TOLD}\s[^,:]{1,40}?[:,]|(?:${SAYING_VERBS}|${INTRODUCING})(?:\s\p{Ll}+){0,4}[:,]?)\s*$`,
  'u',
);
